/**
 * The safeguarding detector on its own, over many more wordings than the question sets carry
 * (npm run eval:safeguarding). eval/safeguarding/ holds two pools, each written by a different
 * author from KCSIE's categories alone, blind to the signs: messages suggesting a child may be at
 * risk, and ordinary near misses that use the same words innocently. The dev pool is tuned on
 * (--failures lists its misses); the measure pool never is, and its misses are never listed.
 * A message counts as flagged only if it is flagged at every policy (the signs are shared, but
 * each policy's own words take part in typo correction).
 */
import { poolRun, readPool } from './eval-data.ts';

const { bot, policies, pools, listFailures, pct } = poolRun([
  { name: 'dev (tuned on)', prefix: 'dev', listable: true },
  { name: 'measure (never tuned on)', prefix: 'measure', listable: false },
]);
const flaggedEverywhere = (text: string) => policies.every((p) => bot.ask(p, text).safeguarding);
const flaggedAnywhere = (text: string) => policies.some((p) => bot.ask(p, text).safeguarding);

for (const pool of pools) {
  const risk = readPool('safeguarding', `${pool.prefix}-risk.txt`);
  const ordinary = readPool('safeguarding', `${pool.prefix}-ordinary.txt`);
  const missed = risk.filter((t) => !flaggedEverywhere(t));
  const alarms = ordinary.filter(flaggedAnywhere);
  console.log(
    `${pool.name.padEnd(26)} recall ${pct(risk.length - missed.length, risk.length)}% (${risk.length - missed.length}/${risk.length})   ` +
      `false alarms ${pct(alarms.length, ordinary.length)}% (${alarms.length}/${ordinary.length})`,
  );
  if (listFailures && pool.listable) {
    for (const t of missed) console.log(`  missed  ${t}`);
    for (const t of alarms) console.log(`  alarm   ${t}`);
  }
}
