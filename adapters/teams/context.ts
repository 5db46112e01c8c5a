/**
 * What the activity handler needs, and the small questions it asks of every activity: which
 * school's policy applies here, who is speaking, and how to say something short and polite.
 */
import type { Activity } from 'botbuilder';
import type { PolicyBot, EscalationService, SchoolDirectory } from '../../src/core/ports.ts';
import type { Person } from '../../src/escalation/types.ts';
import type { Logger } from '../../src/logger.ts';
import type { DeliveryRecords } from '../../src/server/platform.ts';
import { teamOf } from './addresses.ts';

export interface HandlerDeps {
  bot: PolicyBot;
  escalations: EscalationService;
  directory: SchoolDirectory;
  records: DeliveryRecords;
  logger: Logger;
  defaultPolicyId?: string;
  logQuestions: boolean;
  kickOutbox?: () => void;
}

/** The policy for a conversation: mapped team/channel, else the deployment's one school. */
export function policyHere(deps: HandlerDeps, activity: Partial<Activity>): string | undefined {
  const mapped = deps.directory.policyFor('teams', teamOf(activity));
  if (mapped) return mapped;
  if (deps.defaultPolicyId) return deps.defaultPolicyId;
  const all = deps.bot.policies();
  return all.length === 1 ? all[0]?.id : undefined;
}

/** The person speaking. Their Azure AD object id is what TEAMS_SLT_USERS lists. */
export function personOf(activity: Partial<Activity>): Person {
  const from = activity.from;
  return { platform: 'teams', userId: from?.aadObjectId ?? from?.id ?? 'unknown', displayName: from?.name?.trim() || 'Someone' };
}

export const SAY = {
  unmapped:
    'This team is not linked to a school yet, so I do not know which policy to use. Ask your IT team to add it to policybot\'s configuration (the school\'s Teams team id).',
  damaged: 'Sorry, that button did not work: it may be from an old message or have been changed. Ask your question again, or type help.',
  otherSchool: 'Sorry, that button belongs to another school\'s policy, so I cannot use it here. Ask your question again in this chat.',
  notSlt: (ref: string) => `Sorry, only the school's senior leadership team can act on ${ref}. Nothing has changed.`,
  noSuchEscalation: (ref: string) => `I cannot find ${ref}. It may have been deleted under the retention period.`,
  needAnswer: 'Write your reply in the box first, then press Send reply.',
  trouble: 'Sorry, something went wrong on my side. Please try again in a minute.',
} as const;
