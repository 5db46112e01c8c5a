/**
 * Cards about escalations: the one SLT see in their channel (updated in place as it is taken,
 * answered and closed), the answer the asker receives, and the receipt with the reference.
 */
import type { Escalation } from '../../../src/escalation/types.ts';
import { ESCALATION_LIMITS } from '../../../src/escalation/limits.ts';
import { encodeSltAction } from './card-data.ts';
import { escapeMarkdown } from './escape.ts';
import { card, text, type AdaptiveCard, type CardAction, type CardElement } from './types.ts';

const STATE: Record<Escalation['state'], string> = {
  open: 'Open: nobody has taken it yet',
  taken: 'Taken',
  answered: 'Answered',
  closed: 'Closed',
};

const who = (p: { displayName: string } | undefined): string => escapeMarkdown(p?.displayName ?? 'someone');

function sltActions(e: Escalation): CardAction[] {
  const data = (op: 'take' | 'answer' | 'close') => ({ policybot: encodeSltAction({ a: 'slt', op, r: e.ref }) });
  const take: CardAction = { type: 'Action.Submit', title: 'Take', data: data('take') };
  const reply: CardAction = {
    type: 'Action.ShowCard',
    title: 'Reply',
    card: {
      type: 'AdaptiveCard',
      body: [{
        type: 'Input.Text',
        id: 'answer',
        label: `Your reply to ${e.asker.displayName}`.slice(0, 120),
        isMultiline: true,
        isRequired: true,
        errorMessage: 'Write the reply first.',
        maxLength: ESCALATION_LIMITS.answerChars,
      }],
      actions: [{ type: 'Action.Submit', title: 'Send reply', style: 'positive', data: data('answer') }],
    },
  };
  const close: CardAction = { type: 'Action.Submit', title: 'Close', data: data('close') };
  switch (e.state) {
    case 'open':
      return [take, reply, close];
    case 'taken':
      return [reply, close];
    case 'answered':
      return [close];
    case 'closed':
      return [];
  }
}

/** The SLT channel's card for an escalation, as it stands now. */
export function sltCard(e: Escalation, policyName?: string): AdaptiveCard {
  const body: CardElement[] = [];
  if (e.safeguarding || e.urgent) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [text(e.safeguarding ? 'Urgent: safeguarding. Follow the school\'s safeguarding procedure first.' : 'Urgent', { weight: 'bolder' })],
    });
  }
  body.push(text(`${e.ref}: question from ${who(e.asker)}`, { weight: 'bolder', size: 'medium', style: 'heading' }));
  if (policyName) body.push(text(escapeMarkdown(policyName), { isSubtle: true, size: 'small', spacing: 'none' }));
  body.push(text(escapeMarkdown(e.question)));
  const facts: string[] = [];
  if (e.shownClauses.length) facts.push(`Clauses shown: ${escapeMarkdown(e.shownClauses.join(', '))}`);
  if (e.shownVerdict) facts.push(`Tree verdict shown: ${escapeMarkdown(e.shownVerdict)}`);
  for (const f of facts) body.push(text(f, { isSubtle: true, size: 'small', spacing: 'small' }));
  if (e.note) body.push(text(`Note: ${escapeMarkdown(e.note)}`, { spacing: 'small' }));
  body.push(text(`**${STATE[e.state]}**${e.takenBy ? ` (taken by ${who(e.takenBy)})` : ''}`, { separator: true }));
  if (e.answer) body.push(text(`Reply from ${who(e.answeredBy)}: ${escapeMarkdown(e.answer)}`, { spacing: 'small' }));
  if (e.closedBy) body.push(text(`Closed by ${who(e.closedBy)}`, { isSubtle: true, spacing: 'small' }));
  return card(body, sltActions(e), `${e.ref}: ${STATE[e.state]}`);
}

/** What the asker gets in their personal chat when SLT reply. */
export function askerAnswerCard(e: Escalation): AdaptiveCard {
  return card(
    [
      text(`Reply to your question ${e.ref}`, { weight: 'bolder', style: 'heading' }),
      text(`You asked: ${escapeMarkdown(e.question)}`, { isSubtle: true, size: 'small' }),
      text(`${who(e.answeredBy)} replied:`, { separator: true }),
      text(escapeMarkdown(e.answer ?? '')),
    ],
    [],
    `Reply to your question ${e.ref}`,
  );
}

/** The receipt, sent at once: the reference and what happens next. */
export function receiptCard(e: Escalation, to: string): AdaptiveCard {
  const lines: CardElement[] = [
    text(`Sent to the ${escapeMarkdown(to)}: ${e.ref}`, { weight: 'bolder' }),
    text(`Quote ${e.ref} if you follow it up. The reply will arrive in your chat with policybot.`, { spacing: 'small' }),
  ];
  if (e.safeguarding) {
    lines.unshift({ type: 'Container', style: 'attention', items: [text('If a child may be at risk, do not wait for this reply: follow the safeguarding route above now.', { weight: 'bolder' })] });
  }
  return card(lines, [], `Sent to the ${to}: ${e.ref}`);
}
