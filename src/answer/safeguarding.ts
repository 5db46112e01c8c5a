/**
 * Safeguarding first: does a question suggest that a child may be at risk? The trigger terms
 * are knowledge (knowledge/safeguarding.yaml, beside the vocabulary whose concepts it names), so a school can
 * add its own; this file only applies the rules. When it fires, the reply leads with the
 * school's own route, as its policy names it.
 */
import type { Policy } from '../policy/schema.ts';
import type { SafeguardingBanner } from '../dialog/reply.ts';
import type { Token } from '../search/analyse.ts';
import { editDistance } from '../search/fuzzy.ts';
import { GENERIC_STEMS } from '../search/generic-words.ts';
import { findPhrases } from '../search/query.ts';
import { blankSelfDescription } from './self-description.ts';
import { conceptsNamed, type CompiledOrdinary, type Vocabulary } from '../search/vocabulary.ts';

export interface SafeguardingCheck {
  flag: boolean;
  /** The words that raised it, for tests and the evaluation report. */
  because: string[];
  /** The concern is about an image (the policy's image handling applies). */
  image: boolean;
}

/** Every run of 1..max stems in the question, as phrase keys. */
function ngrams(tokens: readonly Token[], max: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    for (let len = 1; len <= max && i + len <= tokens.length; len++) {
      key = len === 1 ? (tokens[i]?.stem ?? '') : `${key} ${tokens[i + len - 1]?.stem ?? ''}`;
      out.add(key);
    }
  }
  return out;
}

/** The stems of the trigger terms, by their first two letters: what a misspelt risk word is checked against. */
const triggerStems = new WeakMap<Vocabulary, Map<string, string[]>>();
function triggerStemsOf(vocab: Vocabulary): Map<string, string[]> {
  let byPrefix = triggerStems.get(vocab);
  if (!byPrefix) {
    byPrefix = new Map();
    const stems = new Set<string>();
    // Six letters for the unambiguous `always` words; seven for the broad `withChild` ones, whose
    // six-letter stems sit one letter from everyday words ("insects" is not "inject", "heroic" not "heroin").
    for (const key of vocab.safeguarding.always) for (const st of key.split(' ')) if (st.length >= 6) stems.add(st);
    for (const key of vocab.safeguarding.withChild) for (const st of key.split(' ')) if (st.length >= 7) stems.add(st);
    for (const st of stems) {
      const list = byPrefix.get(st.slice(0, 2)) ?? [];
      list.push(st);
      byPrefix.set(st.slice(0, 2), list);
    }
    triggerStems.set(vocab, byPrefix);
  }
  return byPrefix;
}

/**
 * Staff type fast, and a misspelt risk word ("sucidal", "exploted", "neglectd") must not hide the
 * risk. A word of six letters or more that neither the policy, the vocabulary nor the list of
 * common words knows, one edit from the stem (six letters or more; seven for `withChild`) of exactly one trigger word
 * with the same first two letters, is read as that word. Short words are left alone and the
 * first two letters must agree so that ordinary words one edit away ("score" and "scare",
 * "amused", "putting") never turn into risk words; a misspelt short one ("abuce") is missed.
 */
function correctRiskWords(tokens: readonly Token[], vocab: Vocabulary, knows: (stem: string) => boolean): Token[] {
  const byPrefix = triggerStemsOf(vocab);
  return tokens.map((t) => {
    if (t.stop || t.word.length < 6 || vocab.knownStems.has(t.stem) || GENERIC_STEMS.has(t.stem) || knows(t.stem)) return t;
    const near = (byPrefix.get(t.word.slice(0, 2)) ?? []).filter((st) => editDistance(t.stem, st) <= 1 || editDistance(t.word, st) <= 1);
    return near.length === 1 && near[0] ? { word: near[0], stem: near[0], stop: false, typed: t.word } : t;
  });
}

