import type Database from 'better-sqlite3';
import { ConfigError } from '../../errors.ts';
import { migrations as defaultMigrations } from './migrations.ts';

/**
 * Brings the database up to the latest migration. Each migration and its row in
 * schema_migrations commit together, so a crash half-way leaves a version that re-runs cleanly;
 * running it again on an up-to-date database does nothing. Returns the versions applied.
 */
export function migrate(db: Database.Database, at: string, migrations: readonly string[] = defaultMigrations): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > migrations.length) {
    throw new ConfigError(
      `The escalation database is at schema version ${current}, but this policybot knows only ${migrations.length}: ` +
        'it was written by a newer policybot. Run that version, or point DATA_DIR at another folder.',
    );
  }
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  const latest = db.prepare('SELECT MAX(version) AS v FROM schema_migrations');
  for (let version = current + 1; version <= migrations.length; version++) {
    // Re-read inside the write lock: another process may have applied it meanwhile.
    const done = db.transaction(() => {
      if (((latest.get() as { v: number | null }).v ?? 0) >= version) return true;
      db.exec(migrations[version - 1]!);
      record.run(version, at);
      return false;
    }).immediate();
    if (!done) applied.push(version);
  }
  return applied;
}
