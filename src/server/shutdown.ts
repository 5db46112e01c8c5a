/**
 * Graceful shutdown, in the order that keeps every escalation safe: stop accepting, let the
 * requests in flight finish (an escalation being created is committed), stop the adapters,
 * let the outbox worker record the delivery in flight, then close the database.
 */
import type { OutboxWorker } from '../escalation/index.ts';
import type { Logger } from '../logger.ts';
import type { HttpServer } from './http.ts';
import type { PlatformAdapter } from './platform.ts';

export interface ShutdownParts {
  http: HttpServer;
  adapters: readonly PlatformAdapter[];
  worker: OutboxWorker;
  store: { close(): Promise<void> };
  logger: Logger;
  /** How long in-flight requests may take before their connections are cut (default 10 s). */
  graceMs?: number;
}

export async function closeGracefully(parts: ShutdownParts): Promise<void> {
  const { http, logger } = parts;
  const started = Date.now();
  logger.info({ inFlight: http.inFlight() }, 'shutting down: no new requests');
  const closed = new Promise<void>((resolve) => http.server.close(() => resolve()));
  // Keep-alive connections with no request would hold close() open: end them now.
  http.server.closeIdleConnections();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), parts.graceMs ?? 10_000);
  });
  if ((await Promise.race([http.drained(), late])) === 'late') {
    logger.warn({ inFlight: http.inFlight() }, 'requests still running after the grace period; closing their connections');
  }
  http.server.closeAllConnections();
  await closed;
  clearTimeout(timer);

  for (const adapter of parts.adapters) {
    try {
      await adapter.stop?.();
    } catch (err) {
      logger.error({ adapter: adapter.name, error: String(err) }, 'adapter did not stop cleanly');
    }
  }
  await parts.worker.stop();
  await parts.store.close();
  logger.info({ ms: Date.now() - started }, 'policybot stopped');
}

/** SIGTERM and SIGINT close the server once; a second signal exits at once. */
export function closeOnSignals(close: () => Promise<void>, logger: Logger, exit: (code: number) => void = (c) => process.exit(c)): () => void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal }, 'signal received');
    close().then(
      () => exit(0),
      (err: unknown) => {
        logger.error({ error: String(err) }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
