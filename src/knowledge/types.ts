/** What the knowledge folder holds once loaded, and the shape of a problem found in it. */
import type { Policy } from '../policy/schema.ts';
import type { Vocabulary } from '../search/vocabulary.ts';
import type { Token } from '../search/analyse.ts';
import type { Tree } from '../dialog/tree-schema.ts';

export interface LoadedPolicy {
  policy: Policy;
  /** Short hash of the policy's knowledge files: changes whenever any of them changes. */
  version: string;
  /** The policy's folder: knowledge/policies/<id>. */
  dir: string;
  /** Its decision trees (trees.yaml), set by the trees part; [] when it has none. */
  trees?: Tree[];
  /** Its search hints (hints.yaml: clause number → how staff ask), set by the hints part. */
  hints?: Readonly<Record<string, readonly string[]>>;
  /** Questions staff asked, by the clause that answered them (asked.yaml), set by the hints part. */
  asked?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The loaded knowledge folder. Other parts (vocabulary, decision trees) add optional fields
 * here and a loader to `parts` in load.ts.
 */
export interface Knowledge {
  dir: string;
  policies: Map<string, LoadedPolicy>;
  /** The shared vocabulary (vocabulary.yaml), when the folder has one. */
  vocabulary?: Vocabulary;
  /**
   * The folder's texts (examples, hints, asked questions) as analysed while loading, each read
   * once: the asked questions are also examples, and every hint is checked at load and indexed by
   * the bot. The tokens are shared: never changed.
   */
  analysed?: (text: string) => Token[];
}

/** One thing wrong in the folder: which file, where inside it, and what to do about it. */
export interface Problem {
  file: string;
  /** Path inside the file, as zod prints it: "clauses[3].text"; "" for the whole file. */
  path: string;
  message: string;
}

/** Loads one part of the folder into `knowledge` and returns what is wrong with it. */
export type KnowledgePart = (knowledge: Knowledge) => Problem[];
