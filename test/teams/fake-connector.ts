/**
 * A local stand-in for the Bot Framework connector at an activity's serviceUrl: records what
 * the bot sends (POST /v3/conversations/{id}/activities[/{replyTo}], PUT …/activities/{id},
 * POST /v3/conversations) and answers like the real one, or with failures queued by a test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  conversationId?: string;
  body: Record<string, unknown>;
  /** The status the fake answered with. */
  status: number;
  /** The activity id it gave back (what the bot records for later updates). */
  answerId?: string;
}

export interface Canned {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeConnector {
  url: string;
  requests: Recorded[];
  /** Answers the next requests with these, in order, before answering normally again. */
  failNext(...responses: Canned[]): void;
  /** Successful sends of activities (new messages). */
  posted(): Recorded[];
  updated(): Recorded[];
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const requests: Recorded[] = [];
  const queue: Canned[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
      const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(path);
      const canned = queue.shift();
      const status = canned?.status ?? 200;
      const answer = (canned?.body ?? (path === '/v3/conversations' ? { id: `a:opened-personal-${++n}`, activityId: `activity-${n}` } : { id: req.method === 'PUT' ? path.split('/').pop() : `activity-${++n}` })) as { id?: string };
      requests.push({ method: req.method ?? '', path, ...(m?.[1] ? { conversationId: m[1] } : {}), body, status, ...(typeof answer.id === 'string' ? { answerId: answer.id } : {}) });
      res.writeHead(status, { 'content-type': 'application/json', ...canned?.headers });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    failNext: (...r) => void queue.push(...r),
    posted: () => requests.filter((r) => r.method === 'POST' && r.path.includes('/activities') && r.status < 300),
    updated: () => requests.filter((r) => r.method === 'PUT' && r.status < 300),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
