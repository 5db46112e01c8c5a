/**
 * Retention (GDPR): escalations are personal data, kept for a set number of days after they
 * were last touched (default 365, RETENTION_DAYS). Open and taken escalations, and anything
 * with a message still to deliver, are kept however old: deleting them would lose a question
 * nobody has answered, or a reply the member of staff never received.
 */
import { iso, type Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import type { EscalationStore, PurgeResult } from './store.ts';
import { ConfigError } from '../errors.ts';

export const DEFAULT_RETENTION_DAYS = 365;
const DAY_MS = 86_400_000;

/** RETENTION_DAYS from the environment, or the default; a clear error for anything else. */
export function retentionDaysFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.RETENTION_DAYS?.trim();
  if (!raw) return DEFAULT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1) {
    throw new ConfigError(`RETENTION_DAYS is "${raw}"; it must be a whole number of days, 1 or more (default ${DEFAULT_RETENTION_DAYS}).`);
  }
  return days;
}

export function retentionCutoff(clock: Clock, days: number): string {
  return iso(new Date(clock.now().getTime() - days * DAY_MS));
}

export interface RetentionTimerDeps {
  store: EscalationStore;
  clock: Clock;
  logger: Logger;
  days: number;
  /** Default: once a day. */
  everyMs?: number;
  timers?: Pick<typeof globalThis, 'setInterval' | 'clearInterval'>;
}

/** Purges once now and then every `everyMs`; returns a function that stops it. */
export function startRetentionTimer(deps: RetentionTimerDeps): () => void {
  const timers = deps.timers ?? globalThis;
  const run = (): void => {
    deps.store
      .purgeOlderThan(retentionCutoff(deps.clock, deps.days))
      .then((r: PurgeResult) => {
        if (r.escalations || r.outbox) deps.logger.info({ ...r, days: deps.days }, 'escalation retention purge');
      })
      .catch((err: unknown) => deps.logger.error({ error: String(err) }, 'escalation retention purge failed'));
  };
  run();
  const handle = timers.setInterval(run, deps.everyMs ?? DAY_MS);
  (handle as { unref?: () => void }).unref?.();
  return () => timers.clearInterval(handle);
}
