// A second, independent author's risk questions and near-misses (round 9), kept as tests so that
// later changes to knowledge/safeguarding.yaml cannot quietly lose what they hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { botOn, ROOT } from './fixture.ts';

const Cases = z.strictObject({ risk: z.array(z.string().min(1)).min(50), nearMiss: z.array(z.string().min(1)).min(50) });
const cases = Cases.parse(parse(readFileSync(join(ROOT, 'test/fixtures/safeguarding-second-author.yaml'), 'utf8')));
const bot = botOn();

describe('safeguarding: the second author\'s questions', () => {
  it.each(cases.risk)('raises the flag: %s', (q) => {
    expect(bot.ask('wycliffe-primary', q).safeguarding).toBe(true);
  });
  it.each(cases.nearMiss)('does not raise it: %s', (q) => {
    expect(bot.ask('wycliffe-primary', q).safeguarding).toBe(false);
  });
});
