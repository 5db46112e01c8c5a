/**
 * Writes the examples the two text models learn from (src/search/text-model.ts), from development
 * data only:
 * - knowledge/safeguarding-examples/{risk,ordinary}.txt: the development pool of eval/safeguarding/
 *   and the development question sets (the tuning part, fresh, and the blind sets marked
 *   development), by their safeguarding label;
 * - knowledge/no-match-examples/{business,topic}.txt: the development pool of eval/no-match/ and
 *   the development sets' not-covered questions, against their answerable ordinary questions;
 * - asked.yaml in each policy's folder: the development sets' answerable ordinary questions asked of
 *   that policy, each under the clause its author named first (src/knowledge/hints.ts).
 * Never the held-out part, the measurement set or a measure pool: those stay unseen
 * (test/search/text-model.test.ts holds this). Run it again when a measurement set becomes a
 * development set (npm run examples).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRA_SETS, loadAllKnowledge, oneLine, readExtraSet, readQuestions, readPool, ROOT, textKey, unseenTexts } from './eval-data.ts';
import { ASKED_FILE } from '../src/knowledge/index.ts';
import { NO_MATCH_EXAMPLES, SAFEGUARDING_EXAMPLES, type ExampleFolder } from '../src/search/vocabulary.ts';

const questions = [
  ...readQuestions().filter((q) => q.split === 'tune'),
  ...EXTRA_SETS.filter((s) => s.development).flatMap((s) => readExtraSet(s.split).questions),
];
// A short question asked in a development set and again in an unseen one ("wifi password") is
// left out, so that the unseen sets stay wholly unseen.
const unseen = new Set(unseenTexts().map(textKey));
const keep = (texts: string[]) => [...new Set(texts.map(oneLine))].filter((t) => !unseen.has(textKey(t)));
/** Both kinds kept as `keep` does; a text labelled both ways counts as the first kind only. */
function twoKinds(first: string[], second: string[]): [string[], string[]] {
  const a = keep(first);
  const inA = new Set(a);
  return [a, keep(second).filter((t) => !inA.has(t))];
}

function write(folder: ExampleFolder, what: string, source: string, [first, second]: [string[], string[]], kinds: [string, string]): void {
  const dir = join(ROOT, 'knowledge', folder.dir);
  mkdirSync(dir, { recursive: true });
  const header = (kind: string) =>
    [
      `# ${what} examples: ${kind}. One message a line; a line starting with # is a comment.`,
      `# Written by scripts/examples.ts from development data (${source} and the`,
      '# development question sets); a school may add its own lines (see knowledge/README.md).',
    ].join('\n');
  writeFileSync(join(dir, folder.first), `${header(kinds[0])}\n${first.join('\n')}\n`);
  writeFileSync(join(dir, folder.second), `${header(kinds[1])}\n${second.join('\n')}\n`);
  console.log(`${first.length} ${folder.first} and ${second.length} ${folder.second} examples written to ${dir}`);
}

write(
  SAFEGUARDING_EXAMPLES,
  'Safeguarding',
  'eval/safeguarding/dev-*.txt',
  twoKinds(
    [...readPool('safeguarding', 'dev-risk.txt'), ...questions.filter((q) => q.safeguarding).map((q) => q.text)],
    [...readPool('safeguarding', 'dev-ordinary.txt'), ...questions.filter((q) => !q.safeguarding).map((q) => q.text)],
  ),
  ['messages suggesting a child may be at risk', 'ordinary messages, many of them near misses'],
);
write(
  NO_MATCH_EXAMPLES,
  'School business',
  'eval/no-match/dev.txt',
  twoKinds(
    [...readPool('no-match', 'dev.txt'), ...questions.filter((q) => q.expect === 'no-match').map((q) => q.text)],
    questions.filter((q) => q.expect === 'answer' && !q.safeguarding).map((q) => q.text),
  ),
  ["questions about the rest of a school's business", 'questions the policies answer'],
);

// Questions staff asked, by the clause that answered them. Safeguarding questions are left out:
// their reply leads with the school's route whatever clause their author named.
for (const [id, loaded] of loadAllKnowledge().policies) {
  const byClause = new Map<string, string[]>();
  for (const q of questions) {
    const first = q.clauses[0];
    if (q.policy !== id || q.expect !== 'answer' || q.safeguarding || first === undefined) continue;
    const texts = byClause.get(first) ?? [];
    texts.push(q.text);
    byClause.set(first, texts);
  }
  const order = new Map(loaded.policy.clauses.map((c, i) => [c.number, i]));
  const clauses = [...byClause].map(([c, texts]) => [c, keep(texts)] as const).filter(([, texts]) => texts.length > 0).sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  // A school no development set asks about keeps whatever asked.yaml it has (or none).
  if (clauses.length === 0) continue;
  const lines = [
    `# Questions staff asked about ${loaded.policy.name}'s policy, each under the clause that answered it.`,
    '# Search knowledge only, never shown. Written by scripts/examples.ts from the development question',
    '# sets (npm run examples); a school may add questions SLT answered (see knowledge/README.md).',
    'clauses:',
    ...clauses.map(([c, texts]) => `  ${JSON.stringify(c)}: [${texts.map((t) => JSON.stringify(t)).join(', ')}]`),
  ];
  writeFileSync(join(loaded.dir, ASKED_FILE), `${lines.join('\n')}\n`);
  console.log(`${clauses.reduce((n, [, t]) => n + t.length, 0)} questions under ${clauses.length} clauses written to ${join(loaded.dir, ASKED_FILE)}`);
}
