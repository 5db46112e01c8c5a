/**
 * The real Slack path in one process: the adapter's /slack/events route on a node:http server,
 * a fake Slack Web API, the escalation service and outbox on an in-memory SQLite store, and
 * requests signed exactly as Slack signs them.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { PolicyBot, SchoolDirectory } from '../../src/core/ports.ts';
import { createEscalationService, createOutboxWorker, openSqliteEscalationStore } from '../../src/escalation/index.ts';
import { createFakeClock } from '../../src/escalation/testing/index.ts';
import type { Logger } from '../../src/logger.ts';
import { createSlackAdapter, sign } from '../../adapters/slack/index.ts';
import { FakeSlack } from './fake-slack.ts';

export const SECRET = 'test-signing-secret-0123456789';
export const SLT_CHANNEL = 'CSLT0001';
export const HEAD = 'UHEAD0001';

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'slack', name), 'utf8')) as T;
}

export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const put = (level: string) => (obj: object, msg?: string) => void lines.push(`${level} ${msg ?? ''} ${JSON.stringify(obj)}`);
  const logger: Logger & { lines: string[] } = { lines, debug: put('debug'), info: put('info'), warn: put('warn'), error: put('error'), child: () => logger };
  return logger;
}

export interface HarnessOptions {
  bot: PolicyBot;
  policyId: string;
  /** false: no POLICY_ID, and the directory maps nothing (a workspace nobody set up). */
  defaultPolicy?: boolean;
  /** Slack user ids of SLT. */
  slt?: string[];
}

export async function startHarness(opts: HarnessOptions) {
  const slack = await new FakeSlack().start();
  const clock = createFakeClock(new Date());
  const logger = recordingLogger();
  const store = openSqliteEscalationStore({ file: ':memory:', clock });
  const slt = new Set(opts.slt ?? [HEAD]);
  const directory: SchoolDirectory = {
    policyFor: () => undefined,
    isSlt: (policyId, p) => policyId === opts.policyId && p.platform === 'slack' && slt.has(p.userId),
    sltChannel: (policyId, platform) => (policyId === opts.policyId && platform === 'slack' ? SLT_CHANNEL : undefined),
  };
  let kick = () => {};
  const escalations = createEscalationService({ store, directory, clock, outbox: { kick: () => kick() } });
  const adapter = createSlackAdapter(
    { bot: opts.bot, escalations, directory, logger, ...(opts.defaultPolicy === false ? {} : { defaultPolicyId: opts.policyId }), logQuestions: false, kickOutbox: () => kick(), deliveryRecords: store, clock: () => clock.now() },
    { botToken: 'xoxb-test-token', signingSecret: SECRET, apiUrl: slack.apiUrl },
  );
  const worker = createOutboxWorker({ store, notifiers: [adapter.notifier], clock, random: () => 0.5, logger });
  kick = () => worker.kick();
  const [route] = adapter.routes();
  if (!route) throw new Error('the adapter offers no route');
  const server: Server = createServer((req, res) => {
    if (req.method === route.method && req.url === route.path) void route.handle(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${route.path}`;

  /** POSTs a body signed with the current (fake) time, as Slack does. */
  async function post(body: string, contentType: string, headers: Record<string, string> = {}, secret = SECRET) {
    const ts = String(Math.floor(clock.now().getTime() / 1000));
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-slack-request-timestamp': ts, 'x-slack-signature': sign(secret, ts, body), ...headers },
      body,
    });
    return { status: res.status, text: await res.text() };
  }

  return {
    slack,
    clock,
    logger,
    store,
    escalations,
    adapter,
    worker,
    url,
    post,
    command: (fields: Record<string, string>) => post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded'),
    interact: (payload: object) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded'),
    event: (body: object, headers: Record<string, string> = {}) => post(JSON.stringify(body), 'application/json', headers),
    async close() {
      await worker.stop();
      await adapter.stop?.();
      await new Promise<void>((r) => server.close(() => r()));
      await slack.stop();
      await store.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
