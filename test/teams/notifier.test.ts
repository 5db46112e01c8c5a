import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fixture, startTeams, submits, cardOf, type Running } from './harness.ts';
import { fakeBot } from './fake-bot.ts';
import { mapConnectorError, NOT_IN_ROSTER_HELP } from '../../adapters/teams/index.ts';
import { RetryableDeliveryError } from '../../src/escalation/types.ts';

let t: Running;
const SLT_CHANNEL = '19:sltTeamGeneral5e6f7a@thread.tacv2';

beforeEach(async () => {
  t = await startTeams(fakeBot());
  await t.post(fixture('conversation-update-install-team'));
});
afterEach(async () => {
  await t.close();
});

async function escalate(): Promise<string> {
  await t.post({ ...fixture('message-personal'), text: 'a journalist rang me' });
  const send = submits(cardOf(t.connector.posted().at(-1)!.body)).find((s) => s.title === 'Send to the Headteacher')!;
  await t.post({ ...fixture('message-submit'), value: send.data });
  return (await t.escalations.list())[0]!.ref;
}

const toSlt = () => t.connector.posted().filter((r) => r.conversationId === SLT_CHANNEL && JSON.stringify(r.body).includes('ESC-'));

describe('TeamsNotifier through the outbox', () => {
  test('429 with Retry-After, then 500, then success: SLT see the card exactly once, when Teams allowed', async () => {
    const ref = await escalate();
    t.connector.failNext(
      { status: 429, headers: { 'retry-after': '7' }, body: { error: { code: 'Throttled', message: 'slow down' } } },
      { status: 500, body: { error: { code: 'ServiceError', message: 'oops' } } },
    );
    expect(await t.worker.runOnce()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    const [row] = await t.store.outboxFor((await t.escalations.get(ref))!.id);
    expect(Date.parse(row!.nextAttemptAt) - t.clock.now().getTime()).toBe(7000);
    t.clock.advance(6999);
    expect(await t.worker.runOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 }); // not before Retry-After
    t.clock.advance(1);
    expect(await t.worker.runOnce()).toEqual({ delivered: 0, retried: 1, failed: 0 }); // the 500
    t.clock.advance(60_000);
    expect(await t.worker.runOnce()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(toSlt()).toHaveLength(1);
    t.clock.advance(60_000);
    await t.worker.runOnce();
    expect(toSlt()).toHaveLength(1);
    expect(t.connector.requests.filter((r) => r.conversationId === SLT_CHANNEL && r.method === 'POST' && r.status >= 400).map((r) => r.status)).toEqual([429, 500]);
  });

  test('403 BotNotInConversationRoster is recorded as a failure that tells SLT what to do', async () => {
    const ref = await escalate();
    t.connector.failNext({ status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } } });
    await t.worker.runOnce();
    const [row] = await t.store.outboxFor((await t.escalations.get(ref))!.id);
    expect(row?.lastError).toContain('add the policybot app to the SLT team');
    expect(row?.lastError).toContain('BotNotInConversationRoster');
    expect(toSlt()).toHaveLength(0);
  });

  test('delivering the same message again (a retry after success) posts nothing', async () => {
    const ref = await escalate();
    await t.worker.runOnce();
    const e = (await t.escalations.get(ref))!;
    const [row] = await t.store.outboxFor(e.id);
    await t.adapter.notifier.deliver({ kind: 'slt-new', escalationId: e.id }, { idempotencyKey: row!.idempotencyKey, escalation: e, attempt: 2 });
    expect(toSlt()).toHaveLength(1);
  });

  test('a crash after posting and recording the card but before "done": the retry does not post again', async () => {
    const ref = await escalate();
    await t.worker.runOnce();
    const e = (await t.escalations.get(ref))!;
    const [row] = await t.store.outboxFor(e.id);
    await t.store.setDeliveryRecord(`teams:delivery:${row!.idempotencyKey}`, 'sending'); // as if the process died here
    await t.adapter.notifier.deliver({ kind: 'slt-new', escalationId: e.id }, { idempotencyKey: row!.idempotencyKey, escalation: e, attempt: 2 });
    expect(toSlt()).toHaveLength(1);
    expect(await t.store.getDeliveryRecord(`teams:delivery:${row!.idempotencyKey}`)).toMatch(/^done:/);
  });

  test('no SLT channel known yet: the failure says how to fix it', async () => {
    await t.store.deleteDeliveryRecord('teams:slt-channel:quorn-hall');
    const ref = await escalate();
    await t.worker.runOnce();
    const [row] = await t.store.outboxFor((await t.escalations.get(ref))!.id);
    expect(row?.lastError).toMatch(/add the policybot app to the SLT team .*TEAMS_SLT_CONVERSATION/);
  });
});

describe('mapConnectorError', () => {
  test('429 and 5xx are retryable, honouring Retry-After; 403 roster is not', () => {
    const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n] });
    const throttled = mapConnectorError({ statusCode: 429, response: { headers: headers({ 'retry-after': '12' }) } }, 'posting');
    expect(throttled).toBeInstanceOf(RetryableDeliveryError);
    expect((throttled as RetryableDeliveryError).retryAfterMs).toBe(12_000);
    expect(mapConnectorError({ statusCode: 503 }, 'posting')).toBeInstanceOf(RetryableDeliveryError);
    const roster = mapConnectorError({ statusCode: 403, response: { bodyAsText: '{"error":{"code":"BotNotInConversationRoster"}}' } }, 'posting');
    expect(roster).not.toBeInstanceOf(RetryableDeliveryError);
    expect(roster.message).toContain(NOT_IN_ROSTER_HELP);
    // The asker's chat refused: the message is about the asker, not the SLT team.
    const asker = mapConnectorError({ statusCode: 403, response: { bodyAsText: '{"error":{"code":"BotNotInConversationRoster"}}' } }, 'answering', 'asker');
    expect(asker.message).toMatch(/ask them to open policybot/);
    expect(asker.message).not.toContain('SLT team');
  });
});
