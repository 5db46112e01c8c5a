/**
 * Reads the approval and review dates, the organisation and the title from a policy's front
 * and end matter ("To be reviewed on: February 2019", "Date for Policy review: Spring 2024").
 */
import { findDates } from '../dates.ts';
import type { Block } from './blocks.ts';

export interface Found {
  approved?: { date?: string; text: string };
  review?: { due: string; text: string };
  name?: string;
  title?: string;
}

const REVIEW_KEY = /(next review|to be reviewed|review date|date for policy review|review due|reviewed? by:?\s*$|date to be reviewed)/i;
const APPROVED_KEY = /\b(approved|agreed|accepted|adopted|ratified)\b/i;

/** The first date after the key words in a line (so "Date Reviewed … Date to be Reviewed X" gives X). */
function dateAfter(text: string, key: RegExp): ReturnType<typeof findDates>[number] | undefined {
  const m = key.exec(text);
  if (!m) return undefined;
  return findDates(text.slice(m.index + m[0].length))[0] ?? findDates(text)[0];
}

export function readMetadata(lines: readonly Block[]): Found {
  const found: Found = {};
  for (const b of lines) {
    const text = b.text;
    if (!found.review && REVIEW_KEY.test(text)) {
      const d = dateAfter(text, REVIEW_KEY);
      if (d) found.review = { due: d.end, text: d.text };
    }
    if (!found.approved && APPROVED_KEY.test(text)) {
      const d = dateAfter(text, APPROVED_KEY);
      if (d) found.approved = { ...(d.exact ? { date: d.end } : {}), text: d.text };
    }
  }
  const headings = lines.filter((b) => b.heading || (!b.metaLike && b.text.split(/\s+/).length <= 12));
  const org = headings.find((b) => /\b(School|Academy|Trust|College)\b/.test(b.text) && !/\bpolicy\b/i.test(b.text));
  if (org) found.name = org.text;
  const title = headings.find((b) => /\bpolicy\b/i.test(b.text) && b.text.split(/\s+/).length <= 12);
  if (title) found.title = title.text;
  return found;
}
