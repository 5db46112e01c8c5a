/**
 * What SLT see in their channel for one escalation, and what the asker receives. Pure: the
 * notifier posts it and later replaces it (chat.update) as the state changes.
 */
import type { types } from '@slack/bolt';
import type { Escalation, Person } from '../../../src/escalation/types.ts';
import { escapeMrkdwn, mrkdwn } from './escape.ts';
import { BLOCK_LIMITS as L } from './limits.ts';
import { button, context, section, type SlackMessage } from './reply-blocks.ts';

type Button = types.Button;

export const SLT_ACTIONS = Object.freeze({ take: 'slt_take', reply: 'slt_reply', close: 'slt_close' });

const who = (p: Person | undefined): string => (p ? `*${mrkdwn(p.displayName || p.userId, 80)}*` : 'someone');

function stateLine(e: Escalation): string {
  switch (e.state) {
    case 'open':
      return ':large_yellow_circle: *Open*: nobody has taken it yet.';
    case 'taken':
      return `:large_blue_circle: *Taken* by ${who(e.takenBy)}.`;
    case 'answered':
      return `:large_green_circle: *Answered* by ${who(e.answeredBy ?? e.takenBy)}.`;
    case 'closed':
      return `:white_circle: *Closed* by ${who(e.closedBy)}.`;
    default: {
      const never: never = e.state;
      return String(never);
    }
  }
}

export function sltMessage(e: Escalation, policyName: string): SlackMessage {
  const urgent = e.urgent || e.safeguarding === true;
  const blocks: types.KnownBlock[] = [];
  if (urgent) {
    blocks.push(section(e.safeguarding
      ? ':rotating_light: *URGENT: safeguarding.* Follow the school\'s safeguarding procedure.'
      : ':rotating_light: *URGENT*'));
  }
  blocks.push(section(`*${e.ref}*: ${who(e.asker)} asks (${mrkdwn(policyName, 120)} policy)`));
  blocks.push(section(`>${escapeMrkdwn(e.question).split('\n').join('\n>')}`));
  if (e.note) blocks.push(section(`*Note:* ${escapeMrkdwn(e.note)}`));
  const shown = e.shownClauses.length ? `Clauses the bot showed: ${mrkdwn(e.shownClauses.join(', '), 500)}` : 'The bot showed no clause.';
  blocks.push(context(e.shownVerdict ? `${shown} · verdict shown: ${mrkdwn(e.shownVerdict, 80)}` : shown));
  blocks.push(section(stateLine(e)));
  if (e.answer) blocks.push(section(`*Reply sent to the asker:*\n${escapeMrkdwn(e.answer)}`));

  const buttons: Button[] = [];
  const add = (b: Button | undefined) => b && buttons.push(b);
  if (e.state === 'open') add(button(SLT_ACTIONS.take, 'Take', e.ref, 'primary'));
  if (e.state === 'open' || e.state === 'taken') add(button(SLT_ACTIONS.reply, 'Reply', e.ref));
  if (e.state !== 'closed') add(button(SLT_ACTIONS.close, 'Close', e.ref));
  if (buttons.length) blocks.push({ type: 'actions', block_id: `slt_${e.ref}`, elements: buttons });
  blocks.push(context(`Raised ${e.createdAt.slice(0, 16).replace('T', ' ')} UTC · last change ${e.updatedAt.slice(0, 16).replace('T', ' ')} UTC`));

  const text = `${urgent ? 'URGENT ' : ''}${e.ref}: a question for SLT (${e.state})`;
  return { text, blocks: blocks.slice(0, L.blocksPerMessage) };
}

export function askerAnswerMessage(e: Escalation): SlackMessage {
  return {
    text: `${e.ref}: SLT replied to your question`,
    blocks: [
      section(`:envelope_with_arrow: *${e.ref}*: ${who(e.answeredBy)} replied to your question.`),
      context(`You asked: ${mrkdwn(e.question, 1500)}`),
      section(escapeMrkdwn(e.answer ?? '')),
    ],
  };
}

export function referenceMessage(e: Escalation, to: string): SlackMessage {
  const urgent = e.urgent || e.safeguarding === true;
  return {
    text: `Sent to the ${to}: your reference is ${e.ref}`,
    blocks: [
      section(`:outbox_tray: Your question has gone to the ${mrkdwn(to, 80)}. Your reference is *${e.ref}*.` +
        (urgent ? '\nIt is marked *urgent*. If a child is at risk now, do not wait: follow the safeguarding procedure.' : '') +
        '\nThe reply will come to you here in a direct message.'),
    ],
  };
}
