// What staff notice from the search hints: asking in the very words a hint uses finds that
// clause, for every policy with hints.yaml — while a word a hint merely mentions ("wifi" in
// "scrolling insta on the school wifi") does not make the policy cover a question about it.
import { describe, expect, it } from 'vitest';
import { ALL_POLICIES, allKnowledge, botOn } from '../answer/fixture.ts';

const bot = botOn();

describe('a question worded like a hint', () => {
  for (const id of ALL_POLICIES) {
    const hints = allKnowledge().policies.get(id)?.hints;
    it.skipIf(!hints)(`${id}: cites the hinted clause among the first three (safeguarding routes may come first)`, () => {
      let asked = 0;
      let found = 0;
      for (const [number, list] of Object.entries(hints ?? {})) {
        for (const hint of list) {
          asked++;
          const reply = bot.ask(id, hint);
          const cited = reply.citations.map((c) => c.clause);
          // A safeguarding reply cites the school's route first, by design; the clause follows it.
          const window = reply.safeguarding ? cited : cited.slice(0, 3);
          if (window.includes(number)) found++;
        }
      }
      expect(asked).toBeGreaterThan(0);
      expect(found / asked).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('a word only a hint uses', () => {
  it.each(ALL_POLICIES)('%s: "what is the wifi password" is still not covered', (id) => {
    expect(bot.ask(id, 'what is the wifi password').kind).toBe('no-match');
  });
});