/** Does `a` contain the phrase `b`, word for word? ("self harm" contains "harm"). */
function containsPhrase(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `);
}

/**
 * A sign read the ordinary way: the name of a lesson topic in a question about a lesson ("our
 * e-safety lesson on grooming"), a hurt in a question about a playground accident. Dropped when
 * a rule's context is in the question and nothing in it speaks of one child's own situation.
 * The context must be more than the sign's own words: "pics of the kids on his own phone" is a
 * sign written with its phone in it, and "on his own phone" must not read it the ordinary way
 * that it reads "on his own" (whose phone, not a child left alone).
 */
function ordinaryReading(sign: string, rules: readonly CompiledOrdinary[], grams: ReadonlySet<string>): boolean {
  return rules.some(
    (r) =>
      [...r.signs].some((s) => containsPhrase(sign, s)) &&
      [...r.context].some((k) => grams.has(k) && !containsPhrase(sign, k)) &&
      ![...r.unless].some((k) => grams.has(k)),
  );
}

export function checkSafeguarding(typed: readonly Token[], vocab: Vocabulary, knows: (stem: string) => boolean = () => false): SafeguardingCheck {
  // The speaker's own role ("TA here", "I coach…") is not another adult with a child.
  const tokens = blankSelfDescription(correctRiskWords(typed, vocab, knows), vocab);
  const sg = vocab.safeguarding;
  const grams = ngrams(tokens, vocab.maxPhraseLength);
  // "my kid" is own-family and family: a child of the family, for the child rules as for ranking
  const concepts = new Set(findPhrases(tokens, vocab).flatMap((p) => conceptsNamed(vocab, p.concept)));
  // The question's few hundred n-grams looked up in the lists, not the thousands of signs in the question.
  const hits = (set: ReadonlySet<string>) => [...grams].filter((k) => set.has(k));
  const because: string[] = [];
  const signs = [...hits(sg.always)];
  const child = [...sg.child].some((c) => concepts.has(c));
  if (child) signs.push(...hits(sg.withChild));
  because.push(...signs.filter((s) => !ordinaryReading(s, sg.ordinary, grams)));
  for (const rule of sg.together) {
    const all = rule.every((g) => [...g.phrases].some((k) => grams.has(k)) || [...g.concepts].some((c) => concepts.has(c)));
    if (!all) continue;
    // A rule that fired only through a lesson topic ("talking about not chatting to strangers
    // online" in online safety week) is read the ordinary way too.
    const matched = rule.flatMap((g) => [...g.phrases].filter((k) => grams.has(k)));
    if (matched.some((k) => ordinaryReading(k, sg.ordinary, grams))) continue;
    because.push('together');
  }
  // No sign: the examples may still say it reads like a child at risk (the words as typed, as
  // the model learned them).
  if (because.length === 0 && sg.model && sg.model.score(typed) > sg.model.threshold) because.push('examples');
  const flag = because.length > 0;
  const image = flag && hits(sg.images).length > 0;
  return { flag, because, image };
}

/** The school's route, first thing the reader sees, in the policy's terms. */
export function safeguardingBanner(policy: Policy, image: boolean): SafeguardingBanner {
  const lead = policy.roles.safeguarding;
  const who = lead.name ? `the ${lead.title} (${lead.name})` : `the ${lead.title}`;
  const lines = [`If a child may be at risk, tell ${who} today, before anything else, and follow the school's safeguarding procedure.`];
  const clauses = [...lead.clauses];
  const handling = policy.roles.imageHandling;
  if (image && handling) {
    // A lead-in ("If you are sent an image…:") reads right only with the items under it.
    const items = handling.text.trimEnd().endsWith(':')
      ? policy.clauses.filter((c) => c.lead === handling.text).map((c) => c.text)
      : [];
    lines.push(`About the image, ${policy.name}'s policy says: ${[handling.text, ...items].join(' ')}`);
    for (const c of handling.clauses) if (!clauses.includes(c)) clauses.push(c);
  }
  lines.push('If a child is in immediate danger, call 999.');
  return { title: 'Safeguarding comes first', lines, clauses };
}
