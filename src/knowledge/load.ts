/**
 * Loads and validates the whole knowledge folder. `parts` runs in order, each loading its part
 * into the Knowledge object and returning problems; vocabulary and decision trees plug in here
 * with one line each. The server's start-up and `policybot lint` use the same code.
 */
import { existsSync } from 'node:fs';
import { KnowledgeError } from '../errors.ts';
import { defaultKnowledgeDir, displayPath, formatProblem } from './paths.ts';
import { loadPolicies } from './policies.ts';
import { loadVocabularyPart } from '../search/vocabulary-part.ts';
import { loadTreesPart } from '../dialog/tree-part.ts';
import { loadHintsPart } from './hints.ts';
import type { Knowledge, KnowledgePart, Problem } from './types.ts';
import { analyse, eachTextOnce } from '../search/analyse.ts';

export const parts: KnowledgePart[] = [loadPolicies, loadVocabularyPart, loadTreesPart, loadHintsPart];

/** Reads everything it can and reports every problem (never throws on bad content). */
export function readKnowledge(dir: string = defaultKnowledgeDir()): { knowledge: Knowledge; problems: Problem[] } {
  const knowledge: Knowledge = { dir, policies: new Map(), analysed: eachTextOnce(analyse) };
  if (!existsSync(dir)) {
    return { knowledge, problems: [{ file: dir, path: '', message: 'no such folder; pass --knowledge DIR pointing at a knowledge folder' }] };
  }
  const problems = parts.flatMap((part) => part(knowledge));
  return { knowledge, problems };
}

/** Every problem in the folder, for `policybot lint`. */
export function lintKnowledge(dir: string = defaultKnowledgeDir()): Problem[] {
  return readKnowledge(dir).problems;
}

/** The knowledge, or a KnowledgeError listing every problem as "file → at path: what to do". */
export function loadKnowledge(dir: string = defaultKnowledgeDir()): Knowledge {
  const { knowledge, problems } = readKnowledge(dir);
  if (problems.length) {
    throw new KnowledgeError(
      `the knowledge folder ${displayPath(dir)} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix them (policybot lint lists them)`,
      problems.map((p) => formatProblem(p)),
    );
  }
  return knowledge;
}
