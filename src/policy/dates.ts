/**
 * Policy dates as schools write them ("Summer Term 2020", "Spring 2024", "February 2019",
 * "18 March 2024"), and whether a policy is past its review date. A period stands for its
 * last day: a policy "to be reviewed Summer Term 2020" is in date until the end of that term.
 */
import type { Policy } from './schema.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Last month of each term or season, as UK schools use them. */
const PERIOD_END_MONTH: Record<string, number> = { spring: 4, summer: 8, autumn: 12, winter: 2 };

/** Finds date phrases: "18 March 2024", "16th March 2023", "November 2021", "Summer Term 2020", "Spring 2024". */
export const DATE_PHRASE =
  /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b|\b(Spring|Summer|Autumn|Winter)(\s+Term)?\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/gi;

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface DateFound {
  /** The words as written: "Summer Term 2020". */
  text: string;
  /** YYYY-MM-DD: the day itself, or the last day of the month, term or season. */
  end: string;
  /** True when the policy gave a day, not a period. */
  exact: boolean;
}

/** Every date phrase in `text`, in order. */
export function findDates(text: string): DateFound[] {
  const found: DateFound[] = [];
  for (const m of text.matchAll(DATE_PHRASE)) {
    if (m[2] && m[3]) {
      const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
      const year = Number(m[3]);
      const day = m[1] ? Number(m[1]) : lastDay(year, month);
      found.push({ text: m[0], end: iso(year, month, day), exact: Boolean(m[1]) });
    } else if (m[4] && m[6]) {
      const month = PERIOD_END_MONTH[m[4].toLowerCase()]!;
      // Winter runs over the new year: "Winter 2023" ends in February 2024.
      const year = Number(m[6]) + (m[4].toLowerCase() === 'winter' ? 1 : 0);
      found.push({ text: m[0], end: iso(year, month, lastDay(year, month)), exact: false });
    } else if (m[7] && m[8] && m[9]) {
      found.push({ text: m[0], end: m[0], exact: true });
    }
  }
  return found;
}

export interface ReviewState {
  due: string;
  overdue: boolean;
}

/** Whether the policy is past its review date on `today` (the clock is passed in). */
export function reviewState(policy: Pick<Policy, 'review'>, today: Date): ReviewState {
  const todayIso = iso(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
  return { due: policy.review.due, overdue: todayIso > policy.review.due };
}
