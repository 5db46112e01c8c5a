/**
 * Ranking a policy's clauses for a question: BM25F over the fields of each clause (a heading
 * match counts more than a word deep in the text), where each unit of the question scores by
 * its best alternative (the word itself, its vocabulary concept, or a typo correction).
 *
 * Beside the score, each clause gets a coverage: the share of what the question mentions
 * that the clause contains, weighted by rarity. A question whose best clause covers little
 * of it ("how do I book annual leave?") is one the policy does not answer.
 */
import { analyse, type Token } from './analyse.ts';
import type { ClauseIndex, PerField } from './clause-index.ts';
import { createTypoCorrector, type TypoCorrector } from './fuzzy.ts';
import { GENERIC_STEMS } from './generic-words.ts';
import { clauseLikelihoods } from './phrasing-model.ts';
import { CONCEPT_PREFIX, understandTokens, unitsNaming, type QueryUnit, type UnderstoodQuery } from './query.ts';

export interface RankSettings {
  /** Field weights: heading, lead-in, text, search hints. */
  fieldWeights: PerField;
  /**
   * BM25 length normalisation per field. Half strength: a rule written out in full is not a worse
   * answer than a short list item for being longer (0.4–0.6 measure alike; 0.75 ranked items first).
   */
  b: PerField;
  k1: number;
  /** What a word the policy never uses weighs, as a share of the rarest word's weight. */
  unknownWeight: number;
  /** A word the vocabulary does not know ("write", "start") counts this much of a domain word. */
  plainWeight: number;
  /** Correct typos against the policy's and the vocabulary's words (off only to measure what it buys). */
  typos: boolean;
  /**
   * Ranking by score × (floor + (1 − floor) × coverage): a clause that has all of the question
   * beats one that repeats part of it. 1 turns it off: since the hints, the lift of a clause whose
   * hint reads like the question does that work better (npm run eval -- --ablations).
   */
  coverageFloor: number;
  /**
   * A word found only in the search hints, not in the policy's own words, counts this much as
   * known to the policy when judging whether the policy covers the question at all (0–1).
   */
  hintKnown: number;
  /**
   * How much a question that reads like one of a clause's hints lifts that clause: its score
   * is multiplied by 1 + hintBoost × the similarity (Dice, weighted by rarity) of the two.
   */
  hintBoost: number;
  /**
   * A question this similar to one hint is asked in words staff use for that clause: the words
   * it shares with the hint count as known to the policy, even where its text never uses them.
   */
  hintVouches: number;
  /**
   * How much a question staff asked (asked.yaml) counts beside a written hint: its similarity to
   * the question is multiplied by this before it lifts its clause. 0 ignores them.
   */
  askedWeight: number;
  /**
   * How much the phrasing model (phrasing-model.ts) lifts the clause it finds likely: its score is
   * multiplied by 1 + phrasingLift × the clause's likelihood, in [0, 1]. 0 turns it off. Chosen on
   * the development sets, each scored without its own asked questions: 0.7, 1, 1.5, 2, 3 (with
   * smoothing 0.1) took top-1 from 3,228 of 3,550 to 3,322 … 3,339, and 1 was the largest with no
   * set losing a question at top-1 (blind-7 loses one from 1.5). Its effect is an ablation row
   * (npm run eval -- --ablations).
   */
  phrasingLift: number;
  /** The phrasing model's add-k smoothing: 0.03, 0.1, 0.5 and 1 tried (lift 1): 0.1 was best (3,318, 3,323, 3,312, 3,286). */
  phrasingSmoothing: number;
  /** What a vocabulary word the policy never uses counts as, in unknown words (a plain word counts 1). */
  conceptUnknown: number;
  /**
   * A common word that names no topic ("make", "actually", "bit"; generic-words.ts) and that the
   * policy never uses is left out of the question's weight and of its unknown words.
   */
  skipGeneric: boolean;
  /**
   * A question telling of a situation weighs the clauses whose own words name a situation (see
   * SituationWeight), lifting or damping them.
   */
  situationWeights: readonly SituationWeight[];
}

