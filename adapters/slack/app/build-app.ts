/**
 * The Bolt App: our receiver (HTTP route or Socket Mode), an authorize function that asks
 * auth.test once for the bot's ids, the Web API settings the outbox needs, and the listeners.
 */
import { App, type Authorize, type Receiver } from '@slack/bolt';
import type { Logger } from '../../../src/logger.ts';
import { boltLogger } from '../bolt-logger.ts';
import type { webApi } from '@slack/bolt';
import { webClientOptions } from '../web-client.ts';
import { dedupeEvents } from './dedupe-middleware.ts';
import type { HandlerDeps } from './deps.ts';
import { registerActions } from './register-actions.ts';
import { registerMessages } from './register-messages.ts';
import { registerViews } from './register-views.ts';
import type { Fetch } from './respond-url.ts';

/** The bot's own ids let Bolt ignore the bot's messages; fetched once, retried if it failed. */
export function authorizeOnce(client: webApi.WebClient, botToken: string, logger: Logger): Authorize<boolean> {
  let ids: Promise<{ botUserId?: string; botId?: string }> | undefined;
  return async () => {
    ids ??= client.auth
      .test({ token: botToken })
      .then((r) => ({ ...(r.user_id ? { botUserId: r.user_id } : {}), ...(r.bot_id ? { botId: r.bot_id } : {}) }))
      .catch((err: Error) => {
        ids = undefined;
        logger.warn({ error: err.message }, 'slack auth.test failed; will try again on the next event');
        return {};
      });
    return { botToken, ...(await ids) };
  };
}

export interface BuildAppInput {
  receiver: Receiver;
  client: webApi.WebClient;
  botToken: string;
  apiUrl?: string;
  deps: HandlerDeps;
  now: () => Date;
  fetch?: Fetch;
}

export function buildApp(input: BuildAppInput): App {
  const { deps } = input;
  const fetchFn = input.fetch ?? globalThis.fetch;
  const app = new App({
    receiver: input.receiver,
    authorize: authorizeOnce(input.client, input.botToken, deps.logger),
    clientOptions: webClientOptions(input.apiUrl, deps.logger),
    logger: boltLogger(deps.logger),
  });
  app.use(dedupeEvents(deps.logger, () => input.now().getTime()));
  registerMessages(app, deps);
  registerActions(app, deps);
  registerViews(app, deps, { fetch: fetchFn, ...(input.apiUrl ? { apiUrl: input.apiUrl } : {}) });
  app.error(async (error) => {
    deps.logger.error({ err: { name: error.name, code: (error as { code?: unknown }).code, message: error.message } }, 'slack listener failed');
  });
  return app;
}
