// The /slack/events route as Slack reaches it: signatures, url_verification, acks, retries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureBot } from './fixture-bot.ts';
import { fixture, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ bot: fixtureBot, policyId: 'quorn-hall' });
});
afterEach(async () => h.close());

describe('POST /slack/events', () => {
  it('answers url_verification with the challenge', async () => {
    const body = fixture('url-verification.json');
    const res = await h.event(body);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: body.challenge });
  });

  it('refuses a bad signature with 401, does nothing, and logs without the body', async () => {
    const cmd = { ...fixture<Record<string, string>>('slash-command.json'), text: 'secret question about <!channel>', response_url: h.slack.hookUrl('r1') };
    const res = await h.post(new URLSearchParams(cmd).toString(), 'application/x-www-form-urlencoded', {}, 'wrong-secret');
    expect(res.status).toBe(401);
    expect(h.slack.hooks).toHaveLength(0);
    const refusal = h.logger.lines.find((l) => l.includes('bad signature'));
    expect(refusal).toBeDefined();
    expect(h.logger.lines.join('\n')).not.toContain('secret question');
  });

  it('refuses a request signed more than five minutes ago', async () => {
    const body = JSON.stringify(fixture('url-verification.json'));
    const old = String(Math.floor(h.clock.now().getTime() / 1000) - 301);
    const { sign } = await import('../../adapters/slack/receiver/verify.ts');
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': old, 'x-slack-signature': sign('test-signing-secret-0123456789', old, body) },
      body,
    });
    expect(res.status).toBe(401);
  });

  it('acks a slash command before the slow work is done', async () => {
    // The answer goes to response_url; hold the fake Slack's hook and the ack must still come.
    const cmd = { ...fixture<Record<string, string>>('slash-command.json'), response_url: h.slack.hookUrl('slow') };
    let release = () => {};
    h.slack.hookGate = new Promise<void>((r) => (release = r));
    const started = Date.now();
    const res = await h.command(cmd);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(h.slack.hooksTo('slow')).toHaveLength(0);
    release();
    const answer = await h.slack.waitFor(() => h.slack.hooksTo('slow')[0]);
    expect(answer.body.response_type).toBe('ephemeral');
  });

  it('acks at once an interaction nothing listens for (a button from an old version)', async () => {
    const p = fixture<{ actions: object[] }>('block-actions.json');
    const started = Date.now();
    const res = await h.interact({ ...p, actions: [{ ...p.actions[0], action_id: 'retired_button' }] });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers a retried event once (same event_id, X-Slack-Retry-Num)', async () => {
    const ev = fixture('event-message-im.json');
    expect((await h.event(ev)).status).toBe(200);
    await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage')[0]);
    const retry = await h.event(ev, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    // A later, different event is answered: proves the handler was still listening.
    await h.event({ ...ev, event_id: 'Ev0OTHER', event: { ...(ev.event as object), ts: '1355517524.000001' } });
    await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage').length >= 2);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(2);
  });
});
