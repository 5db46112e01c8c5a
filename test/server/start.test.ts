// Start-up refuses what it cannot serve safely or correctly, with the message that says why.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, KnowledgeError } from '../../src/errors.ts';
import { checkHealth } from '../../src/server/health.ts';
import { call, startTestServer } from './helpers.ts';

describe('starting the server', () => {
  it('refuses a broken knowledge folder, listing each problem with its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policybot-knowledge-'));
    mkdirSync(join(dir, 'policies', 'broken-school'), { recursive: true });
    writeFileSync(join(dir, 'policies', 'broken-school', 'policy.yaml'), 'id: broken-school\nname: Broken\n');
    const err = await startTestServer({}, { knowledgeDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KnowledgeError);
    const problems = (err as KnowledgeError).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/policy\.yaml/);
  });

  it('refuses an unknown POLICY_ID, naming the valid ones', async () => {
    const err = await startTestServer({ POLICY_ID: 'quorn-hal' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/POLICY_ID is "quorn-hal", which is not a loaded policy \(valid ids: .*quorn-hall/);
  });

  it('refuses a network address without credentials, before listening', async () => {
    const err = await startTestServer({ HOST: '0.0.0.0' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/^HOST is "0\.0\.0\.0", which is refused/);
  });

  it('with POLICY_ID preselects that school in the playground', async () => {
    const server = await startTestServer({ POLICY_ID: 'wycliffe-primary' });
    try {
      expect((await call(server, '/playground/api/schools')).json.default).toBe('wycliffe-primary');
      expect(server.adapters).toEqual(['web']);
    } finally {
      await server.close();
    }
  });
});

describe('/healthz', () => {
  const backlog = { undelivered: 0, failed: [], stuck: [] };

  it('is ok with knowledge and a reachable store', async () => {
    expect(await checkHealth({ policies: () => 5, backlog: async () => backlog })).toMatchObject({ status: 'ok', store: 'ok' });
  });

  it('is an error when the store cannot be read or nothing is loaded', async () => {
    const broken = await checkHealth({ policies: () => 5, backlog: async () => Promise.reject(new Error('SQLITE_CANTOPEN')) });
    expect(broken).toMatchObject({ status: 'error', store: 'error' });
    expect((await checkHealth({ policies: () => 0, backlog: async () => backlog })).status).toBe('error');
  });

  it('is degraded when messages to SLT are stuck, and says how old the oldest is', async () => {
    const row = { id: 1, kind: 'slt-new' as const, escalationId: 1, idempotencyKey: 'ESC-0001/slt-new/1', attempts: 9, createdAt: '2026-01-01T10:00:00.000Z', nextAttemptAt: '2026-01-01T10:00:00.000Z', failedAt: '2026-01-01T10:30:00.000Z' };
    const health = await checkHealth({
      policies: () => 5,
      backlog: async () => ({ undelivered: 3, failed: [row], stuck: [row], oldestUndeliveredAt: row.createdAt }),
      clock: () => new Date('2026-01-01T11:00:00.000Z'),
    });
    expect(health).toMatchObject({ status: 'degraded', outbox: { pending: 2, failed: 1, stuck: 1, oldestPendingSeconds: 3600 } });
  });
});
