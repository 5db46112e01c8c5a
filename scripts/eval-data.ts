/**
 * What the evaluation and the benchmark share: the questions (eval/questions.jsonl, and the
 * fresh held-out set eval/questions-fresh.jsonl when it exists), and the
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
/** A second held-out set, written blind to the system after tuning; absent until it is written. */
export const FRESH_FILE = 'questions-fresh.jsonl';

/**
 * The fresh held-out set, every question marked `split: "fresh"` whatever its line says, so
 * that nothing that lists tuning questions can ever list one of these. A line that is not yet
 * valid (the file is being written) is skipped and counted, never printed.
 */
export function readFreshQuestions(dir = join(ROOT, 'eval')): { questions: EvalQuestion[]; skipped: number } {
  const file = join(dir, FRESH_FILE);
  if (!existsSync(file)) return { questions: [], skipped: 0 };
  const questions: EvalQuestion[] = [];
  let skipped = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const q = parseQuestion(line);
    if (q) questions.push({ ...q, split: 'fresh' });
    else skipped++;
  }
  return { questions, skipped };
}

function parseQuestion(line: string): EvalQuestion | undefined {
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
  return { quotes: [], safeguarding: false, ...q, split: 'fresh' } as EvalQuestion;
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
