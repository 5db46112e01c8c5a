/**
 * The server's configuration, read once at start-up from the environment (and the optional trust
 * file). The first problem stops the server with one message naming the setting, what it is
 * for and an example; secrets are never echoed back.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.ts';
import type { SlackSettings, TeamsSettings } from '../server/platform.ts';
import { settingMessage, type SettingName } from './settings.ts';
import { readTrustFile, type School } from './trust-file.ts';

export const DEFAULTS = Object.freeze({
  port: 3978,
  host: '127.0.0.1',
  dataDir: './data',
  retentionDays: 365, // the escalation store's default (src/escalation/retention.ts)
  logLevel: 'info' as const,
});

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute. */
  dataDir: string;
  /** KNOWLEDGE_DIR, absolute; undefined means the project's knowledge/. */
  knowledgeDir?: string;
  configFile?: string;
  retentionDays: number;
  logLevel: LogLevel;
  logQuestions: boolean;
  /** POLICY_ID: the single school, or a trust's fallback. */
  policyId?: string;
  slack?: SlackSettings;
  teams?: TeamsSettings & { emulator: boolean };
  /** Serve the playground and SLT view (decided in binding.ts). */
  playground: boolean;
  /** PLAYGROUND as set: undefined when not set. */
  playgroundRequested?: boolean;
  /** From the trust file, or one school built from the single-school variables. */
  schools: School[];
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: SettingName): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** Parses one variable; a failure names it, and quotes the value only when it is not a secret. */
function check<T>(env: Env, name: SettingName, schema: z.ZodType<T>, secret = false): T | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const why = parsed.error.issues[0]?.message ?? 'is not valid';
  throw new ConfigError(settingMessage(name, `${secret ? 'is not valid' : `is "${raw}", which is not valid`} (${why})`));
}

function missing(name: SettingName, because?: string): ConfigError {
  return new ConfigError(settingMessage(name, because ? `is missing (${because})` : 'is missing'));
}

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no'], 'write true or false').transform((v) => ['true', '1', 'yes'].includes(v));
const port = z.coerce.number('write a number').int('write a whole number').min(0).max(65535, 'a port is 0 to 65535');
const days = z.coerce.number('write a number of days').int('write a whole number of days').min(1, 'keep escalations at least 1 day').max(3650, 'at most 3650 days (ten years)');
const list = (item: z.ZodString) => z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(item));
const slackUser = z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'Slack user ids look like U0123456789');
const aadId = z.string().regex(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, 'Azure AD object ids look like aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');

function readSlack(env: Env): SlackSettings | undefined {
  const botToken = check(env, 'SLACK_BOT_TOKEN', z.string().startsWith('xoxb-', 'a bot token starts with xoxb-'), true);
  const signingSecret = check(env, 'SLACK_SIGNING_SECRET', z.string().min(16, 'a signing secret is 32 characters'), true);
  const appToken = check(env, 'SLACK_APP_TOKEN', z.string().startsWith('xapp-', 'an app-level token starts with xapp-'), true);
  const apiUrl = check(env, 'SLACK_API_URL', z.url({ protocol: /^https?$/, error: 'write a full http(s) URL' }));
  if (!botToken && !signingSecret && !appToken) return undefined;
  if (!botToken) throw missing('SLACK_BOT_TOKEN', 'the other Slack settings are set');
  if (!signingSecret) throw missing('SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN is set');
  return { botToken, signingSecret, ...(appToken ? { appToken } : {}), ...(apiUrl ? { apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}) };
}

function readTeams(env: Env): ServerConfig['teams'] {
  const appId = check(env, 'MICROSOFT_APP_ID', z.string().regex(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, 'an app id is a GUID'));
  const appPassword = read(env, 'MICROSOFT_APP_PASSWORD');
  const appType = check(env, 'MICROSOFT_APP_TYPE', z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], 'write MultiTenant, SingleTenant or UserAssignedMSI'));
  const tenantId = check(env, 'MICROSOFT_APP_TENANT_ID', z.string().regex(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, 'a tenant id is a GUID'));
  const emulator = check(env, 'TEAMS_EMULATOR', bool) ?? false;
  const serviceUrl = check(env, 'TEAMS_SERVICE_URL', z.url({ protocol: /^https?$/, error: 'write a full http(s) URL' }));
  if (!appId) {
    const stray = (['MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TYPE', 'MICROSOFT_APP_TENANT_ID'] as const).find((n) => read(env, n));
    if (stray) throw missing('MICROSOFT_APP_ID', `${stray} is set`);
    return emulator ? { emulator: true } : undefined;
  }
  if (emulator) throw new ConfigError(settingMessage('TEAMS_EMULATOR', 'is true while MICROSOFT_APP_ID is set; remove one (the Emulator mode has no authentication)'));
  const type = appType ?? 'MultiTenant';
  if (type !== 'UserAssignedMSI' && !appPassword) throw missing('MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_ID is set');
  if (type !== 'MultiTenant' && !tenantId) throw missing('MICROSOFT_APP_TENANT_ID', `MICROSOFT_APP_TYPE is ${type}`);
  return { appId, appType: type, emulator: false, ...(appPassword ? { appPassword } : {}), ...(tenantId ? { tenantId } : {}), ...(serviceUrl ? { serviceUrl } : {}) };
}

