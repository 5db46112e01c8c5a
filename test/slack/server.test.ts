// The whole server (`policybot serve`'s startServer) with Slack credentials, against the fake
// Slack Web API: a member of staff asks, escalates; SLT take and answer; the asker hears back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sign } from '../../adapters/slack/index.ts';
import { startTestServer, type TestServer } from '../server/helpers.ts';
import { FakeSlack } from './fake-slack.ts';
import { fixture } from './harness.ts';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const SLT = 'C0SLT0001';
const HEAD = { id: 'U0HEAD001', username: 'head', name: 'Mrs Head', team_id: 'T0001' };
const QUESTION = 'Can I accept a friend request from a parent <!channel>?';

type Block = { elements?: { action_id?: string; value?: string; text: { text: string } }[] };
const buttons = (blocks: unknown) => (blocks as Block[]).flatMap((b) => b.elements ?? []).filter((e) => e.action_id);

let slack: FakeSlack;
let server: TestServer;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  server = await startTestServer(
    { POLICY_ID: 'quorn-hall', SLACK_BOT_TOKEN: 'xoxb-1-2-test', SLACK_SIGNING_SECRET: SECRET, SLACK_SLT_CHANNEL: SLT, SLACK_SLT_USERS: HEAD.id, SLACK_API_URL: slack.apiUrl },
    { outboxPollMs: 50 },
  );
});
afterAll(async () => {
  await server?.close();
  await slack?.stop();
});

async function post(body: string, type: string) {
  const ts = String(Math.floor(Date.now() / 1000));
  const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': type, 'x-slack-request-timestamp': ts, 'x-slack-signature': sign(SECRET, ts, body) }, body });
  return { status: res.status, text: await res.text() };
}
const form = (fields: Record<string, string>) => post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
const interact = (payload: object) => form({ payload: JSON.stringify(payload) });

describe('policybot serve with Slack credentials', () => {
  it('serves /slack/events and refuses unsigned requests', async () => {
    expect(server.adapters).toContain('slack');
    const res = await fetch(`${server.url}/slack/events`, { method: 'POST', body: 'token=x' });
    expect(res.status).toBe(401);
  });

  it('asks, escalates, and carries SLT\'s answer back to the asker', async () => {
    await form({ ...fixture<Record<string, string>>('slash-command.json'), text: QUESTION, response_url: slack.hookUrl('ask') });
    const answer = (await slack.waitFor(() => slack.hooksTo('ask')[0])).body;
    expect(answer.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.blocks)).toMatch(/\*\d+(\.\d+)+/);
    const escalate = buttons(answer.blocks).find((b) => b.action_id === 'escalate');
    expect(escalate?.text.text).toMatch(/^Ask the /);

    const click = fixture<Record<string, unknown> & { actions: object[] }>('block-actions.json');
    await interact({ ...click, response_url: slack.hookUrl('esc'), actions: [{ ...click.actions[0], action_id: 'escalate', value: escalate?.value, text: escalate?.text }] });
    const open = await slack.waitFor(() => slack.callsTo('views.open')[0]);
    const view = open.args.view as { private_metadata: string };
    const submit = fixture<Record<string, unknown> & { view: object }>('view-submission.json');
    const values = { question: { question_input: { type: 'plain_text_input', value: QUESTION } }, note: { note_input: { type: 'plain_text_input', value: null } } };
    await interact({ ...submit, view: { ...submit.view, callback_id: 'escalate_modal', private_metadata: view.private_metadata, state: { values } } });
    const reference = await slack.waitFor(() => slack.hooksTo('esc')[0]);
    const ref = /ESC-\d{4,}/.exec(String(reference.body.text))?.[0];
    expect(ref).toBeDefined();

    const sltPost = await slack.waitFor(() => slack.callsTo('chat.postMessage').find((c) => c.args.channel === SLT));
    expect(JSON.stringify(sltPost.args.blocks)).toContain(ref);
    expect(JSON.stringify(sltPost.args.blocks)).toContain('&lt;!channel&gt;');

    const inSlt = { user: HEAD, channel: { id: SLT, name: 'slt' }, container: { type: 'message', channel_id: SLT, message_ts: sltPost.at, is_ephemeral: false } };
    await interact({ ...click, ...inSlt, response_url: slack.hookUrl('take'), actions: [{ ...click.actions[0], action_id: 'slt_take', value: ref }] });
    await slack.waitFor(() => slack.callsTo('chat.update').find((c) => JSON.stringify(c.args.blocks).includes('Taken')));

    await interact({ ...click, ...inSlt, response_url: slack.hookUrl('reply'), actions: [{ ...click.actions[0], action_id: 'slt_reply', value: ref }] });
    const answerModal = await slack.waitFor(() => slack.callsTo('views.open').find((c) => (c.args.view as { callback_id: string }).callback_id === 'slt_answer_modal'));
    await interact({
      ...submit,
      user: HEAD,
      view: { ...submit.view, callback_id: 'slt_answer_modal', private_metadata: (answerModal.args.view as { private_metadata: string }).private_metadata, state: { values: { answer: { answer_input: { type: 'plain_text_input', value: 'Politely decline; see clause 7.' } } } } },
    });
    const dm = await slack.waitFor(() => slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'D2147483697'));
    expect(JSON.stringify(dm.args.blocks)).toContain('Politely decline; see clause 7.');
    await slack.waitFor(() => slack.callsTo('chat.update').find((c) => JSON.stringify(c.args.blocks).includes('Answered')));

    // Even at LOG_LEVEL=debug, the question is not in the logs.
    expect(JSON.stringify(server.logs)).not.toContain('friend request from a parent');
  });
});
