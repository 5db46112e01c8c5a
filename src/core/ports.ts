/**
 * The narrow ports between the platform-neutral core and the adapters (Slack, Teams, the
 * playground, the command line). Adapters parse a platform payload into a call on these,
 * and render the Reply they get back; they never reach further into the core.
 */
import type { Reply } from '../dialog/reply.ts';
import type { Escalation, EscalationEvent, EscalationState, NewEscalation, Person, Platform } from '../escalation/types.ts';

export interface PolicyBot {
  /** Ids of the policies this bot knows, with their organisation names. */
  policies(): { id: string; name: string }[];
  /** Answer a question: answer, clarify (a decision tree starts) or no-match. Never throws on text. */
  ask(policyId: string, text: string): Reply;
  /**
   * Continue from a button payload. A stale, tampered or truncated payload restarts politely,
   * with `fallbackPolicyId` (the conversation's school) when the payload no longer says whose it is.
   */
  choose(payload: string, fallbackPolicyId?: string): Reply;
  /** One clause, as an info reply with one citation. Throws NotFoundError for an unknown number. */
  clause(policyId: string, number: string): Reply;
  /** The decision trees on offer, as choices that start them. */
  topics(policyId: string): Reply;
  /** What the bot can do, with examples. */
  help(policyId: string): Reply;
}

/** Who may act on a school's escalations, and where they are posted. Built from configuration. */
export interface SchoolDirectory {
  /** The policy a conversation belongs to (workspace/team and channel ids), or undefined. */
  policyFor(platform: Platform, where: { teamId?: string; channelId?: string }): string | undefined;
  /** Is this user one of the school's SLT on this platform? */
  isSlt(policyId: string, person: Pick<Person, 'platform' | 'userId'>): boolean;
  /** The SLT channel (Slack channel id, Teams conversation id) for a school on a platform. */
  sltChannel(policyId: string, platform: Platform): string | undefined;
}

export interface EscalationFilter {
  policyId?: string;
  state?: EscalationState | 'active';
}

export interface EscalationService {
  /** Commits the escalation and queues its delivery to SLT; resolves once it is safely stored. */
  create(input: NewEscalation): Promise<Escalation>;
  /** Each throws ForbiddenError (nothing changes) when `actor` is not SLT for the school. */
  take(ref: string, actor: Person): Promise<Escalation>;
  answer(ref: string, actor: Person, text: string): Promise<Escalation>;
  close(ref: string, actor: Person): Promise<Escalation>;
  get(ref: string): Promise<Escalation | undefined>;
  list(filter?: EscalationFilter): Promise<Escalation[]>;
  events(ref: string): Promise<EscalationEvent[]>;
}
