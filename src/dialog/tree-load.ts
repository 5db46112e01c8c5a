/**
 * Reads a policy's decision trees (knowledge/policies/<id>/trees.yaml). A policy without the
 * file simply has no trees. Problems come back as "file → at path: what to do" lines, the way
 * `policybot lint` prints them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from '../errors.ts';
import { parseYaml } from '../knowledge/yaml-file.ts';
import { TreesFile, type Tree } from './tree-schema.ts';

export const TREES_FILE = 'trees.yaml';

/** One thing wrong in a trees file; the same shape as the knowledge folder's Problem. */
export interface TreeProblem {
  file: string;
  /** "trees[2].nodes.x.cites[0]", "" for the whole file. */
  path: string;
  message: string;
}

/** "file → at path: what to do". */
export function formatTreeProblem(p: TreeProblem): string {
  return `${p.file} → ${p.path ? `at ${p.path}: ` : ''}${p.message}`;
}

export interface TreesRead {
  file: string;
  trees: Tree[];
  /** The file's raw text ("" when absent). */
  raw: string;
  problems: TreeProblem[];
}

/** "trees[2].nodes.x.cites[0]": the path notation z.prettifyError uses. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top)';
}

/** One problem per zod issue, at its path. */
export function zodProblems(file: string, error: z.ZodError): TreeProblem[] {
  return error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }));
}

/** Never throws: parse errors come back as problems and an empty tree list. */
export function readTrees(policyDir: string): TreesRead {
  const file = join(policyDir, TREES_FILE);
  if (!existsSync(file)) return { file, trees: [], raw: '', problems: [] };
  const raw = readFileSync(file, 'utf8');
  const parsed = parseYaml(raw);
  if ('error' in parsed) {
    const at = parsed.error.line ? ` (line ${parsed.error.line})` : '';
    return { file, trees: [], raw, problems: [{ file, path: '', message: `is not valid YAML${at}: ${parsed.error.message}` }] };
  }
  return parseTrees(file, parsed.value, raw);
}

export function parseTrees(file: string, data: unknown, raw = ''): TreesRead {
  const parsed = TreesFile.safeParse(data);
  if (!parsed.success) return { file, trees: [], raw, problems: zodProblems(file, parsed.error) };
  return { file, trees: parsed.data.trees, raw, problems: [] };
}

/** For the loader: the trees, or a KnowledgeError listing every problem. */
export function loadTrees(policyDir: string): { trees: Tree[]; raw: string } {
  const read = readTrees(policyDir);
  if (read.problems.length > 0) {
    throw new KnowledgeError(`${read.file} is not a valid trees file; run "policybot lint" for details.`, read.problems.map(formatTreeProblem));
  }
  return { trees: read.trees, raw: read.raw };
}
