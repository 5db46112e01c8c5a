/**
 * Delivers the outbox. At-least-once: a row is marked delivered only after the notifier
 * returns, so a crash in between means it is sent again after a restart; the notifier's send
 * is idempotent on the row's key, which makes it exactly once for SLT. Failures are retried
 * with backoff; a row that keeps failing is marked failed, recorded in the audit trail and
 * listed by backlog() (for /healthz): never dropped.
 * One worker per database: the SQLite deployment runs one server process.
 */
import { iso, systemClock, type Clock } from './clock.ts';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff.ts';
import { silentLogger, type Logger } from './logger.ts';
import { startRetentionTimer } from './retention.ts';
import type { EscalationStore } from './store.ts';
import { RetryableDeliveryError, type Escalation, type Notifier, type OutboxMessage, type OutboxRow, type Platform } from './types.ts';

type Timers = Pick<typeof globalThis, 'setInterval' | 'clearInterval' | 'setTimeout' | 'clearTimeout'>;

export interface OutboxWorkerDeps {
  store: EscalationStore;
  /** One per platform; a message for a platform with no notifier is retried (and, in time, failed). */
  notifiers: readonly Notifier[];
  clock?: Clock;
  logger?: Logger;
  backoff?: Partial<BackoffPolicy>;
  /** For jitter; tests pass a constant. */
  random?: () => number;
  /** Where SLT messages go. Default: the asker's platform. 'asker-answer' always goes to the asker's. */
  route?: (message: OutboxMessage, escalation: Escalation) => Platform;
  /** How often start() looks for due rows (default 5 s); kick() does not wait for it. */
  pollIntervalMs?: number;
  batchSize?: number;
  /** A notifier call that takes longer counts as a retryable failure (default 30 s). */
  deliveryTimeoutMs?: number;
  /** With a number, start() also runs retention once now and then daily. */
  retentionDays?: number;
  /** An undelivered row older than this is "stuck" in backlog() (default 15 minutes). */
  stuckAfterMs?: number;
  timers?: Timers;
}

export interface RunResult {
  delivered: number;
  retried: number;
  failed: number;
}

export interface Backlog {
  /** Rows not yet delivered, in any state. */
  undelivered: number;
  /** Rows the worker gave up on: they need a person (fix the notifier, then requeue). */
  failed: OutboxRow[];
  /** Failed rows, and rows still undelivered after stuckAfterMs. /healthz is unhealthy when non-empty. */
  stuck: OutboxRow[];
  oldestUndeliveredAt?: string;
}

export interface OutboxWorker {
  /** Delivers what is pending now (a restart's backlog), then polls. */
  start(): void;
  /** Stops polling and resolves once the delivery in flight, if any, has been recorded. */
  stop(): Promise<void>;
  /** Deliver soon, without waiting for the next poll (call after create). */
  kick(): void;
  /** One pass over the due rows (batches until none are due); serialised with any other pass. */
  runOnce(): Promise<RunResult>;
  backlog(): Promise<Backlog>;
}

const audience = (kind: OutboxRow['kind']): 'slt' | 'asker' => (kind === 'asker-answer' ? 'asker' : 'slt');

function summarise(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.slice(0, 300);
}

