/**
 * Writes the examples the two text models learn from (src/search/text-model.ts), from development
 * data only:
 * - knowledge/safeguarding-examples/{risk,ordinary}.txt: the development pool of eval/safeguarding/
 *   and the development question sets (the tuning part, fresh, and the blind sets marked
 *   development), by their safeguarding label;
 * - knowledge/no-match-examples/{business,topic}.txt: the development pool of eval/no-match/ and
 *   the development sets' not-covered questions, against their answerable ordinary questions.
 * Never the held-out part, the measurement set or a measure pool: those stay unseen
 * (test/search/text-model.test.ts holds this). Run it again when a measurement set becomes a
 * development set (npm run examples).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRA_SETS, readExtraSet, readQuestions, readPool, ROOT, unseenTexts } from './eval-data.ts';
import { NO_MATCH_EXAMPLES, SAFEGUARDING_EXAMPLES, type ExampleFolder } from '../src/search/vocabulary.ts';

const questions = [
  ...readQuestions().filter((q) => q.split === 'tune'),
  ...EXTRA_SETS.filter((s) => s.development).flatMap((s) => readExtraSet(s.split).questions),
];
// One line a message: a question written over several lines is joined.
const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
// A short question asked in a development set and again in an unseen one ("wifi password") is
// left out, so that the unseen sets stay wholly unseen.
const unseen = new Set(unseenTexts().map((t) => oneLine(t).toLowerCase()));
const keep = (texts: string[]) => [...new Set(texts.map(oneLine))].filter((t) => !unseen.has(t.toLowerCase()));
const risk = keep([...readPool('safeguarding', 'dev-risk.txt'), ...questions.filter((q) => q.safeguarding).map((q) => q.text)]);
const isRisk = new Set(risk);
const ordinary = keep([...readPool('safeguarding', 'dev-ordinary.txt'), ...questions.filter((q) => !q.safeguarding).map((q) => q.text)]).filter((t) => !isRisk.has(t));

const business = keep([...readPool('no-match', 'dev.txt'), ...questions.filter((q) => q.expect === 'no-match').map((q) => q.text)]);
const isBusiness = new Set(business);
const topic = keep(questions.filter((q) => q.expect === 'answer' && !q.safeguarding).map((q) => q.text)).filter((t) => !isBusiness.has(t));

function write(folder: ExampleFolder, what: string, first: { kind: string; lines: string[] }, second: { kind: string; lines: string[] }): void {
  const dir = join(ROOT, 'knowledge', folder.dir);
  mkdirSync(dir, { recursive: true });
  const header = (kind: string) =>
    [
      `# ${what} examples: ${kind}. One message a line; a line starting with # is a comment.`,
      `# Written by scripts/safeguarding-examples.ts from development data (eval/${folder === SAFEGUARDING_EXAMPLES ? 'safeguarding/dev-*.txt' : 'no-match/dev.txt'} and the`,
      '# development question sets); a school may add its own lines (see knowledge/README.md).',
    ].join('\n');
  writeFileSync(join(dir, folder.first), `${header(first.kind)}\n${first.lines.join('\n')}\n`);
  writeFileSync(join(dir, folder.second), `${header(second.kind)}\n${second.lines.join('\n')}\n`);
  console.log(`${first.lines.length} ${folder.first} and ${second.lines.length} ${folder.second} examples written to ${dir}`);
}

write(SAFEGUARDING_EXAMPLES, 'Safeguarding', { kind: 'messages suggesting a child may be at risk', lines: risk }, { kind: 'ordinary messages, many of them near misses', lines: ordinary });
write(NO_MATCH_EXAMPLES, 'School business', { kind: "questions about the rest of a school's business", lines: business }, { kind: 'questions the policies answer', lines: topic });
