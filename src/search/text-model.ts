/**
 * A two-class naive Bayes model over the words and word pairs of labelled messages, learned when
 * the knowledge is loaded; pure and deterministic. Two are trained:
 * - the safeguarding signs (knowledge/safeguarding-examples/: "a child may be at risk" against
 *   "ordinary"). The phrase lists (safeguarding.yaml) find the wordings someone wrote down; this
 *   finds many they did not ("daddy puts him in the cupboard under the stairs when hes naughty"),
 *   so a message the lists miss is still flagged when it reads far more like the risk examples
 *   than the ordinary ones. It only adds flags: the lists' ordinary readings are for the lists.
 * - school business (knowledge/no-match-examples/: "pay, cover, detentions…" against questions
 *   the policies answer), so that a question about the rest of a school's business that no
 *   vocabulary list names is still not answered with a weak guess (src/answer/build-reply.ts).
 */
import type { Token } from './analyse.ts';

export interface TextModel {
  /** Log-odds that the message is of the first kind, from its words (0: no evidence either way). */
  score(tokens: readonly Token[]): number;
  /** A score above this counts as the first kind. */
  threshold: number;
  /** How many examples it learned from, of each kind. */
  examples: { first: number; second: number };
}

/** Above any number of features (2^21, two million), and small enough that every pair key is an exact integer. */
const PAIR = 2 ** 21;
const pairKey = (first: number, second: number) => (first + 1) * PAIR + second;

/**
 * Naive Bayes over the stems and neighbouring stem pairs ("twist her") of a message, each counted
 * once per message, with add-one smoothing; a feature neither kind of example has says nothing.
 * The class prior is left out: the threshold stands for it, so that adding examples of one kind
 * does not move every score.
 *
 * Training runs at every start over thousands of messages, so it counts with numbers, in one pass:
 * each feature (a stem, or a pair of neighbouring stems) is numbered as first seen — a pair by the
 * key (first + 1) × PAIR + second of its stems' numbers, so no two pairs meet — and counted in
 * arrays by number; a feature's weight is worked out only when a message has it. (Counting
 * strings, with a new string for every pair, took about 75 ms at load; this takes under half.)
 */
export function trainTextModel(first: readonly (readonly Token[])[], second: readonly (readonly Token[])[], threshold: number): TextModel {
  const stems = new Map<string, number>();
  const pairs = new Map<number, number>();
  // Per feature, by its number: messages of each kind that have it, and the last message counted
  // (plain arrays of small integers, grown as features are numbered: no object per feature).
  const counts: [number[], number[]] = [[], []];
  const last: number[] = [];
  const totals = [0, 0];
  const numbered = <K>(features: Map<K, number>, key: K): number => {
    let f = features.get(key);
    if (f === undefined) {
      f = last.length;
      if (f >= PAIR) throw new RangeError(`A text model can learn at most ${PAIR} distinct words and word pairs.`);
      features.set(key, f);
      counts[0].push(0);
      counts[1].push(0);
      last.push(-1);
    }
    return f;
  };
  let message = 0;
  let kind: 0 | 1 = 0;
  // Each feature once per message.
  const count = (f: number) => {
    if (last[f] === message) return;
    last[f] = message;
    counts[kind][f]!++;
    totals[kind]!++;
  };
  for (const messages of [first, second]) {
    for (const tokens of messages) {
      let previous: number | undefined;
      for (const t of tokens) {
        if (!t.stem) continue;
        const stem = numbered(stems, t.stem);
        count(stem);
        if (previous !== undefined) count(numbered(pairs, pairKey(previous, stem)));
        previous = stem;
      }
      message++;
    }
    kind = 1;
  }
  // Every numbered feature is in some example.
  const distinct = last.length;
  const logOdds = (f: number) => {
    const pA = (counts[0][f]! + 1) / (totals[0]! + distinct);
    const pB = (counts[1][f]! + 1) / (totals[1]! + distinct);
    return Math.log(pA) - Math.log(pB);
  };
  return {
    threshold,
    examples: { first: first.length, second: second.length },
    score(tokens) {
      // The same features as counted: each once, a word no example used saying nothing (nor its pairs).
      const seen = new Set<number>();
      let s = 0;
      const add = (f: number | undefined) => {
        if (f === undefined || seen.has(f)) return;
        seen.add(f);
        s += logOdds(f);
      };
      let previous: number | undefined;
      for (const t of tokens) {
        if (!t.stem) continue;
        const stem = stems.get(t.stem);
        add(stem);
        if (stem !== undefined && previous !== undefined) add(pairs.get(pairKey(previous, stem)));
        previous = stem;
      }
      return s;
    },
  };
}
