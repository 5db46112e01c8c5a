/**
 * The second blind evaluation set (eval/questions-blind2.jsonl), used only for the final
 * measurement. Checks its shape and that its labels still point at real clause text, so a
 * renumbered or reworded clause fails here before it can make the figures lie.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import type { LoadedPolicy } from '../../src/knowledge/index.ts';

const root = resolve(import.meta.dirname, '..', '..');
const FILE = resolve(root, 'eval', 'questions-blind2.jsonl');
const POLICIES = ['robert-carre-trust', 'wycliffe-primary', 'bicester-learning-academy', 'yes-trust', 'quorn-hall', 'ashgrove-academy'];

const Question = z
  .strictObject({
    id: z.string().regex(/^blind2-[a-z0-9-]+-\d{2}$/),
    policy: z.enum(POLICIES as [string, ...string[]]),
    text: z.string().min(1),
    expect: z.enum(['answer', 'no-match', 'any']),
    safeguarding: z.boolean(),
    clauses: z.array(z.string().min(1)),
    quotes: z.array(z.string().min(1)),
    split: z.literal('blind2'),
  })
  .superRefine((q, ctx) => {
    if (!q.id.startsWith(`blind2-${q.policy}-`)) ctx.addIssue({ code: 'custom', message: `id ${q.id} does not name policy ${q.policy}` });
    if (q.clauses.length !== q.quotes.length) ctx.addIssue({ code: 'custom', message: 'one quote per clause, same order' });
    if (q.expect === 'answer' && q.clauses.length === 0) ctx.addIssue({ code: 'custom', message: 'an answerable question needs clauses' });
    if (q.expect !== 'answer' && q.clauses.length > 0) ctx.addIssue({ code: 'custom', message: `expect ${q.expect} takes no clauses` });
    if (q.expect === 'any' && !q.safeguarding) ctx.addIssue({ code: 'custom', message: 'expect "any" is only for flag-only safeguarding questions' });
  });
type Question = z.infer<typeof Question>;

const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
const questions: Question[] = lines.map((line, i) => {
  const parsed = Question.safeParse(JSON.parse(line));
  if (!parsed.success) throw new Error(`eval/questions-blind2.jsonl line ${i + 1}: ${parsed.error.message}`);
  return parsed.data;
});

const knowledge = loadKnowledge(resolve(root, 'knowledge'));
const evalKnowledge = loadKnowledge(resolve(root, 'eval', 'knowledge'));
function policyOf(id: string): LoadedPolicy {
  const found = knowledge.policies.get(id) ?? evalKnowledge.policies.get(id);
  if (!found) throw new Error(`no policy ${id} in knowledge/ or eval/knowledge/`);
  return found;
}

/** Curly quotes and runs of spaces are not what makes a quote right or wrong. */
const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

describe('eval/questions-blind2.jsonl', () => {
  it('has 120 questions with unique ids, 20 per policy, numbered 01–20 in file order', () => {
    expect(questions).toHaveLength(120);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const policy of POLICIES) {
      const mine = questions.filter((q) => q.policy === policy);
      expect(mine.map((q) => q.id)).toEqual(Array.from({ length: 20 }, (_, i) => `blind2-${policy}-${String(i + 1).padStart(2, '0')}`));
    }
  });

  it('has at least 4 no-match, 4 safeguarding and 12 ordinary answerable questions per policy', () => {
    for (const policy of POLICIES) {
      const mine = questions.filter((q) => q.policy === policy);
      expect(mine.filter((q) => q.expect === 'no-match').length, policy).toBeGreaterThanOrEqual(4);
      expect(mine.filter((q) => q.safeguarding).length, policy).toBeGreaterThanOrEqual(4);
      expect(mine.filter((q) => q.expect === 'answer' && !q.safeguarding).length, policy).toBeGreaterThanOrEqual(12);
      // No-match questions are never safeguarding: they measure the "not covered" path alone.
      expect(mine.filter((q) => q.expect === 'no-match' && q.safeguarding), policy).toEqual([]);
    }
  });

  it('names only clauses that exist in the policy', () => {
    const missing = questions.flatMap((q) => {
      const numbers = new Set(policyOf(q.policy).policy.clauses.map((c) => c.number));
      return q.clauses.filter((n) => !numbers.has(n)).map((n) => `${q.id}: ${n}`);
    });
    expect(missing).toEqual([]);
  });

  it('has every quote, 5–15 words, verbatim in the lead or text of its clause', () => {
    const wrong = questions.flatMap((q) => {
      const clauses = policyOf(q.policy).policy.clauses;
      return q.clauses.flatMap((n, i) => {
        const quote = q.quotes[i] ?? '';
        const clause = clauses.find((c) => c.number === n);
        const body = norm(`${clause?.lead ?? ''} ${clause?.text ?? ''}`);
        const words = quote.trim().split(/\s+/).length;
        const problems: string[] = [];
        if (!body.includes(norm(quote))) problems.push(`${q.id}: "${quote}" is not in clause ${n}`);
        if (words < 5 || words > 15) problems.push(`${q.id}: "${quote}" has ${words} words, want 5–15`);
        return problems;
      });
    });
    expect(wrong).toEqual([]);
  });
});
