/**
 * A Bolt Receiver that lives on the shared server's route instead of owning a port. It reads
 * the raw body, checks Slack's signature (our own check, with an injected clock), answers
 * ssl_check and url_verification, and hands everything else to Bolt's `processEvent`, so Bolt
 * does the dispatch. ack() writes the HTTP response at once; listeners do slow work after it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../../../src/logger.ts';
import { verifySignature } from './verify.ts';
import { parseSlackBody } from './parse-body.ts';

export interface RouteReceiverOptions {
  signingSecret: string;
  logger: Logger;
  now: () => Date;
  /** Slack wants an answer within 3 s; an unacknowledged request is acked empty just before. */
  ackDeadlineMs?: number;
  maxBodyBytes?: number;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body?: string | object): void {
  if (res.headersSent) return;
  if (body === undefined || body === '') {
    res.writeHead(status).end();
  } else if (typeof body === 'string') {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
  } else {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  }
}

export class RouteReceiver implements Receiver {
  private app: App | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly opts: RouteReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  /** Waits for work already acknowledged (graceful shutdown). */
  async stop(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.opts;
    const raw = await readBody(req, this.opts.maxBodyBytes ?? 1_000_000);
    if (raw === undefined) {
      logger.warn({ path: req.url, status: 413 }, 'slack request body too large');
      return send(res, 413);
    }
    const verdict = verifySignature(
      this.opts.signingSecret,
      { timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature'), body: raw },
      this.opts.now(),
    );
    if (!verdict.ok) {
      // Never the body: it may hold a question, and an attacker controls it.
      logger.warn({ path: req.url, status: 401, reason: verdict.reason, bytes: raw.length }, 'slack request refused: bad signature');
      return send(res, 401);
    }
    const body = parseSlackBody(raw, header(req, 'content-type'));
    if (!body) {
      logger.warn({ path: req.url, status: 400 }, 'slack request body could not be parsed');
      return send(res, 400);
    }
    if (body.ssl_check === '1') return send(res, 200);
    if (body.type === 'url_verification') return send(res, 200, { challenge: String(body.challenge ?? '') });

    let acked = false;
    const ack = async (response?: unknown): Promise<void> => {
      if (acked) return;
      acked = true;
      send(res, 200, response === undefined || response === null ? undefined : (response as string | object));
    };
    const deadline = setTimeout(() => {
      if (!acked) logger.warn({ type: body.type }, 'slack request not acknowledged in time; acking empty');
      void ack();
    }, this.opts.ackDeadlineMs ?? 2500);
    deadline.unref();

    const retry = header(req, 'x-slack-retry-num');
    const event: ReceiverEvent = {
      body,
      ack,
      ...(retry !== undefined ? { retryNum: Number(retry) } : {}),
      ...(header(req, 'x-slack-retry-reason') ? { retryReason: header(req, 'x-slack-retry-reason') } : {}),
      customProperties: {},
    };
    const work = (async () => {
      try {
        if (!this.app) throw new Error('RouteReceiver used before Bolt initialised it');
        await this.app.processEvent(event);
        // Nothing listened (an action id from an old message, say): Slack still wants its 200.
        if (!acked) await ack();
      } catch (error) {
        logger.error({ err: describe(error), type: body.type }, 'slack event processing failed');
        if (!acked) {
          acked = true;
          send(res, 500);
        }
      } finally {
        clearTimeout(deadline);
      }
    })();
    this.inFlight.add(work);
    try {
      await work;
    } finally {
      this.inFlight.delete(work);
    }
  }
}

/** Error name, code and message only: Bolt errors can carry the request body. */
export function describe(error: unknown): { name?: string; code?: unknown; message: string } {
  if (error instanceof Error) return { name: error.name, code: (error as { code?: unknown }).code, message: error.message };
  return { message: String(error) };
}
