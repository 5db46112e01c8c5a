/**
 * Length limits on what people type. 3,000 characters is Slack's limit for one section of a
 * message, so whatever is accepted here can be shown to SLT and to the asker whole.
 */
export const ESCALATION_LIMITS = Object.freeze({
  questionChars: 3000,
  noteChars: 3000,
  answerChars: 3000,
});
