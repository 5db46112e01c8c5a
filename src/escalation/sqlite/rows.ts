/** Row ⇄ object mapping for the SQLite store. People are JSON text; booleans are 0/1. */
import { formatRef } from '../ref.ts';
import type { Escalation, EscalationEvent, EscalationEventType, EscalationState, OutboxKind, OutboxRow, Person, Platform } from '../types.ts';

export interface EscalationRow {
  id: number;
  policy_id: string;
  asker_platform: string;
  asker_user_id: string;
  asker_name: string;
  asker_address_platform: string | null;
  asker_address: string | null;
  question: string;
  shown_clauses: string;
  shown_verdict: string | null;
  note: string | null;
  urgent: number;
  safeguarding: number;
  state: string;
  taken_by: string | null;
  answer: string | null;
  answered_by: string | null;
  closed_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventRow {
  id: number;
  escalation_id: number;
  type: string;
  actor: string | null;
  detail: string | null;
  at: string;
}

export interface OutboxDbRow {
  id: number;
  kind: string;
  escalation_id: number;
  idempotency_key: string;
  attempts: number;
  created_at: string;
  next_attempt_at: string;
  delivered_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

export function personJson(p: Person | null | undefined): string | null {
  return p ? JSON.stringify({ platform: p.platform, userId: p.userId, displayName: p.displayName }) : null;
}

function person(json: string | null): Person | undefined {
  return json ? (JSON.parse(json) as Person) : undefined;
}

/** Leaves optional fields out rather than setting them to undefined, so objects compare cleanly. */
function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export function toEscalation(r: EscalationRow): Escalation {
  return defined({
    id: r.id,
    ref: formatRef(r.id),
    policyId: r.policy_id,
    asker: { platform: r.asker_platform as Platform, userId: r.asker_user_id, displayName: r.asker_name },
    askerAddress:
      r.asker_address !== null ? { platform: (r.asker_address_platform ?? r.asker_platform) as Platform, address: r.asker_address } : undefined,
    question: r.question,
    shownClauses: JSON.parse(r.shown_clauses) as string[],
    shownVerdict: r.shown_verdict ?? undefined,
    note: r.note ?? undefined,
    urgent: r.urgent === 1,
    safeguarding: r.safeguarding === 1,
    state: r.state as EscalationState,
    takenBy: person(r.taken_by),
    answer: r.answer ?? undefined,
    answeredBy: person(r.answered_by),
    closedBy: person(r.closed_by),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

export function toEvent(r: EventRow): EscalationEvent {
  return defined({
    id: r.id,
    escalationId: r.escalation_id,
    type: r.type as EscalationEventType,
    actor: person(r.actor) ?? null,
    detail: r.detail ?? undefined,
    at: r.at,
  });
}

export function toOutboxRow(r: OutboxDbRow): OutboxRow {
  return defined({
    id: r.id,
    kind: r.kind as OutboxKind,
    escalationId: r.escalation_id,
    idempotencyKey: r.idempotency_key,
    attempts: r.attempts,
    createdAt: r.created_at,
    nextAttemptAt: r.next_attempt_at,
    deliveredAt: r.delivered_at ?? undefined,
    failedAt: r.failed_at ?? undefined,
    lastError: r.last_error ?? undefined,
  });
}
