// Whatever arrives — nothing, a wall of text, emoji, another language, chat markup — the bot
// answers with a valid reply and never throws. A property test holds it for any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAction, MAX_PAYLOAD_CHARS } from '../../src/dialog/actions.ts';
import type { Reply } from '../../src/dialog/reply.ts';
import { botOn } from './fixture.ts';

const bot = botOn();

function expectValid(reply: Reply, policy: string): void {
  expect(reply.policy.id).toBe(policy);
  expect(['answer', 'clarify', 'no-match']).toContain(reply.kind);
  expect(typeof reply.text).toBe('string');
  expect(reply.text.length).toBeGreaterThan(0);
  expect(typeof reply.safeguarding).toBe('boolean');
  expect(reply.escalation).toMatchObject({ available: true });
  for (const c of reply.citations) {
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(1);
  }
  for (const a of reply.actions) {
    expect(a.payload.length).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
    expect(decodeAction(a.payload).ok).toBe(true);
  }
  expect(() => JSON.stringify(reply)).not.toThrow();
}

const cases: [string, string][] = [
  ['empty', ''],
  ['whitespace', '  \n\t  '],
  ['10,000 characters', 'social media '.repeat(770).slice(0, 10_000)],
  ['emoji only', '😀🎉👍🏽🏳️‍🌈'],
  ['another language', 'Est-ce que je peux publier des photos de la sortie scolaire ?'],
  ['Welsh', 'A allaf i bostio lluniau o’r daith ar Instagram?'],
  ['markup', '<b>hello</b> **bold** `code` <script>alert(1)</script>'],
  ['channel ping', '<!channel>'],
  ['user mention', '<@U123>'],
  ['mention and a question', '<@U0LAN0Z89> can i put pics from the trip on insta'],
  ['control characters', '\u0000\u0007\u001b[31m'],
  ['lone surrogate', '\ud800 photo'],
  ['quotes and backslashes', '"\\"\\\\'.repeat(400)],
];

describe('bad input gets a valid reply', () => {
  it.each(cases)('%s', (_name, text) => {
    const reply = bot.ask('quorn-hall', text);
    expectValid(reply, 'quorn-hall');
  });

  it('nothing to go on is a no-match, not a guess', () => {
    for (const text of ['', '   ', '😀🎉', '<!channel>', '<@U123>', '<b></b>']) {
      expect(bot.ask('yes-trust', text).kind).toBe('no-match');
    }
  });

  it('a mention before the question does not change the answer', () => {
    const plain = bot.ask('quorn-hall', 'can i put pics from the trip on insta').citations.map((c) => c.clause);
    const mentioned = bot.ask('quorn-hall', '<@U0LAN0Z89> can i put pics from the trip on insta').citations.map((c) => c.clause);
    expect(mentioned).toEqual(plain);
  });

  it('the escalate payload carries the question, cut to fit, never over the limit', () => {
    const long = 'x'.repeat(10_000);
    const decoded = decodeAction(bot.ask('wycliffe-primary', long).actions[0]?.payload);
    expect(decoded.ok && decoded.action.a === 'escalate' && decoded.action.q.length).toBeGreaterThan(500);
  });

  it('an unknown policy is a NotFoundError listing the valid ids', () => {
    expect(() => bot.ask('nowhere-school', 'hello')).toThrowError(/no policy "nowhere-school"\. Policies: .*quorn-hall/);
  });

  it('any string at all (property)', () => {
    const policies = bot.policies().map((p) => p.id);
    fc.assert(
      fc.property(fc.constantFrom(...policies), fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.lorem()), (policy, text) => {
        expectValid(bot.ask(policy, text), policy);
      }),
      { numRuns: 300 },
    );
  });
});
