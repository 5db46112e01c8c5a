/** What the Slack handlers are given: the core's ports, and a few Slack-side helpers. */
import type { EscalationService, PolicyBot, SchoolDirectory } from '../../../src/core/ports.ts';
import type { Person } from '../../../src/escalation/types.ts';
import type { Logger } from '../../../src/logger.ts';
import type { webApi } from '@slack/bolt';

export interface HandlerDeps {
  bot: PolicyBot;
  escalations: EscalationService;
  directory: SchoolDirectory;
  logger: Logger;
  defaultPolicyId?: string;
  logQuestions: boolean;
  kickOutbox: () => void;
  /** Who a Slack user is, by name (users.info, cached). */
  person: (client: webApi.WebClient, user: { id: string; name?: string; username?: string }) => Promise<Person>;
}

export function resolvePolicy(deps: HandlerDeps, where: { teamId?: string; channelId?: string }): string | undefined {
  const mapped = deps.directory.policyFor('slack', where);
  if (mapped) return mapped;
  return deps.defaultPolicyId;
}

export function noPolicyText(teamId: string | undefined): string {
  return `policybot is not set up for this Slack workspace yet. Ask whoever runs it to set POLICY_ID (a single school), or to map this workspace${teamId ? ` (team id ${teamId})` : ''} to a school in the config file.`;
}

export function slackPerson(user: { id: string; name?: string; username?: string }): Person {
  return { platform: 'slack', userId: user.id, displayName: user.name || user.username || user.id };
}

/** Question text goes to the log only with LOG_QUESTIONS=true. */
export function questionField(deps: HandlerDeps, text: string): { question?: string; chars: number } {
  return deps.logQuestions ? { question: text, chars: text.length } : { chars: text.length };
}

/** Generic text for a failure the user cannot fix; the detail goes to the log. */
export const SORRY = 'Sorry, something went wrong on our side. Please try again in a minute; if it keeps happening, tell your IT team.';
