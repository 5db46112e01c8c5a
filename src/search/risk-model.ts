/**
 * The safeguarding signs learned from examples: a naive Bayes model over the words and word
 * pairs of messages labelled "a child may be at risk" and "ordinary"
 * (knowledge/safeguarding-examples/). The phrase lists (safeguarding.yaml) find the wordings
 * someone wrote down; this finds many they did not ("daddy puts him in the cupboard under the
 * stairs when hes naughty"), so a message the lists miss is still flagged when it reads far more like the risk
 * examples than the ordinary ones. It only adds flags: the lists' ordinary readings are for the
 * lists. Trained once when the knowledge is loaded; pure and deterministic.
 */
import type { Token } from './analyse.ts';

export interface RiskModel {
  /** Log-odds that the message is a risk one, from its words (0: no evidence either way). */
  score(tokens: readonly Token[]): number;
  /** A score above this raises the flag. */
  threshold: number;
  /** How many examples it learned from, of each kind. */
  examples: { risk: number; ordinary: number };
}

/** Each stem, and each pair of neighbouring stems ("twist her"), once per message. */
function features(tokens: readonly Token[]): Set<string> {
  const stems = tokens.map((t) => t.stem).filter(Boolean);
  const out = new Set<string>(stems);
  for (let i = 1; i < stems.length; i++) out.add(`${stems[i - 1]} ${stems[i]}`);
  return out;
}

/**
 * Naive Bayes over features counted once per message, with add-one smoothing; a feature neither
 * kind of example has says nothing. The class prior is left out: the threshold stands for it, so that adding examples of
 * one kind does not move every score.
 */
export function trainRiskModel(risk: readonly (readonly Token[])[], ordinary: readonly (readonly Token[])[], threshold: number): RiskModel {
  const count = (messages: readonly (readonly Token[])[]) => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const tokens of messages) {
      for (const f of features(tokens)) {
        counts.set(f, (counts.get(f) ?? 0) + 1);
        total++;
      }
    }
    return { counts, total };
  };
  const atRisk = count(risk);
  const plain = count(ordinary);
  const all = new Set([...atRisk.counts.keys(), ...plain.counts.keys()]);
  const weights = new Map<string, number>();
  for (const f of all) {
    const pRisk = ((atRisk.counts.get(f) ?? 0) + 1) / (atRisk.total + all.size);
    const pPlain = ((plain.counts.get(f) ?? 0) + 1) / (plain.total + all.size);
    weights.set(f, Math.log(pRisk) - Math.log(pPlain));
  }
  return {
    threshold,
    examples: { risk: risk.length, ordinary: ordinary.length },
    score(tokens) {
      let s = 0;
      for (const f of features(tokens)) s += weights.get(f) ?? 0;
      return s;
    },
  };
}
