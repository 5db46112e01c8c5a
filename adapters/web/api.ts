/**
 * The playground's JSON API (asker side): ask, choose, topics, escalate, and the inbox the page
 * polls for SLT's answers. Every body is checked with zod; every reply is the core's Reply JSON.
 */
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { PLAYGROUND_USER } from '../../src/config/directory.ts';
import { decodeAction } from '../../src/dialog/actions.ts';
import { toReplyJson } from '../../src/dialog/reply.ts';
import { ESCALATION_LIMITS } from '../../src/escalation/limits.ts';
import { newEscalationFrom } from '../../src/escalation/from-action.ts';
import { HttpError, readJson, sendJson } from '../../src/server/body.ts';
import type { AdapterDeps, DeliveryRecords, HttpRoute } from '../../src/server/platform.ts';
import { assertLocalRequest } from './guard.ts';
import { deliveredAnswer } from './notifier.ts';
import { inboxItem } from './views.ts';

const PolicyField = z.string().min(1).max(64);
/** A random id the page keeps for its conversation: where SLT's answers come back to. */
export const ConversationId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a conversation id is 8–64 letters, digits, - or _');

export const AskBody = z.strictObject({ policy: PolicyField, text: z.string().trim().min(1, 'type a question').max(2000, 'keep the question under 2,000 characters') });
/** `policy`: the school chosen on the page, for restarting when a payload is too damaged to say. */
export const ChooseBody = z.strictObject({ payload: z.string().min(1).max(2000), policy: z.string().max(64).optional() });
export const PolicyBody = z.strictObject({ policy: PolicyField });
export const EscalateBody = z.strictObject({
  payload: z.string().min(1).max(2000),
  note: z.string().max(ESCALATION_LIMITS.noteChars).optional(),
  conversation: ConversationId,
});

export function jsonRoute(path: string, handler: (req: IncomingMessage) => Promise<unknown>, method: 'GET' | 'POST' = 'POST'): HttpRoute {
  return {
    method,
    path,
    readsBodyWithCap: true,
    async handle(req, res) {
      assertLocalRequest(req);
      sendJson(res, 200, await handler(req));
    },
  };
}

export function askerRoutes(deps: AdapterDeps, records: DeliveryRecords): HttpRoute[] {
  const { bot } = deps;
  return [
    jsonRoute('/playground/api/schools', async () => ({ schools: bot.policies(), default: deps.defaultPolicyId ?? null }), 'GET'),
    jsonRoute('/playground/api/ask', async (req) => {
      const body = await readJson(req, AskBody);
      deps.logger.info({ policyId: body.policy, question: body.text }, 'playground question');
      return toReplyJson(bot.ask(body.policy, body.text));
    }),
    jsonRoute('/playground/api/choose', async (req) => {
      const body = await readJson(req, ChooseBody);
      return toReplyJson(bot.choose(body.payload, body.policy));
    }),
    jsonRoute('/playground/api/topics', async (req) => toReplyJson(bot.topics((await readJson(req, PolicyBody)).policy))),
    jsonRoute('/playground/api/help', async (req) => toReplyJson(bot.help((await readJson(req, PolicyBody)).policy))),
    jsonRoute('/playground/api/escalate', async (req) => {
      const body = await readJson(req, EscalateBody);
      const decoded = decodeAction(body.payload);
      if (!decoded.ok || decoded.action.a !== 'escalate') {
        throw new HttpError(400, 'That Ask button has been damaged or is out of date: ask the question again and press Ask on the new answer.');
      }
      const a = decoded.action;
      const note = body.note?.trim();
      const created = await deps.escalations.create(
        newEscalationFrom(a, { asker: PLAYGROUND_USER, askerAddress: { platform: 'web', address: body.conversation }, ...(note ? { note } : {}) }),
      );
      deps.kickOutbox?.();
      return { ref: created.ref, state: created.state, urgent: created.urgent };
    }),
    jsonRoute(
      '/playground/api/inbox',
      async (req) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const conversation = ConversationId.safeParse(url.searchParams.get('conversation'));
        if (!conversation.success) throw new HttpError(400, 'Say which conversation: /playground/api/inbox?conversation=<id>.');
        const mine = (await deps.escalations.list()).filter(
          (e) => e.asker.platform === 'web' && e.askerAddress?.platform === 'web' && e.askerAddress.address === conversation.data,
        );
        const items = await Promise.all(mine.map(async (e) => inboxItem(e, await deliveredAnswer(records, e.ref))));
        return { escalations: items };
      },
      'GET',
    ),
  ];
}
