/**
 * Slack sends three shapes to the one URL: Events API JSON, slash commands as form fields, and
 * interactivity (block_actions, view_submission) as a form with one `payload` field of JSON.
 */
export type SlackBody = Record<string, unknown> & { type?: unknown; ssl_check?: unknown; challenge?: unknown };

export function parseSlackBody(raw: string, contentType: string | undefined): SlackBody | undefined {
  try {
    if (contentType?.includes('application/json')) {
      const json: unknown = JSON.parse(raw);
      return json && typeof json === 'object' && !Array.isArray(json) ? (json as SlackBody) : undefined;
    }
    const form = new URLSearchParams(raw);
    const payload = form.get('payload');
    if (payload !== null) {
      const json: unknown = JSON.parse(payload);
      return json && typeof json === 'object' && !Array.isArray(json) ? (json as SlackBody) : undefined;
    }
    return Object.fromEntries(form.entries());
  } catch {
    return undefined;
  }
}
