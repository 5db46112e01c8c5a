/**
 * The optional trust configuration file (POLICYBOT_CONFIG, YAML or JSON): which schools this
 * deployment serves, how Slack workspaces and channels and Teams teams and channels map to them,
 * and each school's SLT. Credentials never go here: they stay in the environment.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.ts';
import { PolicyId } from '../policy/schema.ts';
import { settingMessage } from './settings.ts';

const slackUser = z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'a Slack user id looks like "U0123456789"');
const slackChannel = z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'a Slack channel id looks like "C0123456789"');
const slackTeam = z.string().regex(/^[TE][A-Z0-9]{2,}$/, 'a Slack workspace (team) id looks like "T0123456789"');
const aadObjectId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'an Azure AD object id looks like "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"');
const teamsConversation = z.string().regex(/^19:\S+$/, 'a Teams team or channel id looks like "19:abc123@thread.tacv2"');

export const SchoolSlack = z.strictObject({
  /** Workspace (team) ids: every conversation in them belongs to this school. */
  workspaces: z.array(slackTeam).default([]),
  /** Channel ids, for a workspace shared by several schools: these belong to this school. */
  channels: z.array(slackChannel).default([]),
  sltChannel: slackChannel.optional(),
  sltUsers: z.array(slackUser).default([]),
});
export type SchoolSlack = z.infer<typeof SchoolSlack>;

export const SchoolTeams = z.strictObject({
  /** Team ids (channelData.team.id): every channel of these teams belongs to this school. */
  teams: z.array(teamsConversation).default([]),
  channels: z.array(teamsConversation).default([]),
  /** Optional: captured from the install in the SLT team when absent. */
  sltConversation: teamsConversation.optional(),
  sltUsers: z.array(aadObjectId).default([]),
});
export type SchoolTeams = z.infer<typeof SchoolTeams>;

export const School = z.strictObject({
  policy: PolicyId,
  slack: SchoolSlack.optional(),
  teams: SchoolTeams.optional(),
});
export type School = z.infer<typeof School>;

export const TrustFile = z.strictObject({
  dataDir: z.string().min(1).optional(),
  retentionDays: z.number().int().min(1).max(3650).optional(),
  schools: z.array(School).min(1, 'list at least one school'),
});
export type TrustFile = z.infer<typeof TrustFile>;

/** Reads and validates the file; every problem comes back as one ConfigError naming file and path. */
export function readTrustFile(path: string): TrustFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(settingMessage('POLICYBOT_CONFIG', `points at "${path}", which cannot be read`));
  }
  let data: unknown;
  try {
    data = extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${path} is not valid ${extname(path) === '.json' ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = TrustFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` → at ${formatPath(issue.path)}` : '';
    throw new ConfigError(`${path}${where}: ${issue.message}. See config.example.yaml for a complete example.`);
  }
  assertNoDoubleMapping(path, parsed.data);
  return parsed.data;
}

/** "schools[0].slack.sltUsers[1]", the path notation zod's prettifyError uses. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

/** A workspace, team or channel mapped to two schools would make answers depend on file order. */
function assertNoDoubleMapping(path: string, file: TrustFile): void {
  const seen = new Map<string, string>();
  for (const school of file.schools) {
    const ids = [
      ...(school.slack?.workspaces ?? []),
      ...(school.slack?.channels ?? []),
      ...(school.teams?.teams ?? []),
      ...(school.teams?.channels ?? []),
    ];
    for (const id of ids) {
      const other = seen.get(id);
      if (other && other !== school.policy) {
        throw new ConfigError(`${path}: ${id} is mapped to both ${other} and ${school.policy}; map each workspace, team or channel to one school.`);
      }
      seen.set(id, school.policy);
    }
  }
}
