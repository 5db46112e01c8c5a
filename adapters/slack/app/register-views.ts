/**
 * Modal submissions. Ask the <role>: validate, ack (the modal closes), store the escalation,
 * give the asker its reference where they pressed the button (or by DM), kick the outbox.
 * SLT's reply: validate, ack, record the answer; the outbox updates the SLT message and DMs the asker.
 */
import type { App, webApi } from '@slack/bolt';
import { decodeAction } from '../../../src/dialog/actions.ts';
import { PolicybotError } from '../../../src/errors.ts';
import { newEscalationFrom } from '../../../src/escalation/from-action.ts';
import { referenceMessage } from '../render/escalation-blocks.ts';
import { FIELDS, MODALS } from '../render/modals.ts';
import type { SlackMessage } from '../render/reply-blocks.ts';
import { describe } from '../receiver/route-receiver.ts';
import { SORRY, type HandlerDeps } from './deps.ts';
import { AnswerMeta, decodeMeta, EscalateMeta } from './metadata.ts';
import { postToResponseUrl, trustedResponseUrl, type Fetch } from './respond-url.ts';

type Values = Record<string, Record<string, { value?: string | null }>>;
const field = (values: Values, f: { block: string; action: string }) => (values[f.block]?.[f.action]?.value ?? '').trim();

async function dm(client: webApi.WebClient, userId: string, msg: SlackMessage): Promise<void> {
  const open = await client.conversations.open({ users: userId });
  if (!open.channel?.id) throw new Error('conversations.open returned no channel');
  await client.chat.postMessage({ channel: open.channel.id, text: msg.text, blocks: msg.blocks });
}

export function registerViews(app: App, deps: HandlerDeps, opts: { fetch: Fetch; apiUrl?: string }): void {
  const log = deps.logger.child({ component: 'slack' });

  app.view(MODALS.escalate, async ({ ack, body, view, client }) => {
    const meta = decodeMeta(EscalateMeta, view.private_metadata);
    const decoded = meta ? decodeAction(meta.v) : undefined;
    const question = field(view.state.values as Values, FIELDS.question);
    const note = field(view.state.values as Values, FIELDS.note);
    if (!meta || !decoded?.ok || decoded.action.a !== 'escalate' || !deps.bot.policies().some((p) => p.id === decoded.action.p)) {
      await ack({ response_action: 'errors', errors: { [FIELDS.question.block]: 'This form has expired. Close it, ask your question again, then press the button.' } });
      return;
    }
    if (!question) {
      await ack({ response_action: 'errors', errors: { [FIELDS.question.block]: 'Please write the question you want to ask.' } });
      return;
    }
    await ack();
    const a = decoded.action;
    const asker = await deps.person(client, body.user);
    let msg: SlackMessage;
    try {
      const e = await deps.escalations.create(
        newEscalationFrom(a, { asker, askerAddress: { platform: 'slack', address: asker.userId }, question, ...(note ? { note } : {}) }),
      );
      deps.kickOutbox();
      log.info({ ref: e.ref, policyId: a.p, urgent: e.urgent, user: asker.userId }, 'escalation created from slack');
      msg = referenceMessage(e, meta.to);
    } catch (err) {
      log.error({ err: describe(err), policyId: a.p }, 'escalation could not be created');
      msg = { text: `Your question could not be sent to the ${meta.to}. ${err instanceof PolicybotError ? err.message : SORRY}`, blocks: [] };
    }
    // The reference goes back where the button was (ephemeral), or by DM when that fails.
    const url = trustedResponseUrl(meta.rt, opts.apiUrl);
    try {
      if (!url) throw new Error('no response_url');
      await postToResponseUrl(opts.fetch, url, { response_type: 'ephemeral', replace_original: false, ...msg });
    } catch {
      await dm(client, asker.userId, msg);
    }
  });

  app.view(MODALS.answer, async ({ ack, body, view, client }) => {
    const meta = decodeMeta(AnswerMeta, view.private_metadata);
    const text = field(view.state.values as Values, FIELDS.answer);
    if (!meta) {
      await ack({ response_action: 'errors', errors: { [FIELDS.answer.block]: 'This form has expired. Close it and press Reply again.' } });
      return;
    }
    if (!text) {
      await ack({ response_action: 'errors', errors: { [FIELDS.answer.block]: 'Please write your reply.' } });
      return;
    }
    await ack();
    const actor = await deps.person(client, body.user);
    try {
      await deps.escalations.answer(meta.ref, actor, text);
      deps.kickOutbox();
      log.info({ ref: meta.ref, user: actor.userId }, 'escalation answered from slack');
    } catch (err) {
      const note = err instanceof PolicybotError ? err.message : SORRY;
      if (!(err instanceof PolicybotError)) log.error({ err: describe(err), ref: meta.ref }, 'escalation answer failed');
      else log.warn({ ref: meta.ref, user: actor.userId, code: err.code }, 'escalation answer refused');
      if (meta.ch) await client.chat.postEphemeral({ channel: meta.ch, user: actor.userId, text: note });
      else await dm(client, actor.userId, { text: note, blocks: [] });
    }
  });
}
