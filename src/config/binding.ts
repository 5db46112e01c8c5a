/**
 * Where the server may listen, and whether the playground is served. The playground, its SLT
 * view and the Teams Emulator mode have no login, so they must never be reachable from the
 * network by accident: they run on loopback only, and beside real credentials only when asked.
 */
import { isIP } from 'node:net';
import { ConfigError } from '../errors.ts';
import type { ServerConfig } from './config.ts';
import { settingMessage } from './settings.ts';

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/** Has the deployment real platform credentials (anything that authenticates its callers)? */
export function hasCredentials(config: Pick<ServerConfig, 'slack' | 'teams'>): boolean {
  return Boolean(config.slack) || Boolean(config.teams?.appId);
}

/** Applies the binding rules; returns the config with `playground` decided, or throws one ConfigError. */
export function decideBinding(config: ServerConfig): ServerConfig {
  const loopback = isLoopback(config.host);
  const credentials = hasCredentials(config);
  if (!credentials && !loopback) {
    throw new ConfigError(
      settingMessage(
        'HOST',
        `is "${config.host}", which is refused without Slack or Teams credentials: the playground has no login, so it only listens on 127.0.0.1. Set the platform credentials to serve the network, or leave HOST unset`,
      ),
    );
  }
  if (config.teams?.emulator && !loopback) {
    throw new ConfigError(settingMessage('TEAMS_EMULATOR', `is true while HOST is "${config.host}": the Emulator mode has no authentication, so it only runs on 127.0.0.1`));
  }
  const wanted = config.playgroundRequested ?? !credentials;
  if (wanted && credentials && !loopback) {
    throw new ConfigError(
      settingMessage('PLAYGROUND', `is true while HOST is "${config.host}": the playground and SLT view have no login, so they are only served on 127.0.0.1. Remove PLAYGROUND or listen on loopback`),
    );
  }
  return { ...config, playground: wanted };
}
