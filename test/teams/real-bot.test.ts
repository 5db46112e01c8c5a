// The Teams route with the real bot (knowledge/): the command menu, a decision tree walked by
// pressing buttons (each press updating the card in place) to a verdict, and Ask the headteacher.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createBot } from '../../src/core/bot.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { cardOf, fixture, startTeams, submits, type Running } from './harness.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bot = createBot({ knowledge: loadKnowledge(join(root, 'knowledge')), clock: { now: () => new Date('2026-11-22T09:00:00Z') } });
let t: Running;

beforeAll(async () => {
  t = await startTeams(bot);
});
afterAll(async () => {
  await t.close();
});

test('a question is answered with the policy\'s clause numbers', async () => {
  await t.post({ ...fixture('message-personal'), text: 'can I accept a friend request from a pupil?' });
  const card = JSON.stringify(cardOf(t.connector.posted().at(-1)!.body));
  expect(card).toMatch(/\*\*\d+(\.\d+)*\*\*/); // a bold clause number
  expect(card).toContain('Quorn Hall');
});

test('topics → a tree walked to a verdict by pressing buttons, each press updating the card', async () => {
  await t.post({ ...fixture('message-personal'), text: 'topics' });
  let card = cardOf(t.connector.posted().at(-1)!.body);
  const VERDICT = /"(Allowed|Not allowed|Ask first[^"]*|The policy does not say)"/;
  let presses = 0;
  while (!VERDICT.test(JSON.stringify(card))) {
    const choice = submits(card).find((s) => !/^Send to/.test(s.title));
    if (!choice || presses > 10) break;
    await t.post({ ...fixture('message-submit'), value: choice.data });
    presses++;
    card = cardOf(t.connector.updated().at(-1)!.body);
  }
  expect(presses).toBeGreaterThan(1);
  expect(t.connector.updated()).toHaveLength(presses);
  expect(JSON.stringify(card)).toMatch(VERDICT);
  // The verdict card still offers Ask the headteacher, as every answer does.
  expect(submits(card).some((s) => /^Send to the /.test(s.title))).toBe(true);
});
