/**
 * What the evaluation and the benchmark share: the questions (eval/questions.jsonl, and the sets
 * written blind later, EXTRA_SETS, when they exist), and the
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

export type ExtraSplit = Exclude<EvalQuestion['split'], 'tune' | 'holdout'>;

/**
 * The sets written later, each blind to the system, each in its own file; absent until written.
 * Each was the measurement of the round it was written in, and a development set (its misses
 * listed and tuned on) from the round named here. Exactly one, the newest, is never tuned on.
 */
export const EXTRA_SETS: readonly { split: ExtraSplit; file: string; name: string; title: string; development: boolean }[] = [
  { split: 'fresh', file: 'questions-fresh.jsonl', name: 'fresh', title: 'FRESH (written blind after round 1; a DEVELOPMENT set, tuned on, from round 2)', development: true },
  { split: 'blind2', file: 'questions-blind2.jsonl', name: 'blind-2', title: 'BLIND-2 (written blind after round 2; a DEVELOPMENT set, tuned on, from round 4)', development: true },
  { split: 'blind3', file: 'questions-blind3.jsonl', name: 'blind-3', title: 'BLIND-3 (written blind during round 4; a DEVELOPMENT set, tuned on, from round 5)', development: true },
  { split: 'blind4', file: 'questions-blind4.jsonl', name: 'blind-4', title: 'BLIND-4 (written blind during round 5; a DEVELOPMENT set, tuned on, from round 6)', development: true },
  { split: 'blind5', file: 'questions-blind5.jsonl', name: 'blind-5', title: 'BLIND-5 (written blind during round 6; a DEVELOPMENT set, tuned on, from round 7)', development: true },
  { split: 'blind6', file: 'questions-blind6.jsonl', name: 'blind-6', title: 'BLIND-6 (written blind during round 7; a DEVELOPMENT set, tuned on, from round 8)', development: true },
  { split: 'blind7', file: 'questions-blind7.jsonl', name: 'blind-7', title: 'BLIND-7 (written blind during round 8; a DEVELOPMENT set, tuned on, from round 9)', development: true },
  { split: 'blind8', file: 'questions-blind8.jsonl', name: 'blind-8', title: 'BLIND-8 (written blind during round 9; a DEVELOPMENT set, tuned on, from round 10)', development: true },
  { split: 'blind9', file: 'questions-blind9.jsonl', name: 'blind-9', title: 'BLIND-9 (written blind during round 10; a DEVELOPMENT set, tuned on, from round 11)', development: true },
  { split: 'blind10', file: 'questions-blind10.jsonl', name: 'blind-10', title: 'BLIND-10 (written blind during round 11; a DEVELOPMENT set, tuned on, from round 12)', development: true },
  { split: 'blind11', file: 'questions-blind11.jsonl', name: 'blind-11', title: 'BLIND-11 (written blind during round 12; a DEVELOPMENT set, tuned on, from round 13)', development: true },
  { split: 'blind12', file: 'questions-blind12.jsonl', name: 'blind-12', title: 'BLIND-12 (written blind during round 13; a DEVELOPMENT set, tuned on, from round 14)', development: true },
  { split: 'blind13', file: 'questions-blind13.jsonl', name: 'blind-13', title: 'BLIND-13 (written blind during round 14; a DEVELOPMENT set, tuned on, from round 15)', development: true },
  { split: 'blind14', file: 'questions-blind14.jsonl', name: 'blind-14', title: 'BLIND-14 (written blind during round 15; a DEVELOPMENT set, tuned on, from round 16)', development: true },
  { split: 'blind15', file: 'questions-blind15.jsonl', name: 'blind-15', title: 'BLIND-15 (written blind during round 16; a DEVELOPMENT set, tuned on, from round 17)', development: true },
  { split: 'blind16', file: 'questions-blind16.jsonl', name: 'blind-16', title: 'BLIND-16 (written blind during round 17; a DEVELOPMENT set, tuned on, from round 18)', development: true },
  { split: 'dev18a', file: 'questions-dev18a.jsonl', name: 'dev-18a', title: 'DEV-18A (written blind during round 18 as development data; never a measurement)', development: true },
  { split: 'dev18b', file: 'questions-dev18b.jsonl', name: 'dev-18b', title: 'DEV-18B (written blind during round 18 as development data; never a measurement)', development: true },
  { split: 'blind17', file: 'questions-blind17.jsonl', name: 'blind-17', title: 'BLIND-17 (written blind during round 18; a DEVELOPMENT set, tuned on, from round 19)', development: true },
  { split: 'dev19a', file: 'questions-dev19a.jsonl', name: 'dev-19a', title: 'DEV-19A (written blind during round 19 as development data; never a measurement)', development: true },
  { split: 'dev19b', file: 'questions-dev19b.jsonl', name: 'dev-19b', title: 'DEV-19B (written blind during round 19 as development data; never a measurement)', development: true },
  { split: 'blind18', file: 'questions-blind18.jsonl', name: 'blind-18', title: 'BLIND-18 (written blind during round 19; a DEVELOPMENT set, tuned on, from round 20)', development: true },
  { split: 'dev20a', file: 'questions-dev20a.jsonl', name: 'dev-20a', title: 'DEV-20A (written blind during round 20 as development data; never a measurement)', development: true },
  { split: 'dev20b', file: 'questions-dev20b.jsonl', name: 'dev-20b', title: 'DEV-20B (written blind during round 20 as development data; never a measurement)', development: true },
  { split: 'blind19', file: 'questions-blind19.jsonl', name: 'blind-19', title: 'BLIND-19 (written blind during round 20; a DEVELOPMENT set, tuned on, from round 21)', development: true },
  { split: 'dev21a', file: 'questions-dev21a.jsonl', name: 'dev-21a', title: 'DEV-21A (written blind during round 21 as development data; never a measurement)', development: true },
  { split: 'dev21b', file: 'questions-dev21b.jsonl', name: 'dev-21b', title: 'DEV-21B (written blind during round 21 as development data; never a measurement)', development: true },
  { split: 'blind20', file: 'questions-blind20.jsonl', name: 'blind-20', title: 'BLIND-20 (written blind, final measurement of round 21)', development: false },
];

