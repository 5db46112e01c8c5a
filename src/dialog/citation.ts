/**
 * A clause as a citation: its own words, shortened at a sentence boundary when long, with the
 * whole clause kept beside it. A list item is shown with its lead-in ("Staff must not: post
 * images that include pupils.") because the item alone can read as the opposite rule.
 */
import type { Clause } from '../policy/schema.ts';
import type { Citation } from './reply.ts';

/** Past this, a citation shows its first sentences and keeps the rest in fullText. */
export const MAX_CITATION_CHARS = 320;

export function clauseWords(clause: Clause): string {
  return clause.lead ? `${clause.lead} ${clause.text}` : clause.text;
}

/** The longest run of whole sentences within `max`; a first sentence longer than that is cut at a word. */
export function shortenAtSentence(text: string, max = MAX_CITATION_CHARS): string {
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?;:]+(?:[.!?;:]+["')\]]*\s*|$)/g) ?? [text];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trimEnd().length > max) break;
    out += s;
  }
  out = out.trimEnd();
  if (out.length >= 40) return `${out} …`;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()} …`;
}

export function citeClause(clause: Clause, score: number): Citation {
  const words = clauseWords(clause);
  const text = shortenAtSentence(words);
  const heading = clause.headings[clause.headings.length - 1] ?? '';
  return text === words
    ? { clause: clause.number, heading, text, score }
    : { clause: clause.number, heading, text, fullText: words, score };
}

/**
 * Clauses without a bare lead-in ("If you come across, or are sent, an image that may be an
 * indecent image of a child:") when one of its items is among them: each item is cited with that
 * lead-in already, so the lead-in alone only repeats it and pushes the rule itself down the list.
 * Used for a safeguarding route, which the policy lists lead-ins and all.
 */
export function withoutBareLeads(clauses: readonly Clause[]): Clause[] {
  const leads = new Set(clauses.map((c) => c.lead?.trim()).filter((l): l is string => Boolean(l)));
  return clauses.filter((c) => c.lead !== undefined || !leads.has(c.text.trim()));
}
