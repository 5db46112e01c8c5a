/**
 * Typed messages: personal chat, or an @mention in a channel or group chat (the mention is
 * removed first). The command menu in the app manifest offers the same words.
 */
import { TurnContext } from 'botbuilder';
import { NotFoundError } from '../../src/errors.ts';
import type { Reply } from '../../src/dialog/reply.ts';
import { asAttachment, replyToCard } from './card/index.ts';
import { isPersonal, channelReferenceOf, teamOf } from './addresses.ts';
import { personOf, policyHere, SAY, type HandlerDeps } from './context.ts';
import { recordKeys } from './records.ts';

export type Command =
  | { kind: 'help' }
  | { kind: 'topics' }
  | { kind: 'clause'; number: string }
  | { kind: 'ask'; text: string }
  | { kind: 'slt-here' };

/** The text a person typed, without the bot's mention and the markup Teams wraps round it. */
export function typedText(activity: TurnContext['activity']): string {
  const stripped = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
  return stripped
    .replace(/<\/?at>/gi, '')
    .replace(/<[^>]{1,100}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseCommand(text: string): Command {
  const t = text.trim();
  const lower = t.toLowerCase();
  if (lower === '' || lower === 'help' || lower === '/help' || lower === 'hi' || lower === 'hello') return { kind: 'help' };
  if (lower === 'topics' || lower === '/topics') return { kind: 'topics' };
  if (lower === 'escalations here') return { kind: 'slt-here' };
  const clause = /^\/?clause\s+(\S{1,24})\s*$/i.exec(t);
  if (clause?.[1]) return { kind: 'clause', number: clause[1] };
  const ask = /^\/?ask\s+([\s\S]+)$/i.exec(t);
  return { kind: 'ask', text: (ask?.[1] ?? t).trim() };
}

export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity({ type: 'message', attachments: [asAttachment(replyToCard(reply))] });
}

export async function onTyped(deps: HandlerDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const command = parseCommand(typedText(activity));
  const policyId = policyHere(deps, activity);
  if (!policyId) {
    await context.sendActivity(SAY.unmapped);
    return;
  }
  deps.logger.info({ command: command.kind, policyId, personal: isPersonal(activity), ...(deps.logQuestions && command.kind === 'ask' ? { question: command.text } : {}) }, 'Teams message');
  switch (command.kind) {
    case 'help':
      return sendReply(context, deps.bot.help(policyId));
    case 'topics':
      return sendReply(context, deps.bot.topics(policyId));
    case 'clause':
      try {
        return await sendReply(context, deps.bot.clause(policyId, command.number));
      } catch (err) {
        if (!(err instanceof NotFoundError)) throw err;
        await context.sendActivity(`There is no clause ${command.number.slice(0, 24)} in this policy. Try "topics", or ask a question.`);
        return;
      }
    case 'ask':
      return sendReply(context, deps.bot.ask(policyId, command.text));
    case 'slt-here':
      return captureSltChannel(deps, context, policyId, true);
  }
}

/**
 * Remember this channel as the school's SLT channel, if the person is SLT. Called when the app is
 * installed in a team (only an SLT member's install counts, so a staff team cannot take the SLT's
 * place) and by "@policybot escalations here".
 */
export async function captureSltChannel(deps: HandlerDeps, context: TurnContext, policyId: string, asked: boolean): Promise<void> {
  const activity = context.activity;
  const person = personOf(activity);
  if (!teamOf(activity).teamId) {
    if (asked) await context.sendActivity('Escalations go to a channel of the SLT team: say this in that channel.');
    return;
  }
  if (!deps.directory.isSlt(policyId, person)) {
    if (asked) await context.sendActivity('Sorry, only the school\'s senior leadership team can choose where escalations are posted. Nothing has changed.');
    return;
  }
  const ref = channelReferenceOf(activity);
  await deps.records.setDeliveryRecord(recordKeys.sltChannel(policyId), JSON.stringify(ref));
  deps.logger.info({ policyId, conversationId: ref.conversation.id }, 'Teams SLT channel captured');
  await context.sendActivity('Escalations for this school will be posted in this channel. Only the senior leadership team can take, answer and close them.');
}
