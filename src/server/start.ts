/**
 * The composition root: configuration → knowledge → bot → store, escalation service and
 * outbox → adapters → one HTTP server. Slack and Teams are imported only when their
 * credentials are set, so a playground-only start never loads Bolt or botbuilder.
 */
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { checkPolicies, directoryFromConfig, loadServerConfig, settingMessage, type ServerConfig } from '../config/index.ts';
import { ConfigError } from '../errors.ts';
import { createBot } from '../core/bot.ts';
import { createEscalationService, createOutboxWorker, openSqliteEscalationStore, type Clock, type Notifier, type OutboxWorker, systemClock } from '../escalation/index.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import type { Logger } from '../logger.ts';
import { createWebNotifier } from '../../adapters/web/notifier.ts';
import { createHttpServer } from './http.ts';
import { healthRoute } from './health.ts';
import { createLogger } from './logging.ts';
import type { AdapterDeps, PlatformAdapter } from './platform.ts';
import { closeGracefully } from './shutdown.ts';

export interface StartOptions {
  env: Record<string, string | undefined>;
  cwd?: string;
  /** --knowledge: wins over KNOWLEDGE_DIR. */
  knowledgeDir?: string;
  /** Tests: collect log lines instead of writing to stdout. */
  logDestination?: DestinationStream;
  clock?: Clock;
  /** Tests: deliver sooner than the default poll. */
  outboxPollMs?: number;
}

export interface RunningServer {
  config: ServerConfig;
  /** http://host:port, with the port actually bound (PORT=0 picks a free one). */
  url: string;
  port: number;
  adapters: readonly string[];
  logger: Logger;
  /** Graceful: stop accepting, finish requests, stop adapters and the outbox, close the store. */
  close(): Promise<void>;
}

async function platformAdapters(config: ServerConfig, deps: AdapterDeps): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (config.playground) {
    const { createWebAdapter } = await import('../../adapters/web/index.ts');
    adapters.push(createWebAdapter(deps));
  }
  if (config.slack) {
    const { createSlackAdapter } = await import('../../adapters/slack/index.ts');
    adapters.push(createSlackAdapter(deps, config.slack));
  }
  if (config.teams) {
    const { createTeamsAdapter } = await import('../../adapters/teams/index.ts');
    const { emulator: _emulator, ...teams } = config.teams;
    adapters.push(createTeamsAdapter(deps, { ...teams, host: config.host }));
  }
  return adapters;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const config = loadServerConfig(options.env, options.cwd);
  const clock = options.clock ?? systemClock;
  const logger = createLogger({ level: config.logLevel, logQuestions: config.logQuestions, ...(options.logDestination ? { destination: options.logDestination } : {}) });

  const knowledge = loadKnowledge(options.knowledgeDir ?? config.knowledgeDir);
  const bot = createBot({ knowledge, clock });
  checkPolicies(config, bot.policies().map((p) => p.id));

  const store = openSqliteEscalationStore({ dataDir: config.dataDir });
  const directory = directoryFromConfig(config);
  let worker: OutboxWorker | undefined;
  const kickOutbox = () => worker?.kick();
  const escalations = createEscalationService({ store, directory, clock, outbox: { kick: kickOutbox }, logger: logger.child({ part: 'escalations' }) });
  const deps: AdapterDeps = {
    bot,
    escalations,
    directory,
    logger,
    logQuestions: config.logQuestions,
    kickOutbox,
    clock: () => clock.now(),
    deliveryRecords: store,
    ...(config.policyId ? { defaultPolicyId: config.policyId } : {}),
  };

  let adapters: PlatformAdapter[];
  try {
    adapters = await platformAdapters(config, deps);
  } catch (err) {
    await store.close();
    throw err;
  }
  const notifiers = adapters.flatMap((a): Notifier[] => (a.notifier ? [a.notifier] : []));
  // Escalations raised in the playground before Slack or Teams was set up still get their
  // answers recorded, instead of failing in the outbox (and on /healthz) for ever.
  if (!notifiers.some((n) => n.platform === 'web')) notifiers.push(createWebNotifier(store, () => clock.now()));
  worker = createOutboxWorker({
    store,
    notifiers,
    clock,
    logger: logger.child({ part: 'outbox' }),
    retentionDays: config.retentionDays,
    ...(options.outboxPollMs ? { pollIntervalMs: options.outboxPollMs } : {}),
  });

  const http = createHttpServer(
    [healthRoute({ policies: () => bot.policies().length, backlog: () => worker!.backlog(), clock: () => clock.now() }), ...adapters.flatMap((a) => a.routes())],
    logger,
  );
  try {
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, config.host, () => {
        http.server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await store.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ConfigError(settingMessage('PORT', `is ${config.port}, which another program is already using`));
    if (code === 'EADDRNOTAVAIL') throw new ConfigError(settingMessage('HOST', `is "${config.host}", which is not an address of this machine`));
    throw err;
  }
  const port = (http.server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;

  for (const adapter of adapters) await adapter.start?.();
  worker.start();
  logger.info(
    { url, adapters: adapters.map((a) => a.name), policies: bot.policies().length, dataDir: config.dataDir, playground: config.playground },
    config.playground ? `policybot is listening; the playground is at http://localhost:${port}/` : 'policybot is listening',
  );

  let closing: Promise<void> | undefined;
  return {
    config,
    url,
    port,
    adapters: adapters.map((a) => a.name),
    logger,
    close: () => (closing ??= closeGracefully({ http, adapters, worker: worker!, store, logger })),
  };
}
