// The phrasing model: a clause staff keep asking about in the same words comes first for a
// question in those words, even when no one earlier question reads like it; and it only orders
// the clauses: whether the policy answers at all is judged without it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAnswer } from '../../src/answer/build-reply.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../../src/answer/settings.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { buildClauseIndex } from '../../src/search/clause-index.ts';
import { buildPhrasingModel, clauseLikelihoods } from '../../src/search/phrasing-model.ts';
import { DEFAULT_RANK_SETTINGS, rankClauses, type Ranking } from '../../src/search/rank.ts';
import { loadVocabulary } from '../../src/search/vocabulary.ts';
import { ROOT } from '../answer/fixture.ts';

describe('clauseLikelihoods', () => {
  const model = buildPhrasingModel(3, [
    { doc: 0, units: [['tutor'], ['number']] },
    { doc: 0, units: [['number'], ['phone']] },
    { doc: 1, units: [['photo'], ['trip']] },
  ]);

  it('favours the clause whose phrasings share the question\'s terms, and sums to 1 over the clauses that have phrasings', () => {
    const p = clauseLikelihoods(model, ['number', 'phone'], 0.1);
    expect(p[0]).toBeGreaterThan(0.9);
    expect(p[2]).toBe(0);
    expect(p[0]! + p[1]! + p[2]!).toBeCloseTo(1, 10);
  });

  it('says nothing for a question with no term any phrasing has', () => {
    expect([...clauseLikelihoods(model, ['wifi', 'password'], 0.1)]).toEqual([0, 0, 0]);
  });
});

/** YES Trust as shipped, with its hints and asked questions. */
function yesTrust() {
  const loaded = loadKnowledge(join(ROOT, 'knowledge')).policies.get('yes-trust')!;
  return buildClauseIndex(loaded.policy, loadVocabulary(join(ROOT, 'knowledge')), { hints: loaded.hints, asked: loaded.asked });
}
const index = yesTrust();

describe('the phrasing lift in the ranking', () => {
  const first = (text: string, phrasingLift: number) =>
    index.clauses[rankClauses(index, text, { ...DEFAULT_RANK_SETTINGS, phrasingLift }).results[0]?.doc ?? -1]?.number;

  it('a pupil\'s email to a work address goes to the clause staff ask about school systems (5.9), not the general list (5.4)', () => {
    // Staff asked many questions of 5.9 ("only use the school's systems for communications") about
    // pupils, email and replying; none reads much like this one on its own.
    const text = 'a pupil emailed my work address about homework, can i reply from there';
    expect(first(text, DEFAULT_RANK_SETTINGS.phrasingLift)).toBe('5.9');
    expect(first(text, 0)).toBe('5.4');
  });
});

describe('whether the policy answers at all', () => {
  const real = rankClauses(index, 'can i message a pupil on whatsapp');
  const best = real.results[0]!;
  const other = real.results.find((r) => r.doc !== best.doc)!;
  const judged = (results: Ranking['results']) => isAnswer({ ...real, results }, DEFAULT_ANSWER_SETTINGS);

  it('is judged on the clause best without the lift, whichever comes first with it', () => {
    expect(judged(real.results)).toBe(true);
    // A clause the lift put first, with little of the question: still answered, on the best match.
    expect(judged([{ ...other, score: best.score * 3, unlifted: best.unlifted / 2, coverage: 0.05 }, best])).toBe(true);
    // And the lift cannot make a weak match answerable by putting a well-covered clause first.
    const weak = { ...best, coverage: 0.05 };
    expect(judged([{ ...other, score: best.score * 3, unlifted: best.unlifted / 2, coverage: 1 }, weak])).toBe(false);
  });
});
