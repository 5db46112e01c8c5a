// Trees through the bot's ports (what Slack, Teams, the playground and the command line call).
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.ts';
import { decodeAction, MAX_PAYLOAD_CHARS } from '../../src/dialog/actions.ts';
import { renderText } from '../../src/dialog/render-text.ts';
import { RESTART_STALE } from '../../src/dialog/tree-reply.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { choose } from '../../src/cli/commands/choose.ts';

const knowledge = loadKnowledge();
const clock = { now: () => new Date('2026-11-22T10:00:00Z') };
const bot = createBot({ knowledge, clock });

describe('the bot with decision trees', () => {
  it('an open question on a tree topic gets the first tree question, with the ranked citations kept', () => {
    const bare = loadKnowledge();
    for (const l of bare.policies.values()) l.trees = [];
    const plain = createBot({ knowledge: bare, clock }).ask('quorn-hall', 'can i put pics from the trip on insta');
    const r = bot.ask('quorn-hall', 'can i put pics from the trip on insta');
    expect(r.kind).toBe('clarify');
    expect(r.prompt).toBe('Where will the photos or videos of pupils go?');
    expect(r.choices).toHaveLength(4);
    expect(r.citations).toEqual(plain.citations);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.notices.map((n) => n.kind)).toEqual(['review-overdue']);
    expect(r.actions.map((a) => a.type)).toEqual(['escalate', 'share']);
  });

  it('pressing the buttons walks to a verdict', () => {
    const first = bot.ask('robert-carre-trust', 'a former student wants to follow me on instagram');
    expect(first.prompt).toBe('Is the former student under 18?');
    const under = bot.choose(first.choices[0]!.payload);
    expect(under.kind).toBe('answer');
    expect(under.verdict).toMatchObject({ outcome: 'not-allowed' });
    expect(under.citations[0]!.text).toContain('You should not interact with any ex-student of the Trust who is under 18');
    const esc = decodeAction(under.actions[0]!.payload);
    expect(esc.ok && esc.action.a === 'escalate' && esc.action.t).toBe('contact:former-under-18');
  });

  it('a safeguarding question never becomes a tree', () => {
    const r = bot.ask('quorn-hall', 'a pupil sent me a sexual photo of herself');
    expect(r.safeguarding).toBe(true);
    expect(r.tree).toBeUndefined();
    expect(r.kind).not.toBe('clarify');
  });

  it('a specific question the clauses answer stays a plain answer', () => {
    const r = bot.ask('robert-carre-trust', 'could i get sacked for a tweet');
    expect(r.kind).toBe('answer');
    expect(r.tree).toBeUndefined();
  });

  it('topics offers one button per tree, each starting it', () => {
    const t = bot.topics('yes-trust');
    expect(t.kind).toBe('info');
    expect(t.choices.map((c) => c.label)).toEqual(knowledge.policies.get('yes-trust')!.trees!.map((x) => x.title));
    const started = bot.choose(t.choices[1]!.payload);
    expect(started.kind).toBe('clarify');
    expect(started.tree?.id).toBe('contact');
    expect(() => bot.topics('nope')).toThrow(/no policy "nope"/);
  });

  it('a button from an older version of the policy restarts the tree politely', () => {
    const first = bot.ask('bicester-learning-academy', 'pics of the kids from sports day on my facebook?');
    const stale = JSON.stringify({ ...JSON.parse(first.choices[0]!.payload), v: 'oldversion1' });
    const r = bot.choose(stale);
    expect(r.kind).toBe('clarify');
    expect(r.tree?.node).toBe('where');
    expect(r.notices[0]).toEqual({ kind: 'restarted', text: RESTART_STALE });
    expect(renderText(r)).toContain(`Note: ${RESTART_STALE}`);
  });

  it("a payload too damaged to name its school restarts with the conversation's own school, not another", () => {
    const r = bot.choose('{"a":"cho', 'yes-trust');
    expect(r.kind).toBe('info');
    expect(r.policy.id).toBe('yes-trust');
    expect(r.notices[0]?.kind).toBe('restarted');
    expect(bot.choose('garbage', 'quorn-hall').policy.id).toBe('quorn-hall');
  });

  it('every choice payload of every question fits Slack\'s 2000 characters, even with a long question', () => {
    const long = `can i post photos of pupils ${'on my own account please '.repeat(100)}`;
    const r = bot.ask('quorn-hall', long);
    for (const c of [...r.choices, ...r.actions]) expect(c.payload.length).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
  });
});

describe('policybot choose', () => {
  function io() {
    const out: string[] = [];
    const value: CliIo = { stdout: (t) => void out.push(t), stderr: () => {}, readStdin: async function* () {}, env: {}, cwd: process.cwd(), now: clock.now };
    return { value, out: () => out.join('') };
  }

  it('continues a tree from a payload, as text and as JSON', async () => {
    const first = bot.ask('wycliffe-primary', 'a reporter asked me about the school');
    expect(first.verdict?.outcome).toBe('ask-first');
    const payload = first.choices[0]!.payload; // "Start again"
    const text = io();
    expect(await choose.run([payload], text.value)).toBe(0);
    expect(text.out()).toContain('[Speaking for the school, the press and your opinions]');
    expect(text.out()).toMatch(/  1\. Post for the school on social media/);
    const json = io();
    await choose.run(['--json', payload], json.value);
    const reply = JSON.parse(json.out());
    expect(reply.kind).toBe('clarify');
    expect(reply.choices.every((c: { payload: string }) => decodeAction(c.payload).ok)).toBe(true);
  });

  it('a cut-short payload is a polite restart, exit status 0', async () => {
    const first = bot.ask('robert-carre-trust', 'a former student wants to follow me on instagram');
    expect(first.kind).toBe('clarify');
    const o = io();
    expect(await choose.run([first.choices[0]!.payload.slice(0, 90)], o.value)).toBe(0);
    expect(o.out()).toContain('Note: That button could not be read');
  });
});

describe('payloads stay within 2000 characters whatever the question holds', () => {
  it.each(['"', '\\', 'é', '😀'])('a question full of %s', (ch) => {
    const asks = [bot.ask('quorn-hall', `can i post photos of pupils on my facebook ${ch.repeat(1500)}`), bot.ask('robert-carre-trust', `a former student wants to follow me on instagram ${ch.repeat(1500)}`)];
    const replies = [...asks, bot.choose(asks[1]!.choices[0]!.payload)];
    for (const r of replies) {
      for (const p of [...r.choices, ...r.actions]) {
        expect(p.payload.length).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
        expect(decodeAction(p.payload).ok).toBe(true);
      }
    }
  });

  it('an escalate or share payload is shortened, not refused, when escaping doubles the question', async () => {
    const { replyActions } = await import('../../src/dialog/reply-frame.ts');
    const actions = replyActions({ policyId: 'quorn-hall', question: '"'.repeat(1200), clauses: ['1.1'], to: 'Headteacher' });
    for (const a of actions) {
      expect(a.payload.length).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
      const d = decodeAction(a.payload);
      expect(d.ok && 'q' in d.action ? (d.action.q ?? '').length : 0).toBeGreaterThan(900);
    }
  });
});
