// What a member of staff and SLT see, end to end through the signed route and a fake Slack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureBot } from './fixture-bot.ts';
import { fixture, HEAD, SLT_CHANNEL, startHarness, type Harness } from './harness.ts';

type Payload = Record<string, unknown> & { actions: Record<string, unknown>[]; view: Record<string, unknown> };
type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text: { text: string } }[] };

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ bot: fixtureBot, policyId: 'quorn-hall' });
});
afterEach(async () => h.close());

const allText = (blocks: unknown): string => JSON.stringify(blocks);
/** Only what Slack displays (and parses for mentions): text objects, not button values. */
function shown(node: unknown): string {
  if (Array.isArray(node)) return node.map(shown).join('\n');
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') return o.text;
    return Object.entries(o).filter(([k]) => k !== 'value').map(([, v]) => shown(v)).join('\n');
  }
  return '';
}
const buttons = (blocks: Block[]) => blocks.flatMap((b) => b.elements ?? []).filter((e) => e.action_id);

async function ask(text: string, hook = 'cmd') {
  const cmd = { ...fixture<Record<string, string>>('slash-command.json'), text, response_url: h.slack.hookUrl(hook) };
  expect((await h.command(cmd)).status).toBe(200);
  return (await h.slack.waitFor(() => h.slack.hooksTo(hook)[0])).body;
}

function click(actionId: string, value: string, over: Partial<Payload> = {}, hook = 'act') {
  const p = fixture<Payload>('block-actions.json');
  const first = p.actions[0] as Record<string, unknown>;
  return h.interact({ ...p, response_url: h.slack.hookUrl(hook), actions: [{ ...first, action_id: actionId, value, text: { type: 'plain_text', text: 'Ask the Headteacher' } }], ...over });
}

function submit(callbackId: string, privateMetadata: string, values: Record<string, Record<string, { type: string; value: string | null }>>, user = { id: 'U2147483697', username: 'steve', name: 'steve', team_id: 'T0001' }) {
  const p = fixture<Payload>('view-submission.json');
  return h.interact({ ...p, user, view: { ...p.view, callback_id: callbackId, private_metadata: privateMetadata, state: { values } } });
}

describe('/policy in a channel', () => {
  it('answers only the asker, cites the clause, and offers Share and Ask the Headteacher', async () => {
    const body = await ask('can I post a photo of the school trip on my instagram');
    expect(body.response_type).toBe('ephemeral');
    const blocks = body.blocks as Block[];
    expect(allText(blocks)).toContain('7.3');
    expect(allText(blocks)).toContain('Use of digital images');
    const labels = buttons(blocks).map((b) => b.text.text);
    expect(labels).toEqual(expect.arrayContaining(['My own account', 'Ask the Headteacher', 'Share in channel']));
  });

  it('escapes <!channel> in the question so nobody is pinged', async () => {
    const body = await ask('<!channel> <@U999> can I post a photo? & more');
    const json = shown(body.blocks);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U999>');
    expect(json).toContain('&lt;!channel&gt;');
  });

  it('help, clause and an unknown clause', async () => {
    expect(allText((await ask('', 'h1')).blocks)).toContain('/policy can I post trip photos?');
    expect(allText((await ask('clause 7.3', 'h2')).blocks)).toContain('Use of digital images');
    expect((await ask('clause 99.9', 'h3')).text).toContain('no clause 99.9');
  });

  it('continues a tree in place, and a tampered button restarts politely', async () => {
    const first = await ask('photo question');
    const own = buttons(first.blocks as Block[]).find((b) => b.text.text === 'My own account');
    expect((await click('choose_0', own?.value ?? '', {}, 't1')).status).toBe(200);
    const next = (await h.slack.waitFor(() => h.slack.hooksTo('t1')[0])).body;
    expect(next.replace_original).toBe(true);
    expect(allText(next.blocks)).toContain('Not allowed');

    await click('choose_0', '{"a":"choose","p":"quorn-hall"', {}, 't2');
    const restart = (await h.slack.waitFor(() => h.slack.hooksTo('t2')[0])).body;
    expect(restart.replace_original).toBe(true);
    expect(allText(restart.blocks)).toContain('no longer works');
    expect(allText(restart.blocks)).toContain('Photos of pupils');
  });

  it('Share posts the answer for the channel, says who shared it, and removes the private copy', async () => {
    const first = await ask('photo question');
    const share = buttons(first.blocks as Block[]).find((b) => b.action_id === 'share');
    await click('share', share?.value ?? '', {}, 's1');
    const posted = await h.slack.waitFor(() => (h.slack.hooksTo('s1').length >= 2 ? h.slack.hooksTo('s1') : undefined));
    expect(posted[0]?.body.response_type).toBe('in_channel');
    expect(allText(posted[0]?.body.blocks)).toContain('Shared by <@U2147483697>');
    expect(allText(posted[0]?.body.blocks)).not.toContain('Share in channel');
    expect(posted[1]?.body.delete_original).toBe(true);
  });
});

