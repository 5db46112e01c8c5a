/**
 * The eighth blind evaluation set (eval/questions-blind8.jsonl, written in two halves by two
 * authors blind to the system), kept for round 9's final measurement.
 * These checks keep its labels honest: every line parses, every clause named exists, and every
 * quote is copied verbatim from the clause it labels, so a renumbered or reworded clause fails
 * here before it can make the figures lie.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import type { LoadedPolicy } from '../../src/knowledge/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const POLICIES = ['robert-carre-trust', 'wycliffe-primary', 'bicester-learning-academy', 'yes-trust', 'quorn-hall', 'ashgrove-academy'] as const;

const Question = z
  .strictObject({
    id: z.string().regex(/^blind8-[a-z-]+-\d{2}$/),
    policy: z.enum(POLICIES),
    text: z.string().min(1),
    expect: z.enum(['answer', 'no-match', 'any']),
    safeguarding: z.boolean(),
    clauses: z.array(z.string().min(1)),
    quotes: z.array(z.string().min(5)),
    split: z.literal('blind8'),
  })
  .refine((q) => q.id.startsWith(`blind8-${q.policy}-`), 'id must name its policy')
  .refine((q) => q.clauses.length === q.quotes.length, 'one quote per clause, in the same order')
  .refine((q) => (q.expect === 'answer' ? q.clauses.length > 0 : q.clauses.length === 0), 'answer needs clauses; no-match/any have none')
  .refine((q) => q.expect !== 'any' || q.safeguarding, 'only safeguarding questions may expect any');
type Question = z.infer<typeof Question>;

function readSet(): Question[] {
  const lines = readFileSync(join(root, 'eval/questions-blind8.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    const parsed = Question.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`questions-blind8.jsonl line ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}

const questions = readSet();
const policies = new Map<string, LoadedPolicy>([
  ...loadKnowledge(join(root, 'knowledge')).policies,
  ...loadKnowledge(join(root, 'eval/knowledge')).policies,
]);

describe('eval/questions-blind8.jsonl', () => {
  it('has 144 questions with unique ids, 24 per policy, numbered in file order', () => {
    expect(questions).toHaveLength(144);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const policy of POLICIES) {
      const mine = questions.filter((q) => q.policy === policy);
      expect(mine.map((q) => q.id), policy).toEqual(mine.map((_, i) => `blind8-${policy}-${String(i + 1).padStart(2, '0')}`));
    }
  });

  it('puts 14 ordinary, 4 no-match and 6 safeguarding questions to each policy', () => {
    for (const policy of POLICIES) {
      const mine = questions.filter((q) => q.policy === policy);
      expect(mine.filter((q) => q.expect === 'answer' && !q.safeguarding).length, policy).toBe(14);
      expect(mine.filter((q) => q.expect === 'no-match').length, policy).toBe(4);
      expect(mine.filter((q) => q.safeguarding).length, policy).toBe(6);
      // Quorn Hall names no safeguarding procedure: its six are judged on the flag alone.
      const withClauses = mine.filter((q) => q.safeguarding && q.expect === 'answer').length;
      if (policy === 'quorn-hall') expect(withClauses, policy).toBe(0);
      else expect(withClauses, policy).toBe(3);
    }
  });

  it('names only clauses that exist, each with a quote copied verbatim from it', () => {
    const wrong: string[] = [];
    for (const q of questions) {
      const policy = policies.get(q.policy);
      if (!policy) {
        wrong.push(`${q.id}: no policy ${q.policy}`);
        continue;
      }
      q.clauses.forEach((number, i) => {
        const clause = policy.policy.clauses.find((c) => c.number === number);
        if (!clause) return void wrong.push(`${q.id}: no clause ${number} in ${q.policy}`);
        const quote = q.quotes[i] ?? '';
        if (!`${clause.lead ?? ''}\n${clause.text}`.includes(quote)) wrong.push(`${q.id}: "${quote}" is not in clause ${number}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
