import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cardOf, fixture, recordingLogger, startTeams, submits, SLT_AAD, type Running } from './harness.ts';
import { fakeBot, type RecordingBot } from './fake-bot.ts';

let t: Running;
let bot: RecordingBot;

beforeEach(async () => {
  bot = fakeBot();
  t = await startTeams(bot);
});
afterEach(async () => {
  await t.close();
});

describe('messages replayed against /api/messages (Emulator mode, fake connector)', () => {
  test('personal chat: the question is answered with an Adaptive Card sent to the serviceUrl', async () => {
    const res = await t.post(fixture('message-personal'));
    expect(res.status).toBe(200);
    expect(bot.calls).toEqual([{ method: 'ask', args: ['quorn-hall', 'can I post a photo from the school trip on my instagram?'] }]);
    const [sent] = t.connector.posted();
    expect(sent?.conversationId).toBe('a:1XyZpersonalChatWithSamTeacher-3fQ9bK0wLm');
    // A reply to the user's message, as Bot Framework does it.
    expect(sent?.path).toBe('/v3/conversations/a:1XyZpersonalChatWithSamTeacher-3fQ9bK0wLm/activities/1763630043445');
    const card = cardOf(sent!.body);
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card)).toContain('Whose account would the photo go on?');
  });

  test('channel @mention: the mention is stripped before the question is asked, the answer goes to the thread', async () => {
    await t.post(fixture('message-channel-mention'));
    expect(bot.calls[0]).toEqual({ method: 'ask', args: ['quorn-hall', 'a parent sent me a friend request on Facebook, can I accept it?'] });
    expect(t.connector.posted()[0]?.conversationId).toBe('19:staffroomChannel9d8c7b6a@thread.tacv2;messageid=1763630411120');
  });

  test.each([
    ['help', 'help', []],
    ['topics', 'topics', []],
    ['clause 7.3', 'clause', ['7.3']],
    ['ask can I like a parent’s post', 'ask', ['can I like a parent’s post']],
  ])('command menu: "%s" calls %s', async (text, method, args) => {
    await t.post({ ...fixture('message-personal'), text });
    expect(bot.calls[0]).toEqual({ method, args: ['quorn-hall', ...args] });
    expect(t.connector.posted()).toHaveLength(1);
  });

  test('an unknown clause number gets a short, polite message', async () => {
    await t.post({ ...fixture('message-personal'), text: 'clause 99' });
    expect(t.connector.posted()[0]?.body.text).toMatch(/There is no clause 99/);
  });

  test('a tree choice (Action.Submit) continues the tree by updating the pressed card in place', async () => {
    await t.post(fixture('message-personal'));
    const choice = submits(cardOf(t.connector.posted()[0]!.body)).find((s) => s.title === 'My own personal account')!;
    const res = await t.post({ ...fixture('message-submit'), value: choice.data });
    expect(res.status).toBe(200);
    expect(bot.calls.at(-1)).toEqual({ method: 'choose', args: [choice.data.policybot] });
    const [update] = t.connector.updated();
    expect(update?.path).toBe('/v3/conversations/a:1XyZpersonalChatWithSamTeacher-3fQ9bK0wLm/activities/1:1nX9cardMessageId');
    expect(JSON.stringify(cardOf(update!.body))).toContain('Not allowed');
  });

  test('Action.Execute (invoke adaptiveCard/action) answers with the next card in the invoke response', async () => {
    await t.post(fixture('message-personal'));
    const choice = submits(cardOf(t.connector.posted()[0]!.body))[0]!;
    const invoke = fixture('invoke-adaptive-card-action');
    const value = invoke.value as { action: Record<string, unknown> };
    const res = await t.post({ ...invoke, value: { ...value, action: { ...value.action, data: choice.data } } });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { statusCode: number; type: string; value: Record<string, unknown> };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(body.value)).toContain('Not allowed');
  });

  test.each([
    ['a string', 'just a string'],
    ['missing payload', { note: 'hello' }],
    ['an unknown field', { policybot: '{"a":"tree","p":"quorn-hall","t":"photos"}', extra: 1 }],
    ['a tampered payload', { policybot: '{"a":"choose","p":"quorn-hall","v":"x","t":"photos","n":"start","c":99}' }],
    ['not JSON', { policybot: '{"a":"choose",' }],
    ['another school', { policybot: '{"a":"tree","p":"wycliffe-primary","t":"photos"}' }],
  ])('card data that is %s is refused politely, nothing else happens', async (_what, value) => {
    const res = await t.post({ ...fixture('message-submit'), value });
    expect(res.status).toBe(200);
    const sent = t.connector.posted();
    expect(sent).toHaveLength(1);
    expect(String(sent[0]?.body.text)).toMatch(/^Sorry, that button/);
    expect(bot.calls.filter((c) => c.method === 'choose')).toEqual([]);
  });

  test('install in a team by an SLT member captures the SLT channel', async () => {
    const res = await t.post(fixture('conversation-update-install-team'));
    expect(res.status).toBe(200);
    const stored = JSON.parse((await t.store.getDeliveryRecord('teams:slt-channel:quorn-hall')) ?? '{}') as { conversation?: { id: string } };
    expect(stored.conversation?.id).toBe('19:sltTeamGeneral5e6f7a@thread.tacv2');
    expect(String(t.connector.posted()[0]?.body.text)).toMatch(/Escalations for this school will be posted in this channel/);
  });

  test('install in a team by someone who is not SLT does not capture it', async () => {
    const install = fixture('conversation-update-install-team');
    await t.post({ ...install, from: { id: '29:someone', aadObjectId: '11111111-2222-3333-4444-555555555555' } });
    expect(await t.store.getDeliveryRecord('teams:slt-channel:quorn-hall')).toBeUndefined();
    expect(SLT_AAD).not.toBe('11111111-2222-3333-4444-555555555555');
  });

  test('a body that is not JSON is answered 400 without reaching the bot', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(bot.calls).toEqual([]);
  });

  test('a failure inside the bot is answered with an apology, not silence, and logged without the question', async () => {
    const logger = recordingLogger();
    const failing = fakeBot();
    failing.ask = () => {
      throw new Error('index exploded');
    };
    const own = await startTeams(failing, { logger });
    try {
      const res = await own.post(fixture('message-personal'));
      expect(res.status).toBe(200);
      expect(String(own.connector.posted()[0]?.body.text)).toMatch(/^Sorry, something went wrong on my side/);
      expect(logger.entries.some((e) => e.level === 'error' && e.msg === 'Teams turn failed' && JSON.stringify(e.obj).includes('index exploded'))).toBe(true);
      expect(JSON.stringify(logger.entries)).not.toContain('school trip');
    } finally {
      await own.close();
    }
  });

  test('once stopping, new requests get 503 so Bot Framework retries them elsewhere or later', async () => {
    await t.adapter.stop?.();
    const res = await t.post(fixture('message-personal'));
    expect(res.status).toBe(503);
    expect(bot.calls).toEqual([]);
  });

  test('Emulator mode refuses an activity whose serviceUrl is not loopback', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fixture('message-personal')) });
    expect(res.status).toBe(400);
    expect(bot.calls).toEqual([]);
  });
});
