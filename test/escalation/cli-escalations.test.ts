import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { escalationsCommand, formatAge } from '../../src/cli/commands/escalations.ts';
import { UsageError } from '../../src/errors.ts';
import { createEscalationService, openSqliteEscalationStore } from '../../src/escalation/index.ts';
import { createFakeClock, staticDirectory } from '../../src/escalation/testing/index.ts';
import { head, newEscalation, QUESTION, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

function io(cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: async function* () {}, env, cwd };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

/**
 * Runs the command itself, not through main(): main imports every command, and this test should
 * not depend on the others' modules. main's part (a PolicybotError → one line, status 2) is its own.
 */
function main(argv: string[], cliIo: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  expect(name).toBe('escalations');
  return escalationsCommand.run(rest, cliIo);
}

/** Three escalations in DATA_DIR, created 2 days 5 hours, 3 hours and 10 minutes ago. */
async function seed(dataDir: string): Promise<void> {
  const clock = createFakeClock(new Date(Date.now() - (53 * 60 + 0.5) * 60_000));
  const store = openSqliteEscalationStore({ dataDir, clock });
  const service = createEscalationService({ store, clock, directory: staticDirectory({ 'quorn-hall': ['slack:UHEAD'], 'yes-trust': ['slack:UHEAD'] }) });
  const a = await service.create(newEscalation({ safeguarding: true }));
  clock.advance(50 * 3600_000);
  const b = await service.create(newEscalation({ policyId: 'yes-trust', asker: { platform: 'teams', userId: 'aad-1', displayName: 'Mr\u001b[31m Red' } }));
  await service.take(b.ref, head);
  clock.advance(3 * 3600_000 - 10 * 60_000);
  const c = await service.create(newEscalation());
  await service.close(c.ref, head);
  expect(a.ref).toBe('ESC-0001');
  await store.close();
}

describe('policybot escalations', () => {
  it('lists them newest first for SLT, with age, urgency and who took them, never the question', async () => {
    tmp = tempDir();
    await seed(`${tmp.dir}/data`);
    const t = io(tmp.dir, { DATA_DIR: 'data' });
    expect(await main(['escalations'], t.value)).toBe(0);
    const lines = t.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^REF\s+SCHOOL\s+STATE\s+URGENT\s+ASKED BY\s+AGE\s+TAKEN BY$/);
    expect(lines[1]).toMatch(/^ESC-0003\s+quorn-hall\s+closed\s+no\s+Ms Teacher \(slack\)\s+10m\s+-$/);
    expect(lines[2]).toMatch(/^ESC-0002\s+yes-trust\s+taken\s+no\s+Mr \[31m Red \(teams\)\s+3h\s+Mrs Head \(slack\)$/);
    expect(lines[3]).toMatch(/^ESC-0001\s+quorn-hall\s+open\s+yes\s+Ms Teacher \(slack\)\s+2d 5h\s+-$/);
    expect(t.out()).not.toContain(QUESTION);
    expect(t.out()).not.toContain('\u001b');
  });

  it('filters by state (active = open or taken) and school, and speaks JSON', async () => {
    tmp = tempDir();
    await seed(`${tmp.dir}/data`);
    const t = io(tmp.dir);
    expect(await main(['escalations', '--json', '--state', 'active', '--data-dir', 'data'], t.value)).toBe(0);
    const rows = JSON.parse(t.out()) as { ref: string; urgent: boolean; takenBy: { displayName: string } | null }[];
    expect(rows.map((r) => [r.ref, r.urgent, r.takenBy?.displayName ?? null])).toEqual([
      ['ESC-0002', false, 'Mrs Head'],
      ['ESC-0001', true, null],
    ]);
    const q = io(tmp.dir);
    await main(['escalations', '--json', '--policy', 'quorn-hall', '--state', 'closed', '--data-dir', 'data'], q.value);
    expect((JSON.parse(q.out()) as { ref: string }[]).map((r) => r.ref)).toEqual(['ESC-0003']);
    const none = io(tmp.dir);
    await main(['escalations', '--policy', 'wycliffe-primary', '--data-dir', 'data'], none.value);
    expect(none.out()).toBe('No escalations for wycliffe-primary.\n');
  });

  it('says where it looked when there is no database yet, and creates nothing', async () => {
    tmp = tempDir();
    const t = io(tmp.dir);
    expect(await main(['escalations'], t.value)).toBe(0);
    expect(t.out()).toContain(`no database at ${tmp.dir}/data/policybot.sqlite`);
    const j = io(tmp.dir);
    await main(['escalations', '--json'], j.value);
    expect(j.out()).toBe('[]\n');
    expect(existsSync(`${tmp.dir}/data`)).toBe(false);
  });

  it('refuses an unknown state or option, saying what is allowed', async () => {
    tmp = tempDir();
    const t = io(tmp.dir);
    await expect(main(['escalations', '--state', 'pending'], t.value)).rejects.toThrow(UsageError);
    await expect(main(['escalations', '--state', 'pending'], t.value)).rejects.toThrow('--state "pending" is not one of open, taken, answered, closed, active.');
    await expect(main(['escalations', '--colour'], t.value)).rejects.toThrow(/Unknown option '--colour'.*policybot escalations --help/);
  });

  it('warns about undelivered messages and requeues them on request', async () => {
    tmp = tempDir();
    const dataDir = `${tmp.dir}/data`;
    await seed(dataDir);
    const store = openSqliteEscalationStore({ dataDir });
    const [row] = await store.outboxFor(2);
    await store.markFailed(row!.id, { attempts: 6, at: new Date().toISOString(), lastError: 'Error: channel_not_found' });
    await store.close();
    const t = io(tmp.dir, { DATA_DIR: dataDir });
    await main(['escalations'], t.value);
    expect(t.err()).toBe('Warning: 1 message could not be delivered (ESC-0002); fix the cause, then run `policybot escalations --requeue-failed`.\n');
    const r = io(tmp.dir, { DATA_DIR: dataDir });
    await main(['escalations', '--requeue-failed'], r.value);
    expect(r.err()).toBe('Requeued 1 failed message; the server delivers them on its next poll.\n');
    const after = openSqliteEscalationStore({ dataDir });
    expect((await after.outboxFor(2))[0]).toMatchObject({ attempts: 0 });
    expect((await after.outboxFor(2))[0]?.failedAt).toBeUndefined();
    await after.close();
  });

  it('prints one escalation\'s audit trail: who did what, when', async () => {
    tmp = tempDir();
    await seed(`${tmp.dir}/data`);
    const t = io(tmp.dir, { DATA_DIR: 'data' });
    expect(await main(['escalations', '--audit', 'esc-2'], t.value)).toBe(0);
    const lines = t.out().trimEnd().split('\n');
    expect(lines[0]).toBe('ESC-0002  yes-trust  taken');
    expect(lines.slice(1).map((l) => l.trim().split(/\s{2,}/).slice(1))).toEqual([
      ['created', 'Mr [31m Red (teams)'],
      ['taken', 'Mrs Head (slack)'],
    ]);
    expect(t.out()).not.toContain(QUESTION);
    await expect(main(['escalations', '--audit', 'ESC-0099'], t.value)).rejects.toThrow(/no escalation "ESC-0099"/);
    const j = io(tmp.dir, { DATA_DIR: 'data' });
    await main(['escalations', '--audit', 'ESC-0001', '--json'], j.value);
    expect((JSON.parse(j.out()) as { events: { type: string }[] }).events.map((x) => x.type)).toEqual(['created']);
  });

  it('formats ages the way people say them', () => {
    expect([5_000, 12 * 60_000, 3 * 3600_000 + 5 * 60_000, 2 * 86_400_000].map(formatAge)).toEqual(['5s', '12m', '3h 5m', '2d']);
  });
});