/**
 * When the question names `asked` (and not `unlessAsked`), the clauses whose own words (not their
 * hints) name `clauses` (and not `unlessClauses`) are scored × factor.
 * - Someone else's post ("someone posted", "saw a post": see) lifts what to do on seeing such
 *   content ("If you see content in social media that disparages the school... contact the
 *   Headteacher") above the rules for what staff post themselves ("do not disparage the school").
 * - The member of staff's own child ("my daughter's in yr 8 here": own-family) lifts the clauses
 *   naming family ("staff who are also parents", "relatives who are students") above contact with
 *   parents; not for a poorly child at home (emergency), which is the phone rule.
 * - The member of staff as the one attacked ("a parent keeps slagging me off": targeted) lifts what
 *   the policy offers its victims above "do not harass others".
 * - A question about the school's own account ("sports day pics on the school insta") damps the
 *   rules for staff's personal accounts ("do not post photographs of pupils on your personal
 *   accounts"), unless it names a personal account too.
 */
export interface SituationWeight {
  asked: string;
  unlessAsked?: string;
  clauses: string;
  unlessClauses?: string;
  factor: number;
}

export const DEFAULT_RANK_SETTINGS: Readonly<RankSettings> = Object.freeze({
  fieldWeights: [0.5, 0.5, 1, 1] as PerField,
  b: [0.5, 0.5, 0.5, 0.5] as PerField,
  k1: 1.2,
  unknownWeight: 1,
  plainWeight: 0.5,
  typos: true,
  coverageFloor: 1,
  hintKnown: 0,
  hintBoost: 2,
  hintVouches: 0.5,
  askedWeight: 1,
  phrasingLift: 1,
  phrasingSmoothing: 0.1,
  conceptUnknown: 0.7,
  skipGeneric: true,
  situationWeights: [
    { asked: `${CONCEPT_PREFIX}see`, clauses: `${CONCEPT_PREFIX}see`, factor: 1.3 },
    { asked: `${CONCEPT_PREFIX}targeted`, clauses: `${CONCEPT_PREFIX}targeted`, factor: 1.3 },
    { asked: `${CONCEPT_PREFIX}own-family`, unlessAsked: `${CONCEPT_PREFIX}emergency`, clauses: `${CONCEPT_PREFIX}family`, factor: 1.3 },
    {
      asked: `${CONCEPT_PREFIX}official-account`,
      unlessAsked: `${CONCEPT_PREFIX}personal-account`,
      clauses: `${CONCEPT_PREFIX}personal-account`,
      unlessClauses: `${CONCEPT_PREFIX}official-account`,
      factor: 0.7,
    },
  ],
});

export interface RankedClause {
  doc: number;
  /** BM25F score, unbounded. */
  score: number;
  /** Share of the question's weight this clause matches, in [0, 1]. */
  coverage: number;
  /** How much the question reads like the closest of this clause's hints, in [0, 1]; 0 without hints. */
  hint: number;
  /**
   * The score without the phrasing lift: what the policy's words (and the closest hint) say alone.
   * Whether the policy answers at all is judged on the clause best by this (build-reply.ts
   * isAnswer); the phrasing lift only orders the clauses.
   */
  unlifted: number;
}

export interface Ranking {
  query: UnderstoodQuery;
  /** Best first; only clauses that match something. */
  results: RankedClause[];
  /** Share of the question's weight that the policy mentions anywhere, in [0, 1]. */
  policyCoverage: number;
  /** Units of the question the policy never mentions, by any alternative. */
  unknownUnits: number;
  /** Units that count in judging whether the policy covers the question (generic words left out). */
  countedUnits: number;
  /** Off-topic business ("pay scale", "annual leave") the question names and the policy never does. */
  offTopicUnits: number;
  /** The share of the question's weight that such business carries, in [0, 1]. */
  offTopicShare: number;
  /** Of that business, units that are a topic of their own (AI tools) the policy never names. */
  ownTopicUnits: number;
  /** Of those, units that stay a topic of their own in a question about social media (age limits). */
  evenOnSocialMediaUnits: number;
  /** Distinct vocabulary concepts of the question that the policy's own words have. */
  policyConcepts: number;
  /** Of policyConcepts, those that name a topic, not the frame of the question (a pupil, allowed, the rule). */
  topicConcepts: number;
}

const correctors = new WeakMap<ClauseIndex, TypoCorrector>();
const ownWords = new WeakMap<ClauseIndex, string>();

