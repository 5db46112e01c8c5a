/**
 * A question that lands on a tree's topic. The tree's first question is asked, unless the
 * asker's words already answer it ("…on my facebook" → own account): then the walk moves on by
 * itself, possibly to a verdict. The ranked citations from search are kept in their order, so
 * a tree never changes which clauses come first; a verdict's own clauses are added after them.
 */
import type { Citation, Notice, Reply } from './reply.ts';
import type { ReplyFrame } from './reply-frame.ts';
import { continueTree, startTree, type TreePolicy } from './tree-reply.ts';
import { isQuestion, type Tree } from './tree-schema.ts';
import { hits, matchTree, normaliseQuestion } from './tree-match.ts';
import { MAX_CHOOSE_QUESTION_CHARS, type ChooseAction } from './actions.ts';

/** The choice the asker's words pick at a question: the one whose longest `when` term matches, if unique. */
export function preAnswered(norm: string, choices: readonly { when?: string[] | undefined }[]): number | undefined {
  let best = 0;
  let pick: number | undefined;
  let tie = false;
  choices.forEach((c, i) => {
    const len = Math.max(0, ...(c.when ?? []).filter((t) => hits(norm, t)).map((t) => normaliseQuestion(t).trim().length));
    if (len > best) [best, pick, tie] = [len, i, false];
    else if (len > 0 && len === best) tie = true;
  });
  return tie ? undefined : pick;
}

/** Choice indices the question already answers, from the start, stopping at the first open question. */
export function autoWalk(tree: Tree, text: string, expansions: readonly string[] = []): number[] {
  const norm = normaliseQuestion([text, ...expansions].join(' '));
  const history: number[] = [];
  let node = tree.nodes[tree.start];
  while (node && isQuestion(node) && history.length < 20) {
    const i = preAnswered(norm, node.choices);
    if (i === undefined) break;
    const next = node.choices[i]?.next;
    history.push(i);
    node = next === undefined ? undefined : tree.nodes[next];
  }
  return history;
}

export interface AskTreeInput {
  text: string;
  /** Extra forms of the question's words from query understanding (stems, spelling fixed: "photoes" → "photo"). */
  expansions?: readonly string[];
  /** The ranked citations search found: kept, in order. */
  citations: Citation[];
  notices?: Notice[];
}

/** A clarify (or, when the question answers every step, a verdict) reply; undefined when no tree matches. */
export function askTree(tp: TreePolicy, frame: ReplyFrame, input: AskTreeInput): Reply | undefined {
  const match = matchTree(tp.trees, input.text, input.expansions);
  if (!match) return undefined;
  const tree = match.tree;
  const clean = input.text.replace(/[\p{Cc}\p{Cs}]/gu, ' ').replace(/\s+/g, ' ').trim();
  const question = clean.length > MAX_CHOOSE_QUESTION_CHARS ? `${clean.slice(0, MAX_CHOOSE_QUESTION_CHARS - 1)}…` : clean;
  // Only the asker's own words pre-answer a question: a concept expansion ("tweet" → every
  // social-media word) is fine for spotting a topic but far too loose to pick a branch.
  const history = autoWalk(tree, input.text);
  let reply: Reply;
  if (history.length === 0) {
    reply = startTree(tp, frame, tree, { question, citations: input.citations, ...(input.notices ? { notices: input.notices } : {}) });
  } else {
    // Replay the last pre-answered step as if its button had been pressed.
    const h = history.slice(0, -1);
    let at = tree.start;
    let node = tree.nodes[at];
    for (const i of h) {
      if (!node || !isQuestion(node)) break;
      at = node.choices[i]?.next ?? at;
      node = tree.nodes[at];
    }
    const action: ChooseAction = { a: 'choose', p: tp.policy.id, v: tp.version, t: tree.id, n: at, c: history[history.length - 1] ?? 0, h, q: question };
    reply = continueTree(tp, frame, action);
    reply = { ...reply, notices: [...(input.notices ?? []), ...reply.notices] };
  }
  const ranked = input.citations;
  const shown = new Set(ranked.map((c) => c.clause));
  const extra = reply.kind === 'answer' ? reply.citations.filter((c) => !shown.has(c.clause)).map((c) => ({ ...c, score: Math.min(c.score, ranked.at(-1)?.score ?? c.score) })) : [];
  return { ...reply, question: input.text, citations: [...ranked, ...extra] };
}

/**
 * The bot's hook: an answer to a question on a tree's topic becomes the tree's clarify reply
 * (or its verdict). Safeguarding replies, no-match replies and questions on no tree's topic are
 * returned as they are: safeguarding comes first, and a tree never claims what search did not find.
 */
export function offerTree(tp: TreePolicy, answer: Reply, expansions: readonly string[] = []): Reply {
  if (answer.kind !== 'answer' || answer.safeguarding || !answer.question || tp.trees.length === 0) return answer;
  const frame: ReplyFrame = { policy: answer.policy, notices: [], escalation: answer.escalation, safeguarding: false };
  return askTree(tp, frame, { text: answer.question, expansions, citations: answer.citations, notices: answer.notices }) ?? answer;
}
