// Honest measurement: `npm run eval -- --failures` lists the misses of the development sets — the
// tuning part, the fresh set (from round 2), the blind-2 set (from round 4) and the blind-3 set
// (from round 5) — never a held-out or blind-4 question, and each extra set is always read with its own split, whatever its lines say.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBlind2Questions, readBlind3Questions, readBlind4Questions, readFreshQuestions, readQuestions } from '../../scripts/eval-data.ts';
import { developmentMisses } from '../../scripts/eval-failures.ts';
import type { EvalQuestion, SystemOutput } from '../../src/search/metrics.ts';

const q = (id: string, split: EvalQuestion['split'], text: string): EvalQuestion => ({
  id, policy: 'p', text, expect: 'answer', safeguarding: false, clauses: ['1.1'], quotes: [], split,
});
const wrong: SystemOutput = { ranked: ['9.9'], noMatch: false, safeguarding: false };
const line = (split: string) => JSON.stringify({ id: 'x', policy: 'p', text: 'SECRET', expect: 'answer', safeguarding: false, clauses: ['1'], quotes: [], split });

describe('--failures', () => {
  it('lists tuning, fresh, blind-2 and blind-3 misses with their text, and never a held-out or blind-4 miss', () => {
    const questions = [
      q('t-1', 'tune', 'TUNE TEXT'), q('f-1', 'fresh', 'FRESH TEXT'), q('h-1', 'holdout', 'HELD TEXT'),
      q('b-1', 'blind2', 'BLIND2 TEXT'), q('c-1', 'blind3', 'BLIND3 TEXT'), q('d-1', 'blind4', 'BLIND4 TEXT'),
    ];
    const out = developmentMisses(questions, questions.map(() => wrong)).join('\n');
    expect(out).toContain('TUNE TEXT');
    expect(out).toContain('FRESH TEXT');
    expect(out).toContain('BLIND2 TEXT');
    expect(out).toContain('BLIND3 TEXT');
    expect(out).not.toMatch(/HELD|BLIND4|h-1|d-1/);
  });

  it('does not list a question answered right', () => {
    expect(developmentMisses([q('t-1', 'tune', 'x')], [{ ranked: ['1.1'], noMatch: false, safeguarding: false }])).toEqual([]);
  });
});

describe('the extra sets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policybot-sets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are absent until written', () => {
    expect(readFreshQuestions(dir)).toEqual({ questions: [], skipped: 0 });
    expect(readBlind2Questions(dir)).toEqual({ questions: [], skipped: 0 });
    expect(readBlind3Questions(dir)).toEqual({ questions: [], skipped: 0 });
    expect(readBlind4Questions(dir)).toEqual({ questions: [], skipped: 0 });
  });

  it('fresh: every question marked fresh, even one labelled tune; a half-written line skipped', () => {
    writeFileSync(join(dir, 'questions-fresh.jsonl'), `${line('tune')}\n${line('holdout')}\n{"id": "y", "pol\n\n`);
    const { questions, skipped } = readFreshQuestions(dir);
    expect(questions.map((x) => x.split)).toEqual(['fresh', 'fresh']);
    expect(skipped).toBe(1);
  });

  it('blind-2: every question marked blind2, even one labelled tune or fresh', () => {
    writeFileSync(join(dir, 'questions-blind2.jsonl'), `${line('tune')}\n${line('fresh')}\n${line('holdout')}\n`);
    const { questions } = readBlind2Questions(dir);
    expect(questions.map((x) => x.split)).toEqual(['blind2', 'blind2', 'blind2']);
  });

  it('blind-3: every question marked blind3, even one labelled tune, fresh or blind2', () => {
    writeFileSync(join(dir, 'questions-blind3.jsonl'), `${line('tune')}\n${line('fresh')}\n${line('blind2')}\n${line('holdout')}\n`);
    const { questions } = readBlind3Questions(dir);
    expect(questions.map((x) => x.split)).toEqual(['blind3', 'blind3', 'blind3', 'blind3']);
  });

  it('blind-4: every question marked blind4, even one labelled tune or blind3, and never listed as a miss', () => {
    writeFileSync(join(dir, 'questions-blind4.jsonl'), `${line('tune')}\n${line('fresh')}\n${line('blind3')}\n${line('holdout')}\n`);
    const { questions } = readBlind4Questions(dir);
    expect(questions.map((x) => x.split)).toEqual(['blind4', 'blind4', 'blind4', 'blind4']);
    expect(developmentMisses(questions, questions.map(() => wrong))).toEqual([]);
  });

  it('are never mixed into the evaluation set proper', () => {
    writeFileSync(join(dir, 'questions.jsonl'), '');
    expect(readQuestions(dir)).toEqual([]);
  });
});
