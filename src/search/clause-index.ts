/**
 * The index of one policy's clauses, built once at load. Four fields per clause — headings,
 * lead-in, text, and the search hints staff phrasings of it (hints.yaml; empty without) — each
 * a bag of stems plus the concepts of the shared vocabulary found in it, so that a question's
 * "pics" meets the clause's "photographs" through the image concept.
 */
import type { Clause, Policy } from '../policy/schema.ts';
import { analyse, eachTextOnce, type Token } from './analyse.ts';
import { CONCEPT_PREFIX, findPhrases, understandTokens, type Term } from './query.ts';
import { conceptsNamed, type Vocabulary } from './vocabulary.ts';
import { buildPhrasingModel, type PhrasingModel } from './phrasing-model.ts';

export const FIELDS = ['heading', 'lead', 'text', 'hint'] as const;
export type Field = (typeof FIELDS)[number];
/** One number per field, in FIELDS order. */
export type PerField = [number, number, number, number];
/** The fields holding the policy's own words (not the hints). */
export const POLICY_FIELDS = 3;

export interface Posting {
  doc: number;
  /** Term frequency per field, in FIELDS order. */
  tf: PerField;
}

/** Clause number → staff phrasings of what it answers (hints.yaml). */
export type ClauseHints = Readonly<Record<string, readonly string[]>>;

export interface ClauseIndex {
  policy: Policy;
  clauses: readonly Clause[];
  /** Field lengths per clause, in FIELDS order. */
  lengths: PerField[];
  averageLength: PerField;
  postings: Map<Term, Posting[]>;
  /** Lower-case words of the policy (before stemming), for typo correction. */
  words: Set<string>;
  /** Stems to ignore in questions to this policy: the school's own name. */
  neutral: Set<string>;
  vocab: Vocabulary;
  /** Whether any clause has hints (a policy without hints.yaml has none). */
  hinted: boolean;
  /** Terms of the policy's own words (headings, lead-ins, text), not only of the hints. */
  policyTerms: Set<Term>;
  /** Each hint on its own, as a question is understood: for matching a question to a hint whole. */
  hintList: IndexedHint[];
  /** Term → the hints (positions in hintList) that have it. */
  hintPostings: Map<Term, number[]>;
  /** How staff word questions for each clause, learned from hintList (phrasing-model.ts). */
  phrasings: PhrasingModel;
}

export interface IndexedHint {
  doc: number;
  /** A question staff asked (asked.yaml), not a hint someone wrote: it lifts its clause, but is no field of it. */
  asked: boolean;
  /** The hint's units, each as the terms of its alternatives. */
  units: Term[][];
}

function fieldTerms(text: string, vocab: Vocabulary, words?: Set<string>): Term[] {
  return fieldTermsOf(analyse(text), vocab, words);
}

function fieldTermsOf(tokens: readonly Token[], vocab: Vocabulary, words?: Set<string>): Term[] {
  const terms: Term[] = [];
  for (const t of tokens) {
    if (t.stop) continue;
    terms.push(t.stem);
    words?.add(t.word);
  }
  for (const p of findPhrases(tokens, vocab)) for (const c of conceptsNamed(vocab, p.concept)) terms.push(CONCEPT_PREFIX + c);
  return terms;
}

export interface IndexOptions {
  hints?: ClauseHints;
  /** Questions staff asked, by the clause that answered them (asked.yaml). */
  asked?: ClauseHints;
  /** How hints and asked questions are read: the knowledge folder's reading from load, if there is one. */
  analysed?: (text: string) => Token[];
}

export function buildClauseIndex(policy: Policy, vocab: Vocabulary, options: IndexOptions = {}): ClauseIndex {
  const postings = new Map<Term, Posting[]>();
  const lengths: PerField[] = [];
  const words = new Set<string>();
  const totals: PerField = [0, 0, 0, 0];
  const hints = options.hints ?? {};
  // Each hint is read twice (as a field, and as a whole for the hint lift), and was read at load:
  // analysed once.
  const hintTokens = options.analysed ?? eachTextOnce(analyse);
  let hinted = false;
  const policyTerms = new Set<Term>();
  policy.clauses.forEach((clause, doc) => {
    const clauseHints = hints[clause.number] ?? [];
    if (clauseHints.length) hinted = true;
    const fields: Term[][] = [
      fieldTerms(clause.headings.join('. '), vocab, words),
      fieldTerms(clause.lead ?? '', vocab, words),
      fieldTerms(clause.text, vocab, words),
      // Each hint on its own, so that a phrase never runs from one hint into the next; their words
      // are staff words, so a typo of one is corrected to it.
      clauseHints.flatMap((h) => fieldTermsOf(hintTokens(h), vocab, words)),
    ];
    const len: PerField = [0, 0, 0, 0];
    const counts = new Map<Term, PerField>();
    fields.forEach((terms, i) => {
      const f = i as 0 | 1 | 2 | 3;
      len[f] = terms.length;
      totals[f] += terms.length;
      for (const term of terms) {
        const tf = counts.get(term) ?? [0, 0, 0, 0];
        // A list of ten platforms is one mention of social media, not ten.
        if (term.startsWith(CONCEPT_PREFIX) && tf[f] >= 1) continue;
        tf[f] += 1;
        counts.set(term, tf);
      }
    });
    lengths.push(len);
    for (const [term, tf] of counts) {
      if (tf[0] + tf[1] + tf[2] > 0) policyTerms.add(term);
      const list = postings.get(term) ?? [];
      list.push({ doc, tf });
      postings.set(term, list);
    }
  });
  const n = Math.max(policy.clauses.length, 1);
  const neutral = new Set(analyse(policy.name).filter((t) => !t.stop).map((t) => t.stem));
  const hintList: IndexedHint[] = [];
  const hintPostings = new Map<Term, number[]>();
  const asked = options.asked ?? {};
  policy.clauses.forEach((clause, doc) => {
    const whole = [...(hints[clause.number] ?? []).map((text) => ({ text, asked: false })), ...(asked[clause.number] ?? []).map((text) => ({ text, asked: true }))];
    for (const hint of whole) {
      const units = understandTokens(hintTokens(hint.text), vocab, neutral).units.map((u) => u.alternatives.map((a) => a.term));
      if (units.length === 0) continue;
      const id = hintList.push({ doc, asked: hint.asked, units }) - 1;
      for (const term of new Set(units.flat())) {
        const list = hintPostings.get(term) ?? [];
        list.push(id);
        hintPostings.set(term, list);
      }
    }
  });
  return {
    policy,
    clauses: policy.clauses,
    lengths,
    averageLength: totals.map((t) => t / n || 1) as PerField,
    postings,
    words,
    neutral,
    vocab,
    hinted,
    policyTerms,
    hintList,
    hintPostings,
    phrasings: buildPhrasingModel(policy.clauses.length, hintList),
  };
}