export interface ExtraSet {
  questions: EvalQuestion[];
  skipped: number;
}

/**
 * A set in its own file, every question marked with that set's split whatever its line says, so
 * that a line mislabelled "tune" can never be listed as a tuning miss. A line that is not yet
 * valid (the file is being written) is skipped and counted, never printed.
 */
export function readExtraSet(split: ExtraSplit, dir = join(ROOT, 'eval')): ExtraSet {
  const set = EXTRA_SETS.find((x) => x.split === split);
  if (!set) throw new Error(`no extra set ${split}`);
  const file = join(dir, set.file);
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

/** One message a line of a pool: eval/safeguarding/ (dev-risk.txt, measure-ordinary.txt …) or eval/no-match/ (dev.txt, measure.txt). */
export function readPool(kind: 'safeguarding' | 'no-match', name: string): string[] {
  return readFileSync(join(ROOT, 'eval', kind, name), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * What the two pool scripts (eval:safeguarding, eval:no-match) share: the bot over all six
 * policies, the pools this run counts (with --tune-only, while tuning, the measure pool is not
 * even counted), whether to list the dev pool's misses (--failures), and a share as a percentage.
 */
export function poolRun<P extends { listable: boolean }>(pools: readonly P[], argv: readonly string[] = process.argv) {
  const knowledge = loadAllKnowledge();
  return {
    bot: evalBot(knowledge),
    policies: [...knowledge.policies.keys()],
    pools: pools.filter((p) => p.listable || !argv.includes('--tune-only')),
    listFailures: argv.includes('--failures'),
    pct: (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—'),
  };
}

/**
 * Every text that must stay unseen by tuning, the examples and asked.yaml: the held-out part,
 * the measurement set and both measure pools.
 */
export function unseenTexts(): string[] {
  return [
    ...readQuestions().filter((q) => q.split === 'holdout').map((q) => q.text),
    ...EXTRA_SETS.filter((s) => !s.development).flatMap((s) => readExtraSet(s.split).questions.map((q) => q.text)),
    ...readPool('safeguarding', 'measure-risk.txt'),
    ...readPool('safeguarding', 'measure-ordinary.txt'),
    ...readPool('no-match', 'measure.txt'),
  ];
}

/** One line a message: a question written over several lines is joined (as the examples and asked.yaml keep it). */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** A text as scripts/examples.ts and `withoutAsked` compare it: one line, lower case. */
export const textKey = (text: string): string => oneLine(text).toLowerCase();

/**
 * The knowledge as it would be had these questions never been asked: their texts left out of every
 * policy's asked.yaml. scripts/examples.ts writes the development sets' questions there, so a
 * development set is measured against the others' questions only, as an unseen set would be (a
 * question asked in two sets is left out of both). The held-out part and the measurement set are
 * never in asked.yaml: for them nothing changes.
 */
export function withoutAsked(knowledge: Knowledge, questions: readonly EvalQuestion[]): Knowledge {
  const texts = new Set(questions.map((q) => textKey(q.text)));
  const isAsked = (t: string) => texts.has(textKey(t));
  // Nothing of theirs is there (the held-out part, the measurement set): the knowledge as loaded.
  if (![...knowledge.policies.values()].some((p) => Object.values(p.asked ?? {}).some((list) => list.some(isAsked)))) return knowledge;
  const policies = new Map([...knowledge.policies].map(([id, p]) => {
    if (!p.asked) return [id, p];
    const asked = Object.fromEntries(Object.entries(p.asked).map(([c, list]) => [c, list.filter((t) => !isAsked(t))]));
    return [id, { ...p, asked }];
  }));
  return { ...knowledge, policies };
}

/**
 * One bot per set of questions (split), each built over `withoutAsked` that set: see there. Sets
 * none of whose questions are in asked.yaml share one bot over the knowledge as loaded.
 */
export function botPerSplit<B>(knowledge: Knowledge, questions: readonly EvalQuestion[], make: (k: Knowledge) => B): (split: EvalQuestion['split']) => B {
  const bots = new Map<Knowledge, B>();
  const bySplit = new Map<EvalQuestion['split'], B>();
  return (split) => {
    let bot = bySplit.get(split);
    if (bot) return bot;
    const k = withoutAsked(knowledge, questions.filter((q) => q.split === split));
    bot = bots.get(k) ?? make(k);
    bots.set(k, bot);
    bySplit.set(split, bot);
    return bot;
  };
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
