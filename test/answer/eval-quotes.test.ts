// Each evaluation question records the clause numbers that answer it and a verbatim quote
// from them. If re-ingestion renumbers or rewords a clause, this fails before the figures lie.
import { describe, expect, it } from 'vitest';
import { readQuestions } from '../../scripts/eval-data.ts';
import { allKnowledge } from './fixture.ts';

const questions = readQuestions();
const knowledge = allKnowledge();
const norm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

describe('evaluation questions', () => {
  it('meet the brief: ≥ 200 questions, ≥ 25 on the invented policy, ≥ 30 no-match, ≥ 20 safeguarding, ≥ 1/3 held out', () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(questions.filter((q) => q.policy === 'ashgrove-academy').length).toBeGreaterThanOrEqual(25);
    expect(questions.filter((q) => q.expect === 'no-match').length).toBeGreaterThanOrEqual(30);
    expect(questions.filter((q) => q.safeguarding).length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => !q.safeguarding).length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.split === 'holdout').length * 3).toBeGreaterThanOrEqual(questions.length);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('split by the fixed rule: questions 1, 4, 7 … of each policy are held out', () => {
    for (const q of questions) {
      const n = Number(q.id.split('-').at(-1));
      expect(q.split, q.id).toBe((n - 1) % 3 === 0 ? 'holdout' : 'tune');
    }
  });

  it.each(questions.filter((q) => q.expect === 'answer').map((q) => [q.id, q] as const))('%s: every quote is in a clause it names, every clause named holds a quote', (_id, q) => {
    const policy = knowledge.policies.get(q.policy)?.policy;
    expect(policy, q.policy).toBeDefined();
    const words = (n: string) => {
      const c = policy!.clauses.find((x) => x.number === n);
      expect(c, `${q.id}: clause ${n}`).toBeDefined();
      return norm(`${c!.lead ?? ''} ${c!.text}`);
    };
    expect(q.clauses.length).toBeGreaterThan(0);
    for (const quote of q.quotes) expect(q.clauses.some((n) => words(n).includes(norm(quote))), `${q.id}: "${quote}"`).toBe(true);
    for (const n of q.clauses) expect(q.quotes.some((quote) => words(n).includes(norm(quote))), `${q.id}: ${n}`).toBe(true);
  });
});
