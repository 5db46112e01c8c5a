/**
 * Dialog: the platform-neutral Reply, typed button payloads, and decision trees (schema,
 * loading, lint, matching a question to a tree, walking it, drawing it as Mermaid).
 */
export * from './reply.ts';
export * from './actions.ts';
export * from './citation.ts';
export * from './reply-frame.ts';
export * from './tree-schema.ts';
export { readTrees, loadTrees, parseTrees, zodProblems, formatPath, formatTreeProblem, TREES_FILE, type TreesRead, type TreeProblem } from './tree-load.ts';
export { lintTrees, normaliseWords } from './tree-lint.ts';
export { matchTree, normaliseQuestion, type TreeMatch } from './tree-match.ts';
export { follow, leafPaths, clausesBelow, type LeafPath } from './tree-walk.ts';
export { startTree, continueTree, topicsReply, choicesAt, startTreeChoice, RESTART_STALE, RESTART_DAMAGED, type TreePolicy } from './tree-reply.ts';
export { choosePayload, salvage, type ResolvePolicy, type TreeContext } from './tree-choose.ts';
export { treesToMermaid, escapeMermaid } from './mermaid.ts';
export { askTree, offerTree, autoWalk, preAnswered, type AskTreeInput } from './tree-ask.ts';
