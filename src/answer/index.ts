/**
 * Answers: a staff question in, the Reply out — clauses ranked best first or a plain
 * no-match, safeguarding first — and the info replies (one clause, help).
 */
export { answerQuestion, citationsFor, routeCitations, isAnswer, payloadQuestion, type Answered } from './build-reply.ts';
export { checkSafeguarding, safeguardingBanner, type SafeguardingCheck } from './safeguarding.ts';
export { DEFAULT_ANSWER_SETTINGS, type AnswerSettings } from './settings.ts';
export { clauseReply, helpReply, noTopicsReply, EXAMPLE_QUESTIONS } from './info-replies.ts';
