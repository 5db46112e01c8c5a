/** Starting the real server in-process for tests: port 0, a temp DATA_DIR, logs collected. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startServer, type RunningServer, type StartOptions } from '../../src/server/start.ts';

export interface TestServer extends RunningServer {
  logs: Record<string, unknown>[];
  dataDir: string;
}

export async function startTestServer(env: Record<string, string> = {}, options: Partial<StartOptions> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'policybot-server-'));
  const logs: Record<string, unknown>[] = [];
  const logDestination = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line));
      done();
    },
  });
  const server = await startServer({ env: { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...env }, logDestination, outboxPollMs: 200, ...options });
  return Object.assign(server, { logs, dataDir });
}

/** JSON over fetch, with the Host header the playground expects. */
export async function call(server: { url: string }, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(server.url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

/** Polls until `check` returns something truthy (the outbox delivers asynchronously). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
