/**
 * The question sets written after eval/questions.jsonl (fresh, blind-2 … blind-9) are only worth
 * their figures while their labels still point at real clause text: every line parses, every
 * clause named exists and every quote is copied verbatim from the clause it labels, so a
 * renumbered or reworded clause fails here before it can make the figures lie. One table says
 * what each set was written to hold (eval/README.md); one set of checks reads them all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadKnowledge, type LoadedPolicy } from '../../src/knowledge/index.ts';
import { ClauseNumber } from '../../src/policy/schema.ts';
import { ROOT } from '../answer/fixture.ts';

const POLICIES = ['robert-carre-trust', 'wycliffe-primary', 'bicester-learning-academy', 'yes-trust', 'quorn-hall', 'ashgrove-academy'] as const;

/** Per policy, exactly so many of each kind (Quorn Hall names no procedure: its safeguarding questions have no clauses). */
interface Exact {
  ordinary: number;
  noMatch: number;
  safeguarding: number;
  withClauses: number;
}
/** Per policy, at least so many of each kind. */
interface AtLeast {
  noMatch: number;
  safeguarding: number;
  ordinary?: number;
  withClauses?: number;
}

interface SetSpec {
  file: string;
  prefix: string;
  /** The split its lines carry (the fresh set was written as "holdout"; the reader relabels every set). */
  split: string;
  perPolicy: number;
  /** Ids numbered 01, 02 … per policy in file order. */
  numbered: boolean;
  counts: { exact: Exact } | { atLeast: AtLeast };
  /** No-match questions are never safeguarding: they measure the "not covered" path alone. */
  noMatchNeverSafeguarding?: boolean;
  /** Every quote 5–15 words, short enough to pin one passage. */
  quoteWords?: boolean;
  /** Curly quotes and runs of spaces are not what makes a quote right or wrong. */
  normaliseQuotes?: boolean;
  /** Shortest quote, in characters. */
  minQuoteChars: number;
  /** Clause numbers must have the policy schema's shape. */
  clauseNumbers?: boolean;
}

const STANDARD: Exact = { ordinary: 14, noMatch: 4, safeguarding: 6, withClauses: 3 };
const blind = (n: number, exact: Exact = STANDARD): SetSpec => ({
  file: `questions-blind${n}.jsonl`, prefix: `blind${n}`, split: `blind${n}`, perPolicy: 24, numbered: true, counts: { exact }, minQuoteChars: 5,
});

const SETS: SetSpec[] = [
  {
    file: 'questions-fresh.jsonl', prefix: 'fresh', split: 'holdout', perPolicy: 25, numbered: false,
    counts: { atLeast: { noMatch: 4, safeguarding: 3 } }, quoteWords: true, minQuoteChars: 1, clauseNumbers: true,
  },
  {
    file: 'questions-blind2.jsonl', prefix: 'blind2', split: 'blind2', perPolicy: 20, numbered: true,
    counts: { atLeast: { noMatch: 4, safeguarding: 4, ordinary: 12 } }, noMatchNeverSafeguarding: true,
    quoteWords: true, normaliseQuotes: true, minQuoteChars: 1,
  },
  {
    file: 'questions-blind3.jsonl', prefix: 'blind3', split: 'blind3', perPolicy: 20, numbered: false,
    counts: { atLeast: { noMatch: 4, safeguarding: 4, withClauses: 1 } }, minQuoteChars: 5,
  },
  blind(4),
  blind(5),
  blind(6),
  // Blind-7 was weighted to safeguarding.
  blind(7, { ordinary: 12, noMatch: 4, safeguarding: 8, withClauses: 3 }),
  blind(8),
  blind(9),
  blind(10),
  blind(11),
  blind(12),
  blind(13),
  blind(14),
  blind(15),
  blind(16),
  blind(17),
  blind(18),
  blind(19),
  blind(20),
  // Development data written in rounds 18 to 21, with more ordinary questions (for asked.yaml).
  ...(['dev18a', 'dev18b', 'dev19a', 'dev19b', 'dev20a', 'dev20b', 'dev21a', 'dev21b'] as const).map((split): SetSpec => ({
    file: `questions-${split}.jsonl`, prefix: split, split, perPolicy: 42, numbered: true,
    counts: { exact: { ordinary: 30, noMatch: 6, safeguarding: 6, withClauses: 3 } }, minQuoteChars: 5, quoteWords: true,
  })),
];

