/**
 * How staff word their questions for each clause, learned from its search hints and the questions
 * staff asked of it (hints.yaml, asked.yaml): a naive Bayes model per clause over the terms of
 * those phrasings, built with the index; pure and deterministic.
 *
 * The hint lift (rank.ts) rewards a question that reads like one phrasing of a clause. This adds
 * what no single phrasing shows: the words that keep coming back across a clause's phrasings.
 * "can i tweet a funny thing a kid said in class if i leave their name out" shares little with any
 * one question asked of the confidentiality clause, but "class", "kid" and "name" run through them.
 */
import type { Term } from './query.ts';

export interface PhrasingModel {
  /** Per term of any phrasing: how many phrasings of each clause (by position) have it. */
  counts: Map<Term, Uint16Array>;
  /** Per clause: the sum of its counts (0: the clause has no phrasings). */
  totals: Float64Array;
  /** Per clause: whether it has phrasings at all. */
  phrased: Uint8Array;
}

/**
 * From each phrasing's clause and its units' terms (as the index understands them). Built at every
 * start for thousands of phrasings: counted in one typed array per term, a term counted once per
 * phrasing by remembering the last phrasing that counted it (no set per phrasing).
 */
export function buildPhrasingModel(clauses: number, phrasings: readonly { doc: number; units: readonly (readonly Term[])[] }[]): PhrasingModel {
  const counts = new Map<Term, Uint16Array>();
  const last = new Map<Term, number>();
  const totals = new Float64Array(clauses);
  const phrased = new Uint8Array(clauses);
  phrasings.forEach(({ doc, units }, id) => {
    phrased[doc] = 1;
    for (const unit of units) {
      for (const term of unit) {
        if (last.get(term) === id) continue;
        last.set(term, id);
        let perClause = counts.get(term);
        if (!perClause) counts.set(term, (perClause = new Uint16Array(clauses)));
        perClause[doc]! += 1;
        totals[doc]! += 1;
      }
    }
  });
  return { counts, totals, phrased };
}

/**
 * For each clause, how likely it is to be the one asked about, in [0, 1] (summing to 1 over the
 * clauses that have phrasings; 0 for the rest and for a question with no term any phrasing has).
 * Each term of the question counts once, smoothed by `smoothing` (add-k): a small k lets a term
 * that a clause's phrasings never use count strongly against it. Terms no phrasing has say nothing.
 */
export function clauseLikelihoods(model: PhrasingModel, questionTerms: Iterable<Term>, smoothing: number): Float64Array {
  const n = model.totals.length;
  const out = new Float64Array(n);
  const terms = [...new Set(questionTerms)].flatMap((t) => model.counts.get(t) ?? []);
  if (terms.length === 0) return out;
  const vocabulary = model.counts.size;
  let best = -Infinity;
  const logs = new Float64Array(n).fill(-Infinity);
  for (let doc = 0; doc < n; doc++) {
    if (!model.phrased[doc]) continue;
    const denominator = Math.log(model.totals[doc]! + smoothing * vocabulary);
    let log = 0;
    for (const perClause of terms) log += Math.log(perClause[doc]! + smoothing) - denominator;
    logs[doc] = log;
    if (log > best) best = log;
  }
  let sum = 0;
  for (let doc = 0; doc < n; doc++) {
    const p = logs[doc] === -Infinity ? 0 : Math.exp(logs[doc]! - best);
    out[doc] = p;
    sum += p;
  }
  for (let doc = 0; doc < n; doc++) out[doc] = out[doc]! / sum;
  return out;
}
