// Measurement helper (not a test): does wiring the trees change which clauses come first? Asks
// every eval question with and without trees (same working tree, same ranker) and compares the
// citations and the kinds. Usage: npx tsx test/dialog/ab.script.ts
import { evalBot, loadAllKnowledge, readQuestions } from '../../scripts/eval-data.ts';

const withTrees = evalBot(loadAllKnowledge());
const bare = loadAllKnowledge();
for (const l of bare.policies.values()) l.trees = [];
const without = evalBot(bare);
let top1 = 0, top3 = 0, n = 0, clarify = 0, verdict = 0, kindFlip = 0, extra = 0;
for (const q of readQuestions()) {
  const a = without.ask(q.policy, q.text);
  const b = withTrees.ask(q.policy, q.text);
  n++;
  const ca = a.citations.map((c) => c.clause), cb = b.citations.map((c) => c.clause);
  if (ca[0] === cb[0]) top1++;
  if (ca.slice(0, 3).join() === cb.slice(0, Math.min(3, ca.length)).join()) top3++;
  if (cb.length > ca.length) extra++;
  if (b.kind === 'clarify') clarify++;
  if (b.verdict) verdict++;
  if ((a.kind === 'no-match') !== (b.kind === 'no-match') || a.safeguarding !== b.safeguarding) kindFlip++;
}
console.log({ questions: n, top1Unchanged: top1, top3PrefixUnchanged: top3, clarify, verdict, withVerdictClausesAppended: extra, noMatchOrSafeguardingChanged: kindFlip });
