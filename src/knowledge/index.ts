/**
 * The knowledge folder: load it (validated), lint it, find a policy or a clause in it.
 */
export { loadKnowledge, lintKnowledge, readKnowledge, parts } from './load.ts';
export { defaultKnowledgeDir, policyDir, policiesDir, formatProblem, displayPath } from './paths.ts';
export { findPolicy, findClause, nearestClauses } from './lookup.ts';
export { policyVersion } from './policies.ts';
export type { Knowledge, LoadedPolicy, Problem, KnowledgePart } from './types.ts';
export { HintsFile, readHints, loadHintsPart, HINTS_FILE, ASKED_FILE, type Hints } from './hints.ts';
