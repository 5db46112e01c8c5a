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
 * Each stem, and each pair of neighbouring stems ("twist her"), once per message, into `out`
 * (cleared first: one set serves every message, since thousands are counted at load).
 */
function features(tokens: readonly Token[], out: Set<string> = new Set()): Set<string> {
  out.clear();
  let previous = '';
  for (const t of tokens) {
    if (!t.stem) continue;
    out.add(t.stem);
    if (previous) out.add(`${previous} ${t.stem}`);
    previous = t.stem;
  }
  return out;
}

/**
 * Naive Bayes over features counted once per message, with add-one smoothing; a feature neither
 * kind of example has says nothing. The class prior is left out: the threshold stands for it, so that adding examples of
 * one kind does not move every score.
 */
export function trainTextModel(first: readonly (readonly Token[])[], second: readonly (readonly Token[])[], threshold: number): TextModel {
  const count = (messages: readonly (readonly Token[])[]) => {
    const counts = new Map<string, number>();
    const seen = new Set<string>();
    let total = 0;
    for (const tokens of messages) {
      for (const f of features(tokens, seen)) {
        counts.set(f, (counts.get(f) ?? 0) + 1);
        total++;
      }
    }
    return { counts, total };
  };
  const a = count(first);
  const b = count(second);
  const all = new Set([...a.counts.keys(), ...b.counts.keys()]);
  const weights = new Map<string, number>();
  for (const f of all) {
    const pA = ((a.counts.get(f) ?? 0) + 1) / (a.total + all.size);
    const pB = ((b.counts.get(f) ?? 0) + 1) / (b.total + all.size);
    weights.set(f, Math.log(pA) - Math.log(pB));
  }
  return {
    threshold,
    examples: { first: first.length, second: second.length },
    score(tokens) {
      let s = 0;
      for (const f of features(tokens)) s += weights.get(f) ?? 0;
      return s;
    },
  };
}
