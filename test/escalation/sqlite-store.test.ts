import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.ts';
import { migrate, migrations, openSqliteEscalationStore, sqliteFileFor } from '../../src/escalation/index.ts';
import { newEscalation, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('the SQLite store', () => {
  it('creates DATA_DIR and its database on first run, in WAL mode, at the latest schema version', async () => {
    tmp = tempDir();
    const dataDir = join(tmp.dir, 'nested', 'data');
    const store = openSqliteEscalationStore({ dataDir });
    expect(store.file).toBe(sqliteFileFor(dataDir));
    expect(existsSync(store.file)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual(migrations.map((_, i) => i + 1));
    await store.close();
  });

  it('applies migrations idempotently: reopening keeps the data and applies nothing', async () => {
    tmp = tempDir();
    const first = openSqliteEscalationStore({ dataDir: tmp.dir });
    await first.createEscalation({ ...newEscalation(), urgent: false, safeguarding: false }, '2026-01-01T00:00:00.000Z', ['slt-new']);
    expect(migrate(first.db, '2026-01-02T00:00:00.000Z')).toEqual([]);
    await first.close();
    const again = openSqliteEscalationStore({ dataDir: tmp.dir });
    expect((await again.listEscalations()).map((e) => e.ref)).toEqual(['ESC-0001']);
    await again.close();
  });

  it('applies only the new migration to a database at an older version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, 't0', migrations)).toEqual([1]);
    const next = [...migrations, 'CREATE TABLE later_feature (id INTEGER PRIMARY KEY)'];
    expect(migrate(db, 't1', next)).toEqual([2]);
    expect(migrate(db, 't2', next)).toEqual([]);
    db.close();
  });

  it('refuses a database written by a newer policybot, saying what to do', () => {
    const db = new Database(':memory:');
    migrate(db, 't0', [...migrations, 'SELECT 1']);
    expect(() => migrate(db, 't1', migrations)).toThrow(ConfigError);
    expect(() => migrate(db, 't1', migrations)).toThrow(/newer policybot.*DATA_DIR/);
    db.close();
  });

  it('rolls a failed creation back whole: no escalation, no event, no outbox row', async () => {
    const store = openSqliteEscalationStore({ file: ':memory:' });
    // An outbox kind clashing on the idempotency key makes the last insert of the transaction fail.
    await expect(
      store.createEscalation({ ...newEscalation(), urgent: false, safeguarding: false }, 't', ['slt-new', 'slt-new']),
    ).rejects.toThrow(/UNIQUE/);
    expect(await store.listEscalations()).toEqual([]);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM escalation_events').get()).toEqual({ n: 0 });
    expect(await store.undeliveredOutbox()).toEqual([]);
    await store.close();
  });

  it('keeps delivery records for the notifiers: set, overwrite, read, delete', async () => {
    const store = openSqliteEscalationStore({ file: ':memory:' });
    expect(await store.getDeliveryRecord('slack:slt-message:ESC-0042')).toBeUndefined();
    await store.setDeliveryRecord('slack:slt-message:ESC-0042', JSON.stringify({ channel: 'C1', ts: '1234.5678' }));
    await store.setDeliveryRecord('slack:slt-message:ESC-0042', JSON.stringify({ channel: 'C1', ts: '1234.9999' }));
    expect(JSON.parse((await store.getDeliveryRecord('slack:slt-message:ESC-0042'))!)).toEqual({ channel: 'C1', ts: '1234.9999' });
    await store.deleteDeliveryRecord('slack:slt-message:ESC-0042');
    expect(await store.getDeliveryRecord('slack:slt-message:ESC-0042')).toBeUndefined();
    await store.close();
  });

  it('never reuses a reference, even after the newest escalation is purged', async () => {
    const store = openSqliteEscalationStore({ file: ':memory:' });
    const e = await store.createEscalation({ ...newEscalation(), urgent: false, safeguarding: false }, '2020-01-01T00:00:00.000Z', []);
    await store.updateEscalation(e.id, { fromStates: ['open'], set: { state: 'closed' }, event: { type: 'closed', actor: null, at: '2020-01-01T00:00:00.000Z' }, outbox: [] });
    expect((await store.purgeOlderThan('2021-01-01T00:00:00.000Z')).escalations).toBe(1);
    const next = await store.createEscalation({ ...newEscalation(), urgent: false, safeguarding: false }, '2026-01-01T00:00:00.000Z', []);
    expect(next.ref).toBe('ESC-0002');
    await store.close();
  });
});

describe('portability of the migrations', () => {
  it('uses only column types Postgres also accepts (TEXT, INTEGER), timestamps as text', () => {
    const columns = migrations
      .join('\n')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[a-z_]+ [A-Z]+/.test(l));
    expect(columns.length).toBeGreaterThan(20);
    for (const c of columns) expect(c, c).toMatch(/^[a-z_]+ (TEXT|INTEGER)\b/);
    expect(migrations.join('\n')).not.toMatch(/\b(DATETIME|BLOB|REAL|STRICT|WITHOUT ROWID)\b/);
  });
});
