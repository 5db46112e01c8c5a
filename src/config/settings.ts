/**
 * Every setting the server reads, with what it is for and an example. Start-up errors quote
 * these, so a school's IT person can fix a setting without reading code. `.env.example` and the
 * README list the same variables (a test keeps them in step).
 */
export interface SettingInfo {
  /** What the setting is for, as the end of "X is missing: it …". */
  purpose: string;
  example: string;
}

export const SETTINGS = Object.freeze({
  PORT: { purpose: 'sets the TCP port the server listens on (default 3978)', example: '3978' },
  HOST: {
    purpose: 'sets the address the server listens on (default 127.0.0.1; another address only with Slack or Teams credentials)',
    example: '127.0.0.1',
  },
  DATA_DIR: { purpose: 'names the folder the escalations database lives in (default ./data)', example: '/data' },
  KNOWLEDGE_DIR: { purpose: 'names the knowledge folder to serve (default: the project\'s knowledge/)', example: '/app/knowledge' },
  POLICY_ID: {
    purpose: 'names the policy of the school this deployment serves (a trust uses POLICYBOT_CONFIG instead)',
    example: 'quorn-hall',
  },
  POLICYBOT_CONFIG: {
    purpose: 'names the trust configuration file (YAML or JSON) mapping workspaces, teams and channels to schools',
    example: './config.yaml',
  },
  RETENTION_DAYS: {
    purpose: 'sets how many days answered and closed escalations are kept before they are deleted',
    example: '365',
  },
  PLAYGROUND: {
    purpose: 'serves, when true, the playground and SLT view beside Slack or Teams (loopback addresses only)',
    example: 'true',
  },
  LOG_LEVEL: { purpose: 'sets how much the server logs: fatal, error, warn, info, debug, trace or silent', example: 'info' },
  LOG_QUESTIONS: {
    purpose: 'writes, when true, question, note and answer text into the logs (off by default: it is personal data)',
    example: 'false',
  },
  SLACK_BOT_TOKEN: {
    purpose: 'lets the bot post to Slack. Find it under OAuth & Permissions → Bot User OAuth Token',
    example: 'xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  },
  SLACK_SIGNING_SECRET: {
    purpose: 'verifies that requests to /slack/events come from Slack. Find it under Basic Information → App Credentials',
    example: '8f742231b10e8888abcd99yyyzzz85a5',
  },
  SLACK_APP_TOKEN: {
    purpose: 'switches Slack to Socket Mode (no public URL needed). Create it under Basic Information → App-Level Tokens with connections:write',
    example: 'xapp-1-A0123456789-1234567890123-abcdef0123456789',
  },
  SLACK_SLT_CHANNEL: {
    purpose: 'names the Slack channel id escalations are posted to (channel details → About, at the bottom)',
    example: 'C0123456789',
  },
  SLACK_SLT_USERS: {
    purpose: 'lists the Slack user ids (comma-separated) allowed to take, answer and close escalations',
    example: 'U0123456789,U0987654321',
  },
  SLACK_API_URL: { purpose: 'overrides the Slack Web API base URL (tests, proxies)', example: 'https://slack.com/api/' },
  MICROSOFT_APP_ID: {
    purpose: 'identifies the Azure Bot registration (its Microsoft App ID); without it Teams runs only in Emulator mode',
    example: '00000000-0000-0000-0000-000000000000',
  },
  MICROSOFT_APP_PASSWORD: {
    purpose: 'is the client secret of the Azure Bot registration (Certificates & secrets)',
    example: 'abc8Q~Ex4mpleSecretValue',
  },
  MICROSOFT_APP_TYPE: { purpose: 'gives the Azure Bot\'s type: MultiTenant, SingleTenant or UserAssignedMSI', example: 'SingleTenant' },
  MICROSOFT_APP_TENANT_ID: {
    purpose: 'names the Microsoft Entra tenant id the bot belongs to (required for SingleTenant and UserAssignedMSI)',
    example: '11111111-2222-3333-4444-555555555555',
  },
  TEAMS_SLT_USERS: {
    purpose: 'lists the Azure AD object ids (comma-separated) allowed to take, answer and close escalations in Teams',
    example: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  },
  TEAMS_SLT_CONVERSATION: {
    purpose: 'names the Teams channel conversation id escalations go to (optional: captured when the app is installed in the SLT team)',
    example: '19:abc123def456@thread.tacv2',
  },
  TEAMS_SERVICE_URL: {
    purpose: 'sets the Bot Framework service URL for posting to a configured SLT conversation before Teams has sent the bot anything (default https://smba.trafficmanager.net/teams/)',
    example: 'https://smba.trafficmanager.net/teams/',
  },
  TEAMS_EMULATOR: {
    purpose: 'starts, when true, /api/messages without authentication for the Bot Framework Emulator (loopback only)',
    example: 'true',
  },
} satisfies Record<string, SettingInfo>);

export type SettingName = keyof typeof SETTINGS;

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** "NAME is missing: it …, e.g. NAME=example". */
export function settingMessage(name: SettingName, problem: string): string {
  const info: SettingInfo = SETTINGS[name];
  return `${name} ${problem}: it ${info.purpose}, e.g. ${name}=${info.example}`;
}
