/**
 * Walking a tree by choice indices. The walk is replayed from the start on every step, so a
 * payload cannot jump to a node its history does not lead to.
 */
import { isLeaf, isQuestion, type LeafNode, type Tree, type TreeNode } from './tree-schema.ts';

/** The node reached from the start by taking these choice indices, or undefined if any step is invalid. */
export function follow(tree: Tree, history: readonly number[]): { id: string; node: TreeNode } | undefined {
  let id = tree.start;
  let node = tree.nodes[id];
  for (const index of history) {
    if (!node || !isQuestion(node)) return undefined;
    const choice = node.choices[index];
    if (!choice) return undefined;
    id = choice.next;
    node = tree.nodes[id];
  }
  return node ? { id, node } : undefined;
}

export interface LeafPath {
  /** Choice indices from the start. */
  history: number[];
  /** The labels of those choices. */
  labels: string[];
  /** Question node ids along the way (the last is where the final choice was made). */
  nodes: string[];
  leafId: string;
  leaf: LeafNode;
}

/** Every path from the start to a leaf (trees are small and acyclic: lint guarantees it). */
export function leafPaths(tree: Tree, from = tree.start, prefix: Omit<LeafPath, 'leafId' | 'leaf'> = { history: [], labels: [], nodes: [] }): LeafPath[] {
  const node = tree.nodes[from];
  if (!node || prefix.history.length > 20) return [];
  if (isLeaf(node)) return [{ ...prefix, leafId: from, leaf: node }];
  if (!isQuestion(node)) return [];
  return node.choices.flatMap((c, i) =>
    leafPaths(tree, c.next, { history: [...prefix.history, i], labels: [...prefix.labels, c.label], nodes: [...prefix.nodes, from] }),
  );
}

/** Clauses the leaves below a node cite, most-cited first, with the share of leaves citing each. */
export function clausesBelow(tree: Tree, from: string): { clause: string; share: number }[] {
  const leaves = leafPaths(tree, from);
  const counts = new Map<string, number>();
  for (const { leaf } of leaves) for (const c of new Set(leaf.cites)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([clause, n]) => ({ clause, share: leaves.length ? n / leaves.length : 0 }));
}
