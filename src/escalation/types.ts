/**
 * Escalations: a question sent to the school's senior leadership team. These types are the
 * port between the core and the adapters; the store and outbox implement them.
 */

export type Platform = 'slack' | 'teams' | 'web' | 'cli';

export interface Person {
  platform: Platform;
  /** Platform user id: Slack "U123", Teams AAD object id, playground session id. */
  userId: string;
  displayName: string;
}

/** Where to reach the asker again (a DM channel, a Teams conversation reference as JSON…). */
export interface AskerAddress {
  platform: Platform;
  /** Opaque to the core; the platform's notifier knows what it means. */
  address: string;
}

export type EscalationState = 'open' | 'taken' | 'answered' | 'closed';

export interface Escalation {
  id: number;
  /** "ESC-0042": what the asker and SLT quote. */
  ref: string;
  policyId: string;
  asker: Person;
  askerAddress?: AskerAddress;
  question: string;
  /** Clause numbers the bot showed. */
  shownClauses: string[];
  /** Tree verdict shown, if any. */
  shownVerdict?: string;
  note?: string;
  urgent: boolean;
  /** Raised from a safeguarding reply: always urgent. */
  safeguarding?: boolean;
  state: EscalationState;
  takenBy?: Person;
  answer?: string;
  answeredBy?: Person;
  closedBy?: Person;
  /** ISO-8601 UTC timestamps ("2026-11-22T02:14:00.000Z"). */
  createdAt: string;
  updatedAt: string;
}

export type EscalationEventType = 'created' | 'taken' | 'answered' | 'closed' | 'delivered' | 'delivery-failed';

export interface EscalationEvent {
  /** Row id, increasing: the order things happened in (set by the store). */
  id?: number;
  escalationId: number;
  type: EscalationEventType;
  actor: Person | null;
  detail?: string;
  at: string;
}

/** What the asker's side supplies; the store adds id, ref, state and times. */
export type NewEscalation = Pick<
  Escalation,
  'policyId' | 'asker' | 'askerAddress' | 'question' | 'shownClauses' | 'shownVerdict' | 'note' | 'urgent' | 'safeguarding'
>;

export type OutboxKind = 'slt-new' | 'slt-update' | 'asker-answer';

/** What a notifier is asked to deliver. Each has an idempotency key that never changes. */
export type OutboxMessage =
  | { kind: 'slt-new'; escalationId: number }
  | { kind: 'slt-update'; escalationId: number }
  | { kind: 'asker-answer'; escalationId: number };

export interface DeliveryContext {
  /** Stable for this message across retries and restarts: use it to make the send idempotent. */
  idempotencyKey: string;
  /** The escalation as it is now (an 'slt-update' renders the current state). */
  escalation: Escalation;
  /** 1 on the first try (the outbox worker always sets it). */
  attempt?: number;
}

/** One queued message, as the outbox stores it. */
export interface OutboxRow {
  id: number;
  kind: OutboxKind;
  escalationId: number;
  /** "ESC-0042/slt-new/17" (ref, kind, id of the event that caused it): unique, never reused. */
  idempotencyKey: string;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  deliveredAt?: string;
  /** Set when the worker gave up: the row stays, visible in the backlog, until retried. */
  failedAt?: string;
  lastError?: string;
}

/** Thrown by a notifier for a failure worth retrying; retryAfterMs honours Retry-After. */
export class RetryableDeliveryError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'RetryableDeliveryError';
  }
}

/**
 * The port each platform implements. A send must be idempotent on `idempotencyKey`: the outbox
 * may call again after a crash between sending and recording, and SLT must see it once.
 */
export interface Notifier {
  readonly platform: Platform;
  deliver(message: OutboxMessage, ctx: DeliveryContext): Promise<void>;
}
