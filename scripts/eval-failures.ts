/**
 * The misses to tune on (npm run eval -- --failures): the tuning part's and the development sets'
 * (each later set became one in a later round: EXTRA_SETS). A held-out question (split "holdout")
 * or one of the newest blind set, the round's measurement, is never listed: its text or result,
 * once seen, would be tuned against and its figures would mean nothing (eval/README.md).
 */
import type { EvalQuestion, SystemOutput } from '../src/search/metrics.ts';
import { EXTRA_SETS } from './eval-data.ts';

/** The splits whose misses may be listed: the tuning part and the development sets. Nothing else ever is. */
export const LISTABLE: ReadonlySet<EvalQuestion['split']> = new Set(['tune', ...EXTRA_SETS.filter((x) => x.development).map((x) => x.split)]);

export function developmentMisses(questions: readonly EvalQuestion[], outputs: readonly SystemOutput[]): string[] {
  const lines: string[] = [];
  questions.forEach((q, i) => {
    if (!LISTABLE.has(q.split)) return;
    const o = outputs[i];
    if (!o) return;
    const rightKind = q.expect === 'any' || (q.expect === 'no-match') === o.noMatch;
    const top1 = q.expect !== 'answer' || (o.ranked[0] !== undefined && q.clauses.includes(o.ranked[0]));
    const sg = o.safeguarding === q.safeguarding;
    if (rightKind && top1 && sg) return;
    lines.push(`${sg ? '  ' : 'SG'} ${q.id.padEnd(30)} ${q.text}\n     want ${q.expect} ${q.clauses.join(',')}  got ${o.noMatch ? 'no-match' : o.ranked.join(',')}`);
  });
  return lines;
}
