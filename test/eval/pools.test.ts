/**
 * The pools of eval/safeguarding/ and eval/no-match/ are only worth their figures while the
 * measure pools stay apart from what is tuned on: no message in both pools of a kind, none blank
 * or repeated, and (no-match) the listing of misses never shows the measure pool.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPool } from '../../scripts/eval-data.ts';
import { ROOT } from '../answer/fixture.ts';

const pools = {
  'no-match': { dev: ['dev.txt'], measure: ['measure.txt'] },
  safeguarding: { dev: ['dev-risk.txt', 'dev-ordinary.txt'], measure: ['measure-risk.txt', 'measure-ordinary.txt'] },
} as const;

describe.each(Object.entries(pools))('the %s pools', (kind, files) => {
  const read = (names: readonly string[]) => names.flatMap((n) => readPool(kind as keyof typeof pools, n));
  const dev = read(files.dev);
  const measure = read(files.measure);

  it('hold at least 150 messages each, none repeated', () => {
    for (const pool of [dev, measure]) {
      expect(pool.length).toBeGreaterThanOrEqual(150);
      expect(new Set(pool).size).toBe(pool.length);
    }
  });

  it('share no message between the pool tuned on and the pool measured on', () => {
    const tuned = new Set(dev.map((t) => t.toLowerCase()));
    expect(measure.filter((t) => tuned.has(t.toLowerCase()))).toEqual([]);
  });
});

describe('npm run eval:no-match --failures', () => {
  it('lists misses of the dev pool only, and with --tune-only does not even count the measure pool', () => {
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'eval-no-match.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
    const measure = new Set(readPool('no-match', 'measure.txt'));
    const listed = run('--failures').split('\n').filter((l) => l.startsWith('  answered at')).map((l) => l.replace(/^ {2}answered at \d+ {2}/, ''));
    expect(listed.filter((q) => measure.has(q))).toEqual([]);
    expect(run('--failures')).toMatch(/^measure \(never tuned on\)/m);
    expect(run('--tune-only')).not.toMatch(/measure/);
  }, 60_000);
});
