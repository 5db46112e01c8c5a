/**
 * The Teams Notifier (the outbox's port): posts a new escalation to the school's SLT channel,
 * updates that card as the escalation moves on, and sends SLT's reply to the asker's personal
 * chat. Idempotent on the outbox key: "sending" is recorded before the call and "done" after,
 * so a retry after success does nothing, and a retry after a crash between the post and the
 * record posts again only when nothing shows it went out (Teams has no way to look a message
 * up by our key): SLT may then see one card twice, never none.
 */
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { SchoolDirectory } from '../../src/core/ports.ts';
import type { DeliveryContext, Escalation, Notifier, OutboxMessage } from '../../src/escalation/types.ts';
import type { Logger } from '../../src/logger.ts';
import type { DeliveryRecords } from '../../src/server/platform.ts';
import { AskerAddress, parseJson, SltMessage, StoredReference } from './addresses.ts';
import { asAttachment, askerAnswerCard, sltCard, type AdaptiveCard } from './card/index.ts';
import { mapConnectorError, TeamsDeliveryError } from './connector-errors.ts';
import { recordKeys } from './records.ts';

export const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';
/** The public cloud's Bot Framework token audience (botframework-connector's ToChannelFromBotOAuthScope). */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

export interface TeamsNotifierDeps {
  adapter: CloudAdapter;
  /** '' in Emulator mode. */
  appId: string;
  records: DeliveryRecords;
  directory: SchoolDirectory;
  logger: Logger;
  policyName?: (policyId: string) => string | undefined;
  /** For a configured SLT conversation id the bot has not seen a message from. */
  serviceUrl?: string;
  tenantId?: string;
}

export class TeamsNotifier implements Notifier {
  readonly platform = 'teams' as const;

  constructor(private readonly deps: TeamsNotifierDeps) {}

  async deliver(message: OutboxMessage, ctx: DeliveryContext): Promise<void> {
    const { records, logger } = this.deps;
    const e = ctx.escalation;
    const key = recordKeys.delivery(ctx.idempotencyKey);
    const prior = await records.getDeliveryRecord(key);
    if (prior?.startsWith('done')) return;
    if (prior === 'sending') logger.warn({ ref: e.ref, kind: message.kind, key: ctx.idempotencyKey }, 'Teams delivery interrupted before it was recorded; sending again');
    await records.setDeliveryRecord(key, 'sending', { escalationId: e.id });
    let activityId: string;
    switch (message.kind) {
      case 'slt-new':
        activityId = await this.postToSlt(e, prior === 'sending');
        break;
      case 'slt-update':
        activityId = await this.updateSlt(e);
        break;
      case 'asker-answer':
        activityId = await this.answerAsker(e);
        break;
    }
    await records.setDeliveryRecord(key, `done:${activityId}`, { escalationId: e.id });
  }

  private card(e: Escalation): AdaptiveCard {
    return sltCard(e, this.deps.policyName?.(e.policyId));
  }

  /** The SLT channel: the configured conversation id wins; otherwise the one captured at install. */
  private async sltReference(policyId: string): Promise<StoredReference> {
    const captured = parseJson(StoredReference, await this.deps.records.getDeliveryRecord(recordKeys.sltChannel(policyId)));
    const configured = this.deps.directory.sltChannel(policyId, 'teams');
    if (configured && captured?.conversation.id !== configured) {
      const tenantId = captured?.conversation.tenantId ?? this.deps.tenantId;
      return {
        channelId: captured?.channelId ?? 'msteams',
        serviceUrl: captured?.serviceUrl ?? this.deps.serviceUrl ?? DEFAULT_SERVICE_URL,
        conversation: { id: configured, isGroup: true, conversationType: 'channel', ...(tenantId ? { tenantId } : {}) },
        bot: captured?.bot ?? { id: this.deps.appId ? `28:${this.deps.appId}` : 'policybot' },
      };
    }
    if (captured) return captured;
    throw new TeamsDeliveryError(
      `no Teams SLT channel is known for ${policyId}: an SLT member should add the policybot app to the SLT team (or say "@policybot escalations here" in the SLT channel), or set TEAMS_SLT_CONVERSATION`,
    );
  }