/** The policy's own words as one run of stems per clause, to find a phrase in (built on first need). */
function ownWordsOf(index: ClauseIndex): string {
  let s = ownWords.get(index);
  if (s === undefined) {
    s = index.clauses
      .map((c) => ` ${analyse(`${c.headings.join(' . ')} . ${c.lead ?? ''} . ${c.text}`).map((t) => t.stem).join(' ')} `)
      .join('|');
    ownWords.set(index, s);
  }
  return s;
}

/** An off-topic phrase ("parents evening") is in the policy only where its words stand together. */
function policySays(index: ClauseIndex, unit: QueryUnit): boolean {
  const stems = analyse(unit.text).map((t) => t.stem);
  // The school's own name ('Ashgrove Park') says nothing: 'parking' is not in it.
  if (stems.every((st) => index.neutral.has(st))) return false;
  return ownWordsOf(index).includes(` ${stems.join(' ')} `);
}

const situationClauses = new WeakMap<ClauseIndex, Map<string, Set<number>>>();

/**
 * The clauses whose own words (not their hints) name a situation, less the safeguarding route's:
 * a child at risk reaches those by the safeguarding flag, and an ordinary question about someone
 * else's post must not be sent to "if you see anything that worries you about a pupil" (built on
 * first need).
 */
function situationClausesOf(index: ClauseIndex, concept: string): Set<number> {
  let byConcept = situationClauses.get(index);
  if (!byConcept) situationClauses.set(index, (byConcept = new Map()));
  let s = byConcept.get(concept);
  if (!s) {
    const roles = index.policy.roles;
    const route = new Set([...roles.safeguarding.clauses, ...(roles.imageHandling?.clauses ?? [])]);
    const own = (index.postings.get(concept) ?? []).filter((p) => p.tf[0] + p.tf[1] + p.tf[2] > 0);
    s = new Set(own.filter((p) => !route.has(index.clauses[p.doc]?.number ?? '')).map((p) => p.doc));
    byConcept.set(concept, s);
  }
  return s;
}

function correctorFor(index: ClauseIndex): TypoCorrector {
  let c = correctors.get(index);
  if (!c) {
    c = createTypoCorrector([...index.words, ...index.vocab.words]);
    correctors.set(index, c);
  }
  return c;
}

