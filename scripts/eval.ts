/**
 * npm run eval [-- --json] [-- --failures]
 *
 * Top-1, top-3, MRR, no-match precision and recall, safeguarding recall and false alarms, per
 * policy and overall, for the held-out part and the tuning part separately — for our ranker
 * and, in the same run over the same clauses, fuse.js (default options) and MiniSearch BM25 —
 * and, when they exist, for eval/questions-fresh.jsonl (written blind after round 1, a
 * development set from round 2), eval/questions-blind2.jsonl (written blind after round 2, a
 * development set from round 4), eval/questions-blind3.jsonl (written blind during round 4, a
 * development set from round 5) and eval/questions-blind4.jsonl (written blind during round 5,
 * its final measurement).
 *
 * --ablations adds the same figures (all policies) with one part of the answerer switched off.
 * --failures lists the misses of the development sets (tuning part, fresh, blind-2, blind-3), to
 * tune on. --tune-only prints the development sets' tables alone, not the held-out part's or
 * blind-4's, so that tuning never sees even their aggregates. It never lists a held-out or blind-4 question: tuning against them would make their figures
 * meaningless (eval/README.md).
 */
import { bm25Baseline, fuseBaseline, type BaselineSearch } from '../src/search/baselines.ts';
import { computeFigures, type EvalQuestion, type Figures, type SystemOutput } from '../src/search/metrics.ts';
import { evalBot, INVENTED, loadAllKnowledge, readBlind2Questions, readBlind3Questions, readBlind4Questions, readFreshQuestions, readQuestions, type ExtraSet } from './eval-data.ts';
import { developmentMisses } from './eval-failures.ts';
import { ablations } from './eval-ablations.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const failures = args.includes('--failures');
const only = args.includes('--tune-only') ? ['tune'] : ['holdout', 'tune'];

const knowledge = loadAllKnowledge();
const bot = evalBot(knowledge);
const fresh = readFreshQuestions();
const blind2 = readBlind2Questions();
const blind3 = readBlind3Questions();
const blind4 = readBlind4Questions();
// A question for a policy that is not loaded cannot be asked; it is counted, never shown.
const known = (set: ExtraSet) => set.questions.filter((q) => knowledge.policies.has(q.policy));
const freshKnown = known(fresh);
const blind2Known = known(blind2);
const blind3Known = known(blind3);
const blind4Known = known(blind4);
const questions = [...readQuestions(), ...freshKnown, ...blind2Known, ...blind3Known, ...blind4Known];

type System = (q: EvalQuestion) => SystemOutput;
const baselineSystem = (make: (p: import('../src/policy/schema.ts').Policy) => BaselineSearch): System => {
  const cache = new Map<string, BaselineSearch>();
  return (q) => {
    let s = cache.get(q.policy);
    if (!s) {
      s = make(bot.index(q.policy).policy);
      cache.set(q.policy, s);
    }
    const ranked = s.search(q.text);
    return { ranked, noMatch: ranked.length === 0 };
  };
};
const systems: Record<string, System> = {
  policybot: (q) => {
    const r = bot.ask(q.policy, q.text);
    return { ranked: r.citations.map((c) => c.clause), noMatch: r.kind === 'no-match', safeguarding: r.safeguarding };
  },
  'fuse.js (defaults)': baselineSystem(fuseBaseline),
  'BM25 (MiniSearch)': baselineSystem(bm25Baseline),
};

const outputs = Object.fromEntries(Object.entries(systems).map(([name, run]) => [name, questions.map(run)]));

const policies = [...new Set(questions.filter((q) => q.split === 'tune' || q.split === 'holdout').map((q) => q.policy))];
const groups: [string, (q: EvalQuestion) => boolean][] = [
  ...policies.map((p): [string, (q: EvalQuestion) => boolean] => [p, (q) => q.policy === p]),
  ['seeds (5)', (q) => !INVENTED.has(q.policy)],
  ['invented', (q) => INVENTED.has(q.policy)],
  ['ALL', () => true],
];

type Table = Record<string, Record<string, Figures>>;
type Split = EvalQuestion['split'];
function table(split: Split): Table {
  const out: Table = {};
  for (const [name, outs] of Object.entries(outputs)) {
    out[name] = {};
    for (const [g, keep] of groups) {
      const idx = questions.map((q, i) => [q, i] as const).filter(([q]) => q.split === split && keep(q));
      out[name][g] = computeFigures(idx.map(([q]) => q), idx.map(([, i]) => outs[i]!));
    }
  }
  return out;
}

