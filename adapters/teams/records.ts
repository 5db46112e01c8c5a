/**
 * What the Teams notifier remembers, through the escalation store's delivery records (kept in
 * the same database as the escalations, deleted with them by retention). Keys are namespaced.
 */

export const recordKeys = {
  /** The SLT channel captured at install (or by "escalations here"), per policy. */
  sltChannel: (policyId: string) => `teams:slt-channel:${policyId}`,
  /** Where the SLT card for an escalation was posted (to update it). */
  sltMessage: (ref: string) => `teams:slt-message:${ref}`,
  /** "sending" before a send, "done:<activity id>" after: the idempotency record. */
  delivery: (idempotencyKey: string) => `teams:delivery:${idempotencyKey}`,
};