describe('privacy and set-up', () => {
  it('/policy typed in the bot\'s own DM is answered as a normal message, without Share', async () => {
    const cmd = { ...fixture<Record<string, string>>('slash-command.json'), channel_id: 'D2147483697', channel_name: 'directmessage', response_url: h.slack.hookUrl('dm') };
    await h.command(cmd);
    const body = (await h.slack.waitFor(() => h.slack.hooksTo('dm')[0])).body;
    expect(body.response_type).toBe('in_channel');
    expect(allText(body.blocks)).not.toContain('Share in channel');
  });

  it('/policy in a DM between two people stays ephemeral', async () => {
    const cmd = { ...fixture<Record<string, string>>('slash-command.json'), channel_id: 'D0OTHERDM', channel_name: 'directmessage', response_url: h.slack.hookUrl('dm2') };
    await h.command(cmd);
    expect((await h.slack.waitFor(() => h.slack.hooksTo('dm2')[0])).body.response_type).toBe('ephemeral');
  });

  it('keeps question text out of the logs', async () => {
    await ask('my very private question about a photo');
    await h.event(fixture('event-message-im.json'));
    await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage')[0]);
    const logs = h.logger.lines.join('\n');
    expect(logs).toContain('slack request');
    expect(logs).not.toContain('very private question');
    expect(logs).not.toContain('friend request on facebook');
  });
});