  private async postToSlt(e: Escalation, maybeSent: boolean): Promise<string> {
    const recordKey = recordKeys.sltMessage(e.ref);
    if (maybeSent) {
      const already = parseJson(SltMessage, await this.deps.records.getDeliveryRecord(recordKey));
      if (already) return already.activityId;
    }
    const reference = await this.sltReference(e.policyId);
    const activityId = await this.send(reference, this.card(e), `posting ${e.ref} to the SLT channel`);
    await this.deps.records.setDeliveryRecord(recordKey, JSON.stringify({ reference, activityId } satisfies SltMessage), { escalationId: e.id });
    return activityId;
  }

  /** Replaces the SLT card with the escalation's state now (a PUT: repeating it is harmless). */
  private async updateSlt(e: Escalation): Promise<string> {
    const posted = parseJson(SltMessage, await this.deps.records.getDeliveryRecord(recordKeys.sltMessage(e.ref)));
    if (!posted) return this.postToSlt(e, false);
    await this.proactive(posted.reference, `updating ${e.ref} in the SLT channel`, 'slt', async (context) => {
      await context.updateActivity({ type: 'message', id: posted.activityId, attachments: [asAttachment(this.card(e))] });
    });
    return posted.activityId;
  }

  private async answerAsker(e: Escalation): Promise<string> {
    if (e.askerAddress?.platform !== 'teams') throw new TeamsDeliveryError(`${e.ref} was not asked in Teams, so its answer cannot be sent there`);
    const address = parseJson(AskerAddress, e.askerAddress.address);
    if (!address) throw new TeamsDeliveryError(`${e.ref}: the asker's Teams address is unreadable; tell them the answer another way`);
    const card = askerAnswerCard(e);
    const what = `sending the answer to ${e.ref} to the asker`;
    if (address.kind === 'reference') return this.send(address.reference, card, what, 'asker');
    // Asked in a channel: open (or find) the asker's personal chat with the bot, and answer there.
    let id = '';
    let failure: unknown;
    try {
      await this.deps.adapter.createConversationAsync(
        this.deps.appId,
        address.channelId,
        address.serviceUrl,
        BOT_FRAMEWORK_AUDIENCE,
        {
          isGroup: false,
          bot: address.bot,
          members: [address.user],
          ...(address.tenantId ? { tenantId: address.tenantId, channelData: { tenant: { id: address.tenantId } } } : {}),
        } as never,
        async (context) => {
          try {
            id = (await context.sendActivity({ type: 'message', attachments: [asAttachment(card)] }))?.id ?? '';
          } catch (err) {
            failure = err ?? new Error('unknown failure');
          }
        },
      );
    } catch (err) {
      failure = err;
    }
    if (failure !== undefined) throw mapConnectorError(failure, what, 'asker');
    return id;
  }

  private async send(reference: StoredReference, card: AdaptiveCard, what: string, to: 'slt' | 'asker' = 'slt'): Promise<string> {
    let id = '';
    await this.proactive(reference, what, to, async (context) => {
      id = (await context.sendActivity({ type: 'message', attachments: [asAttachment(card)] }))?.id ?? '';
    });
    return id;
  }

  /**
   * A proactive turn whose failure reaches the outbox. botbuilder hands an error thrown inside the
   * turn to the adapter's onTurnError rather than to the caller, so it is caught here and rethrown.
   */
  private async proactive(reference: StoredReference, what: string, to: 'slt' | 'asker', logic: (context: TurnContext) => Promise<void>): Promise<void> {
    let failure: unknown;
    try {
      await this.deps.adapter.continueConversationAsync(this.deps.appId, reference as Partial<ConversationReference>, async (context) => {
        try {
          await logic(context);
        } catch (err) {
          failure = err ?? new Error('unknown failure');
        }
      });
    } catch (err) {
      failure = err;
    }
    if (failure !== undefined) throw mapConnectorError(failure, what, to);
  }
}
