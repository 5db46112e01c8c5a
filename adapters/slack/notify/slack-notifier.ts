/**
 * The outbox's Slack notifier: posts a new escalation to the school's SLT channel, edits that
 * message as its state changes, and sends SLT's reply to the asker by direct message. Every
 * send is idempotent on the outbox key (see post-once.ts), and Web API failures are sorted
 * into retryable and needs-a-person (slack-errors.ts).
 */
import type { webApi } from '@slack/bolt';
import type { SchoolDirectory } from '../../../src/core/ports.ts';
import type { DeliveryContext, Escalation, Notifier, OutboxMessage } from '../../../src/escalation/types.ts';
import type { Logger } from '../../../src/logger.ts';
import type { DeliveryRecords } from '../../../src/server/platform.ts';
import { askerAnswerMessage, sltMessage } from '../render/escalation-blocks.ts';
import { postOnce, type Posted } from './post-once.ts';
import { SlackDeliveryError, toDeliveryError } from './slack-errors.ts';

export interface SlackNotifierDeps {
  client: webApi.WebClient;
  directory: SchoolDirectory;
  records: DeliveryRecords;
  policyName: (policyId: string) => string;
  logger: Logger;
}

export const sltMessageKey = (ref: string) => `slack:slt-message:${ref}`;

const oldest = (e: Escalation) => Math.floor(Date.parse(e.createdAt) / 1000) - 60;

export class SlackNotifier implements Notifier {
  readonly platform = 'slack' as const;

  constructor(private readonly deps: SlackNotifierDeps) {}

  async deliver(message: OutboxMessage, ctx: DeliveryContext): Promise<void> {
    const e = ctx.escalation;
    let where = 'the SLT channel';
    try {
      if (message.kind === 'asker-answer') {
        where = `the asker ${e.asker.userId}`;
        await this.answerAsker(e, ctx.idempotencyKey);
        return;
      }
      const channel = this.deps.directory.sltChannel(e.policyId, 'slack');
      if (!channel) {
        throw new SlackDeliveryError(`No Slack SLT channel is set for policy ${e.policyId}: set SLACK_SLT_CHANNEL (or the school's slack.sltChannel in the config file) to the channel id, and invite the bot there.`);
      }
      where = `the SLT channel ${channel}`;
      if (message.kind === 'slt-new') await this.postNew(e, channel, ctx.idempotencyKey);
      else await this.update(e, channel, ctx.idempotencyKey);
    } catch (err) {
      if (err instanceof SlackDeliveryError) throw err;
      throw toDeliveryError(err, where);
    }
  }

  private async postNew(e: Escalation, channel: string, key: string): Promise<Posted> {
    const msg = sltMessage(e, this.deps.policyName(e.policyId));
    const posted = await postOnce(this.deps.client, this.deps.records, { channel, key, ref: e.ref, escalationId: e.id, oldest: oldest(e), message: msg });
    await this.deps.records.setDeliveryRecord(sltMessageKey(e.ref), JSON.stringify(posted), { escalationId: e.id });
    return posted;
  }

  /** chat.update is idempotent by nature: it renders the state as it is now. */
  private async update(e: Escalation, channel: string, key: string): Promise<void> {
    const rec = await this.deps.records.getDeliveryRecord(sltMessageKey(e.ref));
    const msg = sltMessage(e, this.deps.policyName(e.policyId));
    if (rec) {
      const { channel: ch, ts } = JSON.parse(rec) as Posted;
      try {
        await this.deps.client.chat.update({ channel: ch, ts, text: msg.text, blocks: msg.blocks });
        return;
      } catch (err) {
        if ((err as { data?: { error?: string } }).data?.error !== 'message_not_found') throw err;
        this.deps.logger.warn({ ref: e.ref }, 'the SLT message was deleted; posting the current state again');
      }
    }
    // No message to edit (deleted, or records lost): post the current state once.
    await this.postNew(e, channel, key);
  }

  private async answerAsker(e: Escalation, key: string): Promise<void> {
    const user = e.askerAddress?.platform === 'slack' ? e.askerAddress.address : e.asker.userId;
    const open = await this.deps.client.conversations.open({ users: user });
    const channel = open.channel?.id;
    if (!channel) throw new SlackDeliveryError(`Slack did not open a direct message with ${user}.`);
    await postOnce(this.deps.client, this.deps.records, { channel, key, ref: e.ref, escalationId: e.id, oldest: oldest(e), message: askerAnswerMessage(e) });
  }
}
