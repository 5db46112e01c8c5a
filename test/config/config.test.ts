import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicies, loadServerConfig } from '../../src/config/index.ts';
import { ConfigError } from '../../src/errors.ts';

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5', SLACK_SLT_CHANNEL: 'C0SLT1', SLACK_SLT_USERS: 'U0HEAD1,U0DEP2', POLICY_ID: 'quorn-hall' };
const TEAMS = { MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'secret~value', TEAMS_SLT_USERS: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', POLICY_ID: 'quorn-hall' };

function error(env: Record<string, string>): string {
  try {
    loadServerConfig(env, '/srv');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('server configuration from the environment', () => {
  it('needs nothing for the playground: loopback, port 3978, ./data, playground on', () => {
    const c = loadServerConfig({}, '/srv');
    expect(c).toMatchObject({ port: 3978, host: '127.0.0.1', dataDir: '/srv/data', playground: true, logQuestions: false, retentionDays: 365 });
    expect(c.slack).toBeUndefined();
    expect(c.teams).toBeUndefined();
  });

  it('names the missing Slack setting, what it is for and an example', () => {
    const msg = error({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    expect(msg).toMatch(/^SLACK_SIGNING_SECRET is missing/);
    expect(msg).toContain('verifies that requests to /slack/events come from Slack');
    expect(msg).toContain('SLACK_SIGNING_SECRET=8f742231b10e8888abcd99yyyzzz85a5');
  });

  it('never echoes a secret it rejects', () => {
    const msg = error({ ...SLACK, SLACK_BOT_TOKEN: 'xoxp-very-secret-user-token' });
    expect(msg).toMatch(/^SLACK_BOT_TOKEN is not valid/);
    expect(msg).not.toContain('very-secret');
  });

  it('quotes a wrong non-secret value and says what is valid', () => {
    expect(error({ PORT: 'eighty' })).toMatch(/^PORT is "eighty", which is not valid .*e\.g\. PORT=3978/);
    expect(error({ LOG_QUESTIONS: 'maybe' })).toMatch(/^LOG_QUESTIONS is "maybe".*true or false/);
    expect(error({ RETENTION_DAYS: '0' })).toMatch(/^RETENTION_DAYS/);
  });

  it('starts only the platform whose credentials are set', () => {
    const slack = loadServerConfig(SLACK);
    expect(slack.slack).toMatchObject({ botToken: 'xoxb-1-2-abc' });
    expect(slack.teams).toBeUndefined();
    const teams = loadServerConfig(TEAMS);
    expect(teams.teams).toMatchObject({ appId: TEAMS.MICROSOFT_APP_ID, appType: 'MultiTenant', emulator: false });
    expect(teams.slack).toBeUndefined();
  });

  it('asks for the SLT channel and members when Slack is configured for one school', () => {
    expect(error({ ...SLACK, SLACK_SLT_CHANNEL: '' })).toMatch(/^SLACK_SLT_CHANNEL is missing/);
    expect(error({ ...SLACK, SLACK_SLT_USERS: '' })).toMatch(/^SLACK_SLT_USERS is missing/);
    expect(error({ ...SLACK, SLACK_SLT_USERS: 'U0HEAD1,bob' })).toMatch(/^SLACK_SLT_USERS is "U0HEAD1,bob"/);
  });

  it('Teams: a password without an app id, and SingleTenant without a tenant, are refused by name', () => {
    expect(error({ MICROSOFT_APP_PASSWORD: 'x' })).toMatch(/^MICROSOFT_APP_ID is missing \(MICROSOFT_APP_PASSWORD is set\)/);
    expect(error({ ...TEAMS, MICROSOFT_APP_TYPE: 'SingleTenant' })).toMatch(/^MICROSOFT_APP_TENANT_ID is missing/);
    expect(error({ ...TEAMS, MICROSOFT_APP_PASSWORD: '' })).toMatch(/^MICROSOFT_APP_PASSWORD is missing/);
  });
});

describe('binding: nothing without a login is reachable from the network', () => {
  it('refuses another address without credentials', () => {
    expect(error({ HOST: '0.0.0.0' })).toMatch(/^HOST is "0\.0\.0\.0", which is refused without Slack or Teams credentials/);
  });

  it('accepts any loopback spelling without credentials', () => {
    for (const HOST of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) expect(loadServerConfig({ HOST }).playground).toBe(true);
  });

  it('with credentials listens anywhere, and does not serve the playground unless asked', () => {
    const c = loadServerConfig({ ...SLACK, HOST: '0.0.0.0' });
    expect(c.playground).toBe(false);
    expect(loadServerConfig({ ...SLACK }).playground).toBe(false);
    expect(loadServerConfig({ ...SLACK, PLAYGROUND: 'true' }).playground).toBe(true);
  });

  it('refuses the playground beside credentials on a network address', () => {
    expect(error({ ...SLACK, HOST: '0.0.0.0', PLAYGROUND: 'true' })).toMatch(/^PLAYGROUND is true while HOST is "0\.0\.0\.0"/);
  });

  it('keeps the Teams Emulator mode on loopback', () => {
    expect(loadServerConfig({ TEAMS_EMULATOR: 'true' }).teams).toEqual({ emulator: true });
    expect(error({ TEAMS_EMULATOR: 'true', HOST: '0.0.0.0' })).toMatch(/^HOST/);
    expect(error({ ...SLACK, TEAMS_EMULATOR: 'true', HOST: '0.0.0.0' })).toMatch(/^TEAMS_EMULATOR is true while HOST/);
  });
});

describe('policy ids are checked against the loaded knowledge', () => {
  const known = ['quorn-hall', 'wycliffe-primary'];

  it('an unknown POLICY_ID says which ids are valid', () => {
    const c = loadServerConfig({ POLICY_ID: 'quorn-hal' });
    expect(() => checkPolicies(c, known)).toThrow(/POLICY_ID is "quorn-hal", which is not a loaded policy \(valid ids: quorn-hall, wycliffe-primary\)/);
  });

  it('a platform deployment without POLICY_ID or a trust file is refused', () => {
    const c = loadServerConfig({ ...SLACK, POLICY_ID: '' });
    expect(() => checkPolicies(c, known)).toThrow(/^POLICY_ID is missing/);
  });

  it('the playground needs no POLICY_ID', () => {
    expect(() => checkPolicies(loadServerConfig({}), known)).not.toThrow();
  });
});

describe('the trust file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policybot-config-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('maps schools and takes retention and the data folder from the file', () => {
    const path = file('trust.yaml', 'dataDir: /var/policybot\nretentionDays: 200\nschools:\n  - policy: quorn-hall\n    slack: { workspaces: [T0QH], sltChannel: C0QHSLT, sltUsers: [U0QH1] }\n  - policy: wycliffe-primary\n    teams: { teams: ["19:wyc@thread.tacv2"], sltUsers: [aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee] }\n');
    const c = loadServerConfig({ ...SLACK, SLACK_SLT_CHANNEL: '', SLACK_SLT_USERS: '', POLICY_ID: '', POLICYBOT_CONFIG: path });
    expect(c.schools.map((s) => s.policy)).toEqual(['quorn-hall', 'wycliffe-primary']);
    expect(c).toMatchObject({ dataDir: '/var/policybot', retentionDays: 200 });
    expect(() => checkPolicies(c, ['quorn-hall', 'wycliffe-primary'])).not.toThrow();
    expect(loadServerConfig({ POLICYBOT_CONFIG: path, RETENTION_DAYS: '30' }).retentionDays).toBe(30);
  });

  it('reads JSON too', () => {
    const path = file('trust.json', JSON.stringify({ schools: [{ policy: 'quorn-hall' }] }));
    expect(loadServerConfig({ POLICYBOT_CONFIG: path }).schools).toEqual([{ policy: 'quorn-hall' }]);
  });

  it('names the file and the path of a mistake', () => {
    const path = file('bad.yaml', 'schools:\n  - policy: quorn-hall\n    slack: { sltUser: [U0QH1] }\n');
    expect(error({ POLICYBOT_CONFIG: path })).toMatch(/bad\.yaml → at schools\[0\]\.slack: .*sltUser/);
    const ids = file('ids.yaml', 'schools:\n  - policy: quorn-hall\n    slack: { sltUsers: [bob] }\n');
    expect(error({ POLICYBOT_CONFIG: ids })).toMatch(/ids\.yaml → at schools\[0\]\.slack\.sltUsers\[0\]: a Slack user id looks like/);
  });

  it('refuses a channel mapped to two schools, and single-school SLT variables beside the file', () => {
    const twice = file('twice.yaml', 'schools:\n  - policy: quorn-hall\n    slack: { channels: [C0SHARED] }\n  - policy: wycliffe-primary\n    slack: { channels: [C0SHARED] }\n');
    expect(error({ POLICYBOT_CONFIG: twice })).toMatch(/C0SHARED is mapped to both quorn-hall and wycliffe-primary/);
    const ok = file('ok.yaml', 'schools:\n  - policy: quorn-hall\n');
    expect(error({ POLICYBOT_CONFIG: ok, SLACK_SLT_USERS: 'U0A1' })).toMatch(/^SLACK_SLT_USERS is set while POLICYBOT_CONFIG names a trust file/);
  });

  it('with Slack configured, each school mapped on Slack needs its SLT channel and members', () => {
    const path = file('noslt.yaml', 'schools:\n  - policy: quorn-hall\n    slack: { workspaces: [T0QH] }\n');
    const creds = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5' };
    expect(error({ ...creds, POLICYBOT_CONFIG: path })).toMatch(/noslt\.yaml → at schools\[0\]\.slack\.sltChannel: missing/);
    // Without Slack credentials the same file is fine (the playground does not need it).
    expect(() => loadServerConfig({ POLICYBOT_CONFIG: path })).not.toThrow();
  });

  it('a missing file is named', () => {
    expect(error({ POLICYBOT_CONFIG: join(dir, 'nope.yaml') })).toMatch(/^POLICYBOT_CONFIG points at ".*nope\.yaml", which cannot be read/);
  });
});
