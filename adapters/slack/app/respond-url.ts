/**
 * Posting to a response_url (what Bolt's respond() does) from places Bolt gives no respond():
 * a modal's submission answering in the conversation the button was in.
 */
export type Fetch = typeof globalThis.fetch;

export async function postToResponseUrl(fetchFn: Fetch, url: string, body: object): Promise<void> {
  const res = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`response_url answered HTTP ${res.status}`);
}

/** Only Slack's own hosts (or the configured API host, for tests and proxies) get our messages. */
export function trustedResponseUrl(url: string | undefined, apiUrl: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' && (u.hostname === 'hooks.slack.com' || u.hostname.endsWith('.slack.com'))) return url;
    if (apiUrl && u.origin === new URL(apiUrl).origin) return url;
  } catch {
    return undefined;
  }
  return undefined;
}
