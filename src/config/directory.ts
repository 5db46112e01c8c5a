/**
 * The SchoolDirectory built from configuration: which school a conversation belongs to, who
 * its SLT are on each platform, and where its escalations are posted.
 */
import type { SchoolDirectory } from '../core/ports.ts';
import type { Person, Platform } from '../escalation/types.ts';
import type { ServerConfig } from './config.ts';
import type { School } from './trust-file.ts';

/** The playground's fixed local identities (platform 'web'). */
export const PLAYGROUND_USER: Person = Object.freeze({ platform: 'web', userId: 'playground-user', displayName: 'Playground user' });
export const PLAYGROUND_SLT: Person = Object.freeze({ platform: 'web', userId: 'playground-slt', displayName: 'Playground SLT' });
/** Where web escalations are "posted": the SLT view. */
export const PLAYGROUND_SLT_CHANNEL = 'playground-slt-view';

export interface DirectoryOptions {
  schools: readonly School[];
  /** Only with the playground served is its SLT identity SLT (for every school). */
  playground: boolean;
  /** Teams SLT conversations captured at install time, by policy id (read at call time). */
  capturedTeamsChannel?: (policyId: string) => string | undefined;
}

export function createSchoolDirectory(options: DirectoryOptions): SchoolDirectory {
  const byPolicy = new Map(options.schools.map((s) => [s.policy, s]));
  const slackChannel = new Map<string, string>();
  const slackTeam = new Map<string, string>();
  const teamsChannel = new Map<string, string>();
  const teamsTeam = new Map<string, string>();
  for (const s of options.schools) {
    for (const id of s.slack?.channels ?? []) slackChannel.set(id, s.policy);
    for (const id of s.slack?.workspaces ?? []) slackTeam.set(id, s.policy);
    for (const id of s.teams?.channels ?? []) teamsChannel.set(id, s.policy);
    for (const id of s.teams?.teams ?? []) teamsTeam.set(id, s.policy);
  }

  return {
    policyFor(platform: Platform, where: { teamId?: string; channelId?: string }) {
      // The channel is the more specific mapping: a shared workspace can hold several schools.
      const [channels, teams] = platform === 'slack' ? [slackChannel, slackTeam] : platform === 'teams' ? [teamsChannel, teamsTeam] : [undefined, undefined];
      if (!channels || !teams) return undefined;
      return (where.channelId && channels.get(where.channelId)) || (where.teamId && teams.get(where.teamId)) || undefined;
    },
    isSlt(policyId: string, person: Pick<Person, 'platform' | 'userId'>) {
      if (person.platform === 'web') return options.playground && person.userId === PLAYGROUND_SLT.userId;
      const school = byPolicy.get(policyId);
      if (person.platform === 'slack') return school?.slack?.sltUsers.includes(person.userId) ?? false;
      if (person.platform === 'teams') {
        // Azure AD object ids are GUIDs: compare without regard to case.
        const id = person.userId.toLowerCase();
        return school?.teams?.sltUsers.some((u) => u.toLowerCase() === id) ?? false;
      }
      return false;
    },
    sltChannel(policyId: string, platform: Platform) {
      const school = byPolicy.get(policyId);
      if (platform === 'slack') return school?.slack?.sltChannel;
      if (platform === 'teams') return school?.teams?.sltConversation ?? options.capturedTeamsChannel?.(policyId);
      if (platform === 'web') return options.playground ? PLAYGROUND_SLT_CHANNEL : undefined;
      return undefined;
    },
  };
}

export function directoryFromConfig(config: Pick<ServerConfig, 'schools' | 'playground'>, capturedTeamsChannel?: (policyId: string) => string | undefined): SchoolDirectory {
  return createSchoolDirectory({ schools: config.schools, playground: config.playground, ...(capturedTeamsChannel ? { capturedTeamsChannel } : {}) });
}
