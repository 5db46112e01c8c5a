// The real trees, walked from the data: every leaf of every tree of every policy is reached by
// pressing buttons, and gives the verdict and clauses the YAML says, in the policy's own words.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeAction, MAX_PAYLOAD_CHARS } from '../../src/dialog/actions.ts';
import { defaultFrame } from '../../src/dialog/reply-frame.ts';
import { choosePayload, type ResolvePolicy } from '../../src/dialog/tree-choose.ts';
import { startTree, type TreePolicy } from '../../src/dialog/tree-reply.ts';
import { leafPaths } from '../../src/dialog/tree-walk.ts';
import { askTree } from '../../src/dialog/tree-ask.ts';
import { matchTree } from '../../src/dialog/tree-match.ts';
import type { Reply } from '../../src/dialog/reply.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';

// The five real policies, and the invented one the engine was not written against.
const loaded = [...loadKnowledge().policies, ...loadKnowledge(join(import.meta.dirname, '..', '..', 'eval', 'knowledge')).policies];
const TODAY = '2026-11-22';
const tps = new Map<string, TreePolicy>(loaded.map(([id, l]) => [id, { policy: l.policy, version: l.version, trees: l.trees ?? [] }]));
const resolve: ResolvePolicy = (id) => {
  const tp = id === undefined ? undefined : tps.get(id);
  return tp ? { tp, frame: defaultFrame(tp.policy, TODAY) } : undefined;
};
const ctx = (id: string) => resolve(id)!;
const LONG_QUESTION = 'q'.repeat(400);

const cases = [...tps.values()].flatMap((tp) =>
  tp.trees.flatMap((tree) => leafPaths(tree).map((path) => ({ id: tp.policy.id, tree, path, name: `${tp.policy.id} ${tree.id}: ${path.labels.join(' → ')} ⇒ ${path.leaf.verdict}` }))),
);

function press(reply: Reply, index: number): Reply {
  const choice = reply.choices[index];
  if (!choice) throw new Error(`no choice ${index} in ${reply.choices.map((c) => c.label).join(' | ')}`);
  expect(choice.payload.length).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
  return choosePayload(choice.payload, resolve);
}

describe('every policy has the four trees', () => {
  it('covers six policies', () => expect(tps.size).toBe(6));
  it.each([...tps.keys()])('%s', (id) => {
    expect(tps.get(id)!.trees.map((t) => t.id).sort()).toEqual(['contact', 'personal-use', 'photos', 'speaking']);
  });
});

describe('walking every tree to every leaf', () => {
  it('has leaves to walk', () => expect(cases.length).toBeGreaterThan(100));

  it.each(cases)('$name', ({ id, tree, path }) => {
    const { tp, frame } = ctx(id);
    let reply = startTree(tp, frame, tree, { question: LONG_QUESTION });
    for (const i of path.history) {
      expect(reply.kind).toBe('clarify');
      expect(reply.prompt!.length).toBeLessThanOrEqual(150);
      reply = press(reply, i);
    }
    expect(reply.kind).toBe('answer');
    expect(reply.verdict?.outcome).toBe(path.leaf.verdict);
    expect(reply.citations.map((c) => c.clause)).toEqual(path.leaf.cites);
    for (const c of reply.citations) {
      const clause = tp.policy.clauses.find((x) => x.number === c.clause)!;
      expect((c.fullText ?? c.text)).toContain(clause.text);
      expect(c.score).toBe(1);
    }
    expect(reply.actions[0]!.label).toBe(`Ask the ${tp.policy.roles.escalation.title}`);
    for (const a of reply.actions) expect(decodeAction(a.payload).ok).toBe(true);
    if (path.leaf.verdict === 'ask-first') expect(reply.verdict?.whom).toBeTruthy();
  });
});

/** Walks a tree by button labels (a label prefix is enough). */
function walk(policyId: string, treeId: string, labels: string[]): Reply {
  const { tp, frame } = ctx(policyId);
  let reply = startTree(tp, frame, tp.trees.find((t) => t.id === treeId)!);
  for (const l of labels) {
    const i = reply.choices.findIndex((c) => c.label.startsWith(l));
    expect(i, `"${l}" among ${reply.choices.map((c) => c.label).join(' | ')}`).toBeGreaterThanOrEqual(0);
    reply = press(reply, i);
  }
  return reply;
}
const cited = (r: Reply) => r.citations.map((c) => c.fullText ?? c.text).join('\n');

