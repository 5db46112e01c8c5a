/**
 * The state machine: open → taken → answered → closed (answer straight from open, close from
 * anywhere but closed). Each transition says which states it starts from, what it sets, the
 * audit event it records and what it queues, or why it cannot happen.
 */
import type { EscalationEventType, EscalationState, OutboxKind, Person, Escalation } from './types.ts';

export interface Plan {
  set: { state: EscalationState; takenBy?: Person; answeredBy?: Person; closedBy?: Person };
  event: EscalationEventType;
  outbox: OutboxKind[];
}

export interface Transition {
  verb: 'take' | 'answer' | 'close';
  from: readonly EscalationState[];
  /** A plan; 'unchanged' when the request is already satisfied; or the reason it cannot happen. */
  plan(e: Escalation, actor: Person): Plan | 'unchanged' | string;
}

const samePerson = (a: Person | undefined, b: Person): boolean => !!a && a.platform === b.platform && a.userId === b.userId;

export function describeState(e: Escalation): string {
  switch (e.state) {
    case 'open':
      return 'is open';
    case 'taken':
      return `has been taken by ${e.takenBy?.displayName ?? 'someone'}`;
    case 'answered':
      return `has already been answered${e.answeredBy ? ` by ${e.answeredBy.displayName}` : ''}`;
    case 'closed':
      return 'is closed';
  }
}

export const transitions: Record<Transition['verb'], Transition> = {
  take: {
    verb: 'take',
    from: ['open'],
    plan(e, actor) {
      // A second click on "Take" (or a platform retry) by the same person is not an error.
      if (e.state === 'taken' && samePerson(e.takenBy, actor)) return 'unchanged';
      if (e.state !== 'open') return `${e.ref} ${describeState(e)}, so it cannot be taken. Nothing has been changed.`;
      return { set: { state: 'taken', takenBy: actor }, event: 'taken', outbox: ['slt-update'] };
    },
  },
  answer: {
    verb: 'answer',
    from: ['open', 'taken'],
    plan(e, actor) {
      if (e.state === 'answered' || e.state === 'closed') {
        return `${e.ref} ${describeState(e)}, so it cannot be answered again. Nothing has been changed; reply to the member of staff directly if there is more to say.`;
      }
      // Answering an open one takes it too, so "taken by" always names who handled it.
      const takenBy = e.state === 'open' ? actor : undefined;
      return {
        set: { state: 'answered', answeredBy: actor, ...(takenBy ? { takenBy } : {}) },
        event: 'answered',
        outbox: ['asker-answer', 'slt-update'],
      };
    },
  },
  close: {
    verb: 'close',
    from: ['open', 'taken', 'answered'],
    plan(e, actor) {
      if (e.state === 'closed') return `${e.ref} is already closed. Nothing has been changed.`;
      return { set: { state: 'closed', closedBy: actor }, event: 'closed', outbox: ['slt-update'] };
    },
  },
};
