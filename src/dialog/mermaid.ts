/**
 * A decision tree as a Mermaid flowchart, so the people who write policy can check each branch
 * against the policy by eye: questions are diamonds, verdicts rounded boxes that name the
 * verdict and the clauses they cite. Pure: text in, text out.
 */
import { isLeaf, isQuestion, type Tree } from './tree-schema.ts';

const VERDICT_LABEL = { allowed: 'ALLOWED', 'not-allowed': 'NOT ALLOWED', 'ask-first': 'ASK FIRST', 'not-covered': 'POLICY DOES NOT SAY' } as const;

/** Text safe inside a quoted Mermaid label: entity codes for the characters Mermaid or HTML would read. */
export function escapeMermaid(text: string): string {
  return text
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/[\r\n]+/g, ' ');
}

function nodeId(tree: Tree, id: string): string {
  return `${tree.id}__${id}`.replace(/[^A-Za-z0-9_]/g, '_');
}

function treeLines(tree: Tree, indent: string): string[] {
  const lines: string[] = [];
  for (const [id, node] of Object.entries(tree.nodes)) {
    const nid = nodeId(tree, id);
    if (isQuestion(node)) {
      lines.push(`${indent}${nid}{"${escapeMermaid(node.question)}"}`);
      for (const c of node.choices) lines.push(`${indent}${nid} -->|"${escapeMermaid(c.label)}"| ${nodeId(tree, c.next)}`);
    } else if (isLeaf(node)) {
      const whom = node.whom ? ` (${node.whom})` : '';
      const label = `${VERDICT_LABEL[node.verdict]}${whom}: ${node.text}<br/>cites ${node.cites.join(', ')}`;
      lines.push(`${indent}${nid}(["${escapeMermaid(label).replace('#lt;br/#gt;', '<br/>')}"]):::${node.verdict.replace('-', '_')}`);
    }
  }
  return lines;
}

const CLASSES = [
  'classDef allowed fill:#d9f2d9,stroke:#2e7d32',
  'classDef not_allowed fill:#f8d7da,stroke:#b71c1c',
  'classDef ask_first fill:#fff3cd,stroke:#a67c00',
  'classDef not_covered fill:#e2e3e5,stroke:#555',
];

/** One tree, or several as subgraphs of one chart. */
export function treesToMermaid(trees: readonly Tree[]): string {
  const lines = ['flowchart TD'];
  if (trees.length === 1 && trees[0]) {
    lines.push(...treeLines(trees[0], '  '));
  } else {
    for (const tree of trees) {
      lines.push(`  subgraph ${nodeId(tree, 'tree')}["${escapeMermaid(tree.title)}"]`, ...treeLines(tree, '    '), '  end');
    }
  }
  lines.push(...CLASSES.map((c) => `  ${c}`));
  return `${lines.join('\n')}\n`;
}
