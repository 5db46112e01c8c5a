/**
 * Posting a message exactly once across retries and crashes. Each post carries the outbox's
 * idempotency key in Slack message metadata. Before posting we note "sending"; if a later try
 * finds that note without the "posted" record (the process died, or the response was lost
 * after Slack had the message), it looks in the channel's recent history for the key first.
 */
import type { webApi } from '@slack/bolt';
import type { DeliveryRecords } from '../../../src/server/platform.ts';
import type { SlackMessage } from '../render/reply-blocks.ts';

export const METADATA_EVENT_TYPE = 'policybot_escalation';

export interface Posted {
  channel: string;
  ts: string;
}

export interface PostOnceInput {
  channel: string;
  key: string;
  ref: string;
  escalationId: number;
  /** Only look at history from here (epoch seconds): the escalation's creation, less a minute. */
  oldest: number;
  message: SlackMessage;
}

export async function findByKey(client: webApi.WebClient, channel: string, key: string, oldest: number): Promise<Posted | undefined> {
  let cursor: string | undefined;
  for (let page = 0; page < 5; page++) {
    const res = await client.conversations.history({ channel, oldest: String(oldest), limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
    for (const m of res.messages ?? []) {
      const meta = (m as { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }).metadata;
      if (meta?.event_type === METADATA_EVENT_TYPE && meta.event_payload?.key === key && m.ts) return { channel, ts: m.ts };
    }
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!cursor) return undefined;
  }
  return undefined;
}

export async function postOnce(client: webApi.WebClient, records: DeliveryRecords, input: PostOnceInput): Promise<Posted> {
  const doneKey = `slack:posted:${input.key}`;
  const sendingKey = `slack:sending:${input.key}`;
  const opts = { escalationId: input.escalationId };
  const done = await records.getDeliveryRecord(doneKey);
  if (done) return JSON.parse(done) as Posted;
  if (await records.getDeliveryRecord(sendingKey)) {
    const found = await findByKey(client, input.channel, input.key, input.oldest);
    if (found) {
      await records.setDeliveryRecord(doneKey, JSON.stringify(found), opts);
      return found;
    }
  }
  await records.setDeliveryRecord(sendingKey, '1', opts);
  const res = await client.chat.postMessage({
    channel: input.channel,
    text: input.message.text,
    blocks: input.message.blocks,
    unfurl_links: false,
    unfurl_media: false,
    metadata: { event_type: METADATA_EVENT_TYPE, event_payload: { key: input.key, ref: input.ref } },
  });
  const posted: Posted = { channel: res.channel ?? input.channel, ts: res.ts ?? '' };
  await records.setDeliveryRecord(doneKey, JSON.stringify(posted), opts);
  return posted;
}

