/**
 * The vocabulary as a part of the knowledge folder: loadKnowledge and lintKnowledge run it
 * beside the policies. A folder without vocabulary.yaml is valid (an evaluation folder
 * holding one policy); the bot then uses the project's shared vocabulary.
 */
import type { Knowledge, Problem } from '../knowledge/types.ts';
import { readVocabulary } from './vocabulary.ts';

export function loadVocabularyPart(knowledge: Knowledge): Problem[] {
  const { vocabulary, file, problems } = readVocabulary(knowledge.dir, knowledge.analysed);
  if (vocabulary) knowledge.vocabulary = vocabulary;
  return problems.map((p) => ({ file: p.file ?? file, path: p.path, message: p.message }));
}
