/**
 * Reading request bodies and writing JSON answers, for the server's own routes and any adapter
 * that wants them. Bodies are capped (1 MB): a bigger one gets 413, bad JSON 400 with the
 * reason, a body that fails its schema 400 naming the field. Nothing here throws past a route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';

export const MAX_BODY_BYTES = 1_048_576;

/** An answer the client caused: status and a message safe to show them. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function declaredLength(req: IncomingMessage): number | undefined {
  const raw = req.headers['content-length'];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** The whole body, refused with 413 as soon as it passes `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = declaredLength(req);
  if (declared !== undefined && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!done) reject(new HttpError(400, `The request body could not be read: ${err.message}`));
    });
  });
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `The request body is larger than ${Math.round(limit / 1024)} KB.`);
}

/** JSON body checked against a zod schema; 400 with a message naming the field otherwise. */
export async function readJson<T>(req: IncomingMessage, schema: z.ZodType<T>, limit = MAX_BODY_BYTES): Promise<T> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'Send the body as JSON with Content-Type: application/json.');
  }
  const body = await readBody(req, limit);
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new HttpError(400, `The request body is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new HttpError(400, `The request body is not what this endpoint expects: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  return parsed.data;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { error: message });
}
