import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ForbiddenError, NotFoundError } from '../../src/errors.ts';
import { readJson, sendJson } from '../../src/server/body.ts';
import { createHttpServer, type HttpServer } from '../../src/server/http.ts';
import type { Logger } from '../../src/logger.ts';

function recordingLogger(lines: object[]): Logger {
  const log = (level: string) => (obj: object, msg?: string) => void lines.push({ level, ...obj, msg });
  const logger: Logger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'), child: () => logger };
  return logger;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}, chunked = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (body !== undefined) {
      if (chunked) req.setHeader('transfer-encoding', 'chunked');
      req.end(body);
    } else req.end();
  });
}

describe('the shared HTTP server', () => {
  const logs: object[] = [];
  let http: HttpServer;
  let port: number;

  beforeAll(async () => {
    const Echo = z.strictObject({ text: z.string() });
    http = createHttpServer(
      [
        { method: 'POST', path: '/echo', readsBodyWithCap: true, handle: async (req, res) => sendJson(res, 200, await readJson(req, Echo)) },
        { method: 'POST', path: '/raw', handle: async (_req, res) => sendJson(res, 200, { ok: true }) },
        { method: 'GET', path: '/boom', handle: async () => { throw new Error('secret internals'); } },
        { method: 'GET', path: '/forbidden', handle: async () => { throw new ForbiddenError('Only SLT can do that.'); } },
        { method: 'GET', path: '/missing', handle: async () => { throw new NotFoundError('No such clause.'); } },
      ],
      recordingLogger(logs),
    );
    await new Promise<void>((r) => http.server.listen(0, '127.0.0.1', r));
    port = (http.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => http.server.close(() => r())));

  it('answers an unknown route 404 and a wrong method 405 with Allow', async () => {
    expect((await send(port, 'GET', '/nowhere')).status).toBe(404);
    const wrong = await send(port, 'GET', '/echo');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
  });

  it('parses and validates a JSON body', async () => {
    const ok = await send(port, 'POST', '/echo', JSON.stringify({ text: 'hi' }), { 'content-type': 'application/json' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ text: 'hi' });
  });

  it('says clearly what is wrong with malformed JSON, a wrong shape and a wrong type', async () => {
    const bad = await send(port, 'POST', '/echo', '{"text": ', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/^The request body is not valid JSON/);
    const shape = await send(port, 'POST', '/echo', JSON.stringify({ text: 1, extra: true }), { 'content-type': 'application/json' });
    expect(shape.status).toBe(400);
    expect(JSON.parse(shape.body).error).toMatch(/text/);
    expect((await send(port, 'POST', '/echo', 'text=hi', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  });

  it('refuses a body over 1 MB with 413, whether declared or streamed', async () => {
    const big = Buffer.alloc(1_048_577, 'a');
    expect((await send(port, 'POST', '/raw', big, { 'content-type': 'application/json' })).status).toBe(413);
    const streamed = await send(port, 'POST', '/echo', big, { 'content-type': 'application/json' }, true);
    expect(streamed.status).toBe(413);
  });

  it('asks for Content-Length on a route that reads its own raw body', async () => {
    expect((await send(port, 'POST', '/raw', '{}', {}, true)).status).toBe(411);
    expect((await send(port, 'POST', '/raw', '{}')).status).toBe(200);
  });

  it('turns a crash into 500 without leaking it, and user errors into their status', async () => {
    const boom = await send(port, 'GET', '/boom');
    expect(boom.status).toBe(500);
    expect(boom.body).not.toContain('secret internals');
    expect(logs.some((l) => JSON.stringify(l).includes('secret internals'))).toBe(true);
    expect((await send(port, 'GET', '/forbidden')).status).toBe(403);
    expect((await send(port, 'GET', '/missing')).status).toBe(404);
    // Still serving after all that.
    expect((await send(port, 'POST', '/raw', '{}')).status).toBe(200);
  });

  it('logs each request with method, path and status, never the body or query', async () => {
    logs.length = 0;
    await send(port, 'POST', '/echo?conversation=abc', JSON.stringify({ text: 'my private question' }), { 'content-type': 'application/json' });
    const line = logs.find((l) => (l as { msg?: string }).msg === 'request') as Record<string, unknown>;
    expect(line).toMatchObject({ method: 'POST', path: '/echo', status: 200 });
    expect(JSON.stringify(logs)).not.toContain('my private question');
    expect(JSON.stringify(logs)).not.toContain('conversation=abc');
  });
});
