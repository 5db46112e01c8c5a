import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Policy } from '../../src/policy/schema.ts';
import { formatTreeProblem, parseTrees } from '../../src/dialog/tree-load.ts';
import { lintTrees } from '../../src/dialog/tree-lint.ts';
for (const id of process.argv.slice(2)) {
  const policy = Policy.parse(parse(readFileSync(`/work/main/knowledge/policies/${id}/policy.yaml`, 'utf8')));
  const file = `/tmp/out/${id}.yaml`;
  const read = parseTrees(file, parse(readFileSync(file, 'utf8')));
  const problems = [...read.problems, ...lintTrees(file, read.trees, policy)];
  console.log(id, read.trees.length, 'trees', problems.length, 'problems');
  for (const p of problems) console.log('  ', formatTreeProblem(p));
}
