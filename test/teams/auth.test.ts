import { describe, expect, test } from 'vitest';
import { createTeamsAdapter } from '../../adapters/teams/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { ConfigError } from '../../src/errors.ts';
import { fixture, startTeams } from './harness.ts';
import { fakeBot } from './fake-bot.ts';
import { staticDirectory } from '../../src/escalation/testing/index.ts';
import type { AdapterDeps } from '../../src/server/platform.ts';

const APP_ID = '00000000-0000-0000-0000-000000000001';

describe('Bot Framework authentication', () => {
  test.each([
    ['no Authorization header', {}],
    ['a bearer token that is not a JWT', { authorization: 'Bearer not-a-token' }],
  ])('with an app id, a request with %s is rejected with 401 and never reaches the bot', async (_what, headers) => {
    const bot = fakeBot();
    const t = await startTeams(bot, { appId: APP_ID });
    try {
      const res = await t.post(fixture('message-personal'), headers);
      expect(res.status).toBe(401);
      expect(bot.calls).toEqual([]);
      expect(t.connector.requests).toEqual([]);
      expect(t.adapter.authenticated).toBe(true);
    } finally {
      await t.close();
    }
  });

  test('without an app id (no authentication) the adapter refuses a non-loopback host', () => {
    const deps = { bot: fakeBot(), escalations: {} as AdapterDeps['escalations'], directory: staticDirectory({}), logger: silentLogger, logQuestions: false } satisfies AdapterDeps;
    expect(() => createTeamsAdapter(deps, { host: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => createTeamsAdapter(deps, {})).toThrow(/MICROSOFT_APP_ID is missing/);
    expect(createTeamsAdapter(deps, { host: '127.0.0.1' }).authenticated).toBe(false);
    expect(createTeamsAdapter(deps, { host: '0.0.0.0', appId: APP_ID, appPassword: 'x' }).authenticated).toBe(true);
  });
});
