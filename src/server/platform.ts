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
  /**
   * Set when the handler reads the body through readBody/readJson (src/server/body.ts), which
   * cap it at 1 MB as it streams. Otherwise the server enforces the cap from Content-Length and
   * answers 411 to a POST without one (Slack and Bot Framework always send it).
   */
  readsBodyWithCap?: boolean;
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
  /**
   * Where a notifier remembers what it posted ("the SLT message for ESC-0042 is ts 1234.5 in C1"),
   * so an update edits that message and a retried send is not posted twice. The escalation store
   * implements it (pass the store itself); without it a notifier keeps the records in memory.
   */
  deliveryRecords?: DeliveryRecords;
}

/** The slice of EscalationStore a platform notifier needs (same method names, so the store fits). */
export interface DeliveryRecords {
  getDeliveryRecord(key: string): Promise<string | undefined>;
  setDeliveryRecord(key: string, value: string, options?: { escalationId?: number; at?: string }): Promise<void>;
}

/** Delivery records kept in memory, for a notifier given no store (tests): lost on restart. */
export function memoryDeliveryRecords(): DeliveryRecords {
  const map = new Map<string, string>();
  return {
    getDeliveryRecord: async (key) => map.get(key),
    setDeliveryRecord: async (key, value) => {
      map.set(key, value);
    },
  };
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
  /**
   * The address the server is bound to (HOST). Required without appId: botbuilder then checks
   * no token at all (Emulator mode), so the Teams adapter refuses to start unless this is loopback.
   */
  host?: string;
  /**
   * Bot Framework service URL for proactive posts to a configured TEAMS_SLT_CONVERSATION that
   * the bot has not yet seen a message from. Default https://smba.trafficmanager.net/teams/
   */
  serviceUrl?: string;
}
