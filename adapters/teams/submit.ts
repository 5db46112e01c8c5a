/**
 * Button presses on our cards (Action.Submit arrives as a message with `value`; Action.Execute
 * as an adaptiveCard/action invoke with the same data). The data is parsed at this edge; the
 * answer is either a card that replaces the pressed one (a tree moving on, SLT's card changing
 * state) or messages of its own (the escalation receipt).
 */
import type { TurnContext } from 'botbuilder';
import { ForbiddenError } from '../../src/errors.ts';
import type { Action, EscalateAction } from '../../src/dialog/actions.ts';
import { EscalationStateError } from '../../src/escalation/errors.ts';
import { newEscalationFrom } from '../../src/escalation/from-action.ts';
import { askerAddressOf } from './addresses.ts';
import { asAttachment, parseSubmitted, receiptCard, replyToCard, sltCard, type AdaptiveCard } from './card/index.ts';
import type { SltAction } from './card/card-data.ts';
import { personOf, policyHere, SAY, type HandlerDeps } from './context.ts';

export type SubmitOutcome = { replace?: AdaptiveCard };

export async function onSubmit(deps: HandlerDeps, context: TurnContext, value: unknown): Promise<SubmitOutcome> {
  const parsed = parseSubmitted(value);
  if (!parsed.ok) {
    // The reason names the field, never what was typed.
    deps.logger.warn({ reason: parsed.reason.slice(0, 300) }, 'Teams card data refused');
    await context.sendActivity(SAY.damaged);
    return {};
  }
  if (parsed.kind === 'slt') return onSlt(deps, context, parsed.action, parsed.answer);
  return onPolicyAction(deps, context, parsed.action, parsed.payload, parsed.note);
}

async function onPolicyAction(deps: HandlerDeps, context: TurnContext, action: Action, payload: string, note?: string): Promise<SubmitOutcome> {
  // A button only works in a conversation of its own school (a pasted or forged payload cannot
  // reach another school's SLT).
  const here = policyHere(deps, context.activity);
  const known = deps.bot.policies().some((p) => p.id === action.p);
  if ((here && here !== action.p) || (!here && !known)) {
    await context.sendActivity(SAY.otherSchool);
    return {};
  }
  switch (action.a) {
    case 'choose':
    case 'tree':
      return { replace: replyToCard(deps.bot.choose(payload)) };
    case 'share': {
      const reply = action.r ? deps.bot.choose(JSON.stringify(action.r)) : deps.bot.ask(action.p, action.q);
      await context.sendActivity({ type: 'message', attachments: [asAttachment(replyToCard(reply))] });
      return {};
    }
    case 'escalate':
      await escalate(deps, context, action, note);
      return {};
  }
}

async function escalate(deps: HandlerDeps, context: TurnContext, action: EscalateAction, note?: string): Promise<void> {
  const activity = context.activity;
  const escalation = await deps.escalations.create(
    newEscalationFrom(action, {
      asker: personOf(activity),
      askerAddress: { platform: 'teams', address: JSON.stringify(askerAddressOf(activity)) },
      ...(note ? { note } : {}),
    }),
  );
  deps.logger.info({ ref: escalation.ref, policyId: action.p, urgent: escalation.urgent }, 'Teams escalation created');
  deps.kickOutbox?.();
  const to = deps.bot.policies().length ? roleFor(deps, action.p) : 'senior leadership team';
  await context.sendActivity({ type: 'message', attachments: [asAttachment(receiptCard(escalation, to))] });
}

/** "Headteacher", as the policy names the role (help's reply carries it). */
function roleFor(deps: HandlerDeps, policyId: string): string {
  try {
    return deps.bot.help(policyId).escalation.to;
  } catch {
    return 'senior leadership team';
  }
}

async function onSlt(deps: HandlerDeps, context: TurnContext, action: SltAction, answer?: string): Promise<SubmitOutcome> {
  const actor = personOf(context.activity);
  const current = await deps.escalations.get(action.r);
  if (!current) {
    await context.sendActivity(SAY.noSuchEscalation(action.r));
    return {};
  }
  if (!deps.directory.isSlt(current.policyId, actor)) {
    deps.logger.warn({ ref: action.r, op: action.op }, 'Teams escalation action refused: not SLT');
    await context.sendActivity(SAY.notSlt(action.r));
    return {};
  }
  if (action.op === 'answer' && !answer) {
    await context.sendActivity(SAY.needAnswer);
    return {};
  }
  try {
    const updated =
      action.op === 'take'
        ? await deps.escalations.take(action.r, actor)
        : action.op === 'close'
          ? await deps.escalations.close(action.r, actor)
          : await deps.escalations.answer(action.r, actor, answer ?? '');
    deps.logger.info({ ref: updated.ref, op: action.op, state: updated.state }, 'Teams escalation action');
    deps.kickOutbox?.();
    const name = deps.bot.policies().find((p) => p.id === updated.policyId)?.name;
    return { replace: sltCard(updated, name) };
  } catch (err) {
    if (err instanceof ForbiddenError) {
      await context.sendActivity(SAY.notSlt(action.r));
      return {};
    }
    if (err instanceof EscalationStateError) {
      await context.sendActivity(`${action.r}: ${err.message}`);
      return {};
    }
    throw err;
  }
}
