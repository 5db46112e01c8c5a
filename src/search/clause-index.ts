/**
 * The index of one policy's clauses, built once at load. Three fields per clause — headings,
 * lead-in, text — each a bag of stems plus the concepts of the shared vocabulary found in
 * it, so that a question's "pics" meets the clause's "photographs" through the image concept.
 */
import type { Clause, Policy } from '../policy/schema.ts';
import { analyse } from './analyse.ts';
import { CONCEPT_PREFIX, findPhrases, type Term } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

export const FIELDS = ['heading', 'lead', 'text'] as const;
export type Field = (typeof FIELDS)[number];

export interface Posting {
  doc: number;
  /** Term frequency per field, in FIELDS order. */
  tf: [number, number, number];
}

export interface ClauseIndex {
  policy: Policy;
  clauses: readonly Clause[];
  /** Field lengths per clause, in FIELDS order. */
  lengths: [number, number, number][];
  averageLength: [number, number, number];
  postings: Map<Term, Posting[]>;
  /** Lower-case words of the policy (before stemming), for typo correction. */
  words: Set<string>;
  /** Stems to ignore in questions to this policy: the school's own name. */
  neutral: Set<string>;
  vocab: Vocabulary;
}

function fieldTerms(text: string, vocab: Vocabulary, words: Set<string>): Term[] {
  const tokens = analyse(text);
  const terms: Term[] = [];
  for (const t of tokens) {
    if (t.stop) continue;
    terms.push(t.stem);
    words.add(t.word);
  }
  for (const p of findPhrases(tokens, vocab)) terms.push(CONCEPT_PREFIX + p.concept);
  return terms;
}

export function buildClauseIndex(policy: Policy, vocab: Vocabulary): ClauseIndex {
  const postings = new Map<Term, Posting[]>();
  const lengths: [number, number, number][] = [];
  const words = new Set<string>();
  const totals: [number, number, number] = [0, 0, 0];
  policy.clauses.forEach((clause, doc) => {
    const texts = [clause.headings.join('. '), clause.lead ?? '', clause.text];
    const len: [number, number, number] = [0, 0, 0];
    const counts = new Map<Term, [number, number, number]>();
    texts.forEach((text, i) => {
      const f = i as 0 | 1 | 2;
      const terms = fieldTerms(text, vocab, words);
      len[f] = terms.length;
      totals[f] += terms.length;
      for (const term of terms) {
        const tf = counts.get(term) ?? [0, 0, 0];
        // A list of ten platforms is one mention of social media, not ten.
        if (term.startsWith(CONCEPT_PREFIX) && tf[f] >= 1) continue;
        tf[f] += 1;
        counts.set(term, tf);
      }
    });
    lengths.push(len);
    for (const [term, tf] of counts) {
      const list = postings.get(term) ?? [];
      list.push({ doc, tf });
      postings.set(term, list);
    }
  });
  const n = Math.max(policy.clauses.length, 1);
  const neutral = new Set(analyse(policy.name).filter((t) => !t.stop).map((t) => t.stem));
  return {
    policy,
    clauses: policy.clauses,
    lengths,
    averageLength: [totals[0] / n || 1, totals[1] / n || 1, totals[2] / n || 1],
    postings,
    words,
    neutral,
    vocab,
  };
}
