/**
 * Writes knowledge/safeguarding-examples/{risk,ordinary}.txt, the messages the safeguarding
 * model learns from (src/search/risk-model.ts), from development data only: the development
 * pool of eval/safeguarding/ and the development question sets (the tuning part, fresh, and the
 * blind sets marked development), by their safeguarding label. Never the held-out part, the
 * measurement set or the measure pool: those stay unseen (test/search/risk-model.test.ts holds
 * this). Run it again when a measurement set becomes a development set (npm run examples).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRA_SETS, readExtraSet, readQuestions, readPool, ROOT, unseenTexts } from './eval-data.ts';
import { EXAMPLE_FILES, SAFEGUARDING_EXAMPLES_DIR } from '../src/search/vocabulary.ts';

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

const header = (kind: string) =>
  [
    `# Safeguarding examples: ${kind}. One message a line; a line starting with # is a comment.`,
    '# Written by scripts/safeguarding-examples.ts from development data (eval/safeguarding/dev-*.txt and the',
    '# development question sets); a school may add its own lines (see knowledge/README.md).',
  ].join('\n');

const dir = join(ROOT, 'knowledge', SAFEGUARDING_EXAMPLES_DIR);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, EXAMPLE_FILES.risk), `${header('messages suggesting a child may be at risk')}\n${risk.join('\n')}\n`);
writeFileSync(join(dir, EXAMPLE_FILES.ordinary), `${header('ordinary messages, many of them near misses')}\n${ordinary.join('\n')}\n`);
console.log(`${risk.length} risk and ${ordinary.length} ordinary examples written to ${dir}`);
