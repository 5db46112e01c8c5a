/**
 * npm run eval [-- --json] [-- --failures]
 *
 * Top-1, top-3, MRR, no-match precision and recall, safeguarding recall and false alarms, per
 * policy and overall, for the held-out part and the tuning part separately — for our ranker
 * and, in the same run over the same clauses, fuse.js (default options) and MiniSearch BM25.
 *
 * --ablations adds the same figures (all policies) with one part of the answerer switched off.
 * --failures lists the tuning part's misses, to tune on. It never lists held-out questions:
 * tuning against them would make the held-out figures meaningless (eval/README.md).
 */
import { bm25Baseline, fuseBaseline, type BaselineSearch } from '../src/search/baselines.ts';
import { computeFigures, type EvalQuestion, type Figures, type SystemOutput } from '../src/search/metrics.ts';
import { evalBot, INVENTED, loadAllKnowledge, readQuestions } from './eval-data.ts';
import { ablations } from './eval-ablations.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const failures = args.includes('--failures');
const only = args.includes('--tune-only') ? ['tune'] : ['holdout', 'tune'];

const knowledge = loadAllKnowledge();
const bot = evalBot(knowledge);
const questions = readQuestions();

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

const policies = [...new Set(questions.map((q) => q.policy))];
const groups: [string, (q: EvalQuestion) => boolean][] = [
  ...policies.map((p): [string, (q: EvalQuestion) => boolean] => [p, (q) => q.policy === p]),
  ['seeds (5)', (q) => !INVENTED.has(q.policy)],
  ['invented', (q) => INVENTED.has(q.policy)],
  ['ALL', () => true],
];

type Table = Record<string, Record<string, Figures>>;
function table(split: 'holdout' | 'tune'): Table {
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
function print(split: 'holdout' | 'tune', t: Table): void {
  console.log(`\n=== ${split === 'holdout' ? 'HELD-OUT part (never tuned on)' : 'TUNING part'} ===`);
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
const result = { holdout: table('holdout'), tune: table('tune'), ...(withAblations ? { ablations: ablations(knowledge, questions) } : {}) };
if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`${questions.length} questions (${questions.filter((q) => q.split === 'holdout').length} held out), ${policies.length} policies. Figures in %; NM = no-match, SG = safeguarding (FA = false alarms); — : no detector.`);
  if (only.includes('holdout')) print('holdout', result.holdout);
  print('tune', result.tune);
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
  console.log('\nTuning-part misses (held-out questions are never listed):');
  questions.forEach((q, i) => {
    if (q.split !== 'tune') return;
    const o = outputs.policybot![i]!;
    const rightKind = q.expect === 'any' || (q.expect === 'no-match') === o.noMatch;
    const top1 = q.expect !== 'answer' || (o.ranked[0] !== undefined && q.clauses.includes(o.ranked[0]));
    const sg = o.safeguarding === q.safeguarding;
    if (rightKind && top1 && sg) return;
    console.log(`${sg ? '  ' : 'SG'} ${q.id.padEnd(30)} ${q.text}\n     want ${q.expect} ${q.clauses.join(',')}  got ${o.noMatch ? 'no-match' : o.ranked.join(',')}`);
  });
}
