/**
 * The member of staff describing themselves is not a third party. "TA here, a yr 9 lad sent me a
 * follow request", "I coach the under 12s and the mums add me on facebook", "as a form tutor…":
 * the role words name the person asking, and a rule that looks for an adult with a child (a
 * coach adding pupils, a member of staff following one) must not read them as someone else.
 * Only the safeguarding detector uses this; the ranking keeps every word.
 */
import type { Token } from '../search/analyse.ts';
import type { Vocabulary } from '../search/vocabulary.ts';

/** The concepts whose words name a member of staff, in knowledge/vocabulary.yaml. */
const STAFF_CONCEPTS = ['colleague', 'employee', 'staff-type'];
/** What a speaker does that names their role ("I coach the under 12s"). */
const ROLE_VERBS = new Set(['coach', 'tutor', 'mentor', 'volunteer', 'teach']);
const ARTICLES = new Set(['a', 'an', 'the']);
const DETERMINERS = new Set([...ARTICLES, 'one', 'another', 'our', 'this', 'that', 'my', 'your', 'their', 'his', 'her']);
/** How far into the message a "<role> here" introduction can start ("hi all, cover supervisor here"). */
const INTRO_WITHIN = 4;
/** How many words a role may take after "I'm a", "as a" ("as a year 6 class teacher"). */
const ROLE_WORDS = 4;

const roleStems = new WeakMap<Vocabulary, Set<string>>();
/**
 * The single words that name a member of staff: the staff concepts' words, and the one-word
 * phrases of every `together` group that names a colleague ("coach", "tutor", "leader").
 */
function roleStemsOf(vocab: Vocabulary): Set<string> {
  let stems = roleStems.get(vocab);
  if (!stems) {
    stems = new Set();
    for (const [key, concept] of vocab.phrases) if (STAFF_CONCEPTS.includes(concept)) for (const st of key.split(' ')) stems.add(st);
    for (const rule of vocab.safeguarding.together)
      for (const group of rule)
        if (STAFF_CONCEPTS.some((c) => group.concepts.has(c))) for (const k of group.phrases) if (!k.includes(' ')) stems.add(k);
    roleStems.set(vocab, stems);
  }
  return stems;
}

/** A token the rules will not match: a placeholder that keeps the positions of its neighbours. */
const BLANK: Readonly<Token> = Object.freeze({ word: '', stem: '\u0000', stop: true });

/**
 * The tokens with the speaker's own role words blanked: a "<role> here" introduction at the
 * start, "I'm a <role>", "I am a <role>", "as a <role>", "being a <role>", "I <role verb>" and
 * "<role>s like me".
 */
export function blankSelfDescription(tokens: readonly Token[], vocab: Vocabulary): Token[] {
  const roles = roleStemsOf(vocab);
  const out = [...tokens];
  const isRole = (i: number) => roles.has(tokens[i]?.stem ?? '') || roles.has(tokens[i]?.word ?? '');
  const word = (i: number) => tokens[i]?.word ?? '';
  // "TA here", "hi all, PE teacher here": the role words just before an early "here".
  for (let h = 1; h <= INTRO_WITHIN + 2 && h < tokens.length; h++) {
    if (word(h) !== 'here') continue;
    const start = Math.max(0, h - 3);
    const span = tokens.slice(start, h);
    // "a TA here has been…", "our coach here": someone else, named with a determiner.
    if (span.some((t) => DETERMINERS.has(t.word))) break;
    if (span.some((_, k) => isRole(start + k))) for (let i = start; i < h; i++) if (!tokens[i]?.stop) out[i] = BLANK;
    break;
  }
  for (let i = 0; i < tokens.length; i++) {
    // "I'm a", "I am the", "as a", "being a", "I work as a": the role that follows, up to its head word.
    // Not "as the": "as the coach was messaging her" is a time, not a self-description.
    const iAm = word(i) === 'im' || (word(i) === 'am' && word(i - 1) === 'i');
    const asA = (word(i) === 'as' || word(i) === 'being') && (word(i + 1) === 'a' || word(i + 1) === 'an');
    const selfArticle = (iAm && ARTICLES.has(word(i + 1))) || asA;
    if (selfArticle) {
      for (let j = i + 2; j < Math.min(tokens.length, i + 2 + ROLE_WORDS); j++) {
        if (!isRole(j)) continue;
        for (let k = i + 2; k <= j; k++) out[k] = BLANK;
        break;
      }
    }
    // "I coach the under 12s", "I also tutor", "I occasionally coach": the speaker's role, not
    // another adult. One word may come between: a stop word ("also", "just") or an adverb.
    if (word(i) === 'i') {
      const between = tokens[i + 1];
      const j = ROLE_VERBS.has(between?.stem ?? '') ? i + 1 : between?.stop || word(i + 1).endsWith('ly') ? i + 2 : -1;
      if (j > 0 && ROLE_VERBS.has(tokens[j]?.stem ?? '')) out[j] = BLANK;
    }
    // "does it apply to volunteers like me", "TAs like us": the speaker's own kind.
    if (word(i) === 'like' && (word(i + 1) === 'me' || word(i + 1) === 'us') && isRole(i - 1)) out[i - 1] = BLANK;
  }
  return out;
}
