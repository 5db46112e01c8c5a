/**
 * The Teams adapter running for real on an in-process HTTP server (Emulator mode: no app id,
 * loopback), with the real escalation service, SQLite store (in memory) and outbox worker, a
 * fake connector at the activities' serviceUrl, and a PolicyBot given by the test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createTeamsAdapter, type TeamsAdapter } from '../../adapters/teams/index.ts';
import type { PolicyBot } from '../../src/core/ports.ts';
import { createEscalationService, createOutboxWorker, openSqliteEscalationStore, type OutboxWorker, type SqliteEscalationStore } from '../../src/escalation/index.ts';
import { createFakeClock, staticDirectory, type FakeClock } from '../../src/escalation/testing/index.ts';
import type { EscalationService } from '../../src/core/ports.ts';
import { silentLogger, type Logger } from '../../src/logger.ts';
import { startFakeConnector, type FakeConnector } from './fake-connector.ts';

export const SLT_AAD = '0b5e8c2a-1d3f-4a6b-9c7d-2e4f6a8b0c1d';
export const STAFF_AAD = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
export const POLICY = 'quorn-hall';

type Activity = Record<string, unknown>;

export function fixture(name: string): Activity {
  return JSON.parse(readFileSync(new URL(`../fixtures/teams/${name}.json`, import.meta.url), 'utf8')) as Activity;
}

export interface Running {
  url: string;
  connector: FakeConnector;
  adapter: TeamsAdapter;
  store: SqliteEscalationStore;
  escalations: EscalationService;
  worker: OutboxWorker;
  clock: FakeClock;
  kicks: number;
  /** POSTs an activity (its serviceUrl pointed at the fake connector) and returns status and body. */
  post(activity: Activity, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

export interface LogEntry {
  level: string;
  obj: object;
  msg?: string;
}

/** A Logger that keeps what it is given, children included. */
export function recordingLogger(entries: LogEntry[] = [], bindings: object = {}): Logger & { entries: LogEntry[] } {
  const at = (level: string) => (obj: object, msg?: string) => void entries.push({ level, obj: { ...bindings, ...obj }, ...(msg ? { msg } : {}) });
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (b) => recordingLogger(entries, { ...bindings, ...b }) };
}

export async function startTeams(bot: PolicyBot, options: { appId?: string; appPassword?: string; directoryChannels?: string; logger?: Logger } = {}): Promise<Running> {
  const connector = await startFakeConnector();
  const clock = createFakeClock('2026-11-20T09:00:00.000Z');
  const store = openSqliteEscalationStore({ file: ':memory:', clock });
  const directory = staticDirectory({ [POLICY]: [`teams:${SLT_AAD}`] }, options.directoryChannels ? { [POLICY]: { teams: options.directoryChannels } } : {});
  // Deliveries are driven by the test (worker.runOnce), so nothing races it.
  const escalations = createEscalationService({ store, directory, clock });
  const running = { kicks: 0 } as Running;
  const adapter = createTeamsAdapter(
    { bot, escalations, directory, logger: options.logger ?? silentLogger, defaultPolicyId: POLICY, logQuestions: false, deliveryRecords: store, kickOutbox: () => void running.kicks++ },
    { host: '127.0.0.1', ...(options.appId ? { appId: options.appId, appPassword: options.appPassword ?? 'secret', appType: 'MultiTenant' as const } : {}) },
  );
  const worker = createOutboxWorker({ store, notifiers: [adapter.notifier], clock, random: () => 0.5 });
  const route = adapter.routes()[0]!;
  const server: Server = createServer((req, res) => {
    if (req.method === route.method && req.url === route.path) void route.handle(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  return Object.assign(running, {
    url,
    connector,
    adapter,
    store,
    escalations,
    worker,
    clock,
    async post(activity: Activity, headers: Record<string, string> = {}) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ ...activity, serviceUrl: connector.url }) });
      return { status: res.status, body: await res.text() };
    },
    async close() {
      await adapter.stop?.();
      await worker.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.close();
      await store.close();
    },
  });
}

/** The Adaptive Card in a recorded send. */
export function cardOf(body: Record<string, unknown>): Record<string, unknown> {
  const attachments = body.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined;
  const card = attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  if (!card) throw new Error(`no Adaptive Card in ${JSON.stringify(body).slice(0, 300)}`);
  return card;
}

/** Every Action.Submit data object in a card, show-cards included, with its title. */
export function submits(card: unknown): { title: string; data: Record<string, unknown> }[] {
  if (Array.isArray(card)) return card.flatMap(submits);
  if (!card || typeof card !== 'object') return [];
  const o = card as Record<string, unknown>;
  const own = o.type === 'Action.Submit' ? [{ title: String(o.title), data: o.data as Record<string, unknown> }] : [];
  return [...own, ...Object.values(o).flatMap(submits)];
}
