/**
 * What the Teams notifier remembers, through the escalation store's delivery records (kept in
 * the same database as the escalations, deleted with them by retention). Keys are namespaced.
 */
import type { DeliveryRecords } from '../../src/server/platform.ts';

export const recordKeys = {
  /** The SLT channel captured at install (or by "escalations here"), per policy. */
  sltChannel: (policyId: string) => `teams:slt-channel:${policyId}`,
  /** Where the SLT card for an escalation was posted (to update it). */
  sltMessage: (ref: string) => `teams:slt-message:${ref}`,
  /** "sending" before a send, "done:<activity id>" after: the idempotency record. */
  delivery: (idempotencyKey: string) => `teams:delivery:${idempotencyKey}`,
};

/** Without the store (tests, a misconfigured server) records live in memory, lost on restart. */
export function memoryRecords(): DeliveryRecords & { entries(): [string, string][] } {
  const map = new Map<string, string>();
  return {
    async getDeliveryRecord(key) {
      return map.get(key);
    },
    async setDeliveryRecord(key, value) {
      map.set(key, value);
    },
    entries: () => [...map.entries()],
  };
}
