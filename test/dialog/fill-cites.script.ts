// Authoring helper (not a test): fills each leaf's `cites` with the clause numbers whose words
// contain its `says` quotes, so trees are written against the policy's words and survive a
// renumbering. Usage: npx tsx test/dialog/fill-cites.script.ts DRAFT.yaml POLICY.yaml OUT.yaml
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, parseDocument } from 'yaml';
import { Policy } from '../../src/policy/schema.ts';
import { normaliseWords } from '../../src/dialog/tree-lint.ts';

const [draft, policyFile, out] = process.argv.slice(2);
if (!draft || !policyFile || !out) throw new Error('usage: DRAFT POLICY OUT');
const policy = Policy.parse(parse(readFileSync(policyFile, 'utf8')));
const words = policy.clauses.map((c) => ({ n: c.number, t: normaliseWords(`${c.lead ?? ''} ${c.text}`) }));
const doc = parseDocument(readFileSync(draft, 'utf8'));
const trees = doc.toJS().trees as { id: string; nodes: Record<string, { says?: string[]; cites?: string[] }> }[];
let problems = 0;
trees.forEach((tree, ti) => {
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (!node.says) continue;
    const cites: string[] = [];
    for (const q of node.says) {
      const hits = words.filter((w) => w.t.includes(normaliseWords(q))).map((w) => w.n);
      if (hits.length === 0) { problems++; console.log(`MISSING ${policy.id} ${tree.id}.${id}: "${q}"`); continue; }
      if (hits.length > 1) console.log(`several ${policy.id} ${tree.id}.${id}: "${q}" in ${hits.join(', ')} (took ${hits[0]})`);
      if (!cites.includes(hits[0]!)) cites.push(hits[0]!);
    }
    const seq = doc.createNode(cites.length ? cites : ['TBD']);
    (seq as { flow?: boolean }).flow = true;
    doc.setIn(['trees', ti, 'nodes', id, 'cites'], seq);
  }
});
writeFileSync(out, doc.toString({ lineWidth: 0 }));
console.log(`${policy.id}: ${problems} missing`);
