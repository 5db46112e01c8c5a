/**
 * The name SLT see for a person: their Slack profile's display or real name (users.info),
 * falling back to the username in the payload when the lookup fails. Cached, and bounded.
 */
import type { webApi } from '@slack/bolt';
import type { Person } from '../../../src/escalation/types.ts';
import { slackPerson } from './deps.ts';

const MAX_CACHED = 2000;

export function personLookup(): (client: webApi.WebClient, user: { id: string; name?: string; username?: string }) => Promise<Person> {
  const cache = new Map<string, string>();
  return async (client, user) => {
    const fallback = slackPerson(user);
    const known = cache.get(user.id);
    if (known) return { ...fallback, displayName: known };
    try {
      const res = await client.users.info({ user: user.id });
      const p = res.user?.profile;
      const name = p?.display_name || p?.real_name || res.user?.real_name;
      if (!name) return fallback;
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      cache.set(user.id, name);
      return { ...fallback, displayName: name };
    } catch {
      return fallback;
    }
  };
}
