// A real `policybot serve` process, stopped with SIGTERM while a request is half sent: the
// request still gets its answer, the process exits 0, and a restart on the same data folder
// has every escalation, with nothing left undelivered.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, eventually } from './helpers.ts';

const root = join(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

interface Spawned {
  child: ChildProcess;
  url: string;
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
}

async function serve(dataDir: string): Promise<Spawned> {
  const child = spawn(process.execPath, ['bin/policybot.js', 'serve'], {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c));
  let buffer = '';
  child.stdout!.on('data', (c: Buffer) => {
    buffer += c;
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const p of parts) if (p.trim()) lines.push(JSON.parse(p));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    return lines.find((l) => l.url)?.url as string | undefined;
  }, 30_000);
  return { child, url, lines, exited };
}

describe('graceful shutdown', () => {
  it('finishes the request in flight, exits 0, and loses nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'policybot-shutdown-'));
    const first = await serve(dataDir);
    const reply = await call(first, '/playground/api/ask', { policy: 'quorn-hall', text: 'can I accept a friend request from a parent?' });
    const escalate = reply.json.actions.find((a: { type: string }) => a.type === 'escalate');
    const sent = await call(first, '/playground/api/escalate', { payload: escalate.payload, conversation: 'conv-shutdown-1' });
    expect(sent.status).toBe(200);

    // Half a request, then SIGTERM, then the rest: it must still be answered.
    const body = JSON.stringify({ policy: 'quorn-hall', text: 'can I use my phone in class?' });
    const url = new URL(first.url);
    const answered = new Promise<number>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, method: 'POST', path: '/playground/api/ask', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      // Time for the server to read the headers (the request is then in flight), even on a busy machine.
      setTimeout(() => {
        first.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 600);
    });
    expect(await answered).toBe(200);
    expect(await first.exited).toBe(0);
    expect(first.lines.some((l) => l.msg === 'policybot stopped')).toBe(true);

    const second = await serve(dataDir);
    const list = await call(second, '/playground/api/slt/escalations');
    expect(list.json.escalations.map((e: { ref: string }) => e.ref)).toContain(sent.json.ref);
    const health = await eventually(async () => {
      const h = await call(second, '/healthz');
      return h.json.outbox.pending === 0 ? h : undefined;
    });
    expect(health.status).toBe(200);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 60_000);
});
