// Authoring helper (not a test): prints every leaf with the words of the clauses it cites, for
// checking by eye that each clause says what the leaf claims. Usage: npx tsx test/dialog/review.script.ts [ID]
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { clauseWords } from '../../src/dialog/citation.ts';
import { leafPaths } from '../../src/dialog/tree-walk.ts';

const k = loadKnowledge(process.argv[3]);
for (const [id, l] of k.policies) {
  if (process.argv[2] && process.argv[2] !== id) continue;
  for (const tree of l.trees ?? []) {
    for (const p of leafPaths(tree)) {
      console.log(`\n[${id} ${tree.id}] ${p.labels.join(' → ')} ⇒ ${p.leaf.verdict}${p.leaf.whom ? ` (${p.leaf.whom})` : ''}: ${p.leaf.text}`);
      for (const n of p.leaf.cites) {
        const c = l.policy.clauses.find((x) => x.number === n);
        console.log(`   ${n}: ${c ? clauseWords(c).slice(0, 230) : 'MISSING'}`);
      }
    }
  }
}
