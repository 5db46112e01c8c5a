import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, MAX_PAYLOAD_CHARS } from '../../src/dialog/actions.ts';
import { defaultFrame } from '../../src/dialog/reply-frame.ts';
import { choosePayload, type ResolvePolicy } from '../../src/dialog/tree-choose.ts';
import { RESTART_DAMAGED, RESTART_STALE, startTree } from '../../src/dialog/tree-reply.ts';
import { photosTree, policy, treePolicy } from './fixture.ts';

const frame = defaultFrame(policy, '2026-11-22');
const resolveWith = (version = 'v1abc'): ResolvePolicy => (id) => (id === undefined || id === policy.id ? { tp: treePolicy(undefined, version), frame } : undefined);
const resolve = resolveWith();

function labelled(reply: { choices: { label: string; payload: string }[] }, label: string): string {
  const c = reply.choices.find((x) => x.label === label);
  if (!c) throw new Error(`no choice "${label}" in ${reply.choices.map((x) => x.label).join(', ')}`);
  return c.payload;
}

describe('walking a tree', () => {
  const first = startTree(treePolicy(), frame, photosTree(), { question: 'Can I post pics from the trip?' });

  it('starts with a clarify reply: the first question and its choices', () => {
    expect(first.kind).toBe('clarify');
    expect(first.prompt).toBe('Where will it be posted?');
    expect(first.choices.map((c) => c.label)).toEqual(['My own account', "The school's account", 'Somewhere else']);
    expect(first.tree).toEqual({ id: 'photos', title: 'Photos and videos of pupils', node: 'where' });
    expect(first.citations.length).toBeGreaterThan(0);
    expect(first.notices.map((n) => n.kind)).toEqual(['review-overdue']);
  });

  it('ends at a verdict that cites its clause in the clause\'s own words, with lead-in', () => {
    const r = choosePayload(labelled(first, 'My own account'), resolve);
    expect(r.kind).toBe('answer');
    expect(r.verdict).toEqual({ outcome: 'not-allowed', text: 'Staff must not post images that include pupils.', clauses: ['1.1'] });
    expect(r.citations).toEqual([{ clause: '1.1', heading: 'Images', text: 'Staff must not: post images that include pupils.', score: 1 }]);
    expect(r.actions.map((a) => a.label)).toEqual(['Ask the Headteacher', 'Share in channel']);
    const esc = decodeAction(r.actions[0]!.payload);
    expect(esc.ok && esc.action.a === 'escalate' && esc.action.c).toEqual(['1.1']);
    expect(esc.ok && esc.action.a === 'escalate' && esc.action.q).toContain('Can I post pics from the trip? [answers: My own account]');
  });

  it('goes two questions deep and names whom to ask', () => {
    const second = choosePayload(labelled(first, "The school's account"), resolve);
    expect(second.kind).toBe('clarify');
    expect(second.prompt).toBe('Do you run that account for the school?');
    const leaf = choosePayload(labelled(second, 'No'), resolve);
    expect(leaf.verdict).toEqual({ outcome: 'ask-first', whom: 'Headteacher', text: 'Ask the Headteacher first.', clauses: ['1.3'] });
    expect(leaf.text).toMatch(/^Ask first \(Headteacher\), under Fixture School's policy\. /);
  });

  it('shortens a long clause at a sentence boundary and keeps the full text', () => {
    const leaf = choosePayload(labelled(choosePayload(labelled(first, "The school's account"), resolve), 'Yes'), resolve);
    const c = leaf.citations[0]!;
    expect(c.fullText).toBe(policy.clauses[1]!.text);
    expect(c.text.length).toBeLessThan(c.fullText!.length);
    expect(c.text).toMatch(/\. …$/);
  });

  it('Share of a verdict carries the choice that reproduces it', () => {
    const leaf = choosePayload(labelled(first, 'Somewhere else'), resolve);
    expect(leaf.verdict?.outcome).toBe('not-covered');
    const share = decodeAction(leaf.actions[1]!.payload);
    if (!share.ok || share.action.a !== 'share' || !share.action.r) throw new Error('share has no replay');
    expect(choosePayload(encodeAction(share.action.r), resolve).verdict).toEqual(leaf.verdict);
  });
});

describe('payloads that do not fit restart politely', () => {
  const first = startTree(treePolicy(), frame, photosTree(), { question: 'Can I post pics?' });
  const own = labelled(first, 'My own account');

  it('from an older version of the policy', () => {
    const r = choosePayload(own, resolveWith('v2def'));
    expect(r.kind).toBe('clarify');
    expect(r.prompt).toBe('Where will it be posted?');
    expect(r.notices[0]).toEqual({ kind: 'restarted', text: RESTART_STALE });
  });

  it('tampered: a choice index the node does not have, or a node the history does not lead to', () => {
    const a = JSON.parse(own);
    for (const bad of [{ ...a, c: 7 }, { ...a, n: 'official' }, { ...a, h: [1] }, { ...a, t: 'nope' }]) {
      const r = choosePayload(JSON.stringify(bad), resolve);
      expect(r.kind === 'clarify' || r.kind === 'info').toBe(true);
      expect(r.notices[0]?.kind).toBe('restarted');
    }
    expect(choosePayload(JSON.stringify({ ...a, c: 7 }), resolve).notices[0]!.text).toBe(RESTART_DAMAGED);
  });

  it('truncated at every length, or not JSON at all: never throws, always a restart', () => {
    for (let n = 0; n < own.length; n++) {
      const r = choosePayload(own.slice(0, n), resolve);
      expect(['clarify', 'info']).toContain(r.kind);
      expect(r.notices[0]?.kind).toBe('restarted');
    }
    expect(choosePayload('{"a":"choose","p":"fixture-school","t":"photos","n":"wh', resolve).prompt).toBe('Where will it be posted?');
    expect(choosePayload('x'.repeat(MAX_PAYLOAD_CHARS + 1), resolve).kind).toBe('info');
  });
});

describe('any string as a payload', () => {
  it('never throws and always answers with a restart or the topics', async () => {
    const fc = await import('fast-check');
    const own = labelled(startTree(treePolicy(), frame, photosTree()), 'My own account');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json(), fc.nat({ max: own.length }).map((n) => own.slice(0, n) + own.slice(n + 1))), (raw) => {
        const r = choosePayload(raw, resolve);
        expect(['clarify', 'info', 'answer']).toContain(r.kind);
        if (r.kind !== 'answer') expect(r.notices[0]?.kind).toBe('restarted');
      }),
      { numRuns: 300 },
    );
  });
});
