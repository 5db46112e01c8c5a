/**
 * The SLT view's JSON API. The playground's SLT identity acts on every school's escalations
 * (the directory grants it only while the playground is served); the service still checks,
 * audits and queues the answer for delivery back to the asker through the outbox.
 */
import { z } from 'zod';
import { PLAYGROUND_SLT } from '../../src/config/directory.ts';
import { NotFoundError } from '../../src/errors.ts';
import { ESCALATION_LIMITS } from '../../src/escalation/limits.ts';
import { readJson } from '../../src/server/body.ts';
import type { AdapterDeps, HttpRoute } from '../../src/server/platform.ts';
import { jsonRoute } from './api.ts';
import { escalationView } from './views.ts';

const Ref = z.string().regex(/^ESC-\d{1,12}$/i, 'a reference looks like ESC-0042');
export const RefBody = z.strictObject({ ref: Ref });
export const AnswerBody = z.strictObject({ ref: Ref, text: z.string().trim().min(1, 'write an answer').max(ESCALATION_LIMITS.answerChars) });

export function sltRoutes(deps: AdapterDeps): HttpRoute[] {
  const { escalations } = deps;
  // Only escalations raised in the playground: real staff questions from Slack or Teams are
  // handled there, and never shown on a page without a login.
  const playgroundRef = async (ref: string): Promise<string> => {
    const e = await escalations.get(ref);
    if (!e || e.asker.platform !== 'web') throw new NotFoundError(`There is no playground escalation ${ref}.`);
    return e.ref;
  };
  const after = (e: Parameters<typeof escalationView>[0]) => {
    deps.kickOutbox?.();
    return { escalation: escalationView(e) };
  };
  return [
    jsonRoute(
      '/playground/api/slt/escalations',
      async () => {
        const names = new Map(deps.bot.policies().map((p) => [p.id, p.name]));
        const mine = (await escalations.list()).filter((e) => e.asker.platform === 'web');
        return { escalations: mine.map((e) => ({ ...escalationView(e), school: names.get(e.policyId) ?? e.policyId })), you: PLAYGROUND_SLT.displayName };
      },
      'GET',
    ),
    jsonRoute('/playground/api/slt/take', async (req) => after(await escalations.take(await playgroundRef((await readJson(req, RefBody)).ref), PLAYGROUND_SLT))),
    jsonRoute('/playground/api/slt/answer', async (req) => {
      const body = await readJson(req, AnswerBody);
      deps.logger.info({ ref: body.ref, answer: body.text }, 'playground SLT answer');
      return after(await escalations.answer(await playgroundRef(body.ref), PLAYGROUND_SLT, body.text));
    }),
    jsonRoute('/playground/api/slt/close', async (req) => after(await escalations.close(await playgroundRef((await readJson(req, RefBody)).ref), PLAYGROUND_SLT))),
  ];
}
