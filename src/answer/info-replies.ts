/**
 * Replies that are not answers to a question: one clause on request, and help.
 */
import { citeClause } from '../dialog/citation.ts';
import { defaultFrame, replyActions } from '../dialog/reply-frame.ts';
import type { Reply } from '../dialog/reply.ts';
import type { Clause, Policy } from '../policy/schema.ts';

/** Questions staff really ask, to show what kind of thing the bot answers. */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'Can I post photos from the school trip on my Instagram?',
  'A Year 9 pupil sent me a friend request on Snapchat',
  'A parent wants to add me on Facebook',
  'Could I get sacked for a tweet?',
  'A journalist rang me about the school',
  'Can I write a LinkedIn reference for a former colleague?',
];

export function clauseReply(policy: Policy, clauses: readonly Clause[], today: string): Reply {
  const citations = clauses.map((c) => citeClause(c, 1));
  const numbers = citations.map((c) => c.clause);
  const label = numbers.length === 1 ? `Clause ${numbers[0]}` : `Clauses ${numbers.join(', ')}`;
  return {
    ...defaultFrame(policy, today),
    kind: 'info',
    text: `${label} of ${policy.name}'s ${policy.title}, in the policy's own words.`,
    citations,
    choices: [],
    actions: replyActions({ policyId: policy.id, question: `${label}`, clauses: numbers, to: policy.roles.escalation.title }),
  };
}

export function helpReply(policy: Policy, today: string): Reply {
  const text = [
    `I answer questions about ${policy.name}'s ${policy.title}, quoting its clauses with their numbers.`,
    `Ask in your own words, for example:`,
    ...EXAMPLE_QUESTIONS.map((q) => `• ${q}`),
    `If the policy does not cover something I say so, and you can send the question to the ${policy.roles.escalation.title}.`,
    `If you are worried that a child may be at risk, tell the ${policy.roles.safeguarding.title} straight away.`,
  ].join('\n');
  return { ...defaultFrame(policy, today), kind: 'info', text, citations: [], choices: [], actions: [] };
}

export function noTopicsReply(policy: Policy, today: string): Reply {
  return {
    ...defaultFrame(policy, today),
    kind: 'info',
    text: `Topics are not available for ${policy.name} yet. Ask your question in your own words instead.`,
    citations: [],
    choices: [],
    actions: [],
  };
}