export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const { store } = deps;
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const policy: BackoffPolicy = { ...DEFAULT_BACKOFF, ...deps.backoff };
  const random = deps.random ?? Math.random;
  const route = deps.route ?? ((_m: OutboxMessage, e: Escalation) => e.asker.platform);
  const timers: Timers = deps.timers ?? globalThis;
  const batchSize = deps.batchSize ?? 20;
  const timeoutMs = deps.deliveryTimeoutMs ?? 30_000;
  const byPlatform = new Map(deps.notifiers.map((n) => [n.platform, n] as const));

  let chain: Promise<unknown> = Promise.resolve();
  let kickQueued = false;
  let stopped = false;
  let poll: ReturnType<typeof setInterval> | undefined;
  let stopRetention: (() => void) | undefined;

  const withTimeout = <T>(p: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const t = timers.setTimeout(() => reject(new RetryableDeliveryError(`the notifier did not answer within ${timeoutMs} ms`)), timeoutMs);
      p.then(resolve, reject).finally(() => timers.clearTimeout(t));
    });

  /** Returns whether the row is now delivered. */
  async function deliverRow(row: OutboxRow, result: RunResult): Promise<boolean> {
    const attempt = row.attempts + 1;
    const escalation = await store.getEscalation(row.escalationId);
    const log = { outboxId: row.id, kind: row.kind, key: row.idempotencyKey, attempt };
    if (!escalation) {
      await store.markFailed(row.id, { attempts: attempt, at: iso(clock.now()), lastError: 'the escalation no longer exists' });
      result.failed++;
      logger.error(log, 'outbox row for a missing escalation marked failed');
      return false;
    }
    const message = { kind: row.kind, escalationId: row.escalationId } as OutboxMessage;
    try {
      const platform = audience(row.kind) === 'asker' ? (escalation.askerAddress?.platform ?? escalation.asker.platform) : route(message, escalation);
      const notifier = byPlatform.get(platform);
      if (!notifier) throw new Error(`no notifier is configured for ${platform}`);
      await withTimeout(notifier.deliver(message, { idempotencyKey: row.idempotencyKey, escalation, attempt }));
    } catch (err) {
      const retryable = err instanceof RetryableDeliveryError;
      const limit = retryable ? policy.maxRetryableAttempts : policy.maxAttempts;
      const lastError = summarise(err);
      if (attempt >= limit) {
        await store.markFailed(row.id, { attempts: attempt, at: iso(clock.now()), lastError });
        result.failed++;
        logger.error({ ...log, ref: escalation.ref, error: lastError }, 'escalation delivery failed; giving up until requeued');
      } else {
        const delayMs = retryDelayMs(policy, attempt, random, retryable ? err.retryAfterMs : undefined);
        await store.scheduleRetry(row.id, { attempts: attempt, nextAttemptAt: iso(new Date(clock.now().getTime() + delayMs)), lastError });
        result.retried++;
        logger.warn({ ...log, ref: escalation.ref, delayMs, error: lastError }, 'escalation delivery will be retried');
      }
      return false;
    }
    await store.markDelivered(row.id, iso(clock.now()), attempt);
    result.delivered++;
    logger.info({ ...log, ref: escalation.ref }, 'escalation message delivered');
    return true;
  }

  async function pass(): Promise<RunResult> {
    const result: RunResult = { delivered: 0, retried: 0, failed: 0 };
    // A failure holds back later messages to the same audience of the same escalation.
    const blocked = new Set<string>();
    for (;;) {
      const rows = await store.dueOutbox(iso(clock.now()), batchSize);
      let progressed = false;
      for (const row of rows) {
        if (stopped) return result;
        const lane = `${row.escalationId}:${audience(row.kind)}`;
        if (blocked.has(lane)) continue;
        if (await deliverRow(row, result)) progressed = true;
        else blocked.add(lane);
      }
      // A delivery can unblock the next message of its escalation, so look again until a pass
      // delivers nothing; rows that failed are not due again until their backoff has passed.
      if (!progressed) return result;
    }
  }

  const runOnce = (): Promise<RunResult> => {
    const p = chain.then(() => {
      kickQueued = false;
      return pass();
    });
    chain = p.catch((err: unknown) => logger.error({ error: summarise(err) }, 'outbox pass failed'));
    return p;
  };

  const kick = (): void => {
    if (stopped || kickQueued) return;
    kickQueued = true;
    runOnce().catch(() => undefined);
  };

  return {
    start() {
      if (poll) return;
      stopped = false;
      poll = timers.setInterval(kick, deps.pollIntervalMs ?? 5_000);
      (poll as { unref?: () => void }).unref?.();
      if (deps.retentionDays !== undefined) stopRetention = startRetentionTimer({ store, clock, logger, days: deps.retentionDays, timers });
      kick();
    },
    async stop() {
      stopped = true;
      if (poll) timers.clearInterval(poll);
      poll = undefined;
      stopRetention?.();
      stopRetention = undefined;
      await chain;
    },
    kick,
    runOnce,
    async backlog() {
      const rows = await store.undeliveredOutbox();
      const stuckBefore = clock.now().getTime() - (deps.stuckAfterMs ?? 15 * 60_000);
      const failed = rows.filter((r) => r.failedAt);
      return {
        undelivered: rows.length,
        failed,
        stuck: rows.filter((r) => r.failedAt || Date.parse(r.createdAt) < stuckBefore),
        ...(rows[0] ? { oldestUndeliveredAt: rows[0].createdAt } : {}),
      };
    },
  };
}
