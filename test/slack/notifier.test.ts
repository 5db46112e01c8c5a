// The outbox delivering through the SlackNotifier to a Web API that fails: exactly once for SLT.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureBot } from './fixture-bot.ts';
import { SLT_CHANNEL, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ bot: fixtureBot, policyId: 'quorn-hall' });
});
afterEach(async () => h.close());

const asker = { platform: 'slack' as const, userId: 'UTEACH01', displayName: 'Ms Teacher' };

async function raise(over: { safeguarding?: boolean } = {}) {
  return h.escalations.create({
    policyId: 'quorn-hall',
    asker,
    askerAddress: { platform: 'slack', address: asker.userId },
    question: 'A parent added me on Facebook <!channel>',
    shownClauses: ['4.2'],
    urgent: over.safeguarding ?? false,
    ...over,
  });
}

const sltPosts = () => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === SLT_CHANNEL);
const sltMessages = () => h.slack.channels.get(SLT_CHANNEL) ?? [];

describe('SlackNotifier through the outbox', () => {
  it('delivers once through a 500, then a 429 whose Retry-After it honours', async () => {
    h.slack.fail('chat.postMessage', { status: 500 }, { status: 429, retryAfter: 7 });
    const e = await raise();
    await h.worker.runOnce();
    expect(sltPosts()).toHaveLength(1);
    expect(sltMessages()).toHaveLength(0);

    let [row] = await h.store.outboxFor(e.id);
    h.clock.set(row?.nextAttemptAt ?? '');
    await h.worker.runOnce();
    expect(sltPosts()).toHaveLength(2);
    [row] = await h.store.outboxFor(e.id);
    const wait = Date.parse(row?.nextAttemptAt ?? '') - h.clock.now().getTime();
    expect(wait).toBeGreaterThanOrEqual(7000);

    h.clock.advance(wait - 1000);
    await h.worker.runOnce();
    expect(sltPosts()).toHaveLength(2);

    h.clock.advance(1000);
    await h.worker.runOnce();
    await h.worker.runOnce();
    expect(sltPosts()).toHaveLength(3);
    expect(sltMessages()).toHaveLength(1);
    [row] = await h.store.outboxFor(e.id);
    expect(row?.deliveredAt).toBeDefined();
  });

  it('does not post twice when Slack took the message but the answer was lost', async () => {
    h.slack.fail('chat.postMessage', { lostResponse: true });
    const e = await raise();
    await h.worker.runOnce();
    expect(sltMessages()).toHaveLength(1);
    const [row] = await h.store.outboxFor(e.id);
    h.clock.set(row?.nextAttemptAt ?? '');
    await h.worker.runOnce();
    expect(h.slack.callsTo('conversations.history')).toHaveLength(1);
    expect(sltPosts()).toHaveLength(1);
    expect(sltMessages()).toHaveLength(1);
    expect((await h.store.outboxFor(e.id))[0]?.deliveredAt).toBeDefined();

    // And the update later edits that very message.
    await h.escalations.take(e.ref, { platform: 'slack', userId: 'UHEAD0001', displayName: 'Mrs Head' });
    await h.worker.runOnce();
    const update = h.slack.callsTo('chat.update')[0];
    expect(update?.args.ts).toBe(sltMessages()[0]?.ts);
  });

  it('marks safeguarding escalations urgent for SLT', async () => {
    await raise({ safeguarding: true });
    await h.worker.runOnce();
    expect(JSON.stringify(sltPosts()[0]?.args.blocks)).toContain('URGENT: safeguarding');
    expect(String(sltPosts()[0]?.args.text)).toMatch(/^URGENT/);
  });

  it('tells IT what to do when the bot is not in the SLT channel', async () => {
    h.slack.fail('chat.postMessage', { error: 'not_in_channel' });
    const e = await raise();
    await h.worker.runOnce();
    const [row] = await h.store.outboxFor(e.id);
    expect(row?.lastError).toContain('/invite @policybot');
    expect(row?.lastError).toContain(SLT_CHANNEL);
  });

  it('tells IT when the token is wrong', async () => {
    h.slack.fail('chat.postMessage', { error: 'invalid_auth' });
    const e = await raise();
    await h.worker.runOnce();
    expect((await h.store.outboxFor(e.id))[0]?.lastError).toContain('SLACK_BOT_TOKEN');
  });
});
