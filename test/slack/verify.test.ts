import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from '../../adapters/slack/receiver/verify.ts';

// Slack's published signing example (docs: "Verifying requests from Slack"), copied in DESIGN.md.
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = '1531420618';
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const at = (secondsAfter: number) => new Date((Number(TIMESTAMP) + secondsAfter) * 1000);

describe('Slack request signatures', () => {
  it("accepts Slack's published example at the time it was signed", () => {
    expect(sign(SECRET, TIMESTAMP, BODY)).toBe(SIGNATURE);
    expect(verifySignature(SECRET, { timestamp: TIMESTAMP, signature: SIGNATURE, body: BODY }, at(30))).toEqual({ ok: true });
  });

  it('refuses it more than five minutes later (a replay), and five minutes early', () => {
    expect(verifySignature(SECRET, { timestamp: TIMESTAMP, signature: SIGNATURE, body: BODY }, at(300)).ok).toBe(true);
    expect(verifySignature(SECRET, { timestamp: TIMESTAMP, signature: SIGNATURE, body: BODY }, at(301)).ok).toBe(false);
    expect(verifySignature(SECRET, { timestamp: TIMESTAMP, signature: SIGNATURE, body: BODY }, at(-301)).ok).toBe(false);
  });

  it('refuses a changed body, a wrong secret, and missing or malformed headers', () => {
    const now = at(1);
    expect(verifySignature(SECRET, { timestamp: TIMESTAMP, signature: SIGNATURE, body: BODY.replace('text=', 'text=x') }, now)).toMatchObject({ ok: false, reason: 'signature mismatch' });
    expect(verifySignature('another-secret', { timestamp: TIMESTAMP, signature: SIGNATURE, body: BODY }, now).ok).toBe(false);
    expect(verifySignature(SECRET, { timestamp: undefined, signature: SIGNATURE, body: BODY }, now).ok).toBe(false);
    expect(verifySignature(SECRET, { timestamp: TIMESTAMP, signature: undefined, body: BODY }, now).ok).toBe(false);
    expect(verifySignature(SECRET, { timestamp: TIMESTAMP, signature: SIGNATURE.replace('v0=', 'v1='), body: BODY }, now).ok).toBe(false);
    expect(verifySignature(SECRET, { timestamp: TIMESTAMP, signature: SIGNATURE.slice(0, -2), body: BODY }, now).ok).toBe(false);
  });
});
