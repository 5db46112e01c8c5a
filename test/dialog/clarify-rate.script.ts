// Measurement helper (not a test): how often the eval questions get a tree instead of a plain
// answer, and which. Usage: npx tsx test/dialog/clarify-rate.script.ts
import { evalBot, loadAllKnowledge, readQuestions } from '../../scripts/eval-data.ts';

const bot = evalBot(loadAllKnowledge());
const kinds: Record<string, number> = {};
for (const q of readQuestions()) {
  const r = bot.ask(q.policy, q.text);
  const k = r.tree ? `${r.kind}${r.verdict ? ` (${r.verdict.outcome})` : ''}` : r.kind;
  kinds[k] = (kinds[k] ?? 0) + 1;
  if (r.tree) console.log(`${q.policy.padEnd(26)} ${q.expect.padEnd(8)} ${r.tree.id}/${r.tree.node}${r.verdict ? ` ⇒ ${r.verdict.outcome}` : ''}  | ${q.text}`);
}
console.log(kinds);
