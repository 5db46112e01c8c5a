/**
 * /policy in a channel (ephemeral, with Share) or in the bot's DM (a normal message); direct
 * messages to the bot; @mentions, answered in a thread everyone in the channel can read.
 */
import type { App, webApi } from '@slack/bolt';
import { escapeMrkdwn } from '../render/escape.ts';
import { context, replyToBlocks, type SlackMessage } from '../render/reply-blocks.ts';
import { answer, parseRequest, stripLeadingMentions, type Outcome } from './commands.ts';
import { noPolicyText, questionField, resolvePolicy, SORRY, type HandlerDeps } from './deps.ts';
import { describe } from '../receiver/route-receiver.ts';

export const COMMAND = '/policy';

export const THREAD_NOTICE = 'Everyone in this channel can read this thread. For an answer only you can see, use `/policy your question` or send me a direct message.';

function render(outcome: Outcome, ephemeral: boolean): SlackMessage {
  return 'reply' in outcome ? replyToBlocks(outcome.reply, { ephemeral }) : { text: escapeMrkdwn(outcome.text), blocks: [] };
}

/** A slash command typed in the user's DM with the bot can be answered in the open. */
async function isBotDm(client: webApi.WebClient, userId: string, channelId: string): Promise<boolean> {
  if (!channelId.startsWith('D')) return false;
  try {
    const open = await client.conversations.open({ users: userId });
    return open.channel?.id === channelId;
  } catch {
    return false;
  }
}

interface IncomingMessage {
  type: string;
  channel?: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
}

export function registerMessages(app: App, deps: HandlerDeps): void {
  const log = deps.logger.child({ component: 'slack' });

  app.command(COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const policyId = resolvePolicy(deps, { teamId: command.team_id, channelId: command.channel_id });
    if (!policyId) {
      await respond({ response_type: 'ephemeral', text: noPolicyText(command.team_id) });
      return;
    }
    const request = parseRequest(command.text ?? '');
    log.info({ via: 'command', team: command.team_id, channel: command.channel_id, user: command.user_id, policyId, kind: request.kind, ...(request.kind === 'ask' ? questionField(deps, request.text) : {}) }, 'slack request');
    try {
      const outcome = answer(deps.bot, policyId, request);
      const ephemeral = !(await isBotDm(client, command.user_id, command.channel_id));
      await respond({ response_type: ephemeral ? 'ephemeral' : 'in_channel', ...render(outcome, ephemeral) });
    } catch (err) {
      log.error({ err: describe(err), policyId }, 'slash command failed');
      await respond({ response_type: 'ephemeral', text: SORRY });
    }
  });

  const reply = async (client: webApi.WebClient, ev: IncomingMessage, teamId: string | undefined, thread: boolean) => {
    if (!ev.channel || !ev.user || ev.subtype || ev.bot_id || typeof ev.text !== 'string') return;
    const threadTs = thread ? (ev.thread_ts ?? ev.ts) : undefined;
    const post = (m: SlackMessage) => client.chat.postMessage({ channel: ev.channel as string, text: m.text, blocks: m.blocks, unfurl_links: false, ...(threadTs ? { thread_ts: threadTs } : {}) });
    const policyId = resolvePolicy(deps, { teamId, channelId: ev.channel });
    if (!policyId) {
      await post({ text: noPolicyText(teamId), blocks: [] });
      return;
    }
    const request = parseRequest(thread ? stripLeadingMentions(ev.text) : ev.text);
    log.info({ via: thread ? 'mention' : 'dm', team: teamId, channel: ev.channel, user: ev.user, policyId, kind: request.kind, ...(request.kind === 'ask' ? questionField(deps, request.text) : {}) }, 'slack request');
    try {
      const msg = render(answer(deps.bot, policyId, request), false);
      if (thread && msg.blocks.length < 50) msg.blocks.push(context(THREAD_NOTICE));
      await post(msg);
    } catch (err) {
      log.error({ err: describe(err), policyId }, 'slack message failed');
      await post({ text: SORRY, blocks: [] });
    }
  };

  app.event('message', async ({ event, body, client }) => {
    const ev = event as IncomingMessage;
    if (ev.channel_type !== 'im') return;
    await reply(client, ev, (body as { team_id?: string }).team_id, false);
  });

  app.event('app_mention', async ({ event, body, client }) => {
    await reply(client, event as IncomingMessage, (body as { team_id?: string }).team_id, true);
  });
}
