// Small pure parts: the retry memory, what a line of text asks for, escaping, error sorting.
import { describe, expect, it } from 'vitest';
import { parseRequest, stripLeadingMentions } from '../../adapters/slack/app/commands.ts';
import { SlackDeliveryError, toDeliveryError } from '../../adapters/slack/notify/slack-errors.ts';
import { escapeMrkdwn, mrkdwn, shorten } from '../../adapters/slack/render/escape.ts';
import { TtlSet } from '../../adapters/slack/receiver/dedupe.ts';
import { createWebClient } from '../../adapters/slack/web-client.ts';
import { RetryableDeliveryError } from '../../src/escalation/types.ts';
import { silentLogger } from '../../src/logger.ts';

describe('TtlSet (event ids already handled)', () => {
  it('says "first time" once per id within the TTL, and again after it', () => {
    let t = 0;
    const s = new TtlSet(1000, 100, () => t);
    expect(s.firstTime('Ev1')).toBe(true);
    expect(s.firstTime('Ev1')).toBe(false);
    t = 999;
    expect(s.firstTime('Ev1')).toBe(false);
    t = 2000;
    expect(s.firstTime('Ev1')).toBe(true);
  });

  it('never holds more than its size', () => {
    const s = new TtlSet(60_000, 3, () => 0);
    for (const id of ['a', 'b', 'c', 'd', 'e']) s.firstTime(id);
    expect(s.size).toBeLessThanOrEqual(3);
    expect(s.firstTime('e')).toBe(false);
  });
});

describe('what a line of text asks for', () => {
  it.each([
    ['', 'help'],
    ['help', 'help'],
    ['HELP', 'help'],
    ['topics', 'topics'],
    ['clause 11.3.4', 'clause'],
    ['clause A1(b)', 'clause'],
    ['can I friend a parent?', 'ask'],
    ['clause about photos please', 'ask'],
  ])('%j → %s', (text, kind) => {
    expect(parseRequest(text).kind).toBe(kind);
  });

  it('keeps the clause number and strips the mention in front of a question', () => {
    expect(parseRequest('clause 11.3.4')).toEqual({ kind: 'clause', number: '11.3.4' });
    expect(stripLeadingMentions('<@UBOT> <@U2|bob> can I post?')).toBe('can I post?');
    expect(stripLeadingMentions('can <@U2> post?')).toBe('can <@U2> post?');
  });
});

describe('escaping', () => {
  it('makes mentions and links inert and does not cut an entity in half', () => {
    expect(escapeMrkdwn('<!channel> <@U1> <https://x|y> & co')).toBe('&lt;!channel&gt; &lt;@U1&gt; &lt;https://x|y&gt; &amp; co');
    expect(mrkdwn('a&b', 3)).not.toMatch(/&a?m?p?…$/);
    expect(shorten('alpha beta gamma', 12)).toBe('alpha beta…');
    expect(shorten('x'.repeat(20), 10)).toHaveLength(10);
  });
});

describe('Web API failures sorted for the outbox', () => {
  it('a Slack API that cannot be reached is retryable', async () => {
    const client = createWebClient('xoxb-1', 'http://127.0.0.1:1/api/', silentLogger);
    const err = await client.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(toDeliveryError(err, 'C1')).toBeInstanceOf(RetryableDeliveryError);
  });

  it('5xx with Retry-After, rate limits, and needs-a-person errors', () => {
    const http = toDeliveryError({ code: 'slack_webapi_http_error', statusCode: 503, headers: { 'retry-after': '30' } }, 'C1');
    expect(http).toBeInstanceOf(RetryableDeliveryError);
    expect((http as RetryableDeliveryError).retryAfterMs).toBe(30_000);
    expect((toDeliveryError({ code: 'slack_webapi_rate_limited_error', retryAfter: 12 }, 'C1') as RetryableDeliveryError).retryAfterMs).toBe(12_000);
    const scope = toDeliveryError({ code: 'slack_webapi_platform_error', data: { error: 'missing_scope', needed: 'groups:history' } }, 'C1');
    expect(scope).toBeInstanceOf(SlackDeliveryError);
    expect(scope.message).toContain('groups:history');
    expect(toDeliveryError({ code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } }, 'the SLT channel C9').message).toContain('C9');
  });
});
