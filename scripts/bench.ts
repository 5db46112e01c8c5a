/**
 * npm run bench [-- --json]
 *
 * Time per question, in-process and warm, over the evaluation set (median and p99), and the
 * time to load the knowledge folder and index its policies (median of several cold-ish runs),
 * for our ranker beside a plain BM25 index (MiniSearch) over the same clauses; heap used.
 */
import { join } from 'node:path';
import { createBot } from '../src/core/bot.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { bm25Baseline, type BaselineSearch } from '../src/search/baselines.ts';
import { loadVocabulary } from '../src/search/vocabulary.ts';
import { evalBot, loadAllKnowledge, readQuestions, ROOT } from './eval-data.ts';

const json = process.argv.includes('--json');
const ROUNDS = 7;
const LOAD_RUNS = 7;
const clock = { now: () => new Date('2026-01-15T12:00:00Z') };

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
}
const ms = (x: number) => Math.round(x * 1000) / 1000;

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

// Load + index: the five seed policies, as the server does at start-up.
const loads: { load: number; index: number; total: number }[] = [];
const bm25Index: number[] = [];
for (let i = 0; i < LOAD_RUNS; i++) {
  const [knowledge, load] = time(() => loadKnowledge(join(ROOT, 'knowledge')));
  const [, index] = time(() => createBot({ knowledge, clock }));
  loads.push({ load, index, total: load + index });
  const [, b] = time(() => [...knowledge.policies.values()].map((p) => bm25Baseline(p.policy)));
  bm25Index.push(b);
}

// Per question, warm.
const questions = readQuestions();
const knowledge = loadAllKnowledge();
const bot = evalBot(knowledge);
const baselines = new Map<string, BaselineSearch>([...knowledge.policies].map(([id, p]) => [id, bm25Baseline(p.policy)]));
for (const q of questions) {
  bot.ask(q.policy, q.text);
  baselines.get(q.policy)!.search(q.text);
}
const ours: number[] = [];
const bm25: number[] = [];
const oursPer: number[][] = questions.map(() => []);
const bm25Per: number[][] = questions.map(() => []);
for (let r = 0; r < ROUNDS; r++) {
  questions.forEach((q, i) => {
    const a = time(() => bot.ask(q.policy, q.text))[1];
    const b = time(() => baselines.get(q.policy)!.search(q.text))[1];
    ours.push(a);
    bm25.push(b);
    oursPer[i]!.push(a);
    bm25Per[i]!.push(b);
  });
}
// On a shared machine a single timing can include a pause of the whole process (another job,
// a garbage collection); the median of a question's rounds is its own cost.
const oursTypical = oursPer.map(median);
const bm25Typical = bm25Per.map(median);
const heap = process.memoryUsage().heapUsed;
loadVocabulary(join(ROOT, 'knowledge'));

const result = {
  questions: questions.length,
  rounds: ROUNDS,
  perQuestionMs: {
    policybot: { median: ms(median(ours)), p99: ms(quantile(ours, 0.99)), max: ms(Math.max(...ours)), p99OfPerQuestionMedians: ms(quantile(oursTypical, 0.99)) },
    bm25: { median: ms(median(bm25)), p99: ms(quantile(bm25, 0.99)), max: ms(Math.max(...bm25)), p99OfPerQuestionMedians: ms(quantile(bm25Typical, 0.99)) },
  },
  loadAndIndexFivePoliciesMs: {
    runs: LOAD_RUNS,
    policybot: { loadMedian: ms(median(loads.map((l) => l.load))), indexMedian: ms(median(loads.map((l) => l.index))), totalMedian: ms(median(loads.map((l) => l.total))), firstRun: ms(loads[0]!.total) },
    bm25IndexMedian: ms(median(bm25Index)),
  },
  heapUsedMB: Math.round((heap / 1024 / 1024) * 10) / 10,
  node: process.version,
};

if (json) console.log(JSON.stringify(result, null, 2));
else {
  const p = result.perQuestionMs;
  const l = result.loadAndIndexFivePoliciesMs;
  console.log(`Per question, warm, in-process (${result.questions} questions × ${ROUNDS} rounds):`);
  console.log(`  policybot          median ${p.policybot.median} ms   p99 ${p.policybot.p99} ms (of per-question medians: ${p.policybot.p99OfPerQuestionMedians} ms)   max ${p.policybot.max} ms`);
  console.log(`  BM25 (MiniSearch)  median ${p.bm25.median} ms   p99 ${p.bm25.p99} ms (of per-question medians: ${p.bm25.p99OfPerQuestionMedians} ms)   max ${p.bm25.max} ms`);
  console.log(`Load and index the five seed policies (median of ${LOAD_RUNS} runs):`);
  console.log(`  policybot   load ${l.policybot.loadMedian} ms + index ${l.policybot.indexMedian} ms = ${l.policybot.totalMedian} ms   (first run, cold: ${l.policybot.firstRun} ms)`);
  console.log(`  BM25 (MiniSearch) index ${l.bm25IndexMedian} ms (over the same loaded clauses)`);
  console.log(`Heap used: ${result.heapUsedMB} MB (${result.node})`);
}
