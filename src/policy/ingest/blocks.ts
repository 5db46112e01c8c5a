/**
 * Turns extracted text into blocks: one per paragraph, bullet, heading or table row, each
 * with the document's own number where it has one. Every line the converters produce is one
 * paragraph, so a block is a line, except where a page break split a sentence in two.
 */
import { cleanLine } from './clean.ts';

export interface HeadingInfo {
  /** 1 = a section; 2 and deeper = sub-headings (relative; normalised later). */
  level: number;
  /** The document's own number for it ("11.3", "7") or the letter of "Part B". */
  number?: string;
  /** Why it was taken for a heading: the author sees guessed ones. */
  by: 'markdown' | 'underline' | 'numbered' | 'upper-case' | 'plain' | 'sub-heading';
}

export interface Block {
  /** 1-based line in the source where it starts. */
  line: number;
  /** Cleaned words, with bullet and number taken off. */
  text: string;
  bullet: boolean;
  /** The document's own number: "2.1", "11.3.4", "B3", "8"; for "(a)" items, `sub`. */
  number?: string;
  /** A lettered sub-item "(a)": its letter. */
  sub?: string;
  heading?: HeadingInfo;
  footnote: boolean;
  tableRow: boolean;
  /** A lone number left behind by the conversion ("2" under "1 Policy Statement"). */
  stray: boolean;
  /** Looks like "Key: value" metadata (approval date, review date, owner) or a table row. */
  metaLike: boolean;
}

const BULLET = /^(?:[-•*–▪◦·]|\u2022)\s+/;
const MODAL = /\b(should|must|will|may|can|shall|would|could|cannot|do not|don't)\b/i;
const ENDS_LIKE_LEAD = /\b(to|with|about|of|for|from|by|are|is|include|including|follows|following|that|these|this|and|or)\s*:$/i;
const TERMINAL = /[.:;!?,]["')\]]?$/;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Re-joins sentences that a page break split: a line without closing punctuation, then one starting in lower case. */
export function joinBrokenLines(lines: string[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const prev = out[out.length - 1];
    const startsLower = /^[a-z]/.test(raw.trim());
    if (prev && startsLower && !prev.text.includes('\t') && !TERMINAL.test(prev.text.trim())) {
      prev.text = `${prev.text.trimEnd()} ${raw.trim()}`;
      return;
    }
    out.push({ text: raw, line: i + 1 });
  });
  return out;
}

export function isMetaLike(text: string, tableRow: boolean): boolean {
  if (tableRow) return true;
  const m = /^([^:]{1,60}):\s+(\S.*)$/.exec(text);
  if (!m) return false;
  return words(m[1]!) <= 8 && words(text) <= 16 && !m[2]!.endsWith(':');
}

/** A plain line that reads as a heading: short, no closing full stop, no modal verb. */
export function looksLikeHeading(text: string): boolean {
  if (!/^[A-Z0-9'‘"“(]/.test(text)) return false;
  if (words(text) > 20 || text.length > 140) return false;
  if (/[.;,]["')]?$/.test(text)) return false;
  if (MODAL.test(text)) return false;
  if (text.endsWith(':')) return words(text) <= 12 && !ENDS_LIKE_LEAD.test(text);
  return true;
}

function isUpperCase(text: string): boolean {
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text) && words(text) <= 12;
}

export function toBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  return joinBrokenLines(lines).map(({ text: raw, line }) => classify(raw, line));
}

function classify(raw: string, line: number): Block {
  const c = cleanLine(raw);
  let text = c.text;
  const block: Block = {
    line,
    text,
    bullet: false,
    footnote: c.footnote,
    tableRow: c.tableRow,
    stray: false,
    metaLike: false,
  };
  if (c.tableRow) {
    block.metaLike = true;
    return block;
  }
  const md = /^(#{1,6})\s+(.*)$/.exec(text);
  if (md) {
    const heading = md[2]!.trim();
    const part = /^Part\s+([A-Z])\b/i.exec(heading);
    block.text = heading;
    block.heading = { level: md[1]!.length, by: 'markdown', ...(part ? { number: part[1]!.toUpperCase() } : {}) };
    return block;
  }
  if (BULLET.test(text)) {
    block.bullet = true;
    text = text.replace(BULLET, '');
  }
  if (/^\d+$/.test(text)) {
    block.stray = true;
    block.number = text;
    return { ...block, text };
  }
  let m: RegExpExecArray | null;
  if ((m = /^(\d+(?:\.\d+)+)\.?\s+(.+)$/.exec(text))) {
    block.number = m[1]!;
    text = m[2]!;
    if (text.endsWith(':') && looksLikeHeading(text)) {
      block.heading = { level: block.number.split('.').length, number: block.number, by: 'numbered' };
      delete block.number;
    }
  } else if ((m = /^([A-Z]\d+)\.?\s+(.+)$/.exec(text))) {
    block.number = m[1]!;
    text = m[2]!;
  } else if ((m = /^\(([a-z]|[ivx]+)\)\s+(.+)$/.exec(text))) {
    block.sub = m[1]!;
    text = m[2]!;
  } else if ((m = /^(\d+)\.?\s+(.+)$/.exec(text)) && !block.bullet) {
    text = m[2]!;
    if (c.bold || looksLikeHeading(text)) block.heading = { level: 1, number: m[1]!, by: 'numbered' };
    else block.number = m[1]!;
  }
  block.text = text;
  if (block.heading || block.bullet || block.number || block.sub) return block;
  block.metaLike = isMetaLike(text, false);
  if (c.underlined) block.heading = { level: 1, by: 'underline' };
  else if (block.metaLike || c.footnote) return block;
  else if (isUpperCase(text)) block.heading = { level: 1, by: 'upper-case' };
  else if (looksLikeHeading(text)) block.heading = { level: text.endsWith(':') ? 2 : 1, by: text.endsWith(':') ? 'sub-heading' : 'plain' };
  return block;
}