describe('direct messages and mentions', () => {
  it('answers a DM in the DM, without a Share button', async () => {
    await h.event(fixture('event-message-im.json'));
    const call = await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage')[0]);
    expect(call.args.channel).toBe('D024BE91L');
    expect(allText(call.args.blocks)).not.toContain('Share in channel');
    expect(allText(call.args.blocks)).toContain('Ask the Headteacher');
  });

  it('answers a mention in a thread and says the thread is visible to the channel', async () => {
    await h.event(fixture('event-app-mention.json'));
    const call = await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage')[0]);
    expect(call.args.thread_ts).toBe('1515449522.000016');
    expect(allText(call.args.blocks)).toContain('Everyone in this channel can read this thread');
    expect(allText(call.args.blocks)).toContain('You asked: can I say where I work');
  });

  it('ignores the bot\'s own messages in its DM', async () => {
    const ev = fixture<{ event: object }>('event-message-im.json');
    await h.event({ ...ev, event_id: 'Ev0BOT', event: { ...ev.event, bot_id: 'BBOT', user: 'UBOT' } });
    await h.event({ ...ev, event_id: 'Ev0AFTER' });
    await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage')[0]);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('a workspace nobody has set up', () => {
  it('tells the asker to have POLICY_ID set or the workspace mapped', async () => {
    const bare = await startHarness({ bot: fixtureBot, policyId: 'quorn-hall', defaultPolicy: false });
    try {
      await bare.command({ ...fixture<Record<string, string>>('slash-command.json'), response_url: bare.slack.hookUrl('np') });
      const body = (await bare.slack.waitFor(() => bare.slack.hooksTo('np')[0])).body;
      expect(body.response_type).toBe('ephemeral');
      expect(String(body.text)).toContain('POLICY_ID');
      expect(String(body.text)).toContain('T0001');
    } finally {
      await bare.close();
    }
  });
});

describe('Ask the Headteacher, and SLT acting on it', () => {
  async function escalate(question = 'can I post a photo? <!here>', note = 'it is for <!channel> tomorrow') {
    const first = await ask(question);
    const btn = buttons(first.blocks as Block[]).find((b) => b.action_id === 'escalate');
    await click('escalate', btn?.value ?? '', {}, 'esc');
    const open = await h.slack.waitFor(() => h.slack.callsTo('views.open')[0]);
    const view = open.args.view as { private_metadata: string; title: { text: string }; blocks: { element?: { initial_value?: string } }[] };
    expect(view.title.text).toBe('Ask the Headteacher');
    expect(view.blocks.some((b) => b.element?.initial_value === question)).toBe(true);
    const res = await submit('escalate_modal', view.private_metadata, {
      question: { question_input: { type: 'plain_text_input', value: question } },
      note: { note_input: { type: 'plain_text_input', value: note } },
    });
    expect(res.status).toBe(200);
    // The reference comes back once the escalation is stored.
    await h.slack.waitFor(() => h.slack.hooksTo('esc')[0]);
    return view.private_metadata;
  }

  it('stores it, gives the asker the reference at once, and posts it to the SLT channel escaped', async () => {
    h.slack.users.set('U2147483697', 'Steve Rogers');
    await escalate();
    const ref = await h.slack.waitFor(() => h.slack.hooksTo('esc')[0]);
    expect(ref.body.response_type).toBe('ephemeral');
    expect(String(ref.body.text)).toMatch(/ESC-\d{4}/);
    const [e] = await h.escalations.list();
    // The name from the Slack profile (users.info), not the username in the payload.
    expect(e?.asker).toMatchObject({ platform: 'slack', userId: 'U2147483697', displayName: 'Steve Rogers' });
    expect(e?.shownClauses).toEqual(['7.3']);

    const post = await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === SLT_CHANNEL));
    const json = shown(post.args.blocks);
    expect(json).toContain(e?.ref ?? 'missing');
    expect(json).toContain('Steve Rogers');
    expect(json).not.toContain('<!here>');
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt; tomorrow');
    expect(json).toContain('7.3');
    expect(buttons(post.args.blocks as Block[]).map((b) => b.text.text)).toEqual(['Take', 'Reply', 'Close']);
    expect((post.args.metadata as { event_type: string }).event_type).toBe('policybot_escalation');
  });

  it('refuses Take from someone not in SLT, and nothing changes', async () => {
    await escalate();
    await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === SLT_CHANNEL));
    const [e] = await h.escalations.list();
    await click('slt_take', e?.ref ?? '', { container: { type: 'message', channel_id: SLT_CHANNEL, message_ts: '1', is_ephemeral: false } }, 'no');
    const refusal = await h.slack.waitFor(() => h.slack.hooksTo('no')[0]);
    expect(refusal.body.response_type).toBe('ephemeral');
    expect(String(refusal.body.text)).toMatch(/only the senior leadership team/i);
    expect((await h.escalations.get(e?.ref ?? ''))?.state).toBe('open');
    expect(h.slack.callsTo('chat.update')).toHaveLength(0);
  });

  it('SLT take it (the message updates), reply in a modal, and the asker gets the answer by DM', async () => {
    await escalate();
    await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === SLT_CHANNEL));
    const [e] = await h.escalations.list();
    const head = { id: HEAD, username: 'head', name: 'Mrs Head', team_id: 'T0001' };
    const inSlt = { user: head, channel: { id: SLT_CHANNEL, name: 'slt' }, container: { type: 'message', channel_id: SLT_CHANNEL, message_ts: '1', is_ephemeral: false } };
    await click('slt_take', e?.ref ?? '', inSlt, 'take');
    const update = await h.slack.waitFor(() => h.slack.callsTo('chat.update')[0]);
    expect(allText(update.args.blocks)).toContain('Taken');
    expect(allText(update.args.blocks)).toContain('Mrs Head');

    await click('slt_reply', e?.ref ?? '', inSlt, 'reply');
    const open = await h.slack.waitFor(() => h.slack.callsTo('views.open').find((c) => (c.args.view as { callback_id: string }).callback_id === 'slt_answer_modal'));
    const meta = (open.args.view as { private_metadata: string }).private_metadata;
    await submit('slt_answer_modal', meta, { answer: { answer_input: { type: 'plain_text_input', value: 'Use the school account <!everyone>.' } } }, head);

    const dm = await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'D2147483697'));
    expect(allText(dm.args.blocks)).toContain('Use the school account &lt;!everyone&gt;.');
    expect(h.slack.callsTo('conversations.open').some((c) => c.args.users === 'U2147483697')).toBe(true);
    await h.slack.waitFor(() => h.slack.callsTo('chat.update').find((c) => allText(c.args.blocks).includes('Answered')));
    expect((await h.escalations.get(e?.ref ?? ''))?.state).toBe('answered');
  });

  it('sends the reference by DM when the button\'s response_url is not Slack\'s', async () => {
    const first = await ask('photo question');
    const btn = buttons(first.blocks as Block[]).find((b) => b.action_id === 'escalate');
    await click('escalate', btn?.value ?? '', { response_url: 'https://attacker.example/hook' } as Partial<Payload>);
    const open = await h.slack.waitFor(() => h.slack.callsTo('views.open')[0]);
    const meta = (open.args.view as { private_metadata: string }).private_metadata;
    await submit('escalate_modal', meta, { question: { question_input: { type: 'plain_text_input', value: 'photo question' } }, note: { note_input: { type: 'plain_text_input', value: null } } });
    const dm = await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'D2147483697'));
    expect(String(dm.args.text)).toMatch(/ESC-\d{4}/);
  });

  it('tells the asker to press again when Slack refuses to open the form (trigger expired)', async () => {
    h.slack.fail('views.open', { error: 'expired_trigger_id' });
    const first = await ask('photo question');
    const btn = buttons(first.blocks as Block[]).find((b) => b.action_id === 'escalate');
    await click('escalate', btn?.value ?? '', {}, 'late');
    const note = await h.slack.waitFor(() => h.slack.hooksTo('late')[0]);
    expect(note.body.response_type).toBe('ephemeral');
    expect(String(note.body.text)).toContain('press the button again');
  });

  it('refuses a form whose policy this deployment does not serve', async () => {
    const meta = JSON.stringify({ v: JSON.stringify({ a: 'escalate', p: 'some-other-school', q: 'q', c: [], s: false }), to: 'Headteacher' });
    const res = await submit('escalate_modal', meta, { question: { question_input: { type: 'plain_text_input', value: 'q' } }, note: { note_input: { type: 'plain_text_input', value: null } } });
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors' });
    expect(await h.escalations.list()).toEqual([]);
  });

  it('a non-SLT Reply click gets a refusal and no modal', async () => {
    await escalate();
    const [e] = await h.escalations.list();
    await click('slt_reply', e?.ref ?? '', {}, 'noreply');
    const refusal = await h.slack.waitFor(() => h.slack.hooksTo('noreply')[0]);
    expect(String(refusal.body.text)).toContain('SLACK_SLT_USERS');
    expect(h.slack.callsTo('views.open')).toHaveLength(1);
  });

  it('an empty question is sent back to the modal with an error, and nothing is stored', async () => {
    const meta = await escalate();
    const before = (await h.escalations.list()).length;
    const res = await submit('escalate_modal', meta, { question: { question_input: { type: 'plain_text_input', value: '   ' } }, note: { note_input: { type: 'plain_text_input', value: null } } });
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors', errors: { question: expect.any(String) } });
    expect((await h.escalations.list()).length).toBe(before);
  });
});
