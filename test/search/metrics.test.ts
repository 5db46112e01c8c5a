// The evaluation figures are only worth reporting if they are computed right: a tiny set whose
// figures are worked out by hand.
import { describe, expect, it } from 'vitest';
import { computeFigures, type EvalQuestion, type SystemOutput } from '../../src/search/metrics.ts';

const q = (id: string, expect: EvalQuestion['expect'], clauses: string[], safeguarding = false): EvalQuestion => ({
  id, policy: 'p', text: id, expect, safeguarding, clauses, quotes: [], split: 'holdout',
});

const questions = [
  q('a', 'answer', ['1.1']), // ranked first
  q('b', 'answer', ['2.1', '2.2']), // second of the accepted ones ranked 3rd
  q('c', 'answer', ['3.1']), // ranked 4th: not top-3, RR 1/4
  q('d', 'answer', ['4.1']), // wrongly no-match
  q('e', 'no-match', []), // correctly no-match
  q('f', 'no-match', []), // wrongly answered
  q('g', 'any', [], true), // safeguarding, flagged
  q('h', 'answer', ['5.1'], true), // safeguarding, missed; ranked first
];
const outputs: SystemOutput[] = [
  { ranked: ['1.1', '9.9'], noMatch: false, safeguarding: false },
  { ranked: ['9.1', '9.2', '2.2'], noMatch: false, safeguarding: false },
  { ranked: ['9.1', '9.2', '9.3', '3.1'], noMatch: false, safeguarding: true },
  { ranked: [], noMatch: true, safeguarding: false },
  { ranked: [], noMatch: true, safeguarding: false },
  { ranked: ['7.7'], noMatch: false, safeguarding: false },
  { ranked: [], noMatch: true, safeguarding: true },
  { ranked: ['5.1'], noMatch: false, safeguarding: false },
];

describe('evaluation figures', () => {
  it('computes top-1, top-3, MRR, no-match precision and recall, safeguarding recall and false alarms', () => {
    const f = computeFigures(questions, outputs);
    expect(f.questions).toBe(8);
    expect(f.answerable).toBe(5); // a, b, c, d, h
    expect(f.top1).toBeCloseTo(2 / 5); // a, h
    expect(f.top3).toBeCloseTo(3 / 5); // a, b, h
    expect(f.mrr).toBeCloseTo((1 + 1 / 3 + 1 / 4 + 0 + 1) / 5);
    // predicted no-match: d, e (g is "any": not judged on kind) → 1 right of 2; expected: e, f → 1 of 2
    expect(f.noMatchPrecision).toBeCloseTo(1 / 2);
    expect(f.noMatchRecall).toBeCloseTo(1 / 2);
    expect(f.safeguardingRecall).toBeCloseTo(1 / 2); // g caught, h missed
    expect(f.falseAlarmRate).toBeCloseTo(1 / 6); // c of a–f
  });

  it('reports no safeguarding figures for a system without a detector', () => {
    const f = computeFigures(questions, outputs.map(({ ranked, noMatch }) => ({ ranked, noMatch })));
    expect(f.safeguardingRecall).toBeNull();
    expect(f.falseAlarmRate).toBeNull();
  });

  it('does not flatter a system that never says no-match', () => {
    const f = computeFigures(questions, outputs.map((o) => ({ ...o, noMatch: false, ranked: o.ranked.length ? o.ranked : ['x'] })));
    expect(f.noMatchPrecision).toBe(0);
    expect(f.noMatchRecall).toBe(0);
  });
});
