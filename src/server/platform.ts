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

/** What every platform adapter is given: the core's ports, never its internals. */
export interface AdapterDeps {
  bot: import('../core/ports.ts').PolicyBot;
  escalations: import('../core/ports.ts').EscalationService;
  directory: import('../core/ports.ts').SchoolDirectory;
  logger: import('../logger.ts').Logger;
  /** Single-school deployments (POLICY_ID): the policy when the directory maps nothing. */
  defaultPolicyId?: string;
  /** LOG_QUESTIONS=true: question text may appear in logs. Off by default. */
  logQuestions: boolean;
  /** Ask the outbox worker to deliver now rather than at its next poll. */
  kickOutbox?: () => void;
  clock?: () => Date;
}

/** Slack credentials and endpoints (SLACK_* variables or the config file). */
export interface SlackSettings {
  botToken: string;
  signingSecret: string;
  /** With an app-level token, Socket Mode instead of HTTP. */
  appToken?: string;
  /** SLACK_API_URL: Web API base URL override (tests, proxies). Default https://slack.com/api/ */
  apiUrl?: string;
}

/** Bot Framework credentials (MICROSOFT_APP_* variables). No appId = Emulator mode, loopback only. */
export interface TeamsSettings {
  appId?: string;
  appPassword?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
}
