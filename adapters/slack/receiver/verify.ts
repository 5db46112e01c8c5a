/**
 * Slack request signing (v0): HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing
 * secret, compared in constant time; a timestamp more than five minutes from now is refused so
 * a captured request cannot be replayed. The clock is passed in so tests can use Slack's own
 * published example, signed in 2018.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const MAX_SKEW_SECONDS = 5 * 60;

export type Verdict = { ok: true } | { ok: false; reason: string };

export interface SignedRequest {
  timestamp: string | undefined;
  signature: string | undefined;
  body: string;
}

export function sign(secret: string, timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function verifySignature(secret: string, req: SignedRequest, now: Date): Verdict {
  const { timestamp, signature, body } = req;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'missing or malformed X-Slack-Request-Timestamp' };
  if (!signature || !/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'missing or malformed X-Slack-Signature' };
  const skew = Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp));
  if (skew > MAX_SKEW_SECONDS) return { ok: false, reason: `timestamp is ${skew}s away from now (limit ${MAX_SKEW_SECONDS}s)` };
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'signature mismatch' };
  return { ok: true };
}
