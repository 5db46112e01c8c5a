/**
 * What every reply about a policy carries whatever produced it: the policy reference, the
 * review-overdue notice, whom escalations go to, and the Ask / Share buttons.
 */
import type { Policy } from '../policy/schema.ts';
import { encodeAction, MAX_PAYLOAD_CHARS, MAX_PAYLOAD_QUESTION_CHARS, type Action, type ChooseAction } from './actions.ts';
import type { Notice, PolicyRef, Reply, ReplyAction } from './reply.ts';

export type ReplyFrame = Pick<Reply, 'policy' | 'notices' | 'escalation' | 'safeguarding'>;

/** `today` is YYYY-MM-DD from the injected clock; a policy is overdue the day after its review date. */
export function policyRef(policy: Policy, today: string): PolicyRef {
  return { id: policy.id, name: policy.name, reviewDue: policy.review.due, overdue: today > policy.review.due };
}

export function reviewNotice(policy: Policy, today: string): Notice[] {
  if (today <= policy.review.due) return [];
  return [{
    kind: 'review-overdue',
    text: `This policy was due for review by ${policy.review.text} (${policy.review.due}) and may be out of date; check with the ${policy.roles.escalation.title} before relying on it.`,
  }];
}

export function defaultFrame(policy: Policy, today: string): ReplyFrame {
  return {
    policy: policyRef(policy, today),
    notices: reviewNotice(policy, today),
    escalation: { available: true, to: policy.roles.escalation.title },
    safeguarding: false,
  };
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export interface ActionInput {
  policyId: string;
  /** The question, with the tree's answers so far for a verdict. */
  question: string;
  clauses: string[];
  to: string;
  safeguarding?: boolean;
  /** "tree:leaf" of a verdict shown. */
  verdictTag?: string;
  /** For a verdict: the choice that reproduces it, so Share re-posts the verdict, not the first question. */
  replay?: ChooseAction;
}

/**
 * Encodes an action whose question is shortened (whole characters) until the payload fits,
 * however much JSON escaping the question needs (quotes and backslashes double in length).
 */
function fitted(make: (q: string) => Action, question: string): string {
  let chars = [...question];
  for (;;) {
    const json = JSON.stringify(make(chars.join('')));
    if (json.length <= MAX_PAYLOAD_CHARS || chars.length === 0) return encodeAction(make(chars.join('')));
    chars = chars.slice(0, Math.max(0, chars.length - Math.max(10, Math.ceil((json.length - MAX_PAYLOAD_CHARS) / 2))));
  }
}

export function replyActions(input: ActionInput): ReplyAction[] {
  const q = clip(input.question, MAX_PAYLOAD_QUESTION_CHARS);
  const escalate = fitted((q) => ({
    a: 'escalate',
    p: input.policyId,
    q,
    c: input.clauses.slice(0, 12),
    s: input.safeguarding ?? false,
    ...(input.verdictTag ? { t: clip(input.verdictTag, 64) } : {}),
  }), q);
  const share = fitted((q) => ({ a: 'share', p: input.policyId, q, ...(input.replay ? { r: input.replay } : {}) }), q);
  return [
    { type: 'escalate', label: `Ask the ${input.to}`, payload: escalate },
    { type: 'share', label: 'Share in channel', payload: share },
  ];
}
