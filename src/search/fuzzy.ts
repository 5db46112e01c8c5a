/**
 * Typo tolerance: a question word that neither the policy nor the vocabulary knows
 * ("recomendation", "frend", "parnet") is looked up among the words they do know. fuse.js finds
 * the candidates (what it is good at: one misspelt word against a word list); an edit distance
 * that counts a swap of two letters as one edit picks among them, so "parnet" is "parent", not
 * "part". Fuse is not used to rank clauses: measured, it puts the right clause first for
 * almost no staff question (npm run eval).
 */
import Fuse from 'fuse.js';

/** Fuse's score: 0 is exact, 1 is anything. Above this a candidate is not worth a look. */
export const MAX_TYPO_SCORE = 0.4;
/** Shorter words have too many neighbours ("pay" ~ "say", "day", "way"). */
export const MIN_TYPO_LENGTH = 5;

export interface TypoCorrector {
  correct(word: string): string | undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** One edit in a short word, two in a long one: more is a different word. */
function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
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
      let best: { item: string; edits: number; score: number } | undefined;
      for (const r of fuseFor(word.length).search(word, { limit: 12 })) {
        // Typos rarely change the first letter; a different first letter is a different word.
        if (r.item[0] !== word[0]) continue;
        const edits = editDistance(word, r.item);
        const score = r.score ?? 1;
        if (edits <= allowedEdits(word) && (!best || edits < best.edits || (edits === best.edits && score < best.score))) {
          best = { item: r.item, edits, score };
        }
      }
      if (cache.size > 5000) cache.clear();
      cache.set(word, best?.item);
      return best?.item;
    },
  };
}
