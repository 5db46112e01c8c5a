import { afterEach, describe, expect, it } from 'vitest';
import { createEscalationService, RetryableDeliveryError, routeToSltChannel, type Notifier } from '../../src/escalation/index.ts';
import { staticDirectory } from '../../src/escalation/testing/index.ts';
import { head, newEscalation, QUESTION, setup, tempDir } from './helpers.ts';

let env: ReturnType<typeof setup>;
afterEach(async () => {
  await env?.worker.stop();
  await env?.store.close();
});

describe('the outbox worker', () => {
  it('delivers a new escalation to SLT once, records it delivered in the audit trail, and has nothing more to do', async () => {
    env = setup();
    const e = await env.service.create(newEscalation());
    expect(await env.worker.runOnce()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(env.slack.sent).toEqual([{ key: expect.stringMatching(/^ESC-0001\/slt-new\//), kind: 'slt-new', ref: 'ESC-0001', state: 'open', attempt: 1 }]);
    expect((await env.store.outboxFor(e.id))[0]).toMatchObject({ deliveredAt: '2026-01-05T09:00:00.000Z', attempts: 1 });
    expect((await env.service.events(e.ref)).map((x) => [x.type, x.detail, x.actor])).toContainEqual(['delivered', 'slt-new', null]);
    expect(await env.worker.runOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(env.slack.calls).toBe(1);
  });

  it('retries a 500-like failure with exponential backoff, then succeeds', async () => {
    env = setup({ backoff: { baseMs: 1000, factor: 2, jitter: 0 } });
    env.slack.failures = [new RetryableDeliveryError('slack 500'), new RetryableDeliveryError('slack 503')];
    const e = await env.service.create(newEscalation());
    expect(await env.worker.runOnce()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect((await env.store.outboxFor(e.id))[0]).toMatchObject({ attempts: 1, nextAttemptAt: '2026-01-05T09:00:01.000Z', lastError: 'RetryableDeliveryError: slack 500' });
    env.clock.advance(999);
    expect(await env.worker.runOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 }); // not due yet
    env.clock.advance(1);
    expect(await env.worker.runOnce()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect((await env.store.outboxFor(e.id))[0]?.nextAttemptAt).toBe('2026-01-05T09:00:03.000Z'); // 2 s after the second failure
    env.clock.advance(2000);
    expect(await env.worker.runOnce()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(env.slack.sent.map((s) => s.attempt)).toEqual([3]);
    expect((await env.store.outboxFor(e.id))[0]).toMatchObject({ attempts: 3, deliveredAt: '2026-01-05T09:00:03.000Z' });
  });

  it('spreads retries with jitter within the configured band', async () => {
    const { retryDelayMs, DEFAULT_BACKOFF } = await import('../../src/escalation/index.ts');
    const policy = { ...DEFAULT_BACKOFF, baseMs: 1000, jitter: 0.2 };
    expect(retryDelayMs(policy, 3, () => 0)).toBe(3200);
    expect(retryDelayMs(policy, 3, () => 1)).toBe(4800);
    expect(retryDelayMs(policy, 30, () => 0.5)).toBe(policy.maxDelayMs);
  });

  it('honours Retry-After: not a millisecond sooner', async () => {
    env = setup({ backoff: { baseMs: 1000, jitter: 0 } });
    env.slack.failures = [new RetryableDeliveryError('rate limited', 30_000)];
    await env.service.create(newEscalation());
    await env.worker.runOnce();
    env.clock.advance(29_999);
    expect((await env.worker.runOnce()).delivered).toBe(0);
    expect(env.slack.calls).toBe(1);
    env.clock.advance(1);
    expect((await env.worker.runOnce()).delivered).toBe(1);
  });

  it('gives up on a permanent failure after maxAttempts: recorded, in the audit trail, and in the backlog', async () => {
    env = setup({ backoff: { baseMs: 1000, jitter: 0, maxAttempts: 3 } });
    env.slack.failures = [new Error('channel_not_found'), new Error('channel_not_found'), new Error('channel_not_found')];
    const e = await env.service.create(newEscalation());
    for (let i = 0; i < 3; i++) {
      await env.worker.runOnce();
      env.clock.advance(60_000);
    }
    const [row] = await env.store.outboxFor(e.id);
    expect(row).toMatchObject({ attempts: 3, failedAt: '2026-01-05T09:02:00.000Z', lastError: 'Error: channel_not_found' });
    expect(row?.deliveredAt).toBeUndefined();
    const failedEvent = (await env.service.events(e.ref)).find((x) => x.type === 'delivery-failed');
    expect(failedEvent?.detail).toBe('slt-new after 3 attempts: Error: channel_not_found');
    const backlog = await env.worker.backlog();
    expect(backlog.failed.map((r) => r.id)).toEqual([row!.id]);
    expect(backlog.stuck.map((r) => r.id)).toEqual([row!.id]);
    expect(await env.worker.runOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 }); // no longer tried by itself
    // A person fixes the channel and requeues it: it goes.
    expect(await env.store.requeueFailed(env.clock.now().toISOString())).toBe(1);
    expect((await env.worker.runOnce()).delivered).toBe(1);
    expect((await env.worker.backlog()).undelivered).toBe(0);
  });

  it('lists a row nobody has delivered for too long as stuck (a worker that is not running)', async () => {
    env = setup({ stuckAfterMs: 10 * 60_000 });
    await env.service.create(newEscalation());
    expect((await env.worker.backlog()).stuck).toEqual([]);
    env.clock.advance(10 * 60_000 + 1);
    expect((await env.worker.backlog())).toMatchObject({ undelivered: 1, failed: [], oldestUndeliveredAt: '2026-01-05T09:00:00.000Z' });
    expect((await env.worker.backlog()).stuck.length).toBe(1);
  });

  it('never lets an SLT update overtake the SLT message it updates', async () => {
    env = setup({ backoff: { baseMs: 1000, jitter: 0 } });
    env.slack.failures = [new RetryableDeliveryError('503')];
    const e = await env.service.create(newEscalation());
    await env.worker.runOnce(); // slt-new fails
    await env.service.take(e.ref, head);
    await env.service.answer(e.ref, head, 'Yes.');
    const first = await env.worker.runOnce();
    // The asker's reply is a different audience: it is not held back.
    expect(env.slack.sent.map((s) => s.kind)).toEqual(['asker-answer']);
    expect(first.delivered).toBe(1);
    env.clock.advance(1000);
    await env.worker.runOnce();
    expect(env.slack.sent.map((s) => s.kind)).toEqual(['asker-answer', 'slt-new', 'slt-update', 'slt-update']);
  });

  it('routes SLT messages by the route function and the reply to the asker\'s platform', async () => {
    env = setup({ route: () => 'teams' });
    const e = await env.service.create(newEscalation());
    await env.service.answer(e.ref, head, 'No.');
    await env.worker.runOnce();
    expect(env.teams.sent.map((s) => s.kind)).toEqual(['slt-new', 'slt-update']);
    expect(env.slack.sent.map((s) => s.kind)).toEqual(['asker-answer']);
  });

  it('routeToSltChannel sends SLT messages where the school has its SLT channel', async () => {
    const directory = staticDirectory({}, { 'quorn-hall': { teams: '19:slt@thread' }, 'yes-trust': { slack: 'C1', teams: '19:x' } });
    const route = routeToSltChannel(directory, ['slack', 'teams']);
    env = setup({ route });
    const q = await env.service.create(newEscalation());
    await env.service.create(newEscalation({ policyId: 'yes-trust' }));
    await env.service.create(newEscalation({ policyId: 'wycliffe-primary' })); // no SLT channel anywhere
    await env.service.answer(q.ref, head, 'Yes.');
    await env.worker.runOnce();
    expect(env.teams.sent.map((s) => [s.ref, s.kind])).toEqual([['ESC-0001', 'slt-new'], ['ESC-0001', 'slt-update']]);
    expect(env.slack.sent.map((s) => [s.ref, s.kind])).toEqual([['ESC-0002', 'slt-new'], ['ESC-0003', 'slt-new'], ['ESC-0001', 'asker-answer']]);
  });

  it('retries, and in time fails, a message for a platform with no notifier', async () => {
    env = setup({ route: () => 'web', backoff: { maxAttempts: 1 } });
    const e = await env.service.create(newEscalation());
    expect(await env.worker.runOnce()).toEqual({ delivered: 0, retried: 0, failed: 1 });
    expect((await env.store.outboxFor(e.id))[0]?.lastError).toBe('Error: no notifier is configured for web');
  });

  it('delivers what a previous process left pending, after a restart on the same file', async () => {
    const tmp = tempDir();
    try {
      const file = `${tmp.dir}/db.sqlite`;
      env = setup({ file });
      await env.service.create(newEscalation());
      await env.service.create(newEscalation());
      await env.store.close(); // "crash" before any delivery
      env = setup({ file });
      env.worker.start(); // kicks at once, without waiting for the poll interval
      await env.worker.runOnce(); // queued behind that pass: resolves once it is done
      expect(env.slack.sent.map((s) => s.ref)).toEqual(['ESC-0001', 'ESC-0002']);
    } finally {
      tmp.cleanup();
    }
  });

  it('create() kicks the worker: SLT get it without waiting for a poll', async () => {
    env = setup();
    const service = createEscalationService({ store: env.store, directory: env.directory, clock: env.clock, outbox: env.worker });
    await service.create(newEscalation());
    await new Promise((r) => setTimeout(r, 20)); // the worker was never started: only the kick can deliver
    expect(env.slack.sent.map((s) => s.ref)).toEqual(['ESC-0001']);
  });

  it('kick() delivers without waiting for the poll, and stop() waits for the delivery in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const delivered: string[] = [];
    const slow: Notifier = {
      platform: 'slack',
      async deliver(_m, ctx) {
        await gate;
        delivered.push(ctx.idempotencyKey);
      },
    };
    env = setup({ notifiers: [slow], pollIntervalMs: 60_000 });
    const e = await env.service.create(newEscalation());
    env.worker.start();
    await new Promise((r) => setTimeout(r, 10));
    const stopping = env.worker.stop();
    let stopped = false;
    void stopping.then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(stopped).toBe(false); // still waiting for the in-flight send
    release();
    await stopping;
    expect(delivered.length).toBe(1);
    expect((await env.store.outboxFor(e.id))[0]?.deliveredAt).toBeDefined();
  });

  it('logs refs and ids, never the question or the answer', async () => {
    env = setup({ backoff: { maxAttempts: 1 } });
    const e = await env.service.create(newEscalation({ note: 'Private note about a colleague' }));
    await env.service.answer(e.ref, head, 'Secret answer text');
    env.slack.failures = [new RetryableDeliveryError('503')];
    await env.worker.runOnce();
    await env.service.take(e.ref, { platform: 'slack', userId: 'UX', displayName: 'X' }).catch(() => undefined);
    const all = env.logger.lines.join('\n');
    expect(all).toContain('ESC-0001');
    for (const secret of [QUESTION, 'Private note', 'Secret answer']) expect(all).not.toContain(secret);
  });
});
