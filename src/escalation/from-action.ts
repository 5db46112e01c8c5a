/**
 * An "Ask the headteacher" button, parsed at the edge, becomes a NewEscalation the same way on
 * every platform: only who asked, where to reach them, and the (possibly edited) question differ.
 */
import type { EscalateAction } from '../dialog/actions.ts';
import type { AskerAddress, NewEscalation, Person } from './types.ts';

export function newEscalationFrom(
  action: EscalateAction,
  from: { asker: Person; askerAddress: AskerAddress; question?: string; note?: string },
): NewEscalation {
  return {
    policyId: action.p,
    asker: from.asker,
    askerAddress: from.askerAddress,
    question: from.question ?? action.q,
    shownClauses: action.c,
    ...(action.t ? { shownVerdict: action.t } : {}),
    ...(from.note ? { note: from.note } : {}),
    // A safeguarding reply's escalation is always urgent.
    urgent: action.s,
    safeguarding: action.s,
  };
}
