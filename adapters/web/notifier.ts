/**
 * The playground's Notifier (platform 'web'). SLT messages need no delivery: the SLT view
 * reads the escalations themselves. An answer is delivered into the asker's playground
 * conversation by recording it in the store's delivery records, so a restart loses nothing and
 * a retried delivery writes the same record again (idempotent by key).
 */
import type { DeliveryRecords } from '../../src/server/platform.ts';
import type { DeliveryContext, Notifier, OutboxMessage } from '../../src/escalation/types.ts';

export interface DeliveredAnswer {
  ref: string;
  /** The playground conversation the question came from. */
  conversation: string;
  text: string;
  by: string;
  at: string;
}

export const answerKey = (ref: string): string => `web:asker-answer:${ref}`;

export function createWebNotifier(records: DeliveryRecords, clock: () => Date = () => new Date()): Notifier {
  return {
    platform: 'web',
    async deliver(message: OutboxMessage, ctx: DeliveryContext) {
      if (message.kind !== 'asker-answer') return;
      const e = ctx.escalation;
      if (e.answer === undefined) return;
      const answer: DeliveredAnswer = {
        ref: e.ref,
        conversation: e.askerAddress?.address ?? '',
        text: e.answer,
        by: e.answeredBy?.displayName ?? 'SLT',
        at: clock().toISOString(),
      };
      await records.setDeliveryRecord(answerKey(e.ref), JSON.stringify(answer), { escalationId: e.id, at: answer.at });
    },
  };
}

export async function deliveredAnswer(records: DeliveryRecords, ref: string): Promise<DeliveredAnswer | undefined> {
  const raw = await records.getDeliveryRecord(answerKey(ref));
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as DeliveredAnswer;
  } catch {
    return undefined;
  }
}
