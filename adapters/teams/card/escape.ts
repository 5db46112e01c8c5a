/**
 * Text going into an Adaptive Card TextBlock is markdown-lite in Teams: `[x](url)` is a link,
 * `*`/`_` emphasis, a leading `-` or `1.` a list. Anything not written by this code (the
 * question, a note, SLT's answer, a display name, even clause text from a policy document) is
 * escaped so it shows as typed and cannot become a link, a mention or formatting.
 */

/** Markdown punctuation Teams honours, plus `<` `>` (no `<at>` mention) and `{` `}` (no `{{DATE()}}`). */
const SPECIAL = /[\\`*_[\]()<>#~|{}!]/g;
/** A line that would start a list or a heading. */
const LINE_START = /^(\s*)([-+]|\d+[.)])(\s)/gm;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(LINE_START, (_m, space: string, marker: string, after: string) => `${space}${marker.replace(/([-+.)])$/, '\\$1')}${after}`)
    // One newline is ignored by markdown; keep the author's line breaks as paragraph breaks.
    .replace(/\n+/g, '\n\n');
}

/** For button titles and input labels: plain text, not markdown, but kept to one tidy line. */
export function plainLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
