/**
 * A local stand-in for Slack: the Web API (POST /api/<method>) and response_url hooks
 * (POST /hooks/<id>). It records every call, answers like Slack does, keeps posted messages
 * per channel (with their metadata, for conversations.history), and can be told to fail the
 * next calls of a method with an HTTP status (500, or 429 with Retry-After) or a Slack error.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Call {
  method: string;
  args: Record<string, unknown>;
  at: number;
}

export interface HookCall {
  id: string;
  body: Record<string, unknown>;
}

/** `lostResponse`: Slack does the work but the answer never arrives (we see a 500). */
type Failure = { status: 500 | 503 } | { status: 429; retryAfter: number } | { error: string } | { lostResponse: true };

interface Stored {
  ts: string;
  text?: unknown;
  blocks?: unknown;
  metadata?: unknown;
  user?: string;
  bot_id?: string;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The Web API client form-encodes objects and arrays as JSON strings.
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export class FakeSlack {
  readonly calls: Call[] = [];
  readonly hooks: HookCall[] = [];
  readonly channels = new Map<string, Stored[]>();
  private readonly failures = new Map<string, Failure[]>();
  private server: Server | undefined;
  private seq = 1000;
  url = '';
  /** While set, response_url hooks are not answered until it resolves (a slow Slack). */
  hookGate: Promise<void> | undefined;
  botUserId = 'UBOT';
  /** users.info answers: id → display name; others get user_not_found. */
  readonly users = new Map<string, string>();

  /** The next calls of `method` fail, in order. */
  fail(method: string, ...failures: Failure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  hookUrl(id: string): string {
    return `${this.url}/hooks/${id}`;
  }

  callsTo(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  hooksTo(id: string): HookCall[] {
    return this.hooks.filter((h) => h.id === id);
  }

  /** Resolves when `predicate` holds; polls the recorded calls (no fixed sleeps). */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const start = Date.now();
    for (;;) {
      const v = predicate();
      if (v) return v;
      if (Date.now() - start > timeoutMs) throw new Error('FakeSlack.waitFor timed out');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const raw = await readBody(req);
      const path = req.url ?? '';
      const json = (status: number, body: object, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      if (path.startsWith('/hooks/')) {
        if (this.hookGate) await this.hookGate;
        this.hooks.push({ id: path.slice('/hooks/'.length), body: JSON.parse(raw || '{}') as Record<string, unknown> });
        return res.writeHead(200).end('ok');
      }
      const method = path.replace(/^\/api\//, '').split('?')[0] ?? '';
      const args = parseArgs(raw, req.headers['content-type']);
      this.calls.push({ method, args, at: Date.now() });
      const failure = this.failures.get(method)?.shift();
      if (failure) {
        if ('error' in failure) return json(200, { ok: false, error: failure.error });
        if ('lostResponse' in failure) {
          this.answer(method, args);
          return json(500, { ok: false });
        }
        if (failure.status === 429) return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
        return json(failure.status, { ok: false });
      }
      return json(200, this.answer(method, args));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private nextTs(): string {
    this.seq += 1;
    return `1700000000.${String(this.seq).padStart(6, '0')}`;
  }

  private answer(method: string, args: Record<string, unknown>): object {
    const channel = String(args.channel ?? '');
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: this.botUserId, bot_id: 'BBOT', team_id: 'T123', user: 'policybot' };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        const list = this.channels.get(channel) ?? [];
        list.push({ ts, text: args.text, blocks: args.blocks, metadata: args.metadata, bot_id: 'BBOT' });
        this.channels.set(channel, list);
        return { ok: true, channel, ts, message: { ts, text: args.text } };
      }
      case 'chat.update': {
        const m = this.channels.get(channel)?.find((x) => x.ts === args.ts);
        if (!m) return { ok: false, error: 'message_not_found' };
        m.text = args.text;
        m.blocks = args.blocks;
        return { ok: true, channel, ts: args.ts };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users ?? '').replace(/^U/, '')}` } };
      case 'conversations.history': {
        // Newest first, as Slack returns them; `oldest` is not applied (the tests' clocks differ).
        const messages = [...(this.channels.get(channel) ?? [])].reverse();
        return { ok: true, messages, has_more: false };
      }
      case 'views.open':
        return { ok: true, view: { id: `V${this.nextTs()}` } };
      case 'users.info': {
        const name = this.users.get(String(args.user));
        return name ? { ok: true, user: { id: args.user, real_name: name, profile: { display_name: name, real_name: name } } } : { ok: false, error: 'user_not_found' };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
