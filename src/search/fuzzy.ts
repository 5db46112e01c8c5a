/**
 * Typo tolerance with fuse.js: a question word that neither the policy nor the vocabulary
 * knows ("recomendation", "frend") is looked up among the words they do know. Fuse is used
 * for what it is good at — one misspelt word against a word list — not to rank clauses.
 */
import Fuse from 'fuse.js';

/** Fuse's score: 0 is exact, 1 is anything. Above this a "correction" is a guess. */
export const MAX_TYPO_SCORE = 0.4;
/** Shorter words have too many neighbours ("pay" ~ "say", "day", "way"). */
export const MIN_TYPO_LENGTH = 5;

export interface TypoCorrector {
  correct(word: string): string | undefined;
}

export function createTypoCorrector(known: Iterable<string>): TypoCorrector {
  const list = [...new Set(known)].filter((w) => w.length >= MIN_TYPO_LENGTH - 1 && !/\d/.test(w));
  // Buckets by length keep each search small: a typo changes a word's length by one or two.
  const byLength = new Map<number, string[]>();
  for (const w of list) {
    const bucket = byLength.get(w.length) ?? [];
    bucket.push(w);
    byLength.set(w.length, bucket);
  }
  const fuses = new Map<number, Fuse<string>>();
  const cache = new Map<string, string | undefined>();
  const fuseFor = (len: number): Fuse<string> => {
    let fuse = fuses.get(len);
    if (!fuse) {
      const near = [len - 2, len - 1, len, len + 1, len + 2].flatMap((l) => byLength.get(l) ?? []);
      fuse = new Fuse(near, { includeScore: true, threshold: MAX_TYPO_SCORE, ignoreLocation: true, minMatchCharLength: 3 });
      fuses.set(len, fuse);
    }
    return fuse;
  };
  return {
    correct(word) {
      if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return undefined;
      if (cache.has(word)) return cache.get(word);
      const best = fuseFor(word.length).search(word, { limit: 1 })[0];
      const fixed = best && (best.score ?? 1) <= MAX_TYPO_SCORE && best.item[0] === word[0] ? best.item : undefined;
      if (cache.size > 5000) cache.clear();
      cache.set(word, fixed);
      return fixed;
    },
  };
}
