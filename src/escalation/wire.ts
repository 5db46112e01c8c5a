/**
 * The usual wiring, for the server: the SQLite store under DATA_DIR, the outbox worker (with
 * daily retention) and the service that kicks it. start() delivers whatever a previous run left
 * pending; stop() lets the delivery in flight finish, then closes the database.
 */
import type { SchoolDirectory } from '../core/ports.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import { createOutboxWorker, type OutboxWorker, type OutboxWorkerDeps } from './outbox-worker.ts';
import { DEFAULT_RETENTION_DAYS } from './retention.ts';
import { createEscalationService, type ManagedEscalationService } from './service.ts';
import { openSqliteEscalationStore, type SqliteEscalationStore } from './sqlite/sqlite-store.ts';
import type { Notifier } from './types.ts';

export interface EscalationsOptions {
  dataDir: string;
  directory: SchoolDirectory;
  notifiers: readonly Notifier[];
  logger?: Logger;
  clock?: Clock;
  /** Default 365 (RETENTION_DAYS; see retentionDaysFromEnv). */
  retentionDays?: number;
  route?: OutboxWorkerDeps['route'];
  pollIntervalMs?: number;
}

export interface Escalations {
  store: SqliteEscalationStore;
  service: ManagedEscalationService;
  worker: OutboxWorker;
  start(): void;
  stop(): Promise<void>;
}

export function createEscalations(o: EscalationsOptions): Escalations {
  const store = openSqliteEscalationStore({ dataDir: o.dataDir, ...(o.clock ? { clock: o.clock } : {}) });
  const worker = createOutboxWorker({
    store,
    notifiers: o.notifiers,
    retentionDays: o.retentionDays ?? DEFAULT_RETENTION_DAYS,
    ...(o.clock ? { clock: o.clock } : {}),
    ...(o.logger ? { logger: o.logger } : {}),
    ...(o.route ? { route: o.route } : {}),
    ...(o.pollIntervalMs ? { pollIntervalMs: o.pollIntervalMs } : {}),
  });
  const service = createEscalationService({
    store,
    directory: o.directory,
    outbox: worker,
    ...(o.clock ? { clock: o.clock } : {}),
    ...(o.logger ? { logger: o.logger } : {}),
  });
  return {
    store,
    service,
    worker,
    start: () => worker.start(),
    async stop() {
      await worker.stop();
      await store.close();
    },
  };
}
