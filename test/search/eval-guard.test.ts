// Honest measurement: `npm run eval -- --failures` lists the misses of the tuning part and of the
// development sets (each blind set became one in the round after it was measured) — never a
// held-out question or one of the newest blind set, the round's measurement; and each extra set is
// always read with its own split, whatever its lines say.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { botPerSplit, EXTRA_SETS, loadAllKnowledge, readExtraSet, readQuestions, withoutAsked } from '../../scripts/eval-data.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';
import { developmentMisses } from '../../scripts/eval-failures.ts';
import type { EvalQuestion, SystemOutput } from '../../src/search/metrics.ts';

const q = (id: string, split: EvalQuestion['split'], text: string): EvalQuestion => ({
  id, policy: 'p', text, expect: 'answer', safeguarding: false, clauses: ['1.1'], quotes: [], split,
});
const wrong: SystemOutput = { ranked: ['9.9'], noMatch: false, safeguarding: false };
const line = (split: string) => JSON.stringify({ id: 'x', policy: 'p', text: 'SECRET', expect: 'answer', safeguarding: false, clauses: ['1'], quotes: [], split });

describe('--failures', () => {
  it('lists tuning, fresh and blind-2 to blind-19 misses with their text, and never a held-out or blind-20 miss', () => {
    const questions = [
      q('t-1', 'tune', 'TUNE TEXT'), q('f-1', 'fresh', 'FRESH TEXT'), q('h-1', 'holdout', 'HELD TEXT'),
      q('b-1', 'blind2', 'BLIND2 TEXT'), q('c-1', 'blind3', 'BLIND3 TEXT'), q('d-1', 'blind4', 'BLIND4 TEXT'), q('e-1', 'blind5', 'BLIND5 TEXT'),
      q('g-1', 'blind6', 'BLIND6 TEXT'), q('k-1', 'blind7', 'BLIND7 TEXT'), q('m-1', 'blind8', 'BLIND8 TEXT'), q('n-1', 'blind9', 'BLIND9 TEXT'), q('p-1', 'blind10', 'BLIND10 TEXT'), q('r-1', 'blind11', 'BLIND11 TEXT'), q('s-1', 'blind12', 'BLIND12 TEXT'), q('u-1', 'blind13', 'BLIND13 TEXT'), q('v-1', 'blind14', 'BLIND14 TEXT'), q('w-1', 'blind15', 'BLIND15 TEXT'), q('x-1', 'blind16', 'BLIND16 TEXT'), q('y-1', 'blind17', 'BLIND17 TEXT'), q('z-1', 'blind18', 'BLIND18 TEXT'), q('aa-1', 'blind19', 'BLIND19 TEXT'), q('ab-1', 'blind20', 'BLIND20 TEXT'),
    ];
    const out = developmentMisses(questions, questions.map(() => wrong)).join('\n');
    for (const text of ['TUNE TEXT', 'FRESH TEXT', 'BLIND2 TEXT', 'BLIND3 TEXT', 'BLIND4 TEXT', 'BLIND5 TEXT', 'BLIND6 TEXT', 'BLIND7 TEXT', 'BLIND8 TEXT', 'BLIND9 TEXT', 'BLIND10 TEXT', 'BLIND11 TEXT', 'BLIND12 TEXT', 'BLIND13 TEXT', 'BLIND14 TEXT', 'BLIND15 TEXT', 'BLIND16 TEXT', 'BLIND17 TEXT', 'BLIND18 TEXT', 'BLIND19 TEXT']) expect(out).toContain(text);
    expect(out).not.toMatch(/HELD|BLIND20|h-1|ab-1/);
  });

  it('does not list a question answered right', () => {
    expect(developmentMisses([q('t-1', 'tune', 'x')], [{ ranked: ['1.1'], noMatch: false, safeguarding: false }])).toEqual([]);
  });

  it('exactly one extra set, the newest, is the measurement', () => {
    expect(EXTRA_SETS.filter((x) => !x.development).map((x) => x.split)).toEqual(['blind20']);
    expect(EXTRA_SETS.at(-1)?.development).toBe(false);
  });
});

describe('the extra sets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policybot-sets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are absent until written', () => {
    for (const set of EXTRA_SETS) expect(readExtraSet(set.split, dir), set.name).toEqual({ questions: [], skipped: 0 });
  });

  it('a half-written line is skipped and counted, never shown', () => {
    writeFileSync(join(dir, 'questions-fresh.jsonl'), `${line('tune')}\n${line('holdout')}\n{"id": "y", "pol\n\n`);
    const { questions, skipped } = readExtraSet('fresh', dir);
    expect(questions.map((x) => x.split)).toEqual(['fresh', 'fresh']);
    expect(skipped).toBe(1);
  });

  for (const set of EXTRA_SETS) {
    it(`${set.name}: every question marked ${set.split}, whatever its line says${set.development ? '' : ', and never listed as a miss'}`, () => {
      writeFileSync(join(dir, set.file), ['tune', 'holdout', 'fresh', 'blind3', 'blind8'].map(line).join('\n'));
      const { questions } = readExtraSet(set.split, dir);
      expect(questions.map((x) => x.split)).toEqual(Array(5).fill(set.split));
      if (!set.development) expect(developmentMisses(questions, questions.map(() => wrong))).toEqual([]);
    });
  }

  it('are never mixed into the evaluation set proper', () => {
    writeFileSync(join(dir, 'questions.jsonl'), '');
    expect(readQuestions(dir)).toEqual([]);
  });
});

describe('asked.yaml and the development sets', () => {
  // scripts/examples.ts writes the development sets' questions into asked.yaml; a set scored on
  // questions the bot holds word for word would score what it remembers, not what it answers.
  const knowledge = loadAllKnowledge();
  const blind16 = readExtraSet('blind16').questions;
  const askedTexts = (k: Knowledge) => new Set([...k.policies.values()].flatMap((p) => Object.values(p.asked ?? {}).flat()));

  it('hold the development sets’ answerable questions, and each set is scored without its own', () => {
    const all = askedTexts(knowledge);
    const answerable = blind16.filter((x) => x.expect === 'answer' && !x.safeguarding);
    expect(answerable.filter((x) => all.has(x.text)).length).toBeGreaterThan(answerable.length * 0.9);
    const without = askedTexts(withoutAsked(knowledge, blind16));
    expect(answerable.filter((x) => without.has(x.text))).toEqual([]);
    // The other sets' questions stay.
    expect(without.size).toBeGreaterThan(all.size - answerable.length - 5);
  });

  it('eval answers each set by a bot built without that set’s questions', () => {
    const botFor = botPerSplit(knowledge, blind16, (k) => askedTexts(k));
    const seen = botFor('blind16');
    expect(blind16.some((x) => seen.has(x.text))).toBe(false);
    expect(botFor('blind16')).toBe(seen);
  });
});
