/**
 * Button clicks. Tree choices continue in place (replace_original); Share re-posts the answer
 * for the channel; Ask the <role> opens the escalation modal; Take / Reply / Close are for SLT.
 * Every value is decoded at this edge; a bad one gets a polite message, never a crash.
 */
import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import { decodeAction, encodeAction } from '../../../src/dialog/actions.ts';
import type { Reply } from '../../../src/dialog/reply.ts';
import { PolicybotError } from '../../../src/errors.ts';
import type { Logger } from '../../../src/logger.ts';
import { ACTION_IDS, replyToBlocks } from '../render/reply-blocks.ts';
import { SLT_ACTIONS } from '../render/escalation-blocks.ts';
import { answerModal, escalateModal } from '../render/modals.ts';
import { describe } from '../receiver/route-receiver.ts';
import { noPolicyText, resolvePolicy, slackPerson, SORRY, type HandlerDeps } from './deps.ts';
import { encodeMeta, RefValue } from './metadata.ts';

export const FORM_FAILED = 'The form did not open (Slack allows only a few seconds). Please press the button again.';

/** A failure after the ack: logged without text, and the person told privately. */
async function guarded(log: Logger, respond: RespondFn, what: string, tell: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    log.error({ err: describe(err), what }, 'slack action failed');
    await respond({ response_type: 'ephemeral', replace_original: false, text: tell }).catch(() => undefined);
  }
}

export const STALE_BUTTON = 'That button no longer works (the policy may have been updated since). Here are the topics, to start again.';

const ephemeralNote = (respond: RespondFn, text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });

export function registerActions(app: App, deps: HandlerDeps): void {
  const log = deps.logger.child({ component: 'slack' });
  const choice = new RegExp(`^${ACTION_IDS.choice}\\d+$`);

  app.action<BlockAction<ButtonAction>>(choice, async ({ ack, action, body, respond }) => {
    await ack();
    await guarded(log, respond, 'tree choice', SORRY, async () => {
      const ephemeral = (body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral === true;
      const decoded = decodeAction(action.value);
      let reply: Reply | undefined;
      if (decoded.ok && (decoded.action.a === 'choose' || decoded.action.a === 'tree')) {
        reply = deps.bot.choose(action.value ?? '');
      } else {
        log.warn({ reason: decoded.ok ? `unexpected ${decoded.action.a}` : decoded.reason }, 'slack tree button value refused');
        const policyId = resolvePolicy(deps, { teamId: body.team?.id, channelId: body.channel?.id });
        if (!policyId) return void (await ephemeralNote(respond, noPolicyText(body.team?.id)));
        const topics = deps.bot.topics(policyId);
        reply = { ...topics, notices: [{ kind: 'restarted', text: STALE_BUTTON }, ...topics.notices] };
      }
      await respond({ replace_original: true, ...replyToBlocks(reply, { ephemeral }) });
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, async ({ ack, action, body, respond }) => {
    await ack();
    await guarded(log, respond, 'share', SORRY, async () => {
      const decoded = decodeAction(action.value);
      if (!decoded.ok || decoded.action.a !== 'share') return void (await ephemeralNote(respond, 'That button no longer works: ask your question again to share it.'));
      const a = decoded.action;
      const reply = a.r ? deps.bot.choose(encodeAction(a.r)) : deps.bot.ask(a.p, a.q);
      await respond({ response_type: 'in_channel', replace_original: false, ...replyToBlocks(reply, { ephemeral: false, sharedBy: body.user.id }) });
      await respond({ delete_original: true });
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_IDS.escalate, async ({ ack, action, body, client, respond }) => {
    await ack();
    await guarded(log, respond, 'open escalation form', FORM_FAILED, async () => {
      const decoded = decodeAction(action.value);
      if (!decoded.ok || decoded.action.a !== 'escalate') return void (await ephemeralNote(respond, 'That button no longer works: ask your question again, then press it.'));
      const to = action.text.text.replace(/^Ask the /, '') || 'headteacher';
      const metadata = encodeMeta({ v: action.value ?? '', to, ...(body.channel?.id ? { ch: body.channel.id } : {}), ...(body.response_url ? { rt: body.response_url } : {}) });
      await client.views.open({ trigger_id: body.trigger_id, view: escalateModal({ to, question: decoded.action.q, metadata, urgent: decoded.action.s }) });
    });
  });

  app.action<BlockAction<ButtonAction>>(SLT_ACTIONS.reply, async ({ ack, action, body, client, respond }) => {
    await ack();
    const ref = RefValue.safeParse(action.value);
    if (!ref.success) return void (await ephemeralNote(respond, 'That button is not for a known escalation.'));
    const actor = slackPerson(body.user);
    const e = await deps.escalations.get(ref.data);
    if (!e) return void (await ephemeralNote(respond, `${ref.data} no longer exists (it may have been deleted under the retention policy).`));
    if (!deps.directory.isSlt(e.policyId, actor)) {
      log.warn({ ref: e.ref, user: actor.userId, action: 'reply' }, 'non-SLT user refused');
      return void (await ephemeralNote(respond, refusal(actor.userId)));
    }
    const metadata = encodeMeta({ ref: e.ref, ...(body.channel?.id ? { ch: body.channel.id } : {}) });
    await guarded(log, respond, 'open answer form', FORM_FAILED, async () => {
      await client.views.open({ trigger_id: body.trigger_id, view: answerModal({ ref: e.ref, question: e.question, metadata }) });
    });
  });

  for (const id of [SLT_ACTIONS.take, SLT_ACTIONS.close]) {
    app.action<BlockAction<ButtonAction>>(id, async ({ ack, action, body, client, respond }) => {
      await ack();
      const ref = RefValue.safeParse(action.value);
      if (!ref.success) return void (await ephemeralNote(respond, 'That button is not for a known escalation.'));
      const actor = await deps.person(client, body.user);
      try {
        if (id === SLT_ACTIONS.take) await deps.escalations.take(ref.data, actor);
        else await deps.escalations.close(ref.data, actor);
        deps.kickOutbox();
      } catch (err) {
        if (err instanceof PolicybotError) {
          log.warn({ ref: ref.data, user: actor.userId, action: id, code: err.code }, 'escalation action refused');
          return void (await ephemeralNote(respond, err.message));
        }
        log.error({ err: describe(err), ref: ref.data, action: id }, 'escalation action failed');
        await ephemeralNote(respond, SORRY);
      }
    });
  }
}

export function refusal(userId: string): string {
  return `Only the school's senior leadership team can act on escalations, so nothing was changed. If you should be able to, ask IT to add your Slack user id (${userId}) to SLACK_SLT_USERS.`;
}