const policies = new Map<string, LoadedPolicy>([
  ...loadKnowledge(join(ROOT, 'knowledge')).policies,
  ...loadKnowledge(join(ROOT, 'eval', 'knowledge')).policies,
]);

const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

function read(spec: SetSpec) {
  const Question = z
    .strictObject({
      id: z.string().regex(new RegExp(`^${spec.prefix}-[a-z0-9-]+-\\d{2}$`)),
      policy: z.enum(POLICIES),
      text: z.string().min(1),
      expect: z.enum(['answer', 'no-match', 'any']),
      safeguarding: z.boolean(),
      clauses: z.array(spec.clauseNumbers ? ClauseNumber : z.string().min(1)),
      quotes: z.array(z.string().min(spec.minQuoteChars)),
      split: z.literal(spec.split),
    })
    .refine((q) => q.id.startsWith(`${spec.prefix}-${q.policy}-`), 'id must name its policy')
    .refine((q) => q.clauses.length === q.quotes.length, 'one quote per clause, in the same order')
    .refine((q) => (q.expect === 'answer' ? q.clauses.length > 0 : q.clauses.length === 0), 'answer needs clauses; no-match/any have none')
    .refine((q) => q.expect !== 'any' || q.safeguarding, 'only safeguarding questions may expect any');
  return readFileSync(join(ROOT, 'eval', spec.file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const parsed = Question.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`eval/${spec.file} line ${i + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

describe.each(SETS)('eval/$file', (spec) => {
  const questions = read(spec);
  const mine = (policy: string) => questions.filter((q) => q.policy === policy);

  it(`has ${spec.perPolicy} questions for each of the six policies, with unique ids${spec.numbered ? ', numbered in file order' : ''}`, () => {
    expect(new Set(questions.map((q) => q.policy))).toEqual(new Set(POLICIES));
    expect(questions).toHaveLength(spec.perPolicy * POLICIES.length);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const policy of POLICIES) {
      expect(mine(policy), policy).toHaveLength(spec.perPolicy);
      if (spec.numbered) {
        expect(mine(policy).map((q) => q.id), policy).toEqual(mine(policy).map((_, i) => `${spec.prefix}-${policy}-${String(i + 1).padStart(2, '0')}`));
      }
    }
  });

  it('holds the kinds of question it was written to hold, per policy', () => {
    for (const policy of POLICIES) {
      const qs = mine(policy);
      const count = {
        ordinary: qs.filter((q) => q.expect === 'answer' && !q.safeguarding).length,
        noMatch: qs.filter((q) => q.expect === 'no-match').length,
        safeguarding: qs.filter((q) => q.safeguarding).length,
        withClauses: qs.filter((q) => q.safeguarding && q.expect === 'answer').length,
      };
      if ('exact' in spec.counts) {
        const want = spec.counts.exact;
        expect(count, policy).toEqual({ ...want, withClauses: policy === 'quorn-hall' ? 0 : want.withClauses });
      } else {
        for (const [kind, least] of Object.entries(spec.counts.atLeast)) {
          expect(count[kind as keyof typeof count], `${policy} ${kind}`).toBeGreaterThanOrEqual(least);
        }
      }
      if (spec.noMatchNeverSafeguarding) expect(qs.filter((q) => q.expect === 'no-match' && q.safeguarding), policy).toEqual([]);
    }
  });

  it('names only clauses that exist, each with a quote copied verbatim from its lead or text', () => {
    const wrong: string[] = [];
    const fold = spec.normaliseQuotes ? norm : (s: string) => s;
    for (const q of questions) {
      const clauses = policies.get(q.policy)?.policy.clauses ?? [];
      q.clauses.forEach((number, i) => {
        const clause = clauses.find((c) => c.number === number);
        const quote = q.quotes[i] ?? '';
        if (!clause) wrong.push(`${q.id}: no clause ${number} in ${q.policy}`);
        else if (!fold(`${clause.lead ?? ''}\n${clause.text}`).includes(fold(quote))) wrong.push(`${q.id}: "${quote}" is not in clause ${number}`);
        const words = quote.trim().split(/\s+/).length;
        if (spec.quoteWords && (words < 5 || words > 15)) wrong.push(`${q.id}: "${quote}" has ${words} words, want 5–15`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
