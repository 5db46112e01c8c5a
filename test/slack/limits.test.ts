// Every reply the evaluation questions produce, and every decision-tree node, rendered for Slack
// and checked against Block Kit's limits; plus a reply built to break every limit at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyToBlocks } from '../../adapters/slack/render/reply-blocks.ts';
import { sltMessage, askerAnswerMessage } from '../../adapters/slack/render/escalation-blocks.ts';
import { createBot } from '../../src/core/bot.ts';
import { decodeAction, encodeAction } from '../../src/dialog/actions.ts';
import type { Reply } from '../../src/dialog/reply.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { blockProblems } from './block-limits.ts';
import { fixtureBot } from './fixture-bot.ts';

const root = join(import.meta.dirname, '..', '..');
const clock = { now: () => new Date('2026-11-22T09:00:00Z') };
// The schools' policies, and the invented one the evaluation keeps in eval/knowledge.
const bots = [createBot({ knowledge: loadKnowledge(), clock }), createBot({ knowledge: loadKnowledge(join(root, 'eval', 'knowledge')), clock })];
const botFor = (policy: string) => bots.find((b) => b.policies().some((p) => p.id === policy));

function questions(): { policy: string; text: string }[] {
  return readdirSync(join(root, 'eval'))
    .filter((f) => /^questions.*\.jsonl$/.test(f))
    .flatMap((f) => readFileSync(join(root, 'eval', f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { policy: string; text: string });
}

function check(reply: Reply, label: string): string[] {
  return [true, false].flatMap((ephemeral) => blockProblems(replyToBlocks(reply, { ephemeral, sharedBy: 'U012ABC' })).map((p) => `${label}: ${p}`));
}

describe('Block Kit limits', () => {
  it('holds for every reply to the evaluation questions', () => {
    const qs = questions();
    expect(qs.length).toBeGreaterThan(200);
    const problems = qs.flatMap((q) => {
      const bot = botFor(q.policy);
      return bot ? check(bot.ask(q.policy, q.text), `${q.policy} "${q.text}"`) : [`${q.policy}: no knowledge for this policy`];
    });
    expect(problems).toEqual([]);
  });

  it('holds for help, topics and every decision-tree node reachable from the topics', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    let nodes = 0;
    for (const bot of bots) for (const { id } of bot.policies()) {
      problems.push(...check(bot.help(id), `${id} help`));
      const topics = bot.topics(id);
      problems.push(...check(topics, `${id} topics`));
      const queue = topics.choices.map((c) => c.payload);
      while (queue.length) {
        const payload = queue.shift() as string;
        if (seen.has(payload)) continue;
        seen.add(payload);
        expect(decodeAction(payload).ok, payload).toBe(true);
        const reply = bot.choose(payload);
        nodes++;
        problems.push(...check(reply, `${id} ${payload}`));
        queue.push(...reply.choices.map((c) => c.payload));
      }
    }
    expect(problems).toEqual([]);
    // Four trees or more per policy, each with a question and at least two verdicts.
    expect(nodes).toBeGreaterThanOrEqual(bots.flatMap((b) => b.policies()).length * 4 * 3);
  });

  it('holds for a reply built to break every limit, which is shortened, not refused', () => {
    const long = (n: number) => '<!channel> & <@U1> '.repeat(Math.ceil(n / 19)).slice(0, n);
    const base = fixtureBot.ask('quorn-hall', 'photo');
    const huge: Reply = {
      ...base,
      question: long(5000),
      text: long(6000),
      prompt: long(4000),
      banner: { title: long(300), lines: Array.from({ length: 40 }, () => long(200)), clauses: ['9.1'] },
      notices: Array.from({ length: 5 }, () => ({ kind: 'info' as const, text: long(4000) })),
      citations: Array.from({ length: 80 }, (_, i) => ({ clause: `${i}.1`, heading: long(400), text: long(5000), score: 0.5 })),
      choices: Array.from({ length: 30 }, (_, c) => ({ label: long(200), payload: encodeAction({ a: 'choose', p: 'quorn-hall', v: 'v1', t: 'photos', n: 'root', c: c % 20, h: [] }) })),
      verdict: { outcome: 'ask-first', text: long(4000), whom: long(300) },
    };
    const msg = replyToBlocks(huge, { ephemeral: true });
    expect(blockProblems(msg)).toEqual([]);
    const flat = JSON.stringify(msg.blocks);
    // The most important parts survive the cut: the banner first, the buttons last.
    expect((msg.blocks[0] as { text: { text: string } }).text.text).toContain(':rotating_light:');
    expect(flat).toContain('"action_id":"escalate"');
    expect(flat).toContain('Also relevant');
  });

  it('holds for SLT messages with very long questions, notes and answers', () => {
    const long = '<!here> & '.repeat(800);
    const person = { platform: 'slack' as const, userId: 'U1', displayName: long.slice(0, 300) };
    const e = {
      id: 1, ref: 'ESC-0001', policyId: 'quorn-hall', asker: person, question: long, shownClauses: Array.from({ length: 12 }, (_, i) => `${i}.1.1`),
      note: long, urgent: true, safeguarding: true, state: 'answered' as const, takenBy: person, answer: long, answeredBy: person,
      createdAt: '2026-11-22T02:00:00.000Z', updatedAt: '2026-11-22T02:10:00.000Z',
    };
    expect(blockProblems(sltMessage(e, 'Quorn Hall School'))).toEqual([]);
    expect(blockProblems(askerAnswerMessage(e))).toEqual([]);
  });
});

describe('the limits checker itself', () => {
  it('catches each kind of problem it looks for', () => {
    const button = (id: string, text: string, value = 'x') => ({ type: 'button', action_id: id, text: { type: 'plain_text', text }, value });
    const bad = {
      text: 'hi <!channel>',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'ping <!here>' } },
        { type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } },
        { type: 'actions', elements: [button('a', 'x'.repeat(76)), button('a', 'ok', 'v'.repeat(2001))] },
        ...Array.from({ length: 48 }, () => ({ type: 'divider' })),
      ],
    } as unknown as Parameters<typeof blockProblems>[0];
    const problems = blockProblems(bad).join('\n');
    for (const expected of ['51 blocks', 'fallback text has an unescaped', 'unescaped < in "ping', 'text 3001 chars', 'button text 76', 'value 2001', 'duplicate action_id a']) {
      expect(problems).toContain(expected);
    }
  });
});
