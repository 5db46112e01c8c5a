/**
 * Text → tokens, the same way for questions, clauses and vocabulary terms, so that they meet:
 * cleaned, split on anything that is not a letter or digit, spelling folded, lightly stemmed.
 */
import { cleanText, foldSpelling } from './normalise.ts';
import { stem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';

export interface Token {
  /** The word as typed, lower case, apostrophes removed ("dming"). */
  word: string;
  /** Spelling folded and stemmed ("photo" for "photos"). */
  stem: string;
  stop: boolean;
  /** Set when the word was a typo, corrected to this token's word ("frend" → "friend"). */
  typed?: string;
}

/** Longer than any real question; the rest is ignored so a pasted essay stays fast. */
export const MAX_ANALYSED_CHARS = 2000;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
/**
 * The same words in text that is all ASCII and lower case (most of it, once cleaned): letters
 * and digits are then [a-z0-9], and this pattern runs several times faster than the Unicode one
 * over the thousands of examples read at every start.
 */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)*/g;
const NOT_ASCII = /[^\x00-\x7f]/;

const CONTRACTED_IS = /^some(one|body)'s$/;

/** A word as typed → its token (null: not a word once its apostrophes go). Tokens are never changed after. */
const tokens = new Map<string, Readonly<Token> | null>();

/**
 * Words repeat across clauses, questions and the thousands of examples the text models learn from
 * at load: each is read, folded and stemmed once.
 */
function tokenOf(raw: string): Readonly<Token> | null {
  let token = tokens.get(raw);
  if (token !== undefined) return token;
  // "pupil's" → "pupil"; "can't" → "cant"; but "someone's slagging us off" is "someone is", typed
  // as often without the apostrophe ("someones"): one word for both, not the stopword "someone".
  const word = (CONTRACTED_IS.test(raw) ? raw : raw.replace(/'s$/, '')).replace(/'/g, '');
  // A number is no topic, nor is a year group's plural ('my yr 11s') or an ordinal ('5th').
  const stop = STOPWORDS.has(raw) || STOPWORDS.has(word) || /^\d+(s|st|nd|rd|th)?$/.test(word) || word.length === 1;
  token = word.length === 0 ? null : Object.freeze({ word, stem: stem(foldSpelling(word)), stop });
  if (tokens.size > 50_000) tokens.clear();
  tokens.set(raw, token);
  return token;
}

export function analyse(text: string): Token[] {
  const clean = cleanText(text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text);
  const out: Token[] = [];
  for (const raw of clean.match(NOT_ASCII.test(clean) ? WORD : ASCII_WORD) ?? []) {
    const token = tokenOf(raw);
    if (token) out.push(token);
  }
  return out;
}

/**
 * `read` over a batch read at load (hints, examples, vocabulary terms) in which the same text
 * comes more than once: each distinct text is read once. Not for questions: they are not kept.
 */
export function eachTextOnce<T>(read: (text: string) => T): (text: string) => T {
  const done = new Map<string, T>();
  return (text) => {
    if (done.has(text)) return done.get(text) as T;
    const value = read(text);
    done.set(text, value);
    return value;
  };
}

/** The stems of a phrase, joined by spaces: the key a vocabulary term is looked up by. */
export function phraseKey(text: string): string {
  return analyse(text)
    .map((t) => t.stem)
    .join(' ');
}
