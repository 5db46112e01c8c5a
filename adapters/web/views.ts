/** What the playground's JSON API says about an escalation: what the page shows, nothing more. */
import type { Escalation } from '../../src/escalation/types.ts';
import type { DeliveredAnswer } from './notifier.ts';

export interface EscalationView {
  ref: string;
  policyId: string;
  question: string;
  note?: string;
  shownClauses: string[];
  shownVerdict?: string;
  urgent: boolean;
  safeguarding: boolean;
  state: Escalation['state'];
  askedBy: string;
  takenBy?: string;
  answer?: string;
  answeredBy?: string;
  createdAt: string;
  updatedAt: string;
}

export function escalationView(e: Escalation): EscalationView {
  return {
    ref: e.ref,
    policyId: e.policyId,
    question: e.question,
    ...(e.note ? { note: e.note } : {}),
    shownClauses: e.shownClauses,
    ...(e.shownVerdict ? { shownVerdict: e.shownVerdict } : {}),
    urgent: e.urgent,
    safeguarding: e.safeguarding === true,
    state: e.state,
    askedBy: e.asker.displayName,
    ...(e.takenBy ? { takenBy: e.takenBy.displayName } : {}),
    ...(e.answer !== undefined ? { answer: e.answer } : {}),
    ...(e.answeredBy ? { answeredBy: e.answeredBy.displayName } : {}),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

/** The asker's side: the answer appears only once the outbox has delivered it. */
export interface InboxItem {
  ref: string;
  policyId: string;
  question: string;
  state: Escalation['state'];
  createdAt: string;
  answer?: { text: string; by: string; at: string };
}

export function inboxItem(e: Escalation, delivered: DeliveredAnswer | undefined): InboxItem {
  return {
    ref: e.ref,
    policyId: e.policyId,
    question: e.question,
    state: e.state,
    createdAt: e.createdAt,
    ...(delivered ? { answer: { text: delivered.text, by: delivered.by, at: delivered.at } } : {}),
  };
}
