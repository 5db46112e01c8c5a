/**
 * The decision-tree part of the knowledge folder: reads each loaded policy's trees.yaml onto
 * its LoadedPolicy and lints the trees against that policy's clauses. The policy version
 * already hashes every file in the policy's folder, trees.yaml included, so a changed tree
 * makes old buttons restart.
 */
import type { Knowledge, Problem } from '../knowledge/types.ts';
import { lintTrees } from './tree-lint.ts';
import { readTrees } from './tree-load.ts';

export function loadTreesPart(knowledge: Knowledge): Problem[] {
  const problems: Problem[] = [];
  for (const loaded of knowledge.policies.values()) {
    const read = readTrees(loaded.dir);
    loaded.trees = read.trees;
    problems.push(...read.problems, ...lintTrees(read.file, read.trees, loaded.policy));
  }
  return problems;
}
