import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, UsageError } from '../../src/errors.ts';
import { DEFAULT_RETENTION_DAYS, RetryableDeliveryError, retentionDaysFromEnv } from '../../src/escalation/index.ts';
import { head, newEscalation, setup } from './helpers.ts';

const DAY = 86_400_000;
let env: ReturnType<typeof setup>;
afterEach(async () => env?.store.close());

describe('retention', () => {
  it('deletes finished escalations quiet for longer than the period, with their events, outbox rows and delivery records', async () => {
    env = setup();
    const old = await env.service.create(newEscalation());
    await env.service.answer(old.ref, head, 'Yes.');
    await env.worker.runOnce();
    await env.store.setDeliveryRecord(`slack:slt-message:${old.ref}`, 'C1/1.2', { escalationId: old.id });
    await env.store.setDeliveryRecord('teams:conversation:aad-1', '{"ref":1}');
    env.clock.advance(200 * DAY);
    const recent = await env.service.create(newEscalation());
    await env.service.close(recent.ref, head);
    await env.worker.runOnce();
    env.clock.advance(200 * DAY); // old: 400 days quiet; recent: 200

    const result = await env.service.purgeOlderThan(365);
    expect(result).toEqual({ escalations: 1, events: 5, outbox: 3, deliveryRecords: 1 });
    expect(await env.service.get(old.ref)).toBeUndefined();
    expect(await env.store.listEvents(old.id)).toEqual([]);
    expect(await env.store.getDeliveryRecord(`slack:slt-message:${old.ref}`)).toBeUndefined();
    expect(await env.store.getDeliveryRecord('teams:conversation:aad-1')).toBe('{"ref":1}'); // not an escalation's
    expect((await env.service.get(recent.ref))?.state).toBe('closed');
    expect((await env.service.events(recent.ref)).length).toBeGreaterThan(0);
  });

  it('never deletes an escalation still open or taken, however old', async () => {
    env = setup();
    const open = await env.service.create(newEscalation());
    const taken = await env.service.create(newEscalation());
    await env.service.take(taken.ref, head);
    await env.worker.runOnce();
    env.clock.advance(1000 * DAY);
    expect((await env.service.purgeOlderThan(365)).escalations).toBe(0);
    expect((await env.service.list()).map((e) => e.ref).sort()).toEqual([open.ref, taken.ref]);
  });

  it('never deletes an escalation with a message still to deliver, nor that message', async () => {
    env = setup({ backoff: { maxAttempts: 1 } });
    const e = await env.service.create(newEscalation());
    await env.worker.runOnce(); // slt-new delivered
    env.slack.failures = [new Error('account_inactive')];
    await env.service.answer(e.ref, head, 'No.');
    await env.worker.runOnce(); // asker-answer fails for good
    env.clock.advance(1000 * DAY);
    await env.service.purgeOlderThan(365);
    expect((await env.service.get(e.ref))?.state).toBe('answered');
    const rows = await env.store.outboxFor(e.id);
    expect(rows.filter((r) => !r.deliveredAt).map((r) => r.kind)).toEqual(['asker-answer']);
    expect((await env.worker.backlog()).failed.length).toBe(1);
  });

  it('runs from the worker once at start and then daily', async () => {
    const timers: { fn: () => void; ms: number }[] = [];
    const fakeTimers = {
      ...globalThis,
      setInterval: ((fn: () => void, ms: number) => (timers.push({ fn, ms }), timers.length)) as unknown as typeof setInterval,
      clearInterval: (() => undefined) as typeof clearInterval,
      setTimeout,
      clearTimeout,
    };
    env = setup({ retentionDays: 30, timers: fakeTimers, pollIntervalMs: 1000 });
    const e = await env.service.create(newEscalation());
    await env.service.close(e.ref, head);
    await env.worker.runOnce();
    env.clock.advance(31 * DAY);
    env.worker.start();
    await env.worker.stop();
    expect(timers.map((t) => t.ms).sort((a, b) => a - b)).toEqual([1000, DAY]);
    await new Promise((r) => setTimeout(r, 0));
    expect(await env.service.get(e.ref)).toBeUndefined();
  });

  it('reads RETENTION_DAYS, defaulting to a year, and refuses nonsense', async () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(365);
    expect(retentionDaysFromEnv({})).toBe(365);
    expect(retentionDaysFromEnv({ RETENTION_DAYS: '90' })).toBe(90);
    expect(() => retentionDaysFromEnv({ RETENTION_DAYS: 'forever' })).toThrow(ConfigError);
    expect(() => retentionDaysFromEnv({ RETENTION_DAYS: '0' })).toThrow(/whole number of days, 1 or more/);
    env = setup();
    await expect(env.service.purgeOlderThan(0)).rejects.toThrow(UsageError);
  });

  it('a retryable failure is not a reason to keep an escalation forever once it is delivered', async () => {
    env = setup({ backoff: { baseMs: 1000, jitter: 0 } });
    env.slack.failures = [new RetryableDeliveryError('503')];
    const e = await env.service.create(newEscalation());
    await env.worker.runOnce();
    env.clock.advance(1000);
    await env.worker.runOnce();
    await env.service.close(e.ref, head);
    await env.worker.runOnce();
    env.clock.advance(366 * DAY);
    expect((await env.service.purgeOlderThan(365)).escalations).toBe(1);
  });
});
