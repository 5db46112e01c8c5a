/**
 * Configuration: the environment variables in ../shared/DESIGN.md, the optional trust file
 * (POLICYBOT_CONFIG), the binding rules, and the SchoolDirectory built from them.
 */
import { decideBinding } from './binding.ts';
import { readConfig, type ServerConfig } from './config.ts';

export { DEFAULTS, LOG_LEVELS, readConfig, type LogLevel, type ServerConfig } from './config.ts';
export { decideBinding, hasCredentials, isLoopback } from './binding.ts';
export { checkPolicies } from './policies.ts';
export { createSchoolDirectory, directoryFromConfig, PLAYGROUND_SLT, PLAYGROUND_SLT_CHANNEL, PLAYGROUND_USER } from './directory.ts';
export { SETTINGS, SETTING_NAMES, settingMessage, type SettingName } from './settings.ts';
export { readTrustFile, TrustFile, type School } from './trust-file.ts';

/** The environment read and the binding rules applied: what `policybot serve` starts from. */
export function loadServerConfig(env: Record<string, string | undefined>, cwd?: string): ServerConfig {
  return decideBinding(readConfig(env, cwd));
}
