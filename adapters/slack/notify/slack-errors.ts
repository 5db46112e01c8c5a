/**
 * Web API failures, sorted for the outbox: what is worth retrying (429 with its Retry-After,
 * 5xx, network trouble) and what needs a person (the bot is not in the SLT channel, the token
 * is wrong), with a message that says who should do what.
 */
import { webApi } from '@slack/bolt';
import { PolicybotError } from '../../../src/errors.ts';
import { RetryableDeliveryError } from '../../../src/escalation/types.ts';

export class SlackDeliveryError extends PolicybotError {
  constructor(
    message: string,
    readonly slackError?: string,
  ) {
    super('SLACK_DELIVERY', message);
  }
}

const RETRYABLE_PLATFORM = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);
const AUTH = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission']);

/** `where` names the channel or user, so the message can say which one. */
export function toDeliveryError(err: unknown, where: string): Error {
  const e = err as { code?: string; retryAfter?: number; statusCode?: number; headers?: Record<string, string>; data?: { error?: string; needed?: string } };
  switch (e?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return new RetryableDeliveryError(`Slack rate-limited the call (retry after ${e.retryAfter ?? '?'} s)`, (e.retryAfter ?? 1) * 1000);
    case webApi.ErrorCode.RequestError:
      return new RetryableDeliveryError(`could not reach the Slack Web API: ${(err as Error).message}`);
    case webApi.ErrorCode.HTTPError: {
      const status = e.statusCode ?? 0;
      const after = Number(e.headers?.['retry-after']);
      if (status >= 500 || status === 408) {
        return new RetryableDeliveryError(`the Slack Web API answered HTTP ${status}`, Number.isFinite(after) && after > 0 ? after * 1000 : undefined);
      }
      return new SlackDeliveryError(`the Slack Web API answered HTTP ${status}; check SLACK_API_URL`);
    }
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      if (RETRYABLE_PLATFORM.has(code)) return new RetryableDeliveryError(`Slack answered ${code}`);
      if (code === 'not_in_channel' || code === 'channel_not_found' || code === 'is_archived') {
        return new SlackDeliveryError(
          `Slack answered ${code} for ${where}: invite the bot to that channel (type /invite @policybot in it), or set SLACK_SLT_CHANNEL to the channel's id (starts with C or G), then requeue the failed escalation messages.`,
          code,
        );
      }
      if (AUTH.has(code)) {
        return new SlackDeliveryError(`Slack answered ${code}: SLACK_BOT_TOKEN is wrong or revoked. Reinstall the app to the workspace and set SLACK_BOT_TOKEN to its Bot User OAuth Token (xoxb-…).`, code);
      }
      if (code === 'missing_scope') {
        return new SlackDeliveryError(`Slack answered missing_scope (needs ${e.data?.needed ?? '?'}): add the scope from adapters/slack/manifest.yaml and reinstall the app.`, code);
      }
      if (code === 'user_not_found' || code === 'cannot_dm_bot' || code === 'user_disabled') {
        return new SlackDeliveryError(`Slack answered ${code} for ${where}: the asker cannot be sent a direct message; tell them the answer another way.`, code);
      }
      return new SlackDeliveryError(`Slack answered ${code} for ${where}.`, code);
    }
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}
