/**
 * Slack mrkdwn escaping. Slack reads `<!channel>`, `<!here>`, `<@U123>` and `<url|label>` as
 * control sequences; escaping `&`, `<` and `>` is the documented way to make user and policy
 * text inert, so a question that says `<!channel>` cannot ping anyone.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**

/** Shortens to at most `max` characters, ending in an ellipsis, never splitting an escape (&amp;). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Do not leave half an entity behind ("&am…").
  const amp = cut.lastIndexOf('&');
  if (amp >= 0 && amp > cut.length - 6 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  // Prefer a word boundary when one is near.
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.8) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** Escapes, then shortens: the order matters, escaping lengthens the text. */
export function mrkdwn(text: string, max: number): string {
  return shorten(escapeMrkdwn(text), max);
}
