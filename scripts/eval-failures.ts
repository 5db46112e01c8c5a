/**
 * The tuning part's misses, to tune on (npm run eval -- --failures). Only questions labelled
 * `split: "tune"` are ever listed: a held-out or fresh question's text or result, once seen,
 * would be tuned against and its figures would mean nothing (eval/README.md).
 */
import type { EvalQuestion, SystemOutput } from '../src/search/metrics.ts';

export function tuningMisses(questions: readonly EvalQuestion[], outputs: readonly SystemOutput[]): string[] {
  const lines: string[] = [];
  questions.forEach((q, i) => {
    if (q.split !== 'tune') return;
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
