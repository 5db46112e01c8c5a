/**
 * How a platform adapter plugs into the one server: it offers HTTP routes on the shared port
 * (and may open its own connection, as Slack's Socket Mode does), and a Notifier for the outbox.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Notifier } from '../escalation/types.ts';

export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string;
  /** The raw request: adapters that verify signatures need the body bytes untouched. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

export interface PlatformAdapter {
  readonly name: 'slack' | 'teams' | 'web';
  routes(): HttpRoute[];
  notifier?: Notifier;
  /** Connect (Socket Mode) or warm up; called once the HTTP server listens. */
  start?(): Promise<void>;
  /** Stop taking new work and finish in-flight work. */
  stop?(): Promise<void>;
}
