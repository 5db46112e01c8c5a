/**
 * Search: the shared vocabulary, query understanding (what a question mentions, in the
 * policy's terms), and the BM25F index of a policy's clauses that ranks them for a question.
 */
import { understandQuery as understandWith, type UnderstoodQuery } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

export { analyse, phraseKey, type Token } from './analyse.ts';
export { cleanText, foldSpelling } from './normalise.ts';
export { stem } from './stem.ts';
export { buildClauseIndex, type ClauseIndex } from './clause-index.ts';
export { rankClauses, DEFAULT_RANK_SETTINGS, type RankSettings, type Ranking, type RankedClause } from './rank.ts';
export { findPhrases, type UnderstoodQuery, type QueryUnit } from './query.ts';
export { loadVocabulary, readVocabulary, checkVocabulary, compileVocabulary, VOCABULARY_FILE, type Vocabulary } from './vocabulary.ts';
export { loadVocabularyPart } from './vocabulary-part.ts';
export { createTypoCorrector } from './fuzzy.ts';

/**
 * What a question is about: its content words (stems) and the vocabulary concepts it
 * mentions, with every wording of those concepts (`expansions`) for topic matching.
 */
export function understandQuery(text: string, vocabulary: Vocabulary): UnderstoodQuery {
  return understandWith(typeof text === 'string' ? text : '', vocabulary);
}
