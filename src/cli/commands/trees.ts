/** `policybot trees --policy ID [--format text|json|mermaid] [--tree TREE]`: lists or draws a policy's decision trees. */
import { UsageError } from '../../errors.ts';
import { findPolicy, loadKnowledge } from '../../knowledge/index.ts';
import { treesToMermaid } from '../../dialog/mermaid.ts';
import { isLeaf, isQuestion, type Tree } from '../../dialog/tree-schema.ts';
import type { Command } from '../io.ts';
import { KNOWLEDGE_HELP, knowledgeDir, parseCommand } from './options.ts';

const help = `Usage: policybot trees --policy ID [--format text|json|mermaid] [--tree TREE] [--knowledge DIR]

Lists a policy's decision trees (id, title, how many questions and verdicts), or draws them as
a Mermaid flowchart so whoever writes the policy can check every branch against it by eye:
questions are diamonds, verdicts are boxes naming the verdict and the clauses it cites.

  policybot trees --policy quorn-hall
  policybot trees --policy quorn-hall --format mermaid --tree photos > photos.mmd

Options:
  --policy ID      the policy (required)
  --format F       text (default), json, or mermaid
  --tree TREE      only this tree (with mermaid: draw just this one; default: all, as subgraphs)
${KNOWLEDGE_HELP}
  --help           this help
`;

function counts(tree: Tree) {
  const nodes = Object.values(tree.nodes);
  return { questions: nodes.filter(isQuestion).length, verdicts: nodes.filter(isLeaf).length };
}

function summary(tree: Tree) {
  const leaves = Object.entries(tree.nodes).flatMap(([node, n]) => (isLeaf(n) ? [{ node, verdict: n.verdict, cites: n.cites }] : []));
  return { id: tree.id, title: tree.title, ...counts(tree), leaves };
}

export const trees: Command = {
  name: 'trees',
  summary: 'list a policy\'s decision trees or draw them as Mermaid flowcharts',
  help,
  async run(args, io) {
    const { values } = parseCommand('trees', args, { policy: { type: 'string' }, format: { type: 'string', default: 'text' }, tree: { type: 'string' } }, { names: [] });
    if (typeof values.policy !== 'string') throw new UsageError('missing --policy ID; see `policybot trees --help`.');
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'mermaid') throw new UsageError(`--format is "${String(format)}"; use text, json or mermaid.`);
    const loaded = findPolicy(loadKnowledge(knowledgeDir(values, io)), values.policy);
    const all = loaded.trees ?? [];
    let chosen = all;
    if (typeof values.tree === 'string') {
      chosen = all.filter((t) => t.id === values.tree);
      if (chosen.length === 0) throw new UsageError(`policy "${loaded.policy.id}" has no tree "${values.tree}"; its trees: ${all.map((t) => t.id).join(', ') || '(none)'}.`);
    }
    if (format === 'mermaid') {
      if (chosen.length === 0) throw new UsageError(`policy "${loaded.policy.id}" has no decision trees to draw.`);
      io.stdout(treesToMermaid(chosen));
    } else if (format === 'json') {
      const out = { policy: { id: loaded.policy.id, name: loaded.policy.name, version: loaded.version }, trees: chosen.map((t) => (typeof values.tree === 'string' ? { ...summary(t), tree: t } : summary(t))) };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      const width = Math.max(2, ...chosen.map((t) => t.id.length));
      const lines = chosen.map((t) => {
        const c = counts(t);
        return `${t.id.padEnd(width)}  ${t.title}  (${c.questions} question${c.questions === 1 ? '' : 's'}, ${c.verdicts} verdict${c.verdicts === 1 ? '' : 's'})`;
      });
      io.stdout(`${loaded.policy.name}: ${chosen.length} decision tree${chosen.length === 1 ? '' : 's'}\n${lines.join('\n')}\n`);
    }
    return 0;
  },
};
