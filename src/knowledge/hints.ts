/**
 * Search hints (knowledge/policies/<id>/hints.yaml): for each clause, how staff ask about
 * what it answers ("can i add a student on facebook" for a rule on contact with pupils).
 * They are search knowledge only — indexed beside the clause, never shown as policy text —
 * so a question worded the way staff talk finds a clause worded the way policies are written.
 * Optional: a policy without hints.yaml is searched by its own words and the vocabulary alone.
 *
 * Beside them, asked.yaml (same shape) holds questions staff actually asked, each under the clause
 * that answered it: written by `npm run examples` from the development question sets, and where a
 * school keeps them, from questions SLT answered. A question reading like one lifts its clause as a
 * hint does; unlike a hint it is not searched as the clause's words (src/search/clause-index.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ClauseNumber, type Policy } from '../policy/schema.ts';
import { analyse, type Token } from '../search/analyse.ts';
import { nearestClauses } from './lookup.ts';
import type { Knowledge, Problem } from './types.ts';
import { readYaml } from './yaml-file.ts';

export const HINTS_FILE = 'hints.yaml';
export const ASKED_FILE = 'asked.yaml';

const Hint = z.string().trim().min(1, 'a hint cannot be empty; write how staff would ask, or remove it');

export const HintsFile = z.strictObject({
  /** Clause number → staff phrasings of what that clause answers. */
  clauses: z.record(ClauseNumber, z.array(Hint).min(1, 'give at least one hint, or remove the clause')),
});
export type HintsFile = z.infer<typeof HintsFile>;

/** Clause number → hints, as loaded onto a LoadedPolicy. */
export type Hints = Readonly<Record<string, readonly string[]>>;

/** What zod cannot see: a clause number the policy does not have, a hint with no words. */
export function hintProblems(file: string, hints: HintsFile, policy: Policy, analysed: (text: string) => readonly Token[] = analyse): Problem[] {
  const numbers = new Set(policy.clauses.map((c) => c.number));
  const problems: Problem[] = [];
  for (const [number, list] of Object.entries(hints.clauses)) {
    const path = `clauses."${number}"`;
    if (!numbers.has(number)) {
      problems.push({ file, path, message: `${policy.id} has no clause "${number}"; nearest: ${nearestClauses(policy, number).join(', ')}. Use the number policy.yaml gives` });
      continue;
    }
    list.forEach((hint, i) => {
      if (!analysed(hint).some((t) => !t.stop)) {
        problems.push({ file, path: `${path}[${i}]`, message: `"${hint}" has no words to search by (only words like "can I" or "what"); write what the question is about` });
      }
    });
  }
  return problems;
}

/** Reads DIR/hints.yaml (or asked.yaml) of one policy folder: the hints (undefined when there is no file or it is broken) and problems. */
export function readHints(
  dir: string,
  policy: Policy,
  name: typeof HINTS_FILE | typeof ASKED_FILE = HINTS_FILE,
  analysed: (text: string) => readonly Token[] = analyse,
): { hints?: Hints; file: string; problems: Problem[] } {
  const file = join(dir, name);
  if (!existsSync(file)) return { file, problems: [] };
  const { value, problems } = readYaml(file, HintsFile);
  // zod writes clauses.5.21[0]; a clause number has dots of its own, so quote it: clauses."5.21"[0]
  if (!value) return { file, problems: problems.map((p) => ({ ...p, path: p.path.replace(/^clauses\.([^[]+)/, 'clauses."$1"') })) };
  const more = hintProblems(file, value, policy, analysed);
  return more.length ? { file, problems: more } : { hints: value.clauses, file, problems: [] };
}

/** The knowledge part: each loaded policy's hints.yaml and asked.yaml onto its LoadedPolicy, with their problems. */
export function loadHintsPart(knowledge: Knowledge): Problem[] {
  const problems: Problem[] = [];
  for (const loaded of knowledge.policies.values()) {
    const read = readHints(loaded.dir, loaded.policy, HINTS_FILE, knowledge.analysed);
    if (read.hints) loaded.hints = read.hints;
    const asked = readHints(loaded.dir, loaded.policy, ASKED_FILE, knowledge.analysed);
    if (asked.hints) loaded.asked = asked.hints;
    problems.push(...read.problems, ...asked.problems);
  }
  return problems;
}
