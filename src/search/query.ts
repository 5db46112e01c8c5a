/**
 * Query understanding: a question becomes units, one per thing the asker mentioned. A unit
 * is matched by any of its alternatives: the word's stem, or the concept of the shared
 * vocabulary it belongs to ("pics" → photo, image, video…). Multi-word terms ("friend
 * request", "slag off") are found first, longest first, and make one unit.
 */
import { analyse, type Token } from './analyse.ts';
import { conceptsNamed, type Vocabulary } from './vocabulary.ts';

/** An index term: a stem ("photo") or a concept ("@image"). */
export type Term = string;

export interface Alternative {
  term: Term;
  /** How much a match on this alternative counts, relative to the word as typed. */
  weight: number;
}

export interface QueryUnit {
  /** What the asker typed for it ("pics", "friend request"). */
  text: string;
  alternatives: Alternative[];
  /** A word found in no concept of the vocabulary. */
  plain: boolean;
  /**
   * School business a social media policy is not about (an `offTopic` concept): matched by its
   * own words only, never by the concept (one clause naming a timetable must not answer every
   * question about parking), and present only where the policy has all of its words.
   */
  offTopic?: boolean;
  /** Off-topic and a topic of its own (an `ownTopic` concept: AI tools). */
  ownTopic?: boolean;
  /** The frame of the question, not its topic (a `frame` concept: a pupil, allowed, the rule). */
  frame?: boolean;
  /** ...even where the question names social media (an `evenOnSocialMedia` concept: age limits). */
  evenOnSocialMedia?: boolean;
}

export interface UnderstoodQuery {
  tokens: Token[];
  units: QueryUnit[];
  /** Stems of the content words. */
  terms: string[];
  /** Concepts of the shared vocabulary the question mentions ("image", "social-media"). */
  concepts: string[];
  /** Every vocabulary term of those concepts: extra wordings a topic matcher may count. */
  expansions: string[];
}

export const CONCEPT_PREFIX = '@';
/** A concept match counts a little less than the very word: "photo" for "photo" beats "video". */
export const CONCEPT_WEIGHT = 0.9;
/** The words of a phrase, when the clause has them but not the phrase. */
export const PHRASE_WORD_WEIGHT = 0.5;
/** The very word of an interchangeable group ("YouTube"): still worth something, for "does YouTube count?". */
export const INTERCHANGEABLE_WORD_WEIGHT = 0.5;

export interface PhraseMatch {
  start: number;
  end: number;
  concept: string;
}

/** Vocabulary phrases in a token sequence, longest first, not overlapping. */
export function findPhrases(tokens: readonly Token[], vocab: Vocabulary): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let match: PhraseMatch | undefined;
    // Down the phrase tree as far as the question's stems go; the longest phrase that ends wins.
    // A stopword is no phrase on its own.
    let node = vocab.phraseTree.next.get(tokens[i]?.stem ?? '');
    for (let end = i + 1; node; end++) {
      if (node.concept !== undefined && (end > i + 1 || !tokens[i]?.stop)) match = { start: i, end, concept: node.concept };
      if (end >= tokens.length) break;
      node = node.next.get(tokens[end]?.stem ?? '');
    }
    if (match) {
      found.push(match);
      i = match.end;
    } else i++;
  }
  return found;
}

export function understandQuery(text: string, vocab: Vocabulary, neutral: ReadonlySet<string> = new Set()): UnderstoodQuery {
  return understandTokens(analyse(text), vocab, neutral);
}

/** A corrected typo counts this much of the word it replaces: the correction may be wrong. */
export const TYPO_WEIGHT = 0.8;

/** The units of a question that name a concept ("@social-media"), by the word or the phrase typed. */
export function unitsNaming(units: readonly QueryUnit[], concept: string): QueryUnit[] {
  return units.filter((u) => u.alternatives.some((a) => a.term === concept));
}

export function understandTokens(tokens: Token[], vocab: Vocabulary, neutral: ReadonlySet<string> = new Set()): UnderstoodQuery {
  const units: QueryUnit[] = [];
  const concepts = new Set<string>();
  // Thousands of hints and asked questions are understood at every start: plain loops, one slice
  // per phrase, no object spread.
  const covered = new Uint8Array(tokens.length);
  for (const p of findPhrases(tokens, vocab)) {
    covered.fill(1, p.start, p.end);
    const span = tokens.slice(p.start, p.end);
    const words = span.filter((t) => !t.stop);
    const interchangeable = vocab.interchangeable.has(p.concept);
    const offTopic = vocab.offTopic.has(p.concept);
    const named = conceptsNamed(vocab, p.concept);
    for (const c of named) concepts.add(c);
    const alternatives: Alternative[] = offTopic
      ? []
      : named.map((c, i) => ({ term: CONCEPT_PREFIX + c, weight: interchangeable && i === 0 ? 1 : CONCEPT_WEIGHT }));
    if (words.length === 1 && words[0]) alternatives.unshift({ term: words[0].stem, weight: interchangeable ? INTERCHANGEABLE_WORD_WEIGHT : 1 });
    else for (const w of words) alternatives.push({ term: w.stem, weight: PHRASE_WORD_WEIGHT });
    const typo = span.some((t) => t.typed !== undefined);
    const unit: QueryUnit = {
      text: span.map((t) => t.word).join(' '),
      alternatives: typo ? alternatives.map((a) => ({ ...a, weight: a.weight * TYPO_WEIGHT })) : alternatives,
      plain: false,
    };
    if (offTopic) unit.offTopic = true;
    if (vocab.ownTopic.has(p.concept)) unit.ownTopic = true;
    if (vocab.evenOnSocialMedia.has(p.concept)) unit.evenOnSocialMedia = true;
    if (vocab.frame.has(p.concept)) unit.frame = true;
    units.push(unit);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.stop || neutral.has(t.stem)) continue;
    units.push({ text: t.word, alternatives: [{ term: t.stem, weight: t.typed === undefined ? 1 : TYPO_WEIGHT }], plain: true });
  }
  // one unit per distinct thing: "photo photo photos" asks about photos once
  const seen = new Set<string>();
  const unique = units.filter((u) => {
    const key = u.alternatives.length === 1 ? (u.alternatives[0]?.term ?? '') : u.alternatives.map((a) => a.term).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    tokens,
    units: unique,
    terms: tokens.filter((t) => !t.stop).map((t) => t.stem),
    concepts: [...concepts],
    // Only the decision trees read these, once per question; the index understands thousands of
    // hints at start-up and never does.
    get expansions() {
      return [...concepts].flatMap((c) => vocab.concepts.get(c) ?? []);
    },
  };
}
