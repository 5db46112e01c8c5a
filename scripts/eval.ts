/**
 * npm run eval [-- --json] [-- --failures]
 *
 * Top-1, top-3, MRR, no-match precision and recall, safeguarding recall and false alarms, per
 * policy and overall, for the held-out part and the tuning part separately — for our ranker
 * and, in the same run over the same clauses, fuse.js (default options) and MiniSearch BM25 —
 * and, when they exist, for each set written blind later (EXTRA_SETS in eval-data.ts: fresh,
 * blind-2 … blind-5), each a development set from a later round except the newest, which is the
 * current round's measurement.
 *
 * --ablations adds the same figures (all policies) with one part of the answerer switched off.
 * --failures lists the misses of the tuning part and the development sets, to tune on.
 * --tune-only prints their tables alone, not the held-out part's or the measurement set's, so
 * that tuning never sees even their aggregates. It never lists a held-out or measurement question: tuning against them would make their figures
 * meaningless (eval/README.md).
 */
import { bm25Baseline, fuseBaseline, type BaselineSearch } from '../src/search/baselines.ts';
import { computeFigures, type EvalQuestion, type Figures, type SystemOutput } from '../src/search/metrics.ts';
import { botPerSplit, evalBot, EXTRA_SETS, INVENTED, loadAllKnowledge, readExtraSet, readQuestions, type ExtraSet } from './eval-data.ts';
import { developmentMisses, LISTABLE } from './eval-failures.ts';
import { ablations } from './eval-ablations.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const failures = args.includes('--failures');
const only = args.includes('--tune-only') ? ['tune'] : ['holdout', 'tune'];

const knowledge = loadAllKnowledge();
const bot = evalBot(knowledge);
// A question for a policy that is not loaded cannot be asked; it is counted, never shown.
const known = (set: ExtraSet) => set.questions.filter((q) => knowledge.policies.has(q.policy));
const extras = EXTRA_SETS.map((meta) => {
  const set = readExtraSet(meta.split);
  return { meta, set, kept: known(set) };
});
const questions = [...readQuestions(), ...extras.flatMap((x) => x.kept)];
// Each set is answered as if its own questions had never been asked (asked.yaml holds the
// development sets' questions): without this a development set would be scored on questions the
// bot has by heart.
const botFor = botPerSplit(knowledge, questions, evalBot);

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
    const r = botFor(q.split).ask(q.policy, q.text);
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
const TITLES = {
  holdout: 'HELD-OUT part (never tuned on)',
  tune: 'TUNING part',
  ...Object.fromEntries(EXTRA_SETS.map((x) => [x.split, x.title])),
} as Record<Split, string>;
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
  // A development set always; the measurement set only outside --tune-only.
  ...Object.fromEntries(
    extras.filter((x) => x.kept.length > 0 && (x.meta.development || only.includes('holdout'))).map((x) => [x.meta.split, table(x.meta.split)]),
  ),
  // --tune-only hides the held-out part and the measurement set from the ablations too.
  ...(withAblations ? { ablations: ablations(knowledge, questions.filter((q) => only.includes('holdout') || LISTABLE.has(q.split))) } : {}) };
if (json) console.log(JSON.stringify(result, null, 2));
else {
  const count = (s: Split) => questions.filter((q) => q.split === s).length;
  const sets = extras.map((x) => `${count(x.meta.split)} ${x.meta.name}`).join(', ');
  console.log(`${count('tune') + count('holdout')} questions (${count('holdout')} held out), ${sets}, ${policies.length} policies. Figures in %; NM = no-match, SG = safeguarding (FA = false alarms); — : no detector.`);
  if (only.includes('holdout')) print('holdout', result.holdout);
  print('tune', result.tune);
  const tables = result as Partial<Record<Split, Table>>;
  for (const { meta } of extras) {
    const t = tables[meta.split];
    if (t) print(meta.split, t);
  }
  for (const { meta, set, kept } of extras) {
    if (set.skipped + set.questions.length - kept.length > 0) {
      console.log(`(${meta.name} set: ${set.skipped} line(s) not yet valid and ${set.questions.length - kept.length} for unknown policies left out)`);
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
  console.log(`\nMisses of the tuning part and the development sets (${extras.filter((x) => x.meta.development).map((x) => x.meta.name).join(', ')}); held-out and measurement questions are never listed:`);
  for (const line of developmentMisses(questions, outputs.policybot!)) console.log(line);
}
