/**
 * The Teams activity handler: messages (typed, or a button's data in `value`), Universal Action
 * invokes (adaptiveCard/action), and installation (conversationUpdate with the bot in membersAdded).
 * Button presses replace the pressed card in place with updateActivity, which Teams allows for
 * the bot's own messages; where it cannot (no replyToId, an old client), a new card is sent.
 */
import { TeamsActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type TurnContext } from 'botbuilder';
import { asAttachment, replyToCard } from './card/index.ts';
import { isPersonal, teamOf } from './addresses.ts';
import { captureSltChannel, onTyped } from './commands.ts';
import { policyHere, type HandlerDeps } from './context.ts';
import { onSubmit } from './submit.ts';

export class PolicybotTeamsHandler extends TeamsActivityHandler {
  constructor(private readonly deps: HandlerDeps) {
    super();
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    const { value } = context.activity;
    if (value === undefined || value === null) {
      await onTyped(this.deps, context);
      return;
    }
    const outcome = await onSubmit(this.deps, context, value);
    if (!outcome.replace) return;
    const attachments = [asAttachment(outcome.replace)];
    const replyToId = context.activity.replyToId;
    if (replyToId) {
      try {
        await context.updateActivity({ type: 'message', id: replyToId, attachments });
        return;
      } catch (err) {
        this.deps.logger.warn({ error: String((err as Error).message ?? err).slice(0, 200) }, 'Teams card update failed; sending a new card');
      }
    }
    await context.sendActivity({ type: 'message', attachments });
  }

  /** Action.Execute: the new card goes back in the invoke response, and Teams swaps it in. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const outcome = await onSubmit(this.deps, context, invokeValue?.action?.data);
    if (outcome.replace) return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: outcome.replace as unknown as Record<string, unknown> };
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Done' as unknown as Record<string, unknown> };
  }

  protected override async onConversationUpdateActivity(context: TurnContext): Promise<void> {
    const a = context.activity;
    const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient?.id);
    if (botAdded) await this.installed(context);
  }

  // installationUpdate is left to the base class: Teams sends conversationUpdate (bot in
  // membersAdded) for the same install, and one welcome is enough.

  private async installed(context: TurnContext): Promise<void> {
    const policyId = policyHere(this.deps, context.activity);
    if (!policyId) return;
    if (isPersonal(context.activity)) {
      await context.sendActivity({ type: 'message', attachments: [asAttachment(replyToCard(this.deps.bot.help(policyId)))] });
      return;
    }
    if (teamOf(context.activity).teamId) await captureSltChannel(this.deps, context, policyId, false);
    await context.sendActivity('Hello! Mention me (@policybot) with a question about the staff social media policy, or chat with me privately.');
  }
}