describe('verdicts a member of staff would notice differ between policies as their words do', () => {
  it('Quorn Hall: a photo of pupils on your own account is not allowed, citing "post images that include pupils"', () => {
    const r = walk('quorn-hall', 'photos', ['My own']);
    expect(r.verdict?.outcome).toBe('not-allowed');
    expect(cited(r)).toContain('Staff must not: post images that include pupils');
  });

  it('Bicester: personal platform with parents\' and the school\'s permission is allowed; without both it is not', () => {
    const yes = walk('bicester-learning-academy', 'photos', ['My personal', 'Yes, from both']);
    expect(yes.verdict?.outcome).toBe('allowed');
    expect(cited(yes)).toContain('without prior permission of parents/carers and the school');
    expect(walk('bicester-learning-academy', 'photos', ['My personal', 'Only one']).verdict?.outcome).toBe('not-allowed');
  });

  it('Wycliffe: taking photos of children on your own device is not allowed', () => {
    const r = walk('wycliffe-primary', 'photos', ['Taking', 'My own']);
    expect(r.verdict?.outcome).toBe('not-allowed');
    expect(cited(r)).toContain('Staff should not use their personal devices to take photos of children');
  });

  it('YES Trust says nothing about photos of pupils: every photo leaf says so and offers escalation', () => {
    for (const p of leafPaths(ctx('yes-trust').tp.trees.find((t) => t.id === 'photos')!)) expect(p.leaf.verdict).toBe('not-covered');
  });

  it('Ashgrove (invented): own phone on a trip only when the trip leader agreed', () => {
    expect(walk('ashgrove-academy', 'photos', ['Taking', 'My own', 'Yes']).verdict?.outcome).toBe('allowed');
    expect(walk('ashgrove-academy', 'photos', ['Taking', 'My own', 'No']).verdict?.outcome).toBe('not-allowed');
  });

  it('Robert Carre: a relative who is a student is the exception; a former student under 18 is not allowed, over 18 the policy is silent', () => {
    expect(walk('robert-carre-trust', 'contact', ['A current', 'Yes']).verdict?.outcome).toBe('allowed');
    expect(walk('robert-carre-trust', 'contact', ['A former', 'Yes, under 18']).verdict?.outcome).toBe('not-allowed');
    expect(walk('robert-carre-trust', 'contact', ['A former', 'No, 18']).verdict?.outcome).toBe('not-covered');
  });

  it('saying where you work: Wycliffe forbids it, Robert Carre allows it with a disclaimer, Quorn Hall needs approval of the wording', () => {
    expect(walk('wycliffe-primary', 'speaking', ['Say where']).verdict?.outcome).toBe('not-allowed');
    expect(walk('robert-carre-trust', 'speaking', ['Say where']).verdict?.outcome).toBe('allowed');
    const q = walk('quorn-hall', 'speaking', ['Name the school']);
    expect(q.verdict).toMatchObject({ outcome: 'ask-first', whom: 'Headteacher or their Line Manager' });
  });

  it('a journalist goes to whoever the policy names', () => {
    expect(walk('robert-carre-trust', 'speaking', ['Reply to a journalist']).verdict?.whom).toBe("Executive Headteacher's PA");
    expect(walk('wycliffe-primary', 'speaking', ['Reply to a journalist']).verdict?.whom).toBe('Headteacher');
    expect(walk('bicester-learning-academy', 'speaking', ['Reply to a journalist']).verdict?.outcome).toBe('not-covered');
  });
});

describe('questions on a tree topic', () => {
  it.each([...tps.values()].flatMap((tp) => tp.trees.flatMap((t) => t.topic.examples.map((q) => ({ id: tp.policy.id, tree: t.id, q })))))('$id: "$q" → $tree', ({ id, tree, q }) => {
    expect(matchTree(ctx(id).tp.trees, q)?.tree.id).toBe(tree);
  });

  it('a question that already answers the first step skips it: Quorn Hall photos "on my facebook" is a verdict straight away', () => {
    const { tp, frame } = ctx('quorn-hall');
    const ranked = [{ clause: '1.1', heading: '', text: 'x', score: 0.9 }];
    const r = askTree(tp, frame, { text: 'cn i post photos of the kids from sports day on my facebook', citations: ranked })!;
    expect(r.kind).toBe('answer');
    expect(r.verdict?.outcome).toBe('not-allowed');
    expect(r.citations[0]).toEqual(ranked[0]); // search's ranking kept first
    expect(r.citations.map((c) => c.clause)).toEqual(['1.1', ...walk('quorn-hall', 'photos', ['My own']).citations.map((c) => c.clause)]);
  });

  it('an open question gets the first tree question, keeping the ranked citations', () => {
    const { tp, frame } = ctx('robert-carre-trust');
    const ranked = [{ clause: '9.3', heading: '', text: 'x', score: 0.8 }, { clause: '9.5', heading: '', text: 'y', score: 0.5 }];
    const r = askTree(tp, frame, { text: 'can i add a student on facebook', citations: ranked })!;
    expect(r.kind).toBe('clarify');
    expect(r.prompt).toBe('Are you related to the student?');
    expect(r.citations).toEqual(ranked);
    expect(r.text).toContain('Your answers: A current student.');
  });
});