const pct = (x: number | null) => (x === null ? '   — ' : `${(x * 100).toFixed(1).padStart(5)}`);
const TITLES: Record<Split, string> = {
  holdout: 'HELD-OUT part (never tuned on)',
  tune: 'TUNING part',
  fresh: 'FRESH (written blind after round 1; a DEVELOPMENT set, tuned on, from round 2)',
  blind2: 'BLIND-2 (written blind after round 2; a DEVELOPMENT set, tuned on, from round 4)',
  blind3: 'BLIND-3 (written blind during round 4; a DEVELOPMENT set, tuned on, from round 5)',
  blind4: 'BLIND-4 (written blind, final measurement of round 5)',
};
function print(split: Split, t: Table): void {
  console.log(`\n=== ${TITLES[split]} ===`);
  console.log(`${'system'.padEnd(20)} ${'policy'.padEnd(26)}    n  ans   top1  top3   MRR  NM-P  NM-R  SG-R  SG-FA`);
  for (const [name, rows] of Object.entries(t)) {
    for (const [g, f] of Object.entries(rows)) {
      console.log(
        `${name.padEnd(20)} ${g.padEnd(26)} ${String(f.questions).padStart(4)} ${String(f.answerable).padStart(4)}  ${pct(f.top1)} ${pct(f.top3)} ${pct(f.mrr)} ${pct(f.noMatchPrecision)} ${pct(f.noMatchRecall)} ${pct(f.safeguardingRecall)} ${pct(f.falseAlarmRate)}`,
      );
    }
    const s = rows['seeds (5)'];
    const inv = rows.invented;
    if (s && inv) console.log(`${name.padEnd(20)} invented vs seeds: top-1 ${((inv.top1 - s.top1) * 100).toFixed(1)} points, top-3 ${((inv.top3 - s.top3) * 100).toFixed(1)} points`);
    console.log('');
  }
}

const withAblations = args.includes('--ablations');
const result = {
  holdout: table('holdout'),
  tune: table('tune'),
  ...(freshKnown.length > 0 ? { fresh: table('fresh') } : {}),
  ...(blind2Known.length > 0 ? { blind2: table('blind2') } : {}),
  ...(blind3Known.length > 0 ? { blind3: table('blind3') } : {}),
  ...(blind4Known.length > 0 && only.includes('holdout') ? { blind4: table('blind4') } : {}),
  ...(withAblations ? { ablations: ablations(knowledge, questions) } : {}) };
if (json) console.log(JSON.stringify(result, null, 2));
else {
  const count = (s: Split) => questions.filter((q) => q.split === s).length;
  console.log(`${count('tune') + count('holdout')} questions (${count('holdout')} held out), ${count('fresh')} fresh, ${count('blind2')} blind-2, ${count('blind3')} blind-3, ${count('blind4')} blind-4, ${policies.length} policies. Figures in %; NM = no-match, SG = safeguarding (FA = false alarms); — : no detector.`);
  if (only.includes('holdout')) print('holdout', result.holdout);
  print('tune', result.tune);
  if (result.fresh) print('fresh', result.fresh);
  if (result.blind2) print('blind2', result.blind2);
  if (result.blind3) print('blind3', result.blind3);
  if (result.blind4) print('blind4', result.blind4);
  for (const [name, set, kept] of [['fresh', fresh, freshKnown], ['blind-2', blind2, blind2Known], ['blind-3', blind3, blind3Known], ['blind-4', blind4, blind4Known]] as const) {
    if (set.skipped + set.questions.length - kept.length > 0) {
      console.log(`(${name} set: ${set.skipped} line(s) not yet valid and ${set.questions.length - kept.length} for unknown policies left out)`);
    }
  }
  if (result.ablations) {
    console.log('\n=== ABLATIONS (policybot, all policies; answerer alone, without decision trees) ===');
    console.log(`${'variant'.padEnd(34)} ${'part'.padEnd(8)}  top1  top3   MRR  NM-P  NM-R  SG-R  SG-FA`);
    for (const a of result.ablations) {
      const f = a.figures;
      console.log(`${a.name.padEnd(34)} ${a.split.padEnd(8)} ${pct(f.top1)} ${pct(f.top3)} ${pct(f.mrr)} ${pct(f.noMatchPrecision)} ${pct(f.noMatchRecall)} ${pct(f.safeguardingRecall)} ${pct(f.falseAlarmRate)}`);
    }
  }
}

if (failures) {
  console.log('\nMisses of the development sets (tuning part, fresh, blind-2, blind-3); held-out and blind-4 questions are never listed:');
  for (const line of developmentMisses(questions, outputs.policybot!)) console.log(line);
}
