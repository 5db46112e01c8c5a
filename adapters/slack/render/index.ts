/** Pure Block Kit rendering: replies, SLT messages, modals. No I/O here. */
export { escapeMrkdwn, mrkdwn, shorten } from './escape.ts';
export { BLOCK_LIMITS } from './limits.ts';
export { ACTION_IDS, replyToBlocks, type RenderContext, type SlackMessage } from './reply-blocks.ts';
export { askerAnswerMessage, referenceMessage, SLT_ACTIONS, sltMessage } from './escalation-blocks.ts';
export { answerModal, escalateModal, FIELDS, MODALS } from './modals.ts';
