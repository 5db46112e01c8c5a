/**
 * No-match on its own, over many more questions than the question sets carry (npm run
 * eval:no-match). eval/no-match/ holds two pools of questions about a school's other business
 * (pay, leave, cover, exams, IT, the building…), each written by a different author who saw
 * neither the bot nor the vocabulary: a staff social media policy answers none of them, so every
 * policy should say it does not cover them. The dev pool is tuned on (--failures lists the
 * questions some policy answered); the measure pool never is, and its misses are never listed.
 */
import { poolRun, readPool } from './eval-data.ts';

const { bot, policies, pools, listFailures, pct } = poolRun([
  { name: 'dev (tuned on)', file: 'dev.txt', listable: true },
  { name: 'measure (never tuned on)', file: 'measure.txt', listable: false },
]);

for (const pool of pools) {
  const questions = readPool('no-match', pool.file);
  const answeredAt = questions.map((q) => policies.filter((p) => bot.ask(p, q).kind !== 'no-match'));
  const everywhere = answeredAt.filter((a) => a.length === 0).length;
  const pairs = questions.length * policies.length;
  const pairMisses = answeredAt.reduce((n, a) => n + a.length, 0);
  console.log(
    `${pool.name.padEnd(26)} no-match at every policy ${pct(everywhere, questions.length)}% (${everywhere}/${questions.length})   ` +
      `question-policy pairs ${pct(pairs - pairMisses, pairs)}% (${pairs - pairMisses}/${pairs})`,
  );
  if (listFailures && pool.listable) {
    questions.forEach((q, i) => {
      const at = answeredAt[i] ?? [];
      if (at.length > 0) console.log(`  answered at ${at.length}  ${q}`);
    });
  }
}
