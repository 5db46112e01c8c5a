/**
 * The fresh held-out set (eval/questions-fresh.jsonl) is only worth its figures while its labels
 * still point at real clauses: a renumbered or reworded clause must fail here, not skew a score.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadKnowledge, type Knowledge } from '../../src/knowledge/index.ts';
import { ClauseNumber, PolicyId, type Clause } from '../../src/policy/schema.ts';

const root = resolve(import.meta.dirname, '..', '..');
const FILE = resolve(root, 'eval', 'questions-fresh.jsonl');
const PER_POLICY = 25;

const FreshQuestion = z
  .strictObject({
    id: z.string().regex(/^fresh-[a-z0-9-]+-\d{2}$/),
    policy: PolicyId,
    text: z.string().min(1),
    expect: z.enum(['answer', 'no-match', 'any']),
    safeguarding: z.boolean(),
    clauses: z.array(ClauseNumber),
    quotes: z.array(z.string().min(1)),
    split: z.literal('holdout'),
  })
  .refine((q) => q.clauses.length === q.quotes.length, 'one quote per clause, in the same order')
  .refine((q) => (q.expect === 'answer') === q.clauses.length > 0, 'answer questions name clauses; others name none')
  .refine((q) => q.expect !== 'any' || q.safeguarding, '"any" is only for safeguarding questions judged on the flag')
  .refine((q) => q.id.startsWith(`fresh-${q.policy}-`), 'the id names its policy');
type FreshQuestion = z.infer<typeof FreshQuestion>;

const questions: FreshQuestion[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, i) => {
    const parsed = FreshQuestion.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`eval/questions-fresh.jsonl line ${i + 1}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });

const knowledges: Knowledge[] = [loadKnowledge(resolve(root, 'knowledge')), loadKnowledge(resolve(root, 'eval', 'knowledge'))];

function clausesOf(policy: string): Clause[] {
  const found = knowledges.map((k) => k.policies.get(policy)).find((p) => p !== undefined);
  if (!found) throw new Error(`no policy "${policy}" in knowledge/ or eval/knowledge/`);
  return found.policy.clauses;
}

const policies = [...new Set(questions.map((q) => q.policy))];

describe('eval/questions-fresh.jsonl', () => {
  it('holds 25 questions for each of the six policies, with unique ids', () => {
    expect(policies.sort()).toEqual(
      ['ashgrove-academy', 'bicester-learning-academy', 'quorn-hall', 'robert-carre-trust', 'wycliffe-primary', 'yes-trust'],
    );
    for (const p of policies) expect(questions.filter((q) => q.policy === p), p).toHaveLength(PER_POLICY);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it.each(policies)('%s: at least 4 not-covered and 3 safeguarding questions', (policy) => {
    const mine = questions.filter((q) => q.policy === policy);
    expect(mine.filter((q) => q.expect === 'no-match').length).toBeGreaterThanOrEqual(4);
    expect(mine.filter((q) => q.safeguarding).length).toBeGreaterThanOrEqual(3);
  });

  it('names only clauses that exist, each with a quote found verbatim in its lead or text', () => {
    const problems: string[] = [];
    for (const q of questions) {
      const clauses = clausesOf(q.policy);
      q.clauses.forEach((number, i) => {
        const clause = clauses.find((c) => c.number === number);
        const quote = q.quotes[i] ?? '';
        if (!clause) problems.push(`${q.id}: no clause ${number} in ${q.policy}`);
        else if (!`${clause.lead ?? ''}\n${clause.text}`.includes(quote)) problems.push(`${q.id}: "${quote}" is not in ${number}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('keeps quotes short enough to pin one passage (5 to 15 words)', () => {
    const long = questions.flatMap((q) =>
      q.quotes.filter((s) => {
        const words = s.trim().split(/\s+/).length;
        return words < 5 || words > 15;
      }).map((s) => `${q.id}: ${s}`),
    );
    expect(long).toEqual([]);
  });
});
