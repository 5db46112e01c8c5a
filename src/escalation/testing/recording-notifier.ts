/**
 * An in-memory Notifier for tests and the playground. Like a real platform notifier must, it
 * looks the idempotency key up before sending, so a repeat after a crash is not sent twice.
 * `failures` scripts what the next calls throw (then they succeed).
 */
import type { DeliveryContext, Notifier, OutboxMessage, Platform } from '../types.ts';

export interface Sent {
  key: string;
  kind: OutboxMessage['kind'];
  ref: string;
  /** The escalation's state when it was sent. */
  state: string;
  attempt: number;
}

export class RecordingNotifier implements Notifier {
  readonly sent: Sent[] = [];
  /** Calls that found their key already sent and did nothing. */
  duplicatesSkipped = 0;
  calls = 0;
  /** Thrown, in order, by the next calls. */
  failures: unknown[] = [];

  constructor(readonly platform: Platform = 'slack') {}

  async deliver(message: OutboxMessage, ctx: DeliveryContext): Promise<void> {
    this.calls++;
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    if (this.sent.some((s) => s.key === ctx.idempotencyKey)) {
      this.duplicatesSkipped++;
      return;
    }
    this.sent.push({ key: ctx.idempotencyKey, kind: message.kind, ref: ctx.escalation.ref, state: ctx.escalation.state, attempt: ctx.attempt ?? 1 });
  }
}
