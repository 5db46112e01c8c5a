/**
 * Microsoft Teams, through botbuilder 4.23 (the last Bot Framework SDK; everything that imports
 * it lives in this folder, so moving to the Microsoft 365 Agents SDK is this folder's work).
 *
 *   const teams = createTeamsAdapter(deps, { appId, appPassword, appType, tenantId, host });
 *   server.route(teams.routes());        // POST /api/messages
 *   outbox notifiers: [teams.notifier]
 *
 * With an app id, every request must carry a valid Bot Framework token (CloudAdapter with
 * ConfigurationBotFrameworkAuthentication). Without one, botbuilder checks nothing (the
 * Emulator mode), so the adapter refuses to exist unless the server is bound to loopback.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TurnContext } from 'botbuilder';
import { createCloudAdapter } from './cloud.ts';
import { ConfigError } from '../../src/errors.ts';
import { isLoopback } from '../../src/config/binding.ts';
import { sendError } from '../../src/server/body.ts';
import { memoryDeliveryRecords, type AdapterDeps, type PlatformAdapter, type TeamsSettings } from '../../src/server/platform.ts';
import { SAY } from './context.ts';
import { PolicybotTeamsHandler } from './handler.ts';
import { readActivityRequest, wrapResponse } from './http-bridge.ts';
import { TeamsNotifier } from './notifier.ts';

export { replyToCard, sltCard } from './card/index.ts';
export { TeamsNotifier } from './notifier.ts';
export { mapConnectorError, NOT_IN_ROSTER_HELP } from './connector-errors.ts';

export interface TeamsAdapter extends PlatformAdapter {
  readonly name: 'teams';
  readonly notifier: TeamsNotifier;
  /** true when Bot Framework tokens are checked (an app id is set). */
  readonly authenticated: boolean;
}

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

export function createTeamsAdapter(deps: AdapterDeps, settings: TeamsSettings): TeamsAdapter {
  const appId = settings.appId ?? '';
  const emulator = !appId;
  if (emulator && !(settings.host && isLoopback(settings.host))) {
    throw new ConfigError(
      `MICROSOFT_APP_ID is missing: without it Bot Framework requests are not authenticated at all (the Emulator mode), so Teams only runs when HOST is a loopback address such as 127.0.0.1 (it is ${settings.host ? `"${settings.host}"` : 'not known to the Teams adapter'}). Set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID from the Azure Bot registration, e.g. MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000000`,
    );
  }
  const logger = deps.logger.child({ platform: 'teams' });
  const cloud = createCloudAdapter(settings, 'turns');
  cloud.onTurnError = async (context: TurnContext, err: Error) => {
    logger.error({ error: `${err.name}: ${err.message}`.slice(0, 300), activityType: context.activity.type }, 'Teams turn failed');
    try {
      if (context.activity.type === 'message') await context.sendActivity(SAY.trouble);
    } catch {
      // The connector itself may be what failed.
    }
  };

  const records = deps.deliveryRecords ?? memoryDeliveryRecords();
  if (!deps.deliveryRecords) logger.warn({}, 'Teams delivery records are kept in memory: pass the escalation store as deliveryRecords so SLT channels and cards survive a restart');
  const handler = new PolicybotTeamsHandler({
    bot: deps.bot,
    escalations: deps.escalations,
    directory: deps.directory,
    records,
    logger,
    ...(deps.defaultPolicyId ? { defaultPolicyId: deps.defaultPolicyId } : {}),
    logQuestions: deps.logQuestions,
    ...(deps.kickOutbox ? { kickOutbox: deps.kickOutbox } : {}),
  });
  const notifier = new TeamsNotifier({
    adapter: createCloudAdapter(settings, 'outbox'),
    appId,
    records,
    directory: deps.directory,
    logger,
    policyName: (id) => deps.bot.policies().find((p) => p.id === id)?.name,
    ...(settings.serviceUrl ? { serviceUrl: settings.serviceUrl } : {}),
    ...(settings.tenantId ? { tenantId: settings.tenantId } : {}),
  });

  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (stopping) {
      sendError(res, 503, 'policybot is shutting down; Teams will retry.');
      return;
    }
    const request = await readActivityRequest(req, res);
    if (!request) return;
    // Unauthenticated mode answers only a local Emulator: never send replies off this machine.
    const serviceHost = hostOf(request.body.serviceUrl);
    if (emulator && !(serviceHost && isLoopback(serviceHost))) {
      sendError(res, 400, 'In Emulator mode (no MICROSOFT_APP_ID) the activity\'s serviceUrl must be a loopback address.');
      return;
    }
    const work = cloud.process(request, wrapResponse(res), (context) => handler.run(context));
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  }

  return {
    name: 'teams',
    notifier,
    authenticated: !emulator,
    routes: () => [{ method: 'POST', path: '/api/messages', readsBodyWithCap: true, handle }],
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
