/**
 * The storage port. SQLite implements it now (sqlite/), Postgres later: every method that
 * changes more than one row is one transaction, so an escalation, its audit event and its
 * outbox messages are committed together or not at all.
 */
import type { EscalationFilter } from '../core/ports.ts';
import type {
  Escalation,
  EscalationEvent,
  EscalationEventType,
  EscalationState,
  NewEscalation,
  OutboxKind,
  OutboxRow,
  Person,
} from './types.ts';

export interface EventInput {
  type: EscalationEventType;
  actor: Person | null;
  detail?: string;
  at: string;
}

/** A state change, applied only if the escalation is still in one of `fromStates`. */
export interface EscalationChange {
  fromStates: readonly EscalationState[];
  set: {
    state: EscalationState;
    takenBy?: Person;
    answer?: string;
    answeredBy?: Person;
    closedBy?: Person;
  };
  event: EventInput;
  /** Messages to queue in the same transaction; each key is "REF/kind/eventId". */
  outbox: readonly OutboxKind[];
}

export interface PurgeResult {
  escalations: number;
  events: number;
  outbox: number;
  deliveryRecords: number;
}

export interface EscalationStore {
  /** Inserts the escalation, its 'created' event and its outbox rows in one transaction. */
  createEscalation(input: NewEscalation & { urgent: boolean; safeguarding: boolean }, at: string, outbox: readonly OutboxKind[]): Promise<Escalation>;
  /** Compare-and-set: undefined (and nothing written) when the state is no longer one of `fromStates`. */
  updateEscalation(id: number, change: EscalationChange): Promise<Escalation | undefined>;
  getEscalation(id: number): Promise<Escalation | undefined>;
  /** Newest first. */
  listEscalations(filter?: EscalationFilter): Promise<Escalation[]>;
  /** Oldest first: the audit trail. */
  listEvents(escalationId: number): Promise<EscalationEvent[]>;

  /** Undelivered, not failed, due at or before `now`; oldest due first. */
  dueOutbox(now: string, limit: number): Promise<OutboxRow[]>;
  /** Every row not yet delivered (pending, retrying, failed). */
  undeliveredOutbox(): Promise<OutboxRow[]>;
  outboxFor(escalationId: number): Promise<OutboxRow[]>;
  /** Marks the row delivered and records a 'delivered' event, in one transaction. */
  markDelivered(id: number, at: string, attempts: number): Promise<void>;
  scheduleRetry(id: number, retry: { attempts: number; nextAttemptAt: string; lastError: string }): Promise<void>;
  /** Gives up on the row (it stays, visible in the backlog) and records 'delivery-failed'. */
  markFailed(id: number, failure: { attempts: number; at: string; lastError: string }): Promise<void>;
  /** Puts failed rows back in the queue (all of them, or one by id); returns how many. */
  requeueFailed(now: string, id?: number): Promise<number>;

  /**
   * A small key-value memory for the platform notifiers: "the SLT message for ESC-0042 is ts
   * 1234.5678 in channel C1", a Teams conversation reference. Keys are namespaced by the caller
   * ("slack:slt-message:ESC-0042"). Give `escalationId` when the record belongs to one escalation:
   * retention then deletes it with the escalation.
   */
  setDeliveryRecord(key: string, value: string, options?: { escalationId?: number; at?: string }): Promise<void>;
  getDeliveryRecord(key: string): Promise<string | undefined>;
  deleteDeliveryRecord(key: string): Promise<void>;

  /**
   * Retention: deletes answered and closed escalations last changed before `cutoff`, with their
   * events, outbox rows and delivery records; and delivered outbox rows older than `cutoff`.
   * Never an open or taken escalation, nor one with an undelivered outbox row.
   */
  purgeOlderThan(cutoff: string): Promise<PurgeResult>;
  close(): Promise<void>;
}
