/**
 * Escalations: questions sent to a school's senior leadership team, stored (SQLite now,
 * Postgres later), audited, and delivered through an outbox that survives crashes.
 *
 *   const store = openSqliteEscalationStore({ dataDir: env.DATA_DIR ?? './data' });
 *   const worker = createOutboxWorker({ store, notifiers: [slack, teams], logger, retentionDays });
 *   const escalations = createEscalationService({ store, directory, outbox: worker, logger });
 *   worker.start();  …  await worker.stop(); await store.close();
 */
export * from './types.ts';
export { systemClock, iso, type Clock } from './clock.ts';
export { silentLogger, type Logger } from './logger.ts';
export { formatRef, parseRef } from './ref.ts';
export { ESCALATION_LIMITS } from './limits.ts';
export { newEscalationFrom } from './from-action.ts';
export { EscalationStateError } from './errors.ts';
export type { EscalationStore, EscalationChange, EventInput, PurgeResult } from './store.ts';
export { createEscalationService, type EscalationServiceDeps, type ManagedEscalationService } from './service.ts';
export { transitions, describeState } from './transitions.ts';
export { createOutboxWorker, type OutboxWorker, type OutboxWorkerDeps, type Backlog, type RunResult } from './outbox-worker.ts';
export { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff.ts';
export { DEFAULT_RETENTION_DAYS, retentionDaysFromEnv, retentionCutoff, startRetentionTimer } from './retention.ts';
export { openSqliteEscalationStore, sqliteFileFor, SQLITE_FILE_NAME, type SqliteEscalationStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';
export { migrations } from './sqlite/migrations.ts';
export { migrate } from './sqlite/migrate.ts';
export { createEscalations, type Escalations, type EscalationsOptions } from './wire.ts';
export { routeToSltChannel } from './routing.ts';
