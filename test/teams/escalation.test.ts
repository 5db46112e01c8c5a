import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cardOf, fixture, startTeams, submits, SLT_AAD, STAFF_AAD, type Running } from './harness.ts';
import { fakeBot } from './fake-bot.ts';

let t: Running;

beforeEach(async () => {
  t = await startTeams(fakeBot());
  await t.post(fixture('conversation-update-install-team')); // SLT installs: the SLT channel is known
});
afterEach(async () => {
  await t.close();
});

const SLT_CHANNEL = '19:sltTeamGeneral5e6f7a@thread.tacv2';
const PERSONAL = 'a:1XyZpersonalChatWithSamTeacher-3fQ9bK0wLm';

/** The id of the SLT card the outbox posted. */
function sltCardId(): string {
  const id = t.connector.posted().filter((r) => r.conversationId === SLT_CHANNEL).at(-1)?.answerId;
  if (!id) throw new Error('no SLT card posted yet');
  return id;
}

function sltPerson(): Record<string, unknown> {
  return { id: '29:1HeadteacherJo7Yk3vQ0bN8sXcA2mZ', name: 'Jo Head', aadObjectId: SLT_AAD };
}

/** A button press in the SLT channel, on the SLT card. */
function sltPress(data: Record<string, unknown>, from: Record<string, unknown> = sltPerson(), cardId = sltCardId()): Record<string, unknown> {
  const submit = fixture('message-submit');
  return {
    ...submit,
    from,
    conversation: { isGroup: true, conversationType: 'channel', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', id: `${SLT_CHANNEL};messageid=${cardId}` },
    channelData: { ...(submit.channelData as object), team: { id: SLT_CHANNEL }, channel: { id: SLT_CHANNEL } },
    replyToId: cardId,
    value: data,
  };
}

async function askAndEscalate(note?: string): Promise<string> {
  await t.post({ ...fixture('message-personal'), text: 'can I accept a friend request from a parent?' });
  const card = cardOf(t.connector.posted().at(-1)!.body);
  const send = submits(card).find((s) => s.title === 'Send to the Headteacher')!;
  await t.post({ ...fixture('message-submit'), value: { ...send.data, ...(note !== undefined ? { note } : {}) } });
  const receipt = JSON.stringify(cardOf(t.connector.posted().at(-1)!.body));
  const ref = /ESC-\d{4}/.exec(receipt)?.[0];
  if (!ref) throw new Error(`no reference in ${receipt}`);
  return ref;
}

describe('Ask the headteacher, end to end in Teams', () => {
  test('the asker gets the reference at once; the outbox posts the question to the SLT channel with Take/Reply/Close', async () => {
    const ref = await askAndEscalate('Their child is in my class');
    expect(ref).toBe('ESC-0001');
    expect(t.kicks).toBe(1);
    const e = await t.escalations.get(ref);
    expect(e).toMatchObject({
      policyId: 'quorn-hall',
      asker: { platform: 'teams', userId: STAFF_AAD, displayName: 'Sam Teacher' },
      question: 'can I accept a friend request from a parent?',
      note: 'Their child is in my class',
      shownClauses: ['7.3'],
      askerAddress: { platform: 'teams' },
    });
    expect(JSON.parse(e!.askerAddress!.address)).toMatchObject({ kind: 'reference', reference: { conversation: { id: PERSONAL } } });

    const before = t.connector.posted().length;
    expect(await t.worker.runOnce()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    const slt = t.connector.posted().slice(before);
    expect(slt).toHaveLength(1);
    expect(slt[0]?.conversationId).toBe(SLT_CHANNEL);
    const card = cardOf(slt[0]!.body);
    expect(card.actions).toMatchObject([{ title: 'Take' }, { title: 'Reply' }, { title: 'Close' }]);
    expect(JSON.stringify(card)).toContain('Their child is in my class');
  });

  test('SLT take, reply and close: the SLT card is updated in place and the reply reaches the asker\'s personal chat', async () => {
    const ref = await askAndEscalate();
    await t.worker.runOnce();
    const sltCard = cardOf(t.connector.posted().at(-1)!.body);
    const [take, send, close] = [submits(sltCard).find((s) => s.title === 'Take')!, submits(sltCard).find((s) => s.title === 'Send reply')!, submits(sltCard).find((s) => s.title === 'Close')!];

    const cardId = sltCardId();
    await t.post(sltPress(take.data));
    expect((await t.escalations.get(ref))?.state).toBe('taken');
    // Pressed: the card changes at once (the outbox's update follows and repeats it harmlessly).
    expect(t.connector.updated().at(-1)?.path).toBe(`/v3/conversations/${SLT_CHANNEL};messageid=${cardId}/activities/${cardId}`);
    expect(cardOf(t.connector.updated().at(-1)!.body).actions).toMatchObject([{ title: 'Reply' }, { title: 'Close' }]);

    await t.post(sltPress({ ...send.data, answer: 'Yes, but keep it to school matters [see](https://x.example)' }));
    expect((await t.escalations.get(ref))?.state).toBe('answered');
    const sentBefore = t.connector.posted().length;
    await t.worker.runOnce(); // slt-update (taken), slt-update (answered), asker-answer
    const toAsker = t.connector.posted().slice(sentBefore).filter((r) => r.conversationId === PERSONAL);
    expect(toAsker).toHaveLength(1);
    const answer = JSON.stringify(cardOf(toAsker[0]!.body));
    expect(answer).toContain(ref);
    expect(answer).toContain('Jo Head replied');
    expect(answer).toContain('\\\\[see\\\\]\\\\(https://x.example\\\\)');
    // The outbox's own updates went to the SLT card it posted.
    expect(t.connector.updated().some((u) => u.path === `/v3/conversations/${SLT_CHANNEL}/activities/${cardId}`)).toBe(true);

    await t.post(sltPress(close.data));
    expect((await t.escalations.get(ref))?.state).toBe('closed');
  });

  test('someone who is not SLT pressing Take gets a polite refusal and nothing changes', async () => {
    const ref = await askAndEscalate();
    await t.worker.runOnce();
    const take = submits(cardOf(t.connector.posted().at(-1)!.body)).find((s) => s.title === 'Take')!;
    const updatesBefore = t.connector.updated().length;
    await t.post(sltPress(take.data, { id: '29:1pKrd4Yw9Hq3mTeacherSam0a8gQz7vXcYbN2', name: 'Sam Teacher', aadObjectId: STAFF_AAD }));
    expect((await t.escalations.get(ref))?.state).toBe('open');
    expect(String(t.connector.posted().at(-1)?.body.text)).toBe(`Sorry, only the school's senior leadership team can act on ${ref}. Nothing has changed.`);
    expect(t.connector.updated()).toHaveLength(updatesBefore);
    expect(await t.escalations.events(ref)).toHaveLength(2); // created, delivered: no 'taken'
  });

  test('escalating from a channel: the answer opens the asker\'s personal chat instead of going to the channel', async () => {
    await t.post(fixture('message-channel-mention'));
    const send = submits(cardOf(t.connector.posted().at(-1)!.body)).find((s) => s.title === 'Send to the Headteacher')!;
    const mention = fixture('message-channel-mention');
    await t.post({ ...fixture('message-submit'), conversation: mention.conversation, channelData: mention.channelData, value: send.data });
    await t.worker.runOnce();
    const sltCard = cardOf(t.connector.posted().at(-1)!.body);
    const reply = submits(sltCard).find((s) => s.title === 'Send reply')!;
    await t.post(sltPress({ ...reply.data, answer: 'Please do not accept it.' }));
    await t.worker.runOnce();
    const opened = t.connector.requests.filter((r) => r.method === 'POST' && r.path === '/v3/conversations');
    expect(opened).toHaveLength(1);
    expect(opened[0]?.body).toMatchObject({ isGroup: false, members: [{ id: '29:1pKrd4Yw9Hq3mTeacherSam0a8gQz7vXcYbN2' }], tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' });
    expect(t.connector.posted().at(-1)?.conversationId).toMatch(/^a:opened-personal-/);
  });
});
