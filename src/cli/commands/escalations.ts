/**
 * `policybot escalations [--json] [--state open|taken|answered|closed|active] [--policy ID]
 * [--data-dir DIR] [--audit REF] [--requeue-failed]`: the escalations in DATA_DIR's database, newest first, for SLT. It shows who
 * asked and how long ago, never the question, so the list is safe to read over a shoulder.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NotFoundError, UsageError } from '../../errors.ts';
import { formatRef, openSqliteEscalationStore, parseRef, sqliteFileFor, type Escalation, type EscalationStore, type EscalationState, type Person } from '../../escalation/index.ts';
import type { CliIo, Command } from '../io.ts';

const STATES = ['open', 'taken', 'answered', 'closed', 'active'] as const;

const help = `Usage: policybot escalations [--json] [--state STATE] [--policy ID] [--data-dir DIR]

Lists the escalations ("Ask the headteacher") stored by the server, newest first:
reference, school, state, urgent, who asked, how long ago, who took it.

  --state STATE    open, taken, answered, closed, or active (open or taken)
  --policy ID      only this school's (policy id, e.g. quorn-hall)
  --data-dir DIR   where the database is (default: $DATA_DIR, else ./data)
  --json           one JSON array instead of a table
  --audit REF      the audit trail of one escalation: every change, who made it, when
  --requeue-failed put messages the server gave up delivering back in its queue
                   (after fixing the cause: a channel, a token); it retries them on its next poll
`;

/** "45s", "12m", "3h 5m", "2d 4h". */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? `${h}h ${m % 60}m` : `${h}h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d}d ${h % 24}h` : `${d}d`;
}

/** Display names come from chat platforms: keep terminal control characters out of the table. */
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
const who = (p: Person | undefined): string => (p ? `${clean(p.displayName)} (${p.platform})` : '-');

function row(e: Escalation, now: number) {
  return {
    ref: e.ref,
    policyId: e.policyId,
    state: e.state,
    urgent: e.urgent,
    safeguarding: e.safeguarding === true,
    askedBy: e.asker,
    age: formatAge(now - Date.parse(e.createdAt)),
    takenBy: e.takenBy ?? null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

function table(rows: ReturnType<typeof row>[]): string {
  const header = ['REF', 'SCHOOL', 'STATE', 'URGENT', 'ASKED BY', 'AGE', 'TAKEN BY'];
  const cells = rows.map((r) => [r.ref, r.policyId, r.state, r.urgent ? 'yes' : 'no', who(r.askedBy), r.age, who(r.takenBy ?? undefined)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  return [header, ...cells].map((c) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** One escalation's audit trail, oldest first. Event details are states and kinds, never text. */
async function audit(ref: string, store: EscalationStore, json: boolean | undefined, io: CliIo): Promise<number> {
  const id = parseRef(ref);
  const e = id === undefined ? undefined : await store.getEscalation(id);
  if (!e) throw new NotFoundError(`There is no escalation "${ref}" in this database. \`policybot escalations\` lists them.`);
  const events = await store.listEvents(e.id);
  if (json) {
    io.stdout(`${JSON.stringify({ ...row(e, Date.now()), events }, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${e.ref}  ${e.policyId}  ${e.state}${e.urgent ? '  urgent' : ''}\n`);
  for (const ev of events) io.stdout(`  ${ev.at}  ${ev.type.padEnd(15)}  ${ev.actor ? who(ev.actor) : 'policybot'}${ev.detail ? `  ${clean(ev.detail)}` : ''}\n`);
  return 0;
}

export const escalationsCommand: Command = {
  name: 'escalations',
  summary: 'lists the escalations sent to SLT (--state, --policy, --json)',
  help,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          json: { type: 'boolean', default: false },
          state: { type: 'string' },
          policy: { type: 'string' },
          'data-dir': { type: 'string' },
          'requeue-failed': { type: 'boolean', default: false },
          audit: { type: 'string' },
          knowledge: { type: 'string' },
        },
        allowPositionals: false,
      }));
    } catch (err) {
      throw new UsageError(`${(err as Error).message}. See \`policybot escalations --help\`.`);
    }
    const state = values.state;
    if (state !== undefined && !(STATES as readonly string[]).includes(state)) {
      throw new UsageError(`--state "${state}" is not one of ${STATES.join(', ')}.`);
    }
    const dataDir = resolve(io.cwd, values['data-dir'] ?? io.env.DATA_DIR ?? 'data');
    const file = sqliteFileFor(dataDir);
    if (!existsSync(file)) {
      if (values.json) io.stdout('[]\n');
      else io.stdout(`No escalations yet: there is no database at ${file} (the server creates it on first run; --data-dir or DATA_DIR point elsewhere).\n`);
      return 0;
    }
    const store = openSqliteEscalationStore({ file });
    try {
      if (values['requeue-failed']) {
        const n = await store.requeueFailed(new Date().toISOString());
        io.stderr(`Requeued ${n} failed message${n === 1 ? '' : 's'}; the server delivers them on its next poll.\n`);
      }
      const failed = (await store.undeliveredOutbox()).filter((r) => r.failedAt);
      if (failed.length) {
        const refs = [...new Set(failed.map((r) => formatRef(r.escalationId)))].join(', ');
        io.stderr(`Warning: ${failed.length} message${failed.length === 1 ? '' : 's'} could not be delivered (${refs}); fix the cause, then run \`policybot escalations --requeue-failed\`.\n`);
      }
      if (values.audit !== undefined) return await audit(values.audit, store, values.json, io);
      const list = await store.listEscalations({
        ...(values.policy ? { policyId: values.policy } : {}),
        ...(state ? { state: state as EscalationState | 'active' } : {}),
      });
      const now = Date.now();
      const rows = list.map((e) => row(e, now));
      if (values.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      else if (rows.length === 0) io.stdout(`No escalations${state ? ` in state ${state}` : ''}${values.policy ? ` for ${values.policy}` : ''}.\n`);
      else io.stdout(table(rows));
      return 0;
    } finally {
      await store.close();
    }
  },
};
