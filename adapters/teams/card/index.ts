/** Adaptive Cards (1.5) for Teams: pure renderers from the Reply model and escalations, and the card data parser. */
export { replyToCard, escalateAction, cardBytes, MAX_CARD_BYTES } from './reply-card.ts';
export { sltCard, askerAnswerCard, receiptCard } from './escalation-cards.ts';
export { parseSubmitted, encodeSltAction, CardData, SltAction, type Submitted } from './card-data.ts';
export { escapeMarkdown, plainLine } from './escape.ts';
export { asAttachment, card, text, CARD_SCHEMA, type AdaptiveCard, type CardAttachment } from './types.ts';
