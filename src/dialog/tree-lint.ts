/**
 * What a tree must satisfy beyond its schema, checked against the policy it belongs to. Each
 * problem reads "file → at trees[2].nodes.x.cites[0]: what to do", so a policy author can fix
 * the YAML without reading code.
 */
import type { Policy } from '../policy/schema.ts';
import { formatPath, type TreeProblem } from './tree-load.ts';
import { isLeaf, isQuestion, MAX_QUESTION_CHARS, type LeafNode, type Tree } from './tree-schema.ts';

/** How deep a walk may go: the payload's history holds at most 20 steps. */
export const MAX_DEPTH = 20;

/** Quotes are compared without case, curly quotes or spacing differences. */
export function normaliseWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that state the policy's silence: a not-covered leaf must say so, not guess. */
const SILENCE = /\b(does not|doesn't|do not) (say|cover|mention|address|deal with)|\bis silent\b|\bsays nothing\b/i;

export function lintTrees(file: string, trees: readonly Tree[], policy: Policy): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push({ file, path: formatPath(path), message });
  const clauses = new Map(policy.clauses.map((c) => [c.number, normaliseWords(`${c.lead ?? ''} ${c.text}`)]));
  const seen = new Set<string>();

  trees.forEach((tree, ti) => {
    const base = ['trees', ti];
    if (seen.has(tree.id)) at([...base, 'id'], `tree id "${tree.id}" is used twice in this file; give each tree its own id`);
    seen.add(tree.id);
    if (!tree.nodes[tree.start]) {
      at([...base, 'start'], `start "${tree.start}" is not one of the nodes (${Object.keys(tree.nodes).join(', ')})`);
      return;
    }

    for (const [id, node] of Object.entries(tree.nodes)) {
      const np = [...base, 'nodes', id];
      if (isQuestion(node)) {
        if (node.question.length > MAX_QUESTION_CHARS) at([...np, 'question'], `the question is ${node.question.length} characters; keep it to ${MAX_QUESTION_CHARS} so it fits one line`);
        if (/\n/.test(node.question.trim())) at([...np, 'question'], 'the question must be one line: remove the line break');
        const labels = new Set<string>();
        node.choices.forEach((choice, ci) => {
          if (!tree.nodes[choice.next]) at([...np, 'choices', ci, 'next'], `"${choice.next}" is not a node of tree "${tree.id}"; add it or point to an existing node`);
          if (labels.has(choice.label)) at([...np, 'choices', ci, 'label'], `the label "${choice.label}" appears twice at this question; make each button different`);
          labels.add(choice.label);
        });
      } else if (isLeaf(node)) {
        lintLeaf(node, np);
      }
    }

    // Reachability and cycles: one depth-first walk from the start.
    const reached = new Set<string>();
    const onPath: string[] = [];
    const walk = (id: string): void => {
      if (onPath.includes(id)) {
        at([...base, 'nodes', onPath[onPath.length - 1] ?? id], `this choice loops back to "${id}" (${[...onPath, id].join(' → ')}); a tree must not have cycles`);
        return;
      }
      if (onPath.length >= MAX_DEPTH) {
        at([...base, 'nodes', id], `the walk to here is ${onPath.length} questions deep; the limit is ${MAX_DEPTH}`);
        return;
      }
      const node = tree.nodes[id];
      if (!node) return;
      const first = !reached.has(id);
      reached.add(id);
      if (!first || !isQuestion(node)) return;
      onPath.push(id);
      for (const c of node.choices) walk(c.next);
      onPath.pop();
    };
    walk(tree.start);
    for (const id of Object.keys(tree.nodes)) {
      if (!reached.has(id)) at([...base, 'nodes', id], `node "${id}" cannot be reached from start "${tree.start}"; link a choice to it or delete it`);
    }
  });
  return problems;

  function lintLeaf(node: LeafNode, np: PropertyKey[]): void {
    const cited: string[] = [];
    node.cites.forEach((n, i) => {
      const text = clauses.get(n);
      if (text === undefined) at([...np, 'cites', i], `clause "${n}" does not exist in policy "${policy.id}"; cite a clause number shown by "policybot clause ${policy.id} NUMBER"`);
      else cited.push(text);
    });
    const says = node.says ?? [];
    if (node.verdict !== 'not-covered' && says.length === 0) {
      at([...np, 'says'], 'quote the words of the cited clause that carry this verdict (says: ["…"]), so lint can check the clause supports it');
    }
    says.forEach((quote, i) => {
      if (cited.length > 0 && !cited.some((c) => c.includes(normaliseWords(quote)))) {
        at([...np, 'says', i], `"${quote}" is not in the cited clause(s) ${node.cites.join(', ')}; quote the clause's own words or cite the clause that says it`);
      }
    });
    if (node.verdict === 'ask-first') {
      if (!node.whom) at([...np, 'whom'], 'an ask-first verdict must name whom to ask, as the policy names them (whom: "Headteacher")');
      else if (cited.length > 0 && !cited.some((c) => c.includes(normaliseWords(node.whom ?? '')))) {
        at([...np, 'whom'], `"${node.whom}" is not named in the cited clause(s); use the policy's own title for the person`);
      }
    }
    if (node.verdict === 'not-covered') {
      if (node.escalate !== true) at([...np, 'escalate'], 'a not-covered leaf must offer escalation: add "escalate: true"');
      if (!SILENCE.test(node.text)) at([...np, 'text'], 'a not-covered leaf must say plainly that the policy does not say (e.g. "The policy does not say whether …")');
    }
  }
}
