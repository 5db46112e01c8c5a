/**
 * Walks the body of a policy and numbers its clauses: the document's own numbers where it has
 * them ("11.3.4", "B3", "(a)" → "B3.a"), otherwise section.paragraph in reading order ("7.3"
 * = the third clause of the seventh section). Same text in, same numbers out.
 */
import type { Clause } from '../schema.ts';
import type { Block } from './blocks.ts';
import { sentences } from './clean.ts';
import type { Scheme } from './structure.ts';

export interface Numbered {
  clauses: Clause[];
  sections: { number: string; heading: string }[];
  /** Things the author should look at: numbers given by position, lists without a lead-in… */
  unsure: string[];
  notes: string[];
}

/** The sentence a list hangs off: the last sentence of the lead-in paragraph. */
export function leadOf(text: string): string {
  return sentences(text).at(-1) ?? text;
}

function nextSibling(number: string): string {
  const parts = number.split('.');
  const last = parts.pop()!;
  let next: string;
  if (/^\d+$/.test(last)) next = String(Number(last) + 1);
  else if (/^[a-z]$/.test(last)) next = String.fromCharCode(last.charCodeAt(0) + 1);
  else {
    const m = /^([A-Z])(\d+)$/.exec(last);
    next = m ? `${m[1]}${Number(m[2]) + 1}` : `${last}a`;
  }
  return [...parts, next].join('.');
}

function parentOf(number: string): string | undefined {
  const parts = number.split('.');
  if (parts.length > 1) return parts.slice(0, -1).join('.');
  return undefined;
}

function firstClause(section: string, scheme: Scheme): string {
  return scheme === 'lettered' ? `${section}1` : `${section}.1`;
}

export function numberClauses(body: Block[], scheme: Scheme): Numbered {
  const out: Numbered = { clauses: [], sections: [], unsure: [], notes: [] };
  const levels = body.filter((b) => b.heading).map((b) => b.heading!.level);
  const top = levels.length ? Math.min(...levels) : 1;
  let headings: string[] = [];
  let section = '';
  let sectionCount = 0;
  let paragraph = 0;
  let last: Clause | undefined;
  let lastExplicit: string | undefined;
  let lead: string | undefined;
  const byNumber = new Map<string, Clause>();
  const guessed: string[] = [];

  body.forEach((b, i) => {
    if (b.stray) {
      out.notes.push(`The lone number "${b.number}" on line ${b.line} (left by the conversion) is not a clause and was dropped.`);
      return;
    }
    if (b.heading) {
      const depth = Math.max(1, b.heading.level - top + 1);
      const heading = b.text.replace(/:$/, '');
      headings = [...headings.slice(0, depth - 1), heading];
      lead = undefined;
      if (depth === 1) {
        sectionCount++;
        paragraph = 0;
        last = undefined;
        section = sectionNumber(b, body.slice(i + 1), scheme, sectionCount, section);
        out.sections.push({ number: section, heading });
      }
      if (b.heading.by === 'plain' || b.heading.by === 'sub-heading') guessed.push(`"${heading}" (line ${b.line})`);
      return;
    }
    if (!section) {
      sectionCount++;
      section = scheme === 'lettered' ? 'A' : String(sectionCount);
    }
    let number: string;
    let clauseLead: string | undefined;
    if (scheme === 'sections') {
      number = `${section}.${++paragraph}`;
      // Items that continue a list: bullets, a footnote printed inside it, and unbulleted items
      // ending in ";" or shaped "Label – text" (Robert Carre's guidelines).
      const continuesList =
        lead !== undefined && (b.bullet || b.footnote || /;\s*(and|or)?$/.test(b.text) || /^[^.;:]{1,40}\s[–-]\s/.test(b.text));
      if (!continuesList) lead = undefined;
      clauseLead = lead;
      if (b.bullet && !lead) out.unsure.push(`list item without a lead-in, ${number} (line ${b.line}): check it reads right alone`);
      if (!b.bullet && b.text.endsWith(':')) lead = leadOf(b.text);
    } else {
      if (b.sub && lastExplicit) number = `${lastExplicit}.${b.sub}`;
      else if (b.number && (scheme === 'document' ? /^\d/.test(b.number) : /^[A-Z]\d+$/.test(b.number))) {
        number = b.number;
        lastExplicit = number;
        if (!b.number.includes('.') && scheme === 'document') out.unsure.push(`"${number}" (line ${b.line}) has a section's number but reads as a paragraph: check where it belongs`);
      } else {
        number = last ? nextSibling(last.number) : firstClause(section, scheme);
        out.notes.push(`The unnumbered paragraph on line ${b.line} ("${b.text.slice(0, 40)}…") is numbered ${number} by its position.`);
      }
      const parent = parentOf(number);
      const parentClause = parent ? byNumber.get(parent) : undefined;
      if (parentClause?.text.endsWith(':')) clauseLead = leadOf(parentClause.text);
    }
    const clause: Clause = { number, headings: [...headings], ...(clauseLead ? { lead: clauseLead } : {}), text: b.text };
    if (b.text.split(/\s+/).length > 90) out.unsure.push(`clause ${number} is long (${b.text.split(/\s+/).length} words): check it is one rule`);
    out.clauses.push(clause);
    byNumber.set(number, clause);
    last = clause;
  });
  if (guessed.length) out.unsure.unshift(`${guessed.length} heading${guessed.length === 1 ? '' : 's'} guessed from short lines without a full stop: ${guessed.join(', ')}`);
  return out;
}

function sectionNumber(heading: Block, after: Block[], scheme: Scheme, count: number, previous: string): string {
  if (scheme === 'sections') return String(count);
  if (heading.heading?.number) return heading.heading.number;
  if (scheme === 'lettered') return previous ? String.fromCharCode(previous.charCodeAt(0) + 1) : 'A';
  // A document-numbered policy whose heading lost its number: take it from the clauses below.
  const next = after.find((b) => b.heading || (b.number && b.number.includes('.')));
  if (next && !next.heading && next.number) return next.number.split('.')[0]!;
  return previous && /^\d+$/.test(previous) ? String(Number(previous) + 1) : String(count);
}
