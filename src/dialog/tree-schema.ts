/**
 * Decision trees as knowledge: knowledge/policies/<id>/trees.yaml. These zod schemas are the
 * single source of the tree types. Structure that zod cannot see (reachability, cycles, clause
 * numbers that exist, quotes that appear in the cited clauses) is checked by tree-lint.ts.
 */
import { z } from 'zod';
import { ClauseNumber } from '../policy/schema.ts';

/** Slack's button text limit (Teams allows more): the one to respect. */
export const MAX_LABEL_CHARS = 75;
/** A tree question must fit on one line of a chat message. */
export const MAX_QUESTION_CHARS = 150;

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, e.g. "own-account"')
  .max(30, 'keep ids to 30 characters so button payloads stay small');

export const LeafVerdict = z.enum(['allowed', 'not-allowed', 'ask-first', 'not-covered']);
export type TreeVerdict = z.infer<typeof LeafVerdict>;

export const TreeChoice = z.strictObject({
  label: z.string().min(1).max(MAX_LABEL_CHARS, `a button label is at most ${MAX_LABEL_CHARS} characters`),
  next: Id,
  /**
   * Words in the asker's question that already answer this question with this choice ("my
   * facebook" → own account), so the tree does not ask what it was told. Only used when exactly
   * one choice matches (the longest matching term wins a tie).
   */
  when: z.array(z.string().min(2)).optional(),
});
export type TreeChoice = z.infer<typeof TreeChoice>;

/**
 * One node: either a question (question + choices) or a leaf (verdict + text + cites). A single
 * strict object (not a union) so a mistake is reported at its own path, not as "invalid union".
 */
export const TreeNode = z
  .strictObject({
    question: z.string().min(1).optional(),
    choices: z.array(TreeChoice).min(2, 'a question needs at least two choices').max(8).optional(),
    verdict: LeafVerdict.optional(),
    /** The verdict in one or two plain sentences that follow the cited clauses. */
    text: z.string().min(1).optional(),
    /** ask-first: whom to ask, as the cited clause names them. */
    whom: z.string().min(1).optional(),
    /** Clause numbers of this policy that support the verdict (for not-covered: the nearest ones). */
    cites: z.array(ClauseNumber).optional(),
    /** Words quoted from the cited clauses that carry the verdict; lint checks each one is there. */
    says: z.array(z.string().min(3)).optional(),
    /** not-covered leaves must offer escalation (the Ask button is put first). */
    escalate: z.boolean().optional(),
  })
  .superRefine((node, ctx) => {
    const leafKeys = ['verdict', 'text', 'whom', 'cites', 'says', 'escalate'] as const;
    if (node.question !== undefined || node.choices !== undefined) {
      if (node.question === undefined) ctx.addIssue({ code: 'custom', message: 'a node with choices needs a question', path: ['question'] });
      if (node.choices === undefined) ctx.addIssue({ code: 'custom', message: 'a question needs choices', path: ['choices'] });
      for (const k of leafKeys) {
        if (node[k] !== undefined) ctx.addIssue({ code: 'custom', message: `a question node cannot have "${k}"; put it on a leaf`, path: [k] });
      }
      return;
    }
    if (node.verdict === undefined) ctx.addIssue({ code: 'custom', message: 'a leaf needs a verdict (allowed, not-allowed, ask-first or not-covered), or give the node a question and choices', path: ['verdict'] });
    if (node.text === undefined) ctx.addIssue({ code: 'custom', message: 'a leaf needs text: the verdict in plain words', path: ['text'] });
    if (node.cites === undefined || node.cites.length === 0) ctx.addIssue({ code: 'custom', message: 'a leaf must cite at least one clause number of this policy', path: ['cites'] });
  });
export type TreeNode = z.infer<typeof TreeNode>;

/** How a question is recognised as being on this tree's topic. */
export const TreeTopic = z.strictObject({
  /** Every group must be matched by one of its terms (word prefixes, after query understanding). */
  all: z.array(z.array(z.string().min(2)).min(1)).min(1),
  /** A question that mentions any of these is specific enough for a plain answer. */
  none: z.array(z.string().min(2)).default([]),
  /** Sample questions: tests check they match. */
  examples: z.array(z.string().min(3)).default([]),
});
export type TreeTopic = z.infer<typeof TreeTopic>;

export const Tree = z.strictObject({
  id: Id,
  title: z.string().min(1).max(MAX_LABEL_CHARS, `a tree title is a button label too: at most ${MAX_LABEL_CHARS} characters`),
  topic: TreeTopic,
  start: Id,
  nodes: z.record(Id, TreeNode),
});
export type Tree = z.infer<typeof Tree>;

export const TreesFile = z.strictObject({ trees: z.array(Tree) });
export type TreesFile = z.infer<typeof TreesFile>;

/** A node that ends the walk. */
export type LeafNode = TreeNode & { verdict: TreeVerdict; text: string; cites: string[] };
export type QuestionNode = TreeNode & { question: string; choices: TreeChoice[] };

export function isLeaf(node: TreeNode): node is LeafNode {
  return node.verdict !== undefined && node.question === undefined;
}
export function isQuestion(node: TreeNode): node is QuestionNode {
  return node.question !== undefined && node.choices !== undefined;
}
