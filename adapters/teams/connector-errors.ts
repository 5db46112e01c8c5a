/**
 * Bot Framework connector failures, sorted for the outbox: throttling (429, honouring
 * Retry-After) and server errors (5xx, timeouts, refused connections) are worth retrying; a
 * 403 "BotNotInConversationRoster" means the bot was removed from the SLT team (or never added)
 * and nothing changes until a person acts, so it says what to do.
 */
import { RetryableDeliveryError } from '../../src/escalation/types.ts';

export class TeamsDeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'TeamsDeliveryError';
  }
}

interface ConnectorErrorShape {
  statusCode?: number;
  status?: number;
  code?: string;
  message?: string;
  response?: { status?: number; headers?: { get?(name: string): string | undefined } | Record<string, string>; parsedBody?: unknown; bodyAsText?: string };
}

function header(err: ConnectorErrorShape, name: string): string | undefined {
  const h = err.response?.headers;
  if (!h) return undefined;
  if (typeof (h as { get?: unknown }).get === 'function') return (h as { get(n: string): string | undefined }).get(name) ?? undefined;
  const rec = h as Record<string, string>;
  return rec[name] ?? rec[name.toLowerCase()];
}

function errorCode(err: ConnectorErrorShape): string | undefined {
  let body = err.response?.parsedBody;
  if (!body && err.response?.bodyAsText) {
    try {
      body = JSON.parse(err.response.bodyAsText);
    } catch {
      body = undefined;
    }
  }
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : err.code;
}

/** Retry-After in seconds or as an HTTP date, in milliseconds. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export const NOT_IN_ROSTER_HELP =
  'policybot is not a member of the SLT team in Teams (BotNotInConversationRoster): a Teams admin or team owner should add the policybot app to the SLT team (Apps → Manage your apps → Upload or Get more apps, then Add to a team), then the escalation is delivered at the next retry (or run `policybot escalations --requeue-failed`)';

export const ASKER_UNREACHABLE_HELP =
  'Teams would not let policybot open a chat with the asker (they may not have the policybot app): ask them to open policybot under Apps in Teams, then the answer is delivered at the next retry (or run `policybot escalations --requeue-failed`); meanwhile tell them the answer yourself';

/** The error to throw to the outbox for a failed connector call; `to` says whose conversation it was. */
export function mapConnectorError(err: unknown, what: string, to: 'slt' | 'asker' = 'slt'): Error {
  const e = (err ?? {}) as ConnectorErrorShape;
  const status = e.statusCode ?? e.status ?? e.response?.status;
  const code = errorCode(e);
  if (status === 429) return new RetryableDeliveryError(`Teams throttled ${what} (429)`, retryAfterMs(header(e, 'retry-after')));
  if (status !== undefined && status >= 500) return new RetryableDeliveryError(`Teams failed ${what} (${status}${code ? ` ${code}` : ''})`, retryAfterMs(header(e, 'retry-after')));
  if (status === 403 && to === 'asker') return new TeamsDeliveryError(`${what} (403${code ? ` ${code}` : ''}): ${ASKER_UNREACHABLE_HELP}`, status, code);
  if (status === 403 && code === 'BotNotInConversationRoster') return new TeamsDeliveryError(`${what}: ${NOT_IN_ROSTER_HELP}`, status, code);
  if (status === undefined) {
    // No HTTP answer at all: network trouble, worth another try.
    return new RetryableDeliveryError(`Teams could not be reached for ${what}: ${e.message ?? String(err)}`);
  }
  return new TeamsDeliveryError(`Teams refused ${what} (${status}${code ? ` ${code}` : ''}): ${e.message ?? ''}`.trim(), status, code);
}
