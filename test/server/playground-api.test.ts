// The real server, in-process, driven through the playground's JSON API: the same path the page
// takes, from a question to SLT's answer arriving back in the asker's conversation.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, eventually, startTestServer, type TestServer } from './helpers.ts';

describe('the playground API on the real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('lists the schools and answers a question with cited clauses', async () => {
    const schools = await call(server, '/playground/api/schools');
    expect(schools.json.schools.map((s: { id: string }) => s.id)).toContain('quorn-hall');
    const reply = await call(server, '/playground/api/ask', { policy: 'quorn-hall', text: 'can I post photos of pupils on my own instagram?' });
    expect(reply.status).toBe(200);
    expect(reply.json.policy.id).toBe('quorn-hall');
    expect(reply.json.citations.length).toBeGreaterThan(0);
    expect(reply.json.citations[0]).toMatchObject({ clause: expect.any(String), text: expect.any(String) });
  });

  it('refuses bad bodies with a message, and an unknown school with 404', async () => {
    expect((await call(server, '/playground/api/ask', { policy: 'quorn-hall' })).status).toBe(400);
    expect((await call(server, '/playground/api/ask', { policy: 'quorn-hall', text: 'x', extra: 1 })).status).toBe(400);
    const unknown = await call(server, '/playground/api/ask', { policy: 'nowhere-school', text: 'hello' });
    expect(unknown.status).toBe(404);
    const tampered = await call(server, '/playground/api/escalate', { payload: '{"a":"escalate"', conversation: 'conv-12345678' });
    expect(tampered.status).toBe(400);
    expect(tampered.json.error).toMatch(/ask the question again/);
  });

  it('escalates, SLT takes and answers, and the answer arrives in the asker\'s conversation only', async () => {
    const reply = await call(server, '/playground/api/ask', { policy: 'quorn-hall', text: 'a parent sent me a friend request on facebook' });
    const escalate = reply.json.actions.find((a: { type: string }) => a.type === 'escalate');
    expect(escalate.label).toMatch(/^Ask the /);
    const sent = await call(server, '/playground/api/escalate', { payload: escalate.payload, note: 'It is my neighbour.', conversation: 'conv-asker-0001' });
    expect(sent.status).toBe(200);
    expect(sent.json.ref).toMatch(/^ESC-\d{4,}$/);
    const ref: string = sent.json.ref;

    const list = await call(server, '/playground/api/slt/escalations');
    const mine = list.json.escalations.find((e: { ref: string }) => e.ref === ref);
    expect(mine).toMatchObject({ state: 'open', note: 'It is my neighbour.', askedBy: 'Playground user', policyId: 'quorn-hall' });

    expect((await call(server, '/playground/api/slt/take', { ref })).json.escalation).toMatchObject({ state: 'taken', takenBy: 'Playground SLT' });
    const answered = await call(server, '/playground/api/slt/answer', { ref, text: 'Accept it, but keep school out of it.' });
    expect(answered.json.escalation.state).toBe('answered');

    const inbox = await eventually(async () => {
      const r = await call(server, '/playground/api/inbox?conversation=conv-asker-0001');
      const item = r.json.escalations.find((e: { ref: string }) => e.ref === ref);
      return item?.answer ? item : undefined;
    });
    expect(inbox.answer).toMatchObject({ text: 'Accept it, but keep school out of it.', by: 'Playground SLT' });
    const other = await call(server, '/playground/api/inbox?conversation=conv-someone-else');
    expect(other.json.escalations).toEqual([]);

    expect((await call(server, '/playground/api/slt/answer', { ref, text: 'again' })).status).toBe(409);
    expect((await call(server, '/playground/api/slt/close', { ref })).json.escalation.state).toBe('closed');

    // The delivered answer is in the database: a restart on the same data folder still shows it.
    const again = await startTestServer({ DATA_DIR: server.dataDir });
    try {
      const after = await call(again, '/playground/api/inbox?conversation=conv-asker-0001');
      expect(after.json.escalations.find((e: { ref: string }) => e.ref === ref).answer.text).toBe('Accept it, but keep school out of it.');
    } finally {
      await again.close();
    }
  });

  it('keeps question text out of the logs', async () => {
    await call(server, '/playground/api/ask', { policy: 'quorn-hall', text: 'my secret question about Jo Bloggs' });
    expect(JSON.stringify(server.logs)).not.toContain('Jo Bloggs');
    expect(server.logs.some((l) => l.msg === 'request' && l.path === '/playground/api/ask')).toBe(true);
  });

  it('refuses a request from another site, or through another host name', async () => {
    const cross = await call(server, '/playground/api/ask', { policy: 'quorn-hall', text: 'hi' }, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    // fetch will not send another Host header; node:http will, as a DNS-rebinding page's browser would.
    const rebound = await new Promise<number>((resolve, reject) => {
      const url = new URL(server.url);
      request({ host: url.hostname, port: url.port, path: '/playground/api/slt/escalations', headers: { host: `evil.example:${url.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject).end();
    });
    expect(rebound).toBe(403);
  });

  it('serves the page with a strict content security policy, and /healthz', async () => {
    const page = await fetch(server.url + '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<script src="/playground/app.js" defer></script>');
    const health = await call(server, '/healthz');
    expect(health).toMatchObject({ status: 200, json: { status: 'ok', store: 'ok', knowledge: { policies: expect.any(Number) } } });
    expect((await call(server, '/nothing-here')).status).toBe(404);
  });
});
