// Honest measurement: `npm run eval -- --failures` lists tuning misses only — never a held-out
// or fresh question — and the fresh set is always read as fresh, whatever its lines say.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFreshQuestions, readQuestions } from '../../scripts/eval-data.ts';
import { tuningMisses } from '../../scripts/eval-failures.ts';
import type { EvalQuestion, SystemOutput } from '../../src/search/metrics.ts';

const q = (id: string, split: EvalQuestion['split'], text: string): EvalQuestion => ({
  id, policy: 'p', text, expect: 'answer', safeguarding: false, clauses: ['1.1'], quotes: [], split,
});
const wrong: SystemOutput = { ranked: ['9.9'], noMatch: false, safeguarding: false };

describe('--failures', () => {
  it('lists a tuning miss with its text, and never a held-out or fresh miss', () => {
    const questions = [q('t-1', 'tune', 'TUNE TEXT'), q('h-1', 'holdout', 'HELD TEXT'), q('f-1', 'fresh', 'FRESH TEXT')];
    const out = tuningMisses(questions, [wrong, wrong, wrong]).join('\n');
    expect(out).toContain('TUNE TEXT');
    expect(out).not.toMatch(/HELD|FRESH|h-1|f-1/);
  });

  it('does not list a tuning question answered right', () => {
    expect(tuningMisses([q('t-1', 'tune', 'x')], [{ ranked: ['1.1'], noMatch: false, safeguarding: false }])).toEqual([]);
  });
});

describe('the fresh held-out set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policybot-fresh-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is absent until written', () => {
    expect(readFreshQuestions(dir)).toEqual({ questions: [], skipped: 0 });
  });

  it('marks every question fresh, even one labelled tune, and skips a half-written line', () => {
    const line = (split: string) => JSON.stringify({ id: 'x', policy: 'p', text: 't', expect: 'answer', safeguarding: false, clauses: ['1'], quotes: [], split });
    writeFileSync(join(dir, 'questions-fresh.jsonl'), `${line('tune')}\n${line('holdout')}\n{"id": "y", "pol\n\n`);
    const { questions, skipped } = readFreshQuestions(dir);
    expect(questions.map((x) => x.split)).toEqual(['fresh', 'fresh']);
    expect(skipped).toBe(1);
    expect(tuningMisses(questions, [wrong, wrong])).toEqual([]);
  });

  it('is never mixed into the evaluation set proper', () => {
    writeFileSync(join(dir, 'questions.jsonl'), '');
    expect(readQuestions(dir)).toEqual([]);
  });
});
