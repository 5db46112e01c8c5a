/**
 * The botbuilder CloudAdapter, configured from TeamsSettings. Two are made: one answers
 * incoming activities (with the connector's own quick retries, which help a reply get through),
 * one is the notifier's, without them, because the outbox owns retrying proactive messages: it
 * honours Retry-After without holding a worker asleep, counts attempts and survives restarts.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { TeamsSettings } from '../../src/server/platform.ts';

// botframework-connector's types, reached through botbuilder (it is not a direct dependency).
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;

/** What ConnectorClient keeps privately: its @azure/core-client ServiceClient and pipeline. */
interface WithPipeline {
  client?: { pipeline?: { removePolicy(options: { phase?: 'Retry' }): unknown } };
}

class OutboxAuthentication extends ConfigurationBotFrameworkAuthentication {
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    return {
      async create(serviceUrl: string, audience?: string) {
        const connector = await inner.create(serviceUrl, audience);
        (connector as unknown as WithPipeline).client?.pipeline?.removePolicy({ phase: 'Retry' });
        return connector;
      },
    } as ConnectorFactory;
  }
}

function options(settings: TeamsSettings): Record<string, string> {
  const appId = settings.appId ?? '';
  return {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppType: settings.appType ?? (appId ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: settings.tenantId ?? '',
  };
}

/** Authentication is enforced whenever appId is set: CloudAdapter.process then rejects a request without a valid Bot Framework token (401). */
export function createCloudAdapter(settings: TeamsSettings, purpose: 'turns' | 'outbox'): CloudAdapter {
  const auth = purpose === 'outbox' ? new OutboxAuthentication(options(settings)) : new ConfigurationBotFrameworkAuthentication(options(settings));
  return new CloudAdapter(auth);
}
