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

/**
 * Naive Bayes over the stems and neighbouring stem pairs ("twist her") of a message, each counted
 * once per message, with add-one smoothing; a feature neither kind of example has says nothing.
 * The class prior is left out: the threshold stands for it, so that adding examples of one kind
 * does not move every score.
 *
 * Training runs at every start over thousands of messages, so it counts with numbers, in one pass:
 * each stem is numbered as first seen, a pair is (first + 1) × PAIR + second (so no two pairs
 * meet), stems and pairs are counted in arrays by number, and a feature's weight is worked out
 * only when a message has it. (Counting strings, with a new string for every pair, took about
 * 75 ms at load; this takes under half of that.)
 */
/** Above any number of stems (2^21, two million), and small enough that every pair key is an exact integer. */
const PAIR = 2 ** 21;

export function trainTextModel(first: readonly (readonly Token[])[], second: readonly (readonly Token[])[], threshold: number): TextModel {
  const ids = new Map<string, number>();
  // Per stem, by its number: messages of each kind that have it, and the last message counted
  // (grown as stems are numbered, in one pass over the examples).
  const stemCounts: [number[], number[]] = [[], []];
  const stemLast: number[] = [];
  // Per pair, by its index in order of first sight: messages of each kind that have it, and the
  // last message counted (plain arrays of small integers: no object per pair to collect).
  const pairIndex = new Map<number, number>();
  const pairOf: [number[], number[]] = [[], []];
  const pairLast: number[] = [];
  const totals = [0, 0];
  let message = 0;
  for (const [kind, messages] of [first, second].entries()) {
    for (const tokens of messages) {
      let previous: number | undefined;
      for (const t of tokens) {
        if (!t.stem) continue;
        let n = ids.get(t.stem);
        if (n === undefined) {
          if (ids.size >= PAIR) throw new RangeError(`A text model can learn at most ${PAIR} distinct words.`);
          n = ids.size;
          ids.set(t.stem, n);
          stemCounts[0].push(0);
          stemCounts[1].push(0);
          stemLast.push(-1);
        }
        if (stemLast[n] !== message) {
          stemLast[n] = message;
          stemCounts[kind as 0 | 1][n]!++;
          totals[kind]!++;
        }
        if (previous !== undefined) {
          const key = (previous + 1) * PAIR + n;
          let c = pairIndex.get(key);
          if (c === undefined) {
            c = pairLast.length;
            pairIndex.set(key, c);
            pairOf[0].push(0);
            pairOf[1].push(0);
            pairLast.push(-1);
          }
          if (pairLast[c] !== message) {
            pairLast[c] = message;
            pairOf[kind as 0 | 1][c]!++;
            totals[kind]!++;
          }
        }
        previous = n;
      }
      message++;
    }
  }
  // Every numbered stem, and every pair counted, is in some example.
  const distinct = ids.size + pairIndex.size;
  const logOdds = (inA: number, inB: number) => {
    const pA = (inA + 1) / (totals[0]! + distinct);
    const pB = (inB + 1) / (totals[1]! + distinct);
    return Math.log(pA) - Math.log(pB);
  };
  return {
    threshold,
    examples: { first: first.length, second: second.length },
    score(tokens) {
      // The same features as counted: each once, a word no example used saying nothing (nor its pairs).
      const seen = new Set<number>();
      let s = 0;
      let previous: number | undefined;
      for (const t of tokens) {
        if (!t.stem) continue;
        const n = ids.get(t.stem);
        if (n !== undefined && !seen.has(n)) {
          seen.add(n);
          s += logOdds(stemCounts[0][n]!, stemCounts[1][n]!);
        }
        if (n !== undefined && previous !== undefined) {
          const key = (previous + 1) * PAIR + n;
          const c = pairIndex.get(key);
          if (c !== undefined && !seen.has(key)) {
            seen.add(key);
            s += logOdds(pairOf[0][c]!, pairOf[1][c]!);
          }
        }
        previous = n;
      }
      return s;
    },
  };
}
