/**
 * The SQLite EscalationStore: one file under DATA_DIR, WAL mode (readers, such as
 * `policybot escalations`, never block the server), synchronous=FULL because an escalation must
 * survive a power cut once the asker has been given its reference. better-sqlite3 is
 * synchronous; the async signatures are the port's, for the Postgres store.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { iso, systemClock, type Clock } from '../clock.ts';
import type { EscalationFilter } from '../../core/ports.ts';
import { formatRef } from '../ref.ts';
import type { EscalationChange, EscalationStore, EventInput, PurgeResult } from '../store.ts';
import type { Escalation, NewEscalation, OutboxKind } from '../types.ts';
import { migrate } from './migrate.ts';
import { personJson, toEscalation, toEvent, toOutboxRow, type EscalationRow, type EventRow, type OutboxDbRow } from './rows.ts';

export const SQLITE_FILE_NAME = 'policybot.sqlite';

export interface SqliteStoreOptions {
  /** The folder (DATA_DIR), created if missing; the file is policybot.sqlite inside it. */
  dataDir?: string;
  /** Or the database file itself (":memory:" for tests). */
  file?: string;
  clock?: Clock;
}

export interface SqliteEscalationStore extends EscalationStore {
  readonly file: string;
  readonly db: Database.Database;
}

export function sqliteFileFor(dataDir: string): string {
  return join(dataDir, SQLITE_FILE_NAME);
}

export function openSqliteEscalationStore(options: SqliteStoreOptions): SqliteEscalationStore {
  const clock = options.clock ?? systemClock;
  let file = options.file;
  if (!file) {
    if (!options.dataDir) throw new TypeError('openSqliteEscalationStore needs dataDir or file');
    mkdirSync(options.dataDir, { recursive: true });
    file = sqliteFileFor(options.dataDir);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, iso(clock.now()));
  return buildStore(db, file, clock);
}

const SLT_KINDS = "('slt-new', 'slt-update')";

