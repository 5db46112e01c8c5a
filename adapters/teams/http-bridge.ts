/**
 * CloudAdapter.process expects an Express/Restify-like request (a parsed JSON body) and
 * response (status, header, send, end). The server hands us Node's own; this is the shim.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, readBody, sendError } from '../../src/server/body.ts';

export interface BotRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export interface BotResponse {
  socket: unknown;
  status(code: number): BotResponse;
  header(name: string, value: unknown): BotResponse;
  send(body?: unknown): BotResponse;
  end(): BotResponse;
}

/** Reads and parses the body (capped at 1 MB). Answers 4xx itself and returns undefined when it is not a JSON object. */
export async function readActivityRequest(req: IncomingMessage, res: ServerResponse): Promise<BotRequest | undefined> {
  let body: unknown;
  try {
    const bytes = await readBody(req);
    body = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    sendError(res, err instanceof HttpError ? err.status : 400, err instanceof HttpError ? err.message : 'The request body is not valid JSON.');
    return undefined;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    sendError(res, 400, 'The request body must be a Bot Framework activity (a JSON object).');
    return undefined;
  }
  return { method: req.method ?? 'POST', headers: req.headers, body: body as Record<string, unknown> };
}

export function wrapResponse(res: ServerResponse): BotResponse {
  let status = 200;
  let payload: string | undefined;
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  const wrapper: BotResponse = {
    socket: res.socket,
    status(code) {
      status = code;
      return wrapper;
    },
    header(name, value) {
      headers[name.toLowerCase()] = String(value);
      return wrapper;
    },
    send(body) {
      if (body === undefined || body === null) return wrapper;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        payload = body.toString();
        headers['content-type'] ??= 'text/plain; charset=utf-8';
      } else {
        payload = JSON.stringify(body);
        headers['content-type'] = 'application/json; charset=utf-8';
      }
      return wrapper;
    },
    end() {
      if (res.writableEnded) return wrapper;
      if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
      res.writeHead(status, headers);
      res.end(payload);
      return wrapper;
    },
  };
  return wrapper;
}
