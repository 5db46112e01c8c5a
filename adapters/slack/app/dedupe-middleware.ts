/**
 * Slack redelivers an event it thinks we missed (X-Slack-Retry-Num over HTTP; the same
 * event_id over Socket Mode). Bolt does not dedupe, so this global middleware does: an event id
 * seen in the last hour is acknowledged (Bolt already acked events) and not processed again.
 */
import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../../src/logger.ts';
import { TtlSet } from '../receiver/dedupe.ts';

export const DEDUPE_TTL_MS = 60 * 60 * 1000;
export const DEDUPE_MAX = 10_000;

export function dedupeEvents(logger: Logger, now: () => number): Middleware<AnyMiddlewareArgs> {
  const seen = new TtlSet(DEDUPE_TTL_MS, DEDUPE_MAX, now);
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstTime(eventId)) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'slack event already handled; ignoring the retry');
      return;
    }
    await next();
  };
}
