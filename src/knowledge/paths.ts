/** Where the knowledge lives. */
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Problem } from './types.ts';

/** The project's own knowledge/ folder, found from this file (not the working directory). */
export function defaultKnowledgeDir(): string {
  return resolve(import.meta.dirname, '..', '..', 'knowledge');
}

export function policiesDir(dir: string): string {
  return join(dir, 'policies');
}

export function policyDir(dir: string, id: string): string {
  return join(policiesDir(dir), id);
}

/** A file named relative to the working directory when it is below it, else in full. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** "file → at path: message", as the command line and the server print it. */
export function formatProblem(p: Problem, cwd?: string): string {
  return `${displayPath(p.file, cwd)} → ${p.path ? `at ${p.path}: ` : ''}${p.message}`;
}
