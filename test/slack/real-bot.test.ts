// The real bot (knowledge/ through createBot) behind the Slack route: what staff would see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../adapters/slack/render/escape.ts';
import { createBot } from '../../src/core/bot.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { fixture, startHarness, type Harness } from './harness.ts';

const POLICY = 'quorn-hall';
const bot = createBot({ knowledge: loadKnowledge(), clock: { now: () => new Date() } });

interface EvalItem { policy: string; text: string; expect: string; clauses: string[]; quotes: string[] }
const items = readFileSync(join(import.meta.dirname, '..', '..', 'eval', 'questions.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as EvalItem)
  .filter((q) => q.policy === POLICY && q.expect === 'answer' && q.clauses.length > 0 && q.quotes.length > 0);

type Block = { type: string; elements?: { action_id?: string; value?: string; text: { text: string } }[] };
const buttons = (blocks: Block[]) => blocks.flatMap((b) => b.elements ?? []).filter((e) => e.action_id);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ bot, policyId: POLICY });
});
afterAll(async () => h.close());

let hook = 0;
async function slash(text: string) {
  const id = `q${++hook}`;
  await h.command({ ...fixture<Record<string, string>>('slash-command.json'), text, response_url: h.slack.hookUrl(id) });
  return (await h.slack.waitFor(() => h.slack.hooksTo(id)[0])).body;
}

async function click(b: { action_id?: string; value?: string }, ephemeral = true) {
  const id = `c${++hook}`;
  const p = fixture<Record<string, unknown> & { actions: Record<string, unknown>[]; container: object }>('block-actions.json');
  await h.interact({ ...p, response_url: h.slack.hookUrl(id), container: { ...p.container, is_ephemeral: ephemeral }, actions: [{ ...p.actions[0], action_id: b.action_id, value: b.value }] });
  return (await h.slack.waitFor(() => h.slack.hooksTo(id)[0])).body;
}

describe(`staff asking ${POLICY}'s policy in Slack`, () => {
  it('see the clause the evaluation expects, with its number and the policy\'s own words', async () => {
    // The questions the bot itself gets right (its accuracy is measured elsewhere); here: Slack shows it.
    const right = items.filter((q) => q.clauses.includes(bot.ask(POLICY, q.text).citations[0]?.clause ?? '')).slice(0, 6);
    expect(right.length).toBeGreaterThanOrEqual(3);
    for (const q of right) {
      const body = await slash(q.text);
      expect(body.response_type).toBe('ephemeral');
      const shown = JSON.stringify(body.blocks);
      const top = bot.ask(POLICY, q.text).citations[0];
      expect(shown).toContain(`*${top?.clause}`);
      const quoted = q.quotes.some((quote) => JSON.stringify(escapeMrkdwn(quote)).slice(1, -1).split(' ').slice(0, 6).every((w) => shown.includes(w)));
      expect(quoted, `${q.text}: no quote of ${q.clauses.join(', ')} shown`).toBe(true);
    }
  });

  it('label the escalation button with the role the policy names', async () => {
    const body = await slash(items[0]?.text ?? 'can I add a pupil on facebook');
    const reply = bot.ask(POLICY, items[0]?.text ?? 'can I add a pupil on facebook');
    expect(buttons(body.blocks as Block[]).map((b) => b.text.text)).toContain(`Ask the ${reply.escalation.to}`);
  });

  it('walk a decision tree from /policy topics to a verdict, in place', async () => {
    const topics = await slash('topics');
    let next = buttons(topics.blocks as Block[]).find((b) => b.action_id?.startsWith('choose_'));
    if (!next) return expect(bot.topics(POLICY).choices).toEqual([]);
    for (let step = 0; step < 12 && next; step++) {
      const body = await click(next);
      expect(body.replace_original).toBe(true);
      const shown = JSON.stringify(body.blocks);
      if (/Allowed|Not allowed|Ask first|does not say/.test(shown) && !buttons(body.blocks as Block[]).some((b) => b.action_id?.startsWith('choose_') && b.text.text !== 'Start again')) {
        expect(shown).toMatch(/\*\d+(\.\d+)*/);
        return;
      }
      next = buttons(body.blocks as Block[]).find((b) => b.action_id?.startsWith('choose_') && b.text.text !== 'Start again');
    }
    throw new Error('no verdict within 12 clicks');
  });
});
