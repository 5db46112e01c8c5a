import { describe, expect, it } from 'vitest';
import { lintTrees } from '../../src/dialog/tree-lint.ts';
import { formatTreeProblem, parseTrees } from '../../src/dialog/tree-load.ts';
import type { Tree } from '../../src/dialog/tree-schema.ts';
import { photosTree, policy } from './fixture.ts';

const FILE = 'knowledge/policies/fixture-school/trees.yaml';
const lint = (tree: Tree) => lintTrees(FILE, [photosTree(), tree], policy).map(formatTreeProblem);
const parse = (data: unknown) => parseTrees(FILE, data).problems.map(formatTreeProblem);

describe('policybot lint on trees', () => {
  it('passes a sound tree', () => {
    expect(lintTrees(FILE, [photosTree()], policy)).toEqual([]);
  });

  it('reports an unreachable node with its file and path', () => {
    const t = photosTree();
    t.id = 'second';
    t.nodes.orphan = { verdict: 'allowed', text: 'x', cites: ['1.2'], says: ['school website'] };
    expect(lint(t)).toEqual([`${FILE} → at trees[1].nodes.orphan: node "orphan" cannot be reached from start "where"; link a choice to it or delete it`]);
  });

  it('reports a cycle', () => {
    const t = photosTree();
    t.id = 'second';
    t.nodes.official = { question: 'Loop?', choices: [{ label: 'Again', next: 'where' }, { label: 'Yes', next: 'yes' }] };
    t.nodes.ask = { ...t.nodes.ask! };
    const problems = lint(t);
    expect(problems.some((p) => p.includes('trees[1].nodes.official') && /cycles/.test(p) && p.includes('where → official → where'))).toBe(true);
  });

  it('reports a cited clause the policy does not have', () => {
    const t = photosTree();
    t.id = 'second';
    t.nodes.own = { verdict: 'not-allowed', text: 'No.', cites: ['9.9'], says: ['post images'] };
    expect(lint(t)).toContain(`${FILE} → at trees[1].nodes.own.cites[0]: clause "9.9" does not exist in policy "fixture-school"; cite a clause number shown by "policybot clause fixture-school NUMBER"`);
  });

  it('reports a quote the cited clause does not contain (a verdict the clause does not support)', () => {
    const t = photosTree();
    t.id = 'second';
    t.nodes.own = { verdict: 'allowed', text: 'Yes.', cites: ['1.1'], says: ['may post images'] };
    expect(lint(t).join('\n')).toMatch(/trees\[1\]\.nodes\.own\.says\[0\]: "may post images" is not in the cited clause/);
  });

  it('reports a 76-character label through the schema, with its path', () => {
    const t = photosTree();
    const data = { trees: [{ ...t, nodes: { ...t.nodes, where: { question: 'Q?', choices: [{ label: 'x'.repeat(76), next: 'own' }, { label: 'y', next: 'official' }] } } }] };
    expect(parse(data)).toEqual([`${FILE} → at trees[0].nodes.where.choices[0].label: a button label is at most 75 characters`]);
    data.trees[0]!.nodes.where.choices[0]!.label = 'x'.repeat(75);
    expect(parse(data)).toEqual([]);
  });

  it('requires ask-first to name whom the clause names, and not-covered to say so and offer escalation', () => {
    const t = photosTree();
    t.id = 'second';
    t.nodes.ask = { verdict: 'ask-first', whom: 'Bursar', text: 'Ask.', cites: ['1.3'], says: ['seek approval'] };
    t.nodes.other = { verdict: 'not-covered', text: 'It is fine.', cites: ['1.1'] };
    const problems = lint(t).join('\n');
    expect(problems).toMatch(/nodes\.ask\.whom: "Bursar" is not named in the cited clause/);
    expect(problems).toMatch(/nodes\.other\.escalate: a not-covered leaf must offer escalation/);
    expect(problems).toMatch(/nodes\.other\.text: a not-covered leaf must say plainly/);
  });

  it('reports a question over one line, a duplicate tree id and a missing leaf verdict', () => {
    const t = photosTree();
    t.nodes.where = { question: `${'Where? '.repeat(25)}`, choices: [{ label: 'a', next: 'own' }, { label: 'b', next: 'official' }, { label: 'c', next: 'other' }] };
    const problems = lint(t).join('\n');
    expect(problems).toMatch(/trees\[1\]\.nodes\.where\.question: the question is 175 characters/);
    expect(problems).toMatch(/trees\[1\]\.id: tree id "photos" is used twice/);
    const bad = parse({ trees: [{ ...photosTree(), nodes: { ...photosTree().nodes, own: { text: 'x', cites: ['1.1'] } } }] });
    expect(bad.join('\n')).toMatch(/trees\[0\]\.nodes\.own\.verdict: a leaf needs a verdict/);
  });
});
