/**
 * Checks that need the knowledge folder loaded: every policy the configuration names must be
 * one the bot knows, and a platform deployment must know which school it serves.
 */
import { ConfigError } from '../errors.ts';
import { hasCredentials } from './binding.ts';
import type { ServerConfig } from './config.ts';
import { settingMessage } from './settings.ts';

export function checkPolicies(config: ServerConfig, known: readonly string[]): void {
  const valid = `valid ids: ${known.join(', ')}`;
  if (config.policyId && !known.includes(config.policyId)) {
    throw new ConfigError(settingMessage('POLICY_ID', `is "${config.policyId}", which is not a loaded policy (${valid})`));
  }
  for (const [i, school] of config.schools.entries()) {
    if (!known.includes(school.policy)) {
      throw new ConfigError(`${config.configFile ?? 'configuration'} → at schools[${i}].policy: "${school.policy}" is not a loaded policy (${valid}).`);
    }
  }
  if (hasCredentials(config) && !config.configFile && !config.policyId) {
    throw new ConfigError(settingMessage('POLICY_ID', `is missing (Slack or Teams is configured and must know which school it serves; ${valid})`));
  }
}