/** The single-school variables as one School (only the platforms that are configured). */
function singleSchool(env: Env, policyId: string | undefined, slack: boolean, teams: boolean): School[] {
  const sltChannel = check(env, 'SLACK_SLT_CHANNEL', z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'Slack channel ids look like C0123456789'));
  const sltUsers = check(env, 'SLACK_SLT_USERS', list(slackUser)) ?? [];
  const teamsSlt = check(env, 'TEAMS_SLT_USERS', list(aadId)) ?? [];
  const teamsConv = check(env, 'TEAMS_SLT_CONVERSATION', z.string().regex(/^19:\S+$/, 'Teams conversation ids look like 19:abc@thread.tacv2'));
  if (slack && !sltChannel) throw missing('SLACK_SLT_CHANNEL', 'Slack is configured and escalations need somewhere to go');
  if (slack && sltUsers.length === 0) throw missing('SLACK_SLT_USERS', 'Slack is configured and someone must be able to answer escalations');
  if (teams && teamsSlt.length === 0) throw missing('TEAMS_SLT_USERS', 'Teams is configured and someone must be able to answer escalations');
  if (!policyId) return [];
  return [
    {
      policy: policyId,
      ...(slack ? { slack: { workspaces: [], channels: [], sltChannel, sltUsers } } : {}),
      ...(teams ? { teams: { teams: [], channels: [], sltUsers: teamsSlt, ...(teamsConv ? { sltConversation: teamsConv } : {}) } } : {}),
    },
  ];
}

/** With a platform configured, every school mapped on it needs somewhere to send escalations and someone to answer them. */
function assertSltPerSchool(file: string, schools: readonly School[], slack: boolean, teams: boolean): void {
  for (const [i, school] of schools.entries()) {
    if (slack && school.slack) {
      if (!school.slack.sltChannel) throw new ConfigError(`${file} → at schools[${i}].slack.sltChannel: missing; ${school.policy}'s escalations need a Slack channel id, e.g. sltChannel: C0123456789`);
      if (!school.slack.sltUsers.length) throw new ConfigError(`${file} → at schools[${i}].slack.sltUsers: missing; someone at ${school.policy} must be able to answer escalations, e.g. sltUsers: [U0123456789]`);
    }
    if (teams && school.teams && !school.teams.sltUsers.length) {
      throw new ConfigError(`${file} → at schools[${i}].teams.sltUsers: missing; someone at ${school.policy} must be able to answer escalations (Azure AD object ids)`);
    }
  }
}

const SINGLE_SCHOOL_ONLY = ['SLACK_SLT_CHANNEL', 'SLACK_SLT_USERS', 'TEAMS_SLT_USERS', 'TEAMS_SLT_CONVERSATION'] as const;

/** Reads the environment (and the trust file it names). Knowledge-dependent checks: see checkPolicies. */
export function readConfig(env: Env, cwd: string = process.cwd()): ServerConfig {
  const slack = readSlack(env);
  const teams = readTeams(env);
  const policyId = check(env, 'POLICY_ID', z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'policy ids are lower-case words joined by hyphens'));
  const configFile = read(env, 'POLICYBOT_CONFIG');
  const trust = configFile ? readTrustFile(resolve(cwd, configFile)) : undefined;
  if (trust) {
    const stray = SINGLE_SCHOOL_ONLY.find((n) => read(env, n));
    if (stray) throw new ConfigError(settingMessage(stray, `is set while POLICYBOT_CONFIG names a trust file; set the SLT per school in ${configFile} instead`));
  }
  if (trust && configFile) assertSltPerSchool(configFile, trust.schools, Boolean(slack), Boolean(teams?.appId));
  const playgroundRequested = check(env, 'PLAYGROUND', bool);
  const knowledge = read(env, 'KNOWLEDGE_DIR');
  return {
    port: check(env, 'PORT', port) ?? DEFAULTS.port,
    host: read(env, 'HOST') ?? DEFAULTS.host,
    dataDir: resolve(cwd, read(env, 'DATA_DIR') ?? trust?.dataDir ?? DEFAULTS.dataDir),
    ...(knowledge ? { knowledgeDir: resolve(cwd, knowledge) } : {}),
    ...(configFile ? { configFile: resolve(cwd, configFile) } : {}),
    retentionDays: check(env, 'RETENTION_DAYS', days) ?? trust?.retentionDays ?? DEFAULTS.retentionDays,
    logLevel: check(env, 'LOG_LEVEL', z.enum(LOG_LEVELS, `write one of ${LOG_LEVELS.join(', ')}`)) ?? DEFAULTS.logLevel,
    logQuestions: check(env, 'LOG_QUESTIONS', bool) ?? false,
    ...(policyId ? { policyId } : {}),
    ...(slack ? { slack } : {}),
    ...(teams ? { teams } : {}),
    playground: false,
    ...(playgroundRequested !== undefined ? { playgroundRequested } : {}),
    schools: trust ? trust.schools : singleSchool(env, policyId, Boolean(slack), Boolean(teams?.appId)),
  };
}
