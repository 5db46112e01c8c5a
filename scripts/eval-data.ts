/**
 * What the evaluation and the benchmark share: the questions (eval/questions*.jsonl), and the
 * knowledge they are asked of — the five seed policies in knowledge/ and the invented one in
 * eval/knowledge/ — loaded into one bot with the project's shared vocabulary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBot, type Bot } from '../src/core/bot.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import type { EvalQuestion } from '../src/search/metrics.ts';
import { loadVocabulary } from '../src/search/vocabulary.ts';

export const ROOT = join(import.meta.dirname, '..');
export const INVENTED = new Set(['ashgrove-academy']);

export function readQuestions(dir = join(ROOT, 'eval')): EvalQuestion[] {
  return readdirSync(dir)
    .filter((f) => /^questions.*\.jsonl$/.test(f))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as EvalQuestion),
    );
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
