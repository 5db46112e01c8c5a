// @vitest-environment jsdom
// Every card the real bot can make for Teams: each evaluation question's reply, help, topics and
// every decision-tree node reachable from the topics, checked against the official Adaptive
// Card 1.5 schema, through Microsoft's renderer with Teams' host config, and against the size limit.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { replyToCard } from '../../adapters/teams/card/index.ts';
import { createBot } from '../../src/core/bot.ts';
import type { Reply } from '../../src/dialog/reply.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { cardSize, renderCard, schemaErrors } from './card-check.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bot = createBot({ knowledge: loadKnowledge(join(root, 'knowledge')), clock: { now: () => new Date('2026-11-22T09:00:00Z') } });
// Hundreds of cards through a DOM renderer: seconds alone, much longer on a busy shared machine.
const SLOW = 120_000;
/** Well under Teams' ~28 KB message limit, leaving room for the activity around the card. */
const BUDGET = 24 * 1024;

function questions(): { policy: string; text: string }[] {
  return readdirSync(join(root, 'eval'))
    .filter((f) => /^questions.*\.jsonl$/.test(f))
    .flatMap((f) => readFileSync(join(root, 'eval', f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { policy: string; text: string });
}

function problems(reply: Reply, label: string): string[] {
  const card = replyToCard(reply);
  const out = [...schemaErrors(card), ...renderCard(card).problems].map((p) => `${label}: ${p}`);
  if (cardSize(card) > BUDGET) out.push(`${label}: ${cardSize(card)} bytes`);
  return out;
}

describe('cards from the real bot', () => {
  test('every evaluation question\'s reply is a valid, cleanly rendering, small card', () => {
    const qs = questions().filter((q) => bot.policies().some((p) => p.id === q.policy));
    expect(qs.length).toBeGreaterThan(200);
    let largest = 0;
    const found = qs.flatMap((q) => {
      const reply = bot.ask(q.policy, q.text);
      largest = Math.max(largest, cardSize(replyToCard(reply)));
      return problems(reply, `${q.policy} "${q.text}"`);
    });
    expect(found).toEqual([]);
    expect(largest).toBeLessThan(BUDGET);
  }, SLOW);

  test('help, topics and every decision-tree node reachable from the topics', () => {
    const found: string[] = [];
    const seen = new Set<string>();
    let nodes = 0;
    for (const { id } of bot.policies()) {
      found.push(...problems(bot.help(id), `${id} help`), ...problems(bot.topics(id), `${id} topics`));
      const queue = bot.topics(id).choices.map((c) => c.payload);
      while (queue.length) {
        const payload = queue.shift()!;
        if (seen.has(payload)) continue;
        seen.add(payload);
        const reply = bot.choose(payload);
        nodes++;
        found.push(...problems(reply, `${id} ${reply.tree?.id ?? '?'}:${reply.tree?.node ?? '?'}`));
        queue.push(...reply.choices.map((c) => c.payload));
      }
    }
    expect(found).toEqual([]);
    expect(nodes).toBeGreaterThan(20 * bot.policies().length);
  }, SLOW);
});
