/**
 * The Slack adapter: /policy, direct messages and mentions answered in Block Kit; escalations
 * to the school's SLT channel with Take / Reply / Close; a Notifier for the outbox. Over HTTP
 * at /slack/events (signature checked) or, with an app-level token, over Socket Mode.
 *
 *   const slack = createSlackAdapter(deps, { botToken, signingSecret, appToken?, apiUrl? });
 *   server.addRoutes(slack.routes()); outbox notifiers: [slack.notifier]; await slack.start();
 */
import { SocketModeReceiver, type App } from '@slack/bolt';
import { ConfigError } from '../../src/errors.ts';
import { memoryDeliveryRecords, type AdapterDeps, type PlatformAdapter, type SlackSettings } from '../../src/server/platform.ts';
import { buildApp } from './app/build-app.ts';
import { personLookup } from './app/names.ts';
import type { Fetch } from './app/respond-url.ts';
import { boltLogger } from './bolt-logger.ts';
import { SlackNotifier } from './notify/slack-notifier.ts';
import { RouteReceiver } from './receiver/route-receiver.ts';
import { createWebClient } from './web-client.ts';

export { replyToBlocks, type RenderContext, type SlackMessage } from './render/index.ts';
export { SlackNotifier } from './notify/slack-notifier.ts';
export { SlackDeliveryError } from './notify/slack-errors.ts';
export { sign, verifySignature } from './receiver/verify.ts';

export const EVENTS_PATH = '/slack/events';

export type SlackTransport = 'http' | 'socket';

/** With an app-level token (xapp-…) Slack is reached over Socket Mode; otherwise over HTTP. */
export function slackTransport(settings: Pick<SlackSettings, 'appToken'>): SlackTransport {
  return settings.appToken ? 'socket' : 'http';
}

export interface SlackAdapter extends PlatformAdapter {
  readonly name: 'slack';
  readonly transport: SlackTransport;
  readonly app: App;
  notifier: SlackNotifier;
}

export function createSlackAdapter(deps: AdapterDeps, settings: SlackSettings, options: { fetch?: Fetch } = {}): SlackAdapter {
  const now = deps.clock ?? (() => new Date());
  const logger = deps.logger.child({ platform: 'slack' });
  const client = createWebClient(settings.botToken, settings.apiUrl, logger);
  const transport = slackTransport(settings);
  const route = transport === 'http' ? new RouteReceiver({ signingSecret: settings.signingSecret, logger, now }) : undefined;
  const receiver = route ?? new SocketModeReceiver({ appToken: settings.appToken as string, logger: boltLogger(logger) });
  const handlerDeps = {
    bot: deps.bot,
    escalations: deps.escalations,
    directory: deps.directory,
    logger,
    logQuestions: deps.logQuestions,
    kickOutbox: deps.kickOutbox ?? (() => {}),
    person: personLookup(),
    ...(deps.defaultPolicyId ? { defaultPolicyId: deps.defaultPolicyId } : {}),
  };
  const app = buildApp({ receiver, client, botToken: settings.botToken, deps: handlerDeps, now, ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) });
  const notifier = new SlackNotifier({
    client,
    directory: deps.directory,
    records: deps.deliveryRecords ?? memoryDeliveryRecords(),
    policyName: (id) => deps.bot.policies().find((p) => p.id === id)?.name ?? id,
    logger,
  });
  let started = false;
  return {
    name: 'slack',
    transport,
    app,
    notifier,
    routes: () => (route ? [{ method: 'POST', path: EVENTS_PATH, handle: (req, res) => route.handle(req, res) }] : []),
    async start() {
      if (transport === 'socket' && !started) {
        try {
          await app.start();
        } catch (err) {
          const code = (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;
          throw new ConfigError(
            `Slack refused the Socket Mode connection (${code}). SLACK_APP_TOKEN must be an app-level token (xapp-…) with the connections:write scope, from the app's Basic Information → App-Level Tokens, and Socket Mode must be on (adapters/slack/manifest.socket-mode.yaml).`,
          );
        }
        logger.info({}, 'slack connected over Socket Mode');
      }
      started = true;
    },
    async stop() {
      if (transport === 'socket') {
        if (started) await app.stop();
      } else await route?.stop();
      started = false;
    },
  };
}
