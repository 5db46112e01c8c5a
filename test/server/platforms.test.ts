// Which platforms start, and whether the playground is served, follow the credentials.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, startTestServer } from './helpers.ts';

const root = join(import.meta.dirname, '..', '..');
const SLACK = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-test',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  SLACK_SLT_CHANNEL: 'C0SLT0001',
  SLACK_SLT_USERS: 'U0HEAD001',
  POLICY_ID: 'quorn-hall',
  // Nothing in these tests should reach Slack; if anything tried, it would fail here, not on the internet.
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
};

describe('platforms follow their credentials', () => {
  it('with Slack credentials: /slack/events is served, the playground and SLT view are not', async () => {
    const server = await startTestServer(SLACK);
    try {
      expect(server.adapters).toEqual(['slack']);
      expect((await fetch(server.url + '/')).status).toBe(404);
      expect((await fetch(server.url + '/slt')).status).toBe(404);
      expect((await call(server, '/playground/api/slt/escalations')).status).toBe(404);
      // An unsigned request reaches the Slack route, which refuses it.
      const unsigned = await fetch(server.url + '/slack/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(unsigned.status).toBe(401);
      expect((await call(server, '/healthz')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('PLAYGROUND=true on loopback serves it beside Slack', async () => {
    const server = await startTestServer({ ...SLACK, PLAYGROUND: 'true' });
    try {
      expect([...server.adapters].sort()).toEqual(['slack', 'web']);
      expect((await fetch(server.url + '/')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('TEAMS_EMULATOR=true starts /api/messages on loopback only', async () => {
    const server = await startTestServer({ TEAMS_EMULATOR: 'true' });
    try {
      expect([...server.adapters].sort()).toEqual(['teams', 'web']);
      const res = await fetch(server.url + '/api/messages', { method: 'GET' });
      expect(res.status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('a playground-only start never loads Bolt or botbuilder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'policybot-lazy-'));
    const script = `
      import { createRequire } from 'node:module';
      import { Writable } from 'node:stream';
      const { startServer } = await import('./src/server/start.ts');
      const server = await startServer({ env: { PORT: '0', DATA_DIR: ${JSON.stringify(dataDir)} }, logDestination: new Writable({ write: (_c, _e, d) => d() }) });
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ adapters: server.adapters, platformSdk: loaded.filter((k) => /node_modules\\/(@slack\\/|botbuilder|botframework)/.test(k)) }));
      await server.close();
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(result.adapters).toEqual(['web']);
    expect(result.platformSdk).toEqual([]);
  }, 60_000);
});
