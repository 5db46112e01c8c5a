/**
 * What the evaluation and the benchmark share: the questions (eval/questions.jsonl, the fresh
 * set eval/questions-fresh.jsonl and the blind sets eval/questions-blind2.jsonl,
 * eval/questions-blind3.jsonl and eval/questions-blind4.jsonl when they exist), and the
 * knowledge they are asked of — the five seed policies in knowledge/ and the invented one in
 * eval/knowledge/ — loaded into one bot with the project's shared vocabulary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBot, type Bot } from '../src/core/bot.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import type { EvalQuestion } from '../src/search/metrics.ts';
import { loadVocabulary } from '../src/search/vocabulary.ts';

export const ROOT = join(import.meta.dirname, '..');
export const INVENTED = new Set(['ashgrove-academy']);

/** One question per line; blank lines skipped. */
function readJsonl(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);
}

/** The evaluation set (eval/questions.jsonl): its tuning and held-out parts, as labelled. */
export function readQuestions(dir = join(ROOT, 'eval')): EvalQuestion[] {
  return readJsonl(join(dir, QUESTIONS_FILE));
}

export const QUESTIONS_FILE = 'questions.jsonl';
/**
 * A second set, written blind to the system after round 1 of tuning; from round 2 a development
 * set (its misses may be listed and tuned on). Absent until it is written.
 */
export const FRESH_FILE = 'questions-fresh.jsonl';
/** A third set, written blind after round 2; a development set from round 4. */
export const BLIND2_FILE = 'questions-blind2.jsonl';
/** A fourth set, written blind during round 4; a development set from round 5. */
export const BLIND3_FILE = 'questions-blind3.jsonl';
/** A fifth set, written blind during round 5: its final measurement, never tuned on or listed. */
export const BLIND4_FILE = 'questions-blind4.jsonl';

export interface ExtraSet {
  questions: EvalQuestion[];
  skipped: number;
}

/**
 * A set in its own file, every question marked with that set's split whatever its line says, so
 * that a line mislabelled "tune" can never be listed as a tuning miss. A line that is not yet
 * valid (the file is being written) is skipped and counted, never printed.
 */
function readSet(dir: string, fileName: string, split: 'fresh' | 'blind2' | 'blind3' | 'blind4'): ExtraSet {
  const file = join(dir, fileName);
  if (!existsSync(file)) return { questions: [], skipped: 0 };
  const questions: EvalQuestion[] = [];
  let skipped = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const q = parseQuestion(line);
    if (q) questions.push({ ...q, split });
    else skipped++;
  }
  return { questions, skipped };
}

/** The fresh set (split "fresh"; a development set from round 2). */
export function readFreshQuestions(dir = join(ROOT, 'eval')): ExtraSet {
  return readSet(dir, FRESH_FILE, 'fresh');
}

/** The second blind set (split "blind2"): a development set from round 4. */
export function readBlind2Questions(dir = join(ROOT, 'eval')): ExtraSet {
  return readSet(dir, BLIND2_FILE, 'blind2');
}

/** The third blind set (split "blind3"): a development set from round 5. */
export function readBlind3Questions(dir = join(ROOT, 'eval')): ExtraSet {
  return readSet(dir, BLIND3_FILE, 'blind3');
}

/** The fourth blind set (split "blind4"): aggregate figures only, never listed. */
export function readBlind4Questions(dir = join(ROOT, 'eval')): ExtraSet {
  return readSet(dir, BLIND4_FILE, 'blind4');
}

function parseQuestion(line: string): Omit<EvalQuestion, 'split'> | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const q = raw as Partial<EvalQuestion>;
  const ok =
    typeof q.id === 'string' &&
    typeof q.policy === 'string' &&
    typeof q.text === 'string' &&
    (q.expect === 'answer' || q.expect === 'no-match' || q.expect === 'any') &&
    Array.isArray(q.clauses);
  if (!ok) return undefined;
  return { quotes: [], safeguarding: false, ...q } as EvalQuestion;
}

/** Seeds and the invented policy in one Knowledge. */
export function loadAllKnowledge(): Knowledge {
  const seeds = loadKnowledge(join(ROOT, 'knowledge'));
  const invented = loadKnowledge(join(ROOT, 'eval', 'knowledge'));
  return { ...seeds, policies: new Map([...seeds.policies, ...invented.policies]) };
}

export function evalBot(knowledge: Knowledge = loadAllKnowledge()): Bot {
  const vocabulary = knowledge.vocabulary ?? loadVocabulary(join(ROOT, 'knowledge'));
  // A fixed day, so that the figures never change with the date.
  return createBot({ knowledge, vocabulary, clock: { now: () => new Date('2026-01-15T12:00:00Z') } });
}
