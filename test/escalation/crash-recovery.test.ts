/**
 * Exactly once across a crash: a child process is killed with SIGKILL after its notifier has
 * sent a message but before the outbox recorded it as delivered. The restarted process must
 * deliver everything still pending, and the already-sent message must not be sent again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openSqliteEscalationStore } from '../../src/escalation/index.ts';
import { readSink } from '../../src/escalation/testing/index.ts';
import { tempDir } from './helpers.ts';

const CHILD = 'test/escalation/fixtures/worker-child.ts';
let tmp: ReturnType<typeof tempDir> | undefined;
let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  tmp?.cleanup();
});

function run(args: string[]): { proc: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { proc, exit };
}

async function until(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

it('a SIGKILL between sending and recording neither loses nor doubles an escalation', async () => {
  tmp = tempDir();
  const db = join(tmp.dir, 'policybot.sqlite');
  const sink = join(tmp.dir, 'sink.jsonl');

  // 1. Create three escalations; the notifier sends the first, then stalls for 20 s before returning.
  const first = run([db, sink, '3', '20000']);
  child = first.proc;
  await until(() => readSink(sink).length > 0, 15_000);
  first.proc.kill('SIGKILL');
  expect((await first.exit).signal).toBe('SIGKILL');

  const sentBeforeCrash = readSink(sink);
  expect(sentBeforeCrash.length).toBe(1);
  const inspect = openSqliteEscalationStore({ file: db });
  try {
    expect((await inspect.listEscalations()).length).toBe(3);
    const row = (await inspect.undeliveredOutbox()).find((r) => r.idempotencyKey === sentBeforeCrash[0]!.key);
    expect(row, 'the sent message must still be undelivered in the outbox: the kill came mid-delivery').toBeDefined();
  } finally {
    await inspect.close();
  }

  // 2. Restart with nothing new to create: it must finish the job.
  const second = run([db, sink, '0', '0']);
  child = second.proc;
  const done = await second.exit;
  expect(done.stderr).toBe('');
  expect(done.code).toBe(0);

  const sink2 = readSink(sink);
  const check = openSqliteEscalationStore({ file: db });
  try {
    const escalations = await check.listEscalations();
    const expectedKeys: string[] = [];
    for (const e of escalations) {
      const rows = await check.outboxFor(e.id);
      expect(rows.map((r) => r.kind)).toEqual(['slt-new']);
      expect(rows[0]?.deliveredAt).toBeDefined();
      expectedKeys.push(rows[0]!.idempotencyKey);
      expect((await check.listEvents(e.id)).filter((x) => x.type === 'delivered').length).toBe(1);
    }
    // Each escalation reached the "platform" exactly once; the first one by the killed process.
    expect(sink2.map((l) => l.key).sort()).toEqual(expectedKeys.sort());
    expect(sink2.map((l) => l.ref).sort()).toEqual(['ESC-0001', 'ESC-0002', 'ESC-0003']);
    expect(new Set(sink2.map((l) => l.pid)).size).toBe(2);
    expect(await check.undeliveredOutbox()).toEqual([]);
  } finally {
    await check.close();
  }
}, 40_000);
