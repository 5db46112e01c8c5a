/**
 * Is a question on a tree's topic? Defined in the tree data (topic.all: groups of terms, each
 * group must be hit; topic.none: terms that make the question specific enough for a plain
 * answer). Conservative on purpose: a tree is offered only when every group is present.
 * Terms match at the start of a word, so "photo" covers "photos" and "photograph".
 */
import type { Tree } from './tree-schema.ts';

/** Lower case, apostrophes dropped, everything else that is not a letter or digit a space. */
export function normaliseQuestion(text: string): string {
  return ` ${text.toLowerCase().replace(/['’‘`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/**
 * A term matches at the start of a word ("photo" → "photos", "photograph"); a term of three
 * letters or fewer only as a whole word with a plain ending, so "add" is not "address".
 */
export function hits(norm: string, term: string): boolean {
  const t = normaliseQuestion(term).trim();
  if (t.length === 0) return false;
  if (t.length > 3) return norm.includes(` ${t}`);
  return new RegExp(` ${t}(?:s|es|ed|ded|ing|ding)? `).test(norm);
}

export interface TreeMatch {
  tree: Tree;
  /** Terms matched, summed over the groups: the tie-break between trees. */
  strength: number;
}

/**
 * The tree a question is about, or undefined. `expansions` are extra forms of the question
 * (query understanding's canonical words, e.g. "pic" → "photo", "insta" → "instagram") that
 * count as if the question had said them.
 */
export function matchTree(trees: readonly Tree[], text: string, expansions: readonly string[] = []): TreeMatch | undefined {
  const norm = normaliseQuestion([text, ...expansions].join(' '));
  let best: TreeMatch | undefined;
  for (const tree of trees) {
    if (tree.topic.none.some((term) => hits(norm, term))) continue;
    let strength = 0;
    let all = true;
    for (const group of tree.topic.all) {
      const n = group.filter((term) => hits(norm, term)).length;
      if (n === 0) {
        all = false;
        break;
      }
      strength += n;
    }
    if (all && (!best || strength > best.strength)) best = { tree, strength };
  }
  return best;
}
