// The reply a member of staff sees: whose policy it quotes, whether that policy is past its
// review date (by the injected clock), the clauses best first in the policy's own words, and
// the Ask / Share buttons.
import { describe, expect, it } from 'vitest';
import { decodeAction, MAX_PAYLOAD_QUESTION_CHARS } from '../../src/dialog/actions.ts';
import { NotFoundError } from '../../src/errors.ts';
import { botOn } from './fixture.ts';

describe('a reply to a question', () => {
  const bot = botOn('2026-01-15');
  const reply = bot.ask('quorn-hall', 'can i put pics from the trip on insta');

  it('says whose policy it quotes', () => {
    expect(reply.policy).toEqual({ id: 'quorn-hall', name: 'Quorn Hall School', reviewDue: '2024-03-18', overdue: true });
    const answer = bot.ask('quorn-hall', 'can I use the school logo on my profile');
    expect(answer.kind).toBe('answer');
    expect(answer.text).toContain("Quorn Hall School's Electronic Communications and Use of Social Media Policy");
  });

  it('cites clauses best first, each with its innermost heading and a score in [0, 1]', () => {
    expect(reply.citations.length).toBeGreaterThan(0);
    expect(reply.citations.length).toBeLessThanOrEqual(5);
    const scores = reply.citations.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const digital = reply.citations.find((c) => c.heading === 'Use of digital images');
    expect(digital?.text).toMatch(/photos or videos taken by staff/);
  });

  it('shows a long clause shortened at a sentence, with the whole clause beside it', () => {
    const r = bot.ask('robert-carre-trust', 'does the trust monitor my messages on the school network');
    const long = r.citations.find((c) => c.fullText);
    expect(long).toBeDefined();
    expect(long!.fullText!.startsWith(long!.text.replace(/ …$/, ''))).toBe(true);
    expect(long!.text.length).toBeLessThan(long!.fullText!.length);
  });

  it('says in one line that the policy is past its review date', () => {
    const notices = reply.notices.filter((n) => n.kind === 'review-overdue');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/due for review/);
    expect(notices[0]!.text).not.toContain('\n');
  });

  it('has no review notice while the policy is in date', () => {
    const early = botOn('2024-01-10').ask('quorn-hall', 'can i put pics from the trip on insta');
    expect(early.policy.overdue).toBe(false);
    expect(early.notices.filter((n) => n.kind === 'review-overdue')).toEqual([]);
  });

  it('offers Ask the (whoever the policy names) with the question and the clauses shown, and Share', () => {
    const escalate = reply.actions.find((a) => a.type === 'escalate');
    expect(escalate?.label).toBe(`Ask the ${reply.escalation.to}`);
    const decoded = decodeAction(escalate?.payload);
    expect(decoded.ok).toBe(true);
    if (decoded.ok && decoded.action.a === 'escalate') {
      expect(decoded.action).toMatchObject({ p: 'quorn-hall', q: 'can i put pics from the trip on insta', s: false });
      expect(decoded.action.c).toEqual(expect.arrayContaining(reply.citations.map((c) => c.clause)));
    }
    expect(reply.actions.map((a) => a.type)).toEqual(['escalate', 'share']);
  });

  it('cuts a long question in the payload to the agreed length', () => {
    const decoded = decodeAction(bot.ask('quorn-hall', 'photos '.repeat(400)).actions[0]?.payload);
    expect(decoded.ok && decoded.action.a === 'escalate' && decoded.action.q.length).toBeLessThanOrEqual(MAX_PAYLOAD_QUESTION_CHARS);
  });
});

describe('the bot', () => {
  const bot = botOn();

  it('lists its policies', () => {
    expect(bot.policies().map((p) => p.id).sort()).toEqual(['ashgrove-academy', 'bicester-learning-academy', 'quorn-hall', 'robert-carre-trust', 'wycliffe-primary', 'yes-trust']);
  });

  it('shows one clause as an info reply with one citation', () => {
    const r = bot.clause('wycliffe-primary', '11.3.4');
    expect(r.kind).toBe('info');
    expect(r.citations).toHaveLength(1);
    expect(r.citations[0]).toMatchObject({ clause: '11.3.4', score: 1 });
    expect(r.citations[0]!.text).toMatch(/disclose your affiliation/);
  });

  it('an unknown clause number is a NotFoundError naming nearby ones', () => {
    expect(() => bot.clause('wycliffe-primary', '11.3.99')).toThrow(NotFoundError);
    expect(() => bot.clause('wycliffe-primary', '11.3.99')).toThrow(/Nearest: 11\.3\.\d/);
  });

  it('an unknown policy is a NotFoundError listing the valid ids', () => {
    expect(() => bot.clause('nope', '1.1')).toThrow(/Policies: .*wycliffe-primary/);
    expect(() => bot.help('nope')).toThrow(NotFoundError);
  });

  it('help is an info reply with example questions and the school’s names', () => {
    const r = bot.help('ashgrove-academy');
    expect(r.kind).toBe('info');
    expect(r.text).toMatch(/Ashgrove Park Academy/);
    expect(r.text).toMatch(/Instagram/);
  });
});
