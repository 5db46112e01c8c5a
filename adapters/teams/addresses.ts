/**
 * Where to reach people again, stored as JSON (the asker's address on the escalation, the SLT
 * channel and card in delivery records) and checked with zod when read back.
 */
import { z } from 'zod';
import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';

const Account = z.object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() });

/** A conversation reference, as far as we need it to post again. */
export const StoredReference = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().url(),
  conversation: z.object({
    id: z.string().min(1),
    isGroup: z.boolean().optional(),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
  }),
  bot: Account.optional(),
  user: Account.optional(),
});
export type StoredReference = z.infer<typeof StoredReference>;

/**
 * The asker's address: their personal chat with the bot when the question came from there;
 * otherwise enough to open that chat when SLT reply (a channel is not the place for the answer).
 */
export const AskerAddress = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reference'), reference: StoredReference }),
  z.object({
    kind: z.literal('open-personal'),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    tenantId: z.string().optional(),
    user: Account,
    bot: Account,
  }),
]);
export type AskerAddress = z.infer<typeof AskerAddress>;

export const SltMessage = z.object({ reference: StoredReference, activityId: z.string().min(1) });
export type SltMessage = z.infer<typeof SltMessage>;

export function referenceOf(activity: Partial<Activity>): StoredReference {
  const r = TurnContext.getConversationReference(activity) as Partial<ConversationReference>;
  return StoredReference.parse({
    channelId: r.channelId,
    serviceUrl: r.serviceUrl,
    conversation: {
      id: r.conversation?.id,
      ...(r.conversation?.isGroup !== undefined ? { isGroup: r.conversation.isGroup } : {}),
      ...(r.conversation?.conversationType ? { conversationType: r.conversation.conversationType } : {}),
      ...(tenantOf(activity) ? { tenantId: tenantOf(activity) } : {}),
    },
    ...(r.bot ? { bot: { id: r.bot.id, ...(r.bot.name ? { name: r.bot.name } : {}) } } : {}),
    ...(r.user ? { user: { id: r.user.id, ...(r.user.name ? { name: r.user.name } : {}), ...(r.user.aadObjectId ? { aadObjectId: r.user.aadObjectId } : {}) } } : {}),
  });
}

export function tenantOf(activity: Partial<Activity>): string | undefined {
  const cd = activity.channelData as { tenant?: { id?: string } } | undefined;
  return cd?.tenant?.id ?? activity.conversation?.tenantId;
}

export function teamOf(activity: Partial<Activity>): { teamId?: string; channelId?: string } {
  const cd = activity.channelData as { team?: { id?: string }; channel?: { id?: string } } | undefined;
  return { ...(cd?.team?.id ? { teamId: cd.team.id } : {}), ...(cd?.channel?.id ? { channelId: cd.channel.id } : {}) };
}

/** Personal chat (or the Emulator's one-to-one conversation)? */
export function isPersonal(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'personal' || (!type && !activity.conversation?.isGroup);
}

export function askerAddressOf(activity: Partial<Activity>): AskerAddress {
  if (isPersonal(activity)) return { kind: 'reference', reference: referenceOf(activity) };
  const tenantId = tenantOf(activity);
  return AskerAddress.parse({
    kind: 'open-personal',
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    ...(tenantId ? { tenantId } : {}),
    user: { id: activity.from?.id, ...(activity.from?.name ? { name: activity.from.name } : {}), ...(activity.from?.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}) },
    bot: { id: activity.recipient?.id, ...(activity.recipient?.name ? { name: activity.recipient.name } : {}) },
  });
}

/** The channel a message came from, as a place to start new threads (no ";messageid=" suffix). */
export function channelReferenceOf(activity: Partial<Activity>): StoredReference {
  const { user: _user, ...ref } = referenceOf(activity);
  const { channelId } = teamOf(activity);
  const id = channelId ?? ref.conversation.id.split(';')[0] ?? ref.conversation.id;
  return { ...ref, conversation: { ...ref.conversation, id, isGroup: true, conversationType: 'channel' } };
}

export function parseJson<T>(schema: z.ZodType<T>, text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    const r = schema.safeParse(JSON.parse(text));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}
