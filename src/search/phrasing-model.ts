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
  /** Per clause (by position): how many of its phrasings have each term; undefined without phrasings. */
  counts: (Map<Term, number> | undefined)[];
  /** Per clause: the sum of its counts. */
  totals: number[];
  /** Every term of any phrasing. */
  terms: Set<Term>;
}

/** From each phrasing's clause and its units' terms (as the index understands them). */
export function buildPhrasingModel(clauses: number, phrasings: readonly { doc: number; units: readonly (readonly Term[])[] }[]): PhrasingModel {
  const counts: (Map<Term, number> | undefined)[] = new Array(clauses).fill(undefined);
  const totals = new Array<number>(clauses).fill(0);
  const terms = new Set<Term>();
  for (const { doc, units } of phrasings) {
    const mine = (counts[doc] ??= new Map());
    for (const term of new Set(units.flat())) {
      mine.set(term, (mine.get(term) ?? 0) + 1);
      totals[doc]! += 1;
      terms.add(term);
    }
  }
  return { counts, totals, terms };
}

/**
 * For each clause, how likely it is to be the one asked about, in [0, 1] (summing to 1 over the
 * clauses that have phrasings; 0 for the rest and for a question with no term any phrasing has).
 * Each term of the question counts once, smoothed by `smoothing` (add-k): a small k lets a term
 * that a clause's phrasings never use count strongly against it. Terms no phrasing has say nothing.
 */
export function clauseLikelihoods(model: PhrasingModel, questionTerms: Iterable<Term>, smoothing: number): Float64Array {
  const n = model.counts.length;
  const out = new Float64Array(n);
  const terms = [...new Set(questionTerms)].filter((t) => model.terms.has(t));
  if (terms.length === 0) return out;
  const vocabulary = model.terms.size;
  let best = -Infinity;
  const logs = new Float64Array(n).fill(-Infinity);
  for (let doc = 0; doc < n; doc++) {
    const counts = model.counts[doc];
    if (!counts) continue;
    const denominator = Math.log(model.totals[doc]! + smoothing * vocabulary);
    let log = 0;
    for (const t of terms) log += Math.log((counts.get(t) ?? 0) + smoothing) - denominator;
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