function buildStore(db: Database.Database, file: string, clock: Clock): SqliteEscalationStore {
  const q = {
    insertEscalation: db.prepare(`INSERT INTO escalations (policy_id, asker_platform, asker_user_id, asker_name,
      asker_address_platform, asker_address, question, shown_clauses, shown_verdict, note, urgent, safeguarding, state,
      created_at, updated_at) VALUES (@policyId, @askerPlatform, @askerUserId, @askerName, @addressPlatform, @address,
      @question, @shownClauses, @shownVerdict, @note, @urgent, @safeguarding, 'open', @at, @at)`),
    getEscalation: db.prepare('SELECT * FROM escalations WHERE id = ?'),
    insertEvent: db.prepare('INSERT INTO escalation_events (escalation_id, type, actor, detail, at) VALUES (?, ?, ?, ?, ?)'),
    insertOutbox: db.prepare(`INSERT INTO outbox (kind, escalation_id, idempotency_key, attempts, created_at, next_attempt_at)
      VALUES (?, ?, ?, 0, ?, ?)`),
    listEvents: db.prepare('SELECT * FROM escalation_events WHERE escalation_id = ? ORDER BY id'),
    // A message waits while an earlier one to the same audience (SLT, or the asker) is undelivered,
    // so an 'slt-update' never overtakes the 'slt-new' it updates.
    due: db.prepare(`SELECT * FROM outbox o WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= ?
      AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.escalation_id = o.escalation_id AND p.id < o.id
        AND p.delivered_at IS NULL AND (CASE WHEN p.kind IN ${SLT_KINDS} THEN 1 ELSE 0 END) = (CASE WHEN o.kind IN ${SLT_KINDS} THEN 1 ELSE 0 END))
      ORDER BY o.id LIMIT ?`),
    undelivered: db.prepare('SELECT * FROM outbox WHERE delivered_at IS NULL ORDER BY id'),
    outboxFor: db.prepare('SELECT * FROM outbox WHERE escalation_id = ? ORDER BY id'),
    outboxById: db.prepare('SELECT * FROM outbox WHERE id = ?'),
    delivered: db.prepare('UPDATE outbox SET delivered_at = ?, attempts = ?, last_error = NULL WHERE id = ? AND delivered_at IS NULL'),
    retry: db.prepare('UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ? AND delivered_at IS NULL'),
    failed: db.prepare('UPDATE outbox SET attempts = ?, failed_at = ?, last_error = ? WHERE id = ? AND delivered_at IS NULL'),
    requeueAll: db.prepare('UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = ? WHERE failed_at IS NOT NULL AND delivered_at IS NULL'),
    requeueOne: db.prepare('UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = ? WHERE id = ? AND failed_at IS NOT NULL AND delivered_at IS NULL'),
    setRecord: db.prepare(`INSERT INTO delivery_records (record_key, record_value, escalation_id, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (record_key) DO UPDATE SET record_value = excluded.record_value,
        escalation_id = COALESCE(excluded.escalation_id, delivery_records.escalation_id), updated_at = excluded.updated_at`),
    getRecord: db.prepare('SELECT record_value AS v FROM delivery_records WHERE record_key = ?'),
    deleteRecord: db.prepare('DELETE FROM delivery_records WHERE record_key = ?'),
  };

  const addEvent = (escalationId: number, e: EventInput): number =>
    Number(q.insertEvent.run(escalationId, e.type, personJson(e.actor), e.detail ?? null, e.at).lastInsertRowid);

  const queue = (escalationId: number, eventId: number, kinds: readonly OutboxKind[], at: string): void => {
    for (const kind of kinds) q.insertOutbox.run(kind, escalationId, `${formatRef(escalationId)}/${kind}/${eventId}`, at, at);
  };

  const load = (id: number): Escalation | undefined => {
    const row = q.getEscalation.get(id) as EscalationRow | undefined;
    return row ? toEscalation(row) : undefined;
  };

  const createTx = db.transaction((input: NewEscalation & { urgent: boolean; safeguarding: boolean }, at: string, kinds: readonly OutboxKind[]) => {
    const id = Number(
      q.insertEscalation.run({
        policyId: input.policyId,
        askerPlatform: input.asker.platform,
        askerUserId: input.asker.userId,
        askerName: input.asker.displayName,
        addressPlatform: input.askerAddress?.platform ?? null,
        address: input.askerAddress?.address ?? null,
        question: input.question,
        shownClauses: JSON.stringify(input.shownClauses),
        shownVerdict: input.shownVerdict ?? null,
        note: input.note ?? null,
        urgent: input.urgent ? 1 : 0,
        safeguarding: input.safeguarding ? 1 : 0,
        at,
      }).lastInsertRowid,
    );
    const eventId = addEvent(id, { type: 'created', actor: input.asker, at, ...(input.urgent ? { detail: 'urgent' } : {}) });
    queue(id, eventId, kinds, at);
    return load(id)!;
  });

  const updateTx = db.transaction((id: number, change: EscalationChange): Escalation | undefined => {
    const states = change.fromStates;
    const placeholders = states.map(() => '?').join(', ');
    const s = change.set;
    const info = db
      .prepare(`UPDATE escalations SET state = ?, updated_at = ?,
        taken_by = COALESCE(?, taken_by), answer = COALESCE(?, answer),
        answered_by = COALESCE(?, answered_by), closed_by = COALESCE(?, closed_by)
        WHERE id = ? AND state IN (${placeholders})`)
      .run(s.state, change.event.at, personJson(s.takenBy), s.answer ?? null, personJson(s.answeredBy), personJson(s.closedBy), id, ...states);
    if (info.changes === 0) return undefined;
    const eventId = addEvent(id, change.event);
    queue(id, eventId, change.outbox, change.event.at);
    return load(id);
  });

  const settleTx = db.transaction((id: number, apply: () => number, event: Omit<EventInput, 'actor'>) => {
    if (apply() === 0) return;
    const row = q.outboxById.get(id) as OutboxDbRow | undefined;
    if (row) addEvent(row.escalation_id, { ...event, actor: null });
  });

  const purgeTx = db.transaction((cutoff: string): PurgeResult => {
    // The escalations retention may remove: finished (answered or closed), quiet since the
    // cutoff, and with nothing left to deliver.
    const doomed = `SELECT e.id FROM escalations e WHERE e.state IN ('answered', 'closed') AND e.updated_at < ?
      AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.escalation_id = e.id AND o.delivered_at IS NULL)`;
    const deliveryRecords = db.prepare(`DELETE FROM delivery_records WHERE escalation_id IN (${doomed})`).run(cutoff).changes;
    const events = db.prepare(`DELETE FROM escalation_events WHERE escalation_id IN (${doomed})`).run(cutoff).changes;
    const outboxOfDoomed = db.prepare(`DELETE FROM outbox WHERE escalation_id IN (${doomed})`).run(cutoff).changes;
    const escalations = db.prepare(`DELETE FROM escalations WHERE id IN (${doomed})`).run(cutoff).changes;
    const oldDelivered = db.prepare('DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?').run(cutoff).changes;
    return { escalations, events, outbox: outboxOfDoomed + oldDelivered, deliveryRecords };
  });

  return {
    file,
    db,
    async createEscalation(input, at, kinds) {
      return createTx.immediate(input, at, kinds);
    },
    async updateEscalation(id, change) {
      return updateTx.immediate(id, change);
    },
    async getEscalation(id) {
      return load(id);
    },
    async listEscalations(filter: EscalationFilter = {}) {
      const where: string[] = [];
      const args: string[] = [];
      if (filter.policyId) (where.push('policy_id = ?'), args.push(filter.policyId));
      if (filter.state === 'active') where.push("state IN ('open', 'taken')");
      else if (filter.state) (where.push('state = ?'), args.push(filter.state));
      const sql = `SELECT * FROM escalations ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC`;
      return (db.prepare(sql).all(...args) as EscalationRow[]).map(toEscalation);
    },
    async listEvents(escalationId) {
      return (q.listEvents.all(escalationId) as EventRow[]).map(toEvent);
    },
    async dueOutbox(now, limit) {
      return (q.due.all(now, limit) as OutboxDbRow[]).map(toOutboxRow);
    },
    async undeliveredOutbox() {
      return (q.undelivered.all() as OutboxDbRow[]).map(toOutboxRow);
    },
    async outboxFor(escalationId) {
      return (q.outboxFor.all(escalationId) as OutboxDbRow[]).map(toOutboxRow);
    },
    async markDelivered(id, at, attempts) {
      const row = q.outboxById.get(id) as OutboxDbRow | undefined;
      settleTx.immediate(id, () => q.delivered.run(at, attempts, id).changes, { type: 'delivered', detail: row?.kind ?? '', at });
    },
    async scheduleRetry(id, r) {
      q.retry.run(r.attempts, r.nextAttemptAt, r.lastError, id);
    },
    async markFailed(id, f) {
      const row = q.outboxById.get(id) as OutboxDbRow | undefined;
      settleTx.immediate(id, () => q.failed.run(f.attempts, f.at, f.lastError, id).changes, {
        type: 'delivery-failed',
        detail: `${row?.kind ?? ''} after ${f.attempts} attempts: ${f.lastError}`,
        at: f.at,
      });
    },
    async requeueFailed(now, id) {
      return (id === undefined ? q.requeueAll.run(now) : q.requeueOne.run(now, id)).changes;
    },
    async setDeliveryRecord(key, value, options = {}) {
      q.setRecord.run(key, value, options.escalationId ?? null, options.at ?? iso(clock.now()));
    },
    async getDeliveryRecord(key) {
      return (q.getRecord.get(key) as { v: string } | undefined)?.v;
    },
    async deleteDeliveryRecord(key) {
      q.deleteRecord.run(key);
    },
    async purgeOlderThan(cutoff) {
      return purgeTx.immediate(cutoff);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