function idf(index: ClauseIndex, term: string): number {
  const n = index.clauses.length;
  const df = index.postings.get(term)?.length ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * A word that neither the policy nor the vocabulary knows may be a typo of one they do:
 * corrected before phrases are found, so "frend request" is a friend request.
 */
function correctTypos(index: ClauseIndex, tokens: Token[]): Token[] {
  return tokens.map((t) => {
    // A common word ('lol', 'actually') is no typo of a policy word.
    if (t.stop || index.postings.has(t.stem) || index.vocab.knownStems.has(t.stem) || index.neutral.has(t.stem) || GENERIC_STEMS.has(t.stem)) return t;
    const fixed = correctorFor(index).correct(t.word);
    if (!fixed) return t;
    const [again] = analyse(fixed);
    // Corrected into a stopword ('11s' → 'on'), it is no topic either.
    return again ? { ...again, typed: t.word } : t;
  });
}

/** Per hint, its Dice similarity to the question (weighted by rarity), in [0, 1]. */
function hintSimilarities(index: ClauseIndex, matched: Float64Array, questionWeight: number, askedWeight: number): Float64Array {
  const sims = new Float64Array(index.hintList.length);
  matched.forEach((m, h) => {
    const hint = index.hintList[h];
    if (m <= 0 || !hint) return;
    let hintWeight = 0;
    for (const alts of hint.units) {
      let w = 0;
      for (const t of alts) if (index.postings.has(t)) w = Math.max(w, idf(index, t));
      hintWeight += w;
    }
    sims[h] = Math.min(1, (2 * m) / (questionWeight + hintWeight)) * (hint.asked ? askedWeight : 1);
  });
  return sims;
}

/** What a unit found only in the hints adds to the unknown words. */
function unknownShare(unit: QueryUnit, settings: RankSettings): number {
  return (unit.plain ? 1 : settings.conceptUnknown) * (1 - settings.hintKnown);
}

export function rankClauses(index: ClauseIndex, text: string, settings: RankSettings = DEFAULT_RANK_SETTINGS): Ranking {
  const tokens = analyse(text);
  const query = understandTokens(settings.typos ? correctTypos(index, tokens) : tokens, index.vocab, index.neutral);
  const units = query.units;
  const n = index.clauses.length;
  const unknownIdf = settings.unknownWeight * Math.log(1 + (n + 0.5) / 0.5);
  const scores = new Float64Array(n);
  const matched = new Float64Array(n);
  let totalWeight = 0;
  let presentWeight = 0;
  let unknownUnits = 0;
  let skipped = 0;
  let offTopicUnits = 0;
  let offTopicWeight = 0;
  let ownTopicUnits = 0;
  let evenOnSocialMediaUnits = 0;
  const policyConcepts = new Set<string>();
  const topicConcepts = new Set<string>();
  const [wh, wl, wt, wx] = settings.fieldWeights;
  const [bh, bl, bt, bx] = settings.b;
  const [ah, al, at, ax] = index.averageLength;
  const hintMatched = index.hintList.length > 0 ? new Float64Array(index.hintList.length) : undefined;
  /** How many of the question's units each hint shares. */
  const hintShared = hintMatched ? new Uint16Array(index.hintList.length) : undefined;
  const hintOnly: QueryUnit[] = [];
  for (const unit of units) {
    // A unit weighs what its rarest present alternative weighs; an unknown word weighs most.
    let unitWeight = 0;
    for (const alt of unit.alternatives) {
      if (index.postings.has(alt.term)) unitWeight = Math.max(unitWeight, idf(index, alt.term));
    }
    const present = unitWeight > 0 && (!unit.offTopic || policySays(index, unit));
    if (!present) unitWeight = 0;
    const generic = settings.skipGeneric && isGeneric(unit);
    // A common word the policy's own text never uses is skipped even where a hint uses it: "actually"
    // in a hint says nothing about which clause answers, and must not lift it.
    const hintOnlyGeneric = generic && present && !unit.alternatives.some((a) => index.policyTerms.has(a.term));
    if ((!present && generic) || hintOnlyGeneric) {
      skipped++;
      continue;
    }
    if (!present && unit.offTopic) {
      // Business the policy never names weighs, and counts, as its words would one by one:
      // 'annual leave' is no less another topic than 'annual' and 'leave' were.
      const words = Math.max(1, analyse(unit.text).filter((t) => !t.stop).length);
      unitWeight = unknownIdf * words;
      unknownUnits += words;
      skipped -= words - 1;
      offTopicUnits++;
      offTopicWeight += unitWeight;
      if (unit.ownTopic) ownTopicUnits++;
      if (unit.evenOnSocialMedia) evenOnSocialMediaUnits++;
    } else if (!present) {
      unitWeight = unknownIdf;
      // A word of the shared vocabulary is school social-media talk: context the policy may not
      // name ("trip" in "trip photos"), less a sign of another topic than a word it never heard of.
      unknownUnits += unit.plain ? 1 : settings.conceptUnknown;
    } else if (!unit.alternatives.some((a) => index.policyTerms.has(a.term))) {
      // Known to the hints alone, it counts as unknown as it would without them: a vocabulary word
      // ("trip") must not become more of another topic for appearing in a hint.
      unknownUnits += unknownShare(unit, settings);
      hintOnly.push(unit);
    }
    totalWeight += unitWeight;
    if (present) presentWeight += unitWeight;
    if (present && !unit.plain) {
      for (const a of unit.alternatives) {
        if (!a.term.startsWith(CONCEPT_PREFIX) || !index.policyTerms.has(a.term)) continue;
        policyConcepts.add(a.term);
        if (!unit.frame) topicConcepts.add(a.term);
      }
    }
    // Off-topic business the policy does not name matches nothing ('leave' alone is not 'annual leave').
    if (unit.offTopic && !present) continue;
    const best = new Map<number, number>();
    for (const alt of unit.alternatives) {
      const list = index.postings.get(alt.term);
      if (!list) continue;
      const w = idf(index, alt.term) * alt.weight * (unit.plain ? settings.plainWeight : 1);
      for (const p of list) {
        const len = index.lengths[p.doc] ?? [0, 0, 0, 0];
        const tf =
          (wh * p.tf[0]) / (1 - bh + (bh * len[0]) / ah) +
          (wl * p.tf[1]) / (1 - bl + (bl * len[1]) / al) +
          (wt * p.tf[2]) / (1 - bt + (bt * len[2]) / at) +
          (p.tf[3] ? (wx * p.tf[3]) / (1 - bx + (bx * len[3]) / ax) : 0);
        const s = (w * tf * (settings.k1 + 1)) / (settings.k1 + tf);
        if (s > (best.get(p.doc) ?? 0)) best.set(p.doc, s);
      }
    }
    for (const [doc, s] of best) {
      scores[doc] = (scores[doc] ?? 0) + s;
      matched[doc] = (matched[doc] ?? 0) + unitWeight;
    }
    if (hintMatched && present) {
      const bestHint = new Map<number, number>();
      for (const alt of unit.alternatives) {
        for (const h of index.hintPostings.get(alt.term) ?? []) bestHint.set(h, Math.max(bestHint.get(h) ?? 0, alt.weight));
      }
      for (const [h, w] of bestHint) {
        hintMatched[h] = (hintMatched[h] ?? 0) + unitWeight * w;
        if (hintShared) hintShared[h] = (hintShared[h] ?? 0) + 1;
      }
    }
  }
  const sims = hintMatched ? hintSimilarities(index, hintMatched, totalWeight, settings.askedWeight) : undefined;
  const hintSim = new Float64Array(n);
  sims?.forEach((sim, h) => {
    const doc = index.hintList[h]?.doc ?? -1;
    if (sim > (hintSim[doc] ?? 0)) hintSim[doc] = sim;
  });
  if (sims && hintOnly.length > 0) {
    for (const unit of hintOnly) {
      // One rare word in common is not reading like a hint: the hint must share another unit too
      // ("wifi password" shares only "wifi" with "school wifi for personal social media").
      const vouched = unit.alternatives.some((a) =>
        (index.hintPostings.get(a.term) ?? []).some((h) => (sims[h] ?? 0) >= settings.hintVouches && (hintShared?.[h] ?? 0) >= 2),
      );
      if (vouched) unknownUnits -= unknownShare(unit, settings);
    }
  }
  const results: RankedClause[] = [];
  const asks = (concept: string | undefined) => concept !== undefined && unitsNaming(units, concept).length > 0;
  const weights = settings.situationWeights
    .filter((w) => w.factor !== 1 && asks(w.asked) && !asks(w.unlessAsked))
    .map((w) => ({
      factor: w.factor,
      clauses: situationClausesOf(index, w.clauses),
      unless: w.unlessClauses === undefined ? undefined : situationClausesOf(index, w.unlessClauses),
    }));
  const weight = (doc: number) => weights.reduce((f, w) => (w.clauses.has(doc) && !w.unless?.has(doc) ? f * w.factor : f), 1);
  // A common word says nothing about which clause a question is for, to the phrasing model either.
  const likely =
    settings.phrasingLift > 0
      ? clauseLikelihoods(index.phrasings, units.filter((u) => !(settings.skipGeneric && isGeneric(u))).flatMap((u) => u.alternatives.map((a) => a.term)), settings.phrasingSmoothing)
      : undefined;
  for (let doc = 0; doc < n; doc++) {
    const score = (scores[doc] ?? 0) * weight(doc);
    if (score <= 0) continue;
    const coverage = totalWeight > 0 ? (matched[doc] ?? 0) / totalWeight : 0;
    const boost = 1 + settings.hintBoost * (hintSim[doc] ?? 0);
    const unlifted = score * (settings.coverageFloor + (1 - settings.coverageFloor) * coverage) * boost;
    const lift = likely ? 1 + settings.phrasingLift * (likely[doc] ?? 0) : 1;
    results.push({ doc, score: unlifted * lift, coverage, hint: hintSim[doc] ?? 0, unlifted });
  }
  results.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return { query, results, policyCoverage: totalWeight > 0 ? presentWeight / totalWeight : 0, unknownUnits, countedUnits: units.length - skipped, offTopicUnits, offTopicShare: totalWeight > 0 ? offTopicWeight / totalWeight : 0, ownTopicUnits, evenOnSocialMediaUnits, policyConcepts: policyConcepts.size, topicConcepts: topicConcepts.size };
}

/** A plain word of no topic ("actually", "make"): see generic-words.ts. */
function isGeneric(unit: QueryUnit): boolean {
  return unit.plain && unit.alternatives.every((a) => GENERIC_STEMS.has(a.term));
}

/** For callers that only want to know whether a word is a vocabulary concept. */
export function isConceptTerm(term: string): boolean {
  return term.startsWith(CONCEPT_PREFIX);
}

export { analyse };
