/**
 * The two modals: Ask the <role> (question prefilled, an optional note) and SLT's Reply.
 * private_metadata carries what the submit handler needs, so nothing is kept server-side.
 */
import type { types } from '@slack/bolt';
import { shorten } from './escape.ts';
import { BLOCK_LIMITS as L } from './limits.ts';

export const MODALS = Object.freeze({ escalate: 'escalate_modal', answer: 'slt_answer_modal' });
export const FIELDS = Object.freeze({
  question: { block: 'question', action: 'question_input' },
  note: { block: 'note', action: 'note_input' },
  answer: { block: 'answer', action: 'answer_input' },
});

export const MAX_QUESTION_CHARS = 2000;
export const MAX_NOTE_CHARS = 1000;
export const MAX_ANSWER_CHARS = 2900;

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: shorten(text, max), emoji: true });

export function escalateModal(input: { to: string; question: string; metadata: string; urgent: boolean }): types.ModalView {
  const blocks: types.KnownBlock[] = [];
  if (input.urgent) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: ':rotating_light: This will be marked *urgent* (safeguarding). If a child is at risk now, follow the safeguarding procedure without waiting.' } });
  }
  blocks.push(
    {
      type: 'input',
      block_id: FIELDS.question.block,
      label: plain('Your question', 2000),
      element: {
        type: 'plain_text_input',
        action_id: FIELDS.question.action,
        multiline: true,
        max_length: MAX_QUESTION_CHARS,
        initial_value: shorten(input.question, MAX_QUESTION_CHARS),
      },
    },
    {
      type: 'input',
      block_id: FIELDS.note.block,
      optional: true,
      label: plain('A note for them (optional)', 2000),
      element: { type: 'plain_text_input', action_id: FIELDS.note.action, multiline: true, max_length: MAX_NOTE_CHARS },
    },
  );
  return {
    type: 'modal',
    callback_id: MODALS.escalate,
    title: plain(`Ask the ${input.to}`, L.modalTitle),
    submit: plain('Send', L.modalSubmit),
    close: plain('Cancel', L.modalSubmit),
    private_metadata: input.metadata,
    blocks,
  };
}

export function answerModal(input: { ref: string; question: string; metadata: string }): types.ModalView {
  return {
    type: 'modal',
    callback_id: MODALS.answer,
    title: plain(`Reply to ${input.ref}`, L.modalTitle),
    submit: plain('Send reply', L.modalSubmit),
    close: plain('Cancel', L.modalSubmit),
    private_metadata: input.metadata,
    blocks: [
      { type: 'section', text: { type: 'plain_text', text: shorten(input.question, L.sectionText) } },
      {
        type: 'input',
        block_id: FIELDS.answer.block,
        label: plain('Your reply (sent to the asker by direct message)', 2000),
        element: { type: 'plain_text_input', action_id: FIELDS.answer.action, multiline: true, max_length: MAX_ANSWER_CHARS },
      },
    ],
  };
}
