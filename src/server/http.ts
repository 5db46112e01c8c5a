/**
 * The one node:http server every platform shares: exact-path routing, a 1 MB body cap, request
 * logs without bodies or query strings, and errors turned into answers (never a crash).
 * It counts requests in flight so shutdown can wait for them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ForbiddenError, NotFoundError, PolicybotError, UsageError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { declaredLength, HttpError, MAX_BODY_BYTES, sendError } from './body.ts';
import type { HttpRoute } from './platform.ts';

export interface HttpServer {
  server: Server;
  /** Requests whose response has not finished yet. */
  inFlight(): number;
  /** Resolves when no request is in flight (immediately if none is). */
  drained(): Promise<void>;
}

/** What a thrown error means for the client. Only messages written for users are passed on. */
export function statusFor(err: unknown): { status: number; message: string } {
  if (err instanceof HttpError) return { status: err.status, message: err.message };
  if (err instanceof ForbiddenError) return { status: 403, message: err.message };
  if (err instanceof NotFoundError) return { status: 404, message: err.message };
  if (err instanceof UsageError) return { status: 400, message: err.message };
  // EscalationStateError and any other deliberate error: the request conflicts with the state.
  if (err instanceof PolicybotError) return { status: 409, message: err.message };
  return { status: 500, message: 'Something went wrong on the server; it has been logged.' };
}

export function createHttpServer(routes: readonly HttpRoute[], logger: Logger, maxBodyBytes = MAX_BODY_BYTES): HttpServer {
  const table = new Map<string, HttpRoute[]>();
  for (const route of routes) {
    const list = table.get(route.path) ?? [];
    if (list.some((r) => r.method === route.method)) throw new Error(`two routes claim ${route.method} ${route.path}`);
    table.set(route.path, [...list, route]);
  }
  let active = 0;
  let waiters: (() => void)[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const candidates = table.get(path);
    if (!candidates) return sendError(res, 404, `There is nothing at ${path}.`);
    const route = candidates.find((r) => r.method === req.method) ?? (req.method === 'HEAD' ? candidates.find((r) => r.method === 'GET') : undefined);
    if (!route) {
      res.setHeader('allow', candidates.map((r) => r.method).join(', '));
      return sendError(res, 405, `${path} does not accept ${req.method}.`);
    }
    const length = declaredLength(req);
    if (length !== undefined && length > maxBodyBytes) {
      res.setHeader('connection', 'close');
      return sendError(res, 413, `The request body is larger than ${Math.round(maxBodyBytes / 1024)} KB.`);
    }
    // A handler that reads the raw stream itself relies on Content-Length for the cap.
    if (req.method === 'POST' && length === undefined && !route.readsBodyWithCap) {
      return sendError(res, 411, 'Send a Content-Length header with the request body.');
    }
    await route.handle(req, res);
  }

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    active++;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      active--;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      logger.info({ method: req.method, path, status: res.statusCode, ms: Math.round(ms) }, 'request');
      if (active === 0) {
        const w = waiters;
        waiters = [];
        for (const f of w) f();
      }
    };
    res.on('finish', finish);
    res.on('close', finish);
    handle(req, res).catch((err: unknown) => {
      const { status, message } = statusFor(err);
      if (status >= 500) logger.error({ path: req.url?.split('?')[0], error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }, 'request failed');
      sendError(res, status, message);
    });
  });
  server.on('clientError', (err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    logger.debug({ error: (err as Error).message }, 'malformed HTTP request');
  });

  return {
    server,
    inFlight: () => active,
    drained: () => (active === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
