/**
 * The decision-tree engine: a tree question becomes a clarify reply whose buttons carry the
 * whole state (policy version, tree, node, answers so far); a leaf becomes an answer with a
 * verdict citing its clauses. Nothing is kept between steps. A stale or damaged payload
 * restarts the tree politely instead of failing.
 */
import type { Policy } from '../policy/schema.ts';
import { encodeAction, MAX_CHOOSE_QUESTION_CHARS, type ChooseAction, type StartTreeAction } from './actions.ts';
import { citeClause } from './citation.ts';
import { replyActions, type ReplyFrame } from './reply-frame.ts';
import type { Choice, Citation, Notice, Reply } from './reply.ts';
import { isLeaf, isQuestion, type LeafNode, type QuestionNode, type Tree } from './tree-schema.ts';
import { clausesBelow, follow } from './tree-walk.ts';

/** What the engine needs of a loaded policy. */
export interface TreePolicy {
  policy: Policy;
  /** Hash of the policy's knowledge (clauses and trees): a button from another version restarts. */
  version: string;
  trees: Tree[];
}

export const RESTART_STALE = 'That button was from an older version of the policy; here is the question again.';
export const RESTART_DAMAGED = 'That button could not be read (it may have been cut short); here is the question again.';
export const TOPICS_DAMAGED = 'That button could not be read; please pick a topic again or ask your question.';

/** How many clauses a tree question shows: the ones its verdicts turn on. */
const QUESTION_CITATIONS = 3;

const VERDICT_WORDS: Record<LeafNode['verdict'], string> = {
  allowed: 'Allowed',
  'not-allowed': 'Not allowed',
  'ask-first': 'Ask first',
  'not-covered': 'The policy does not say',
};

function clip(s: string | undefined, max: number): string | undefined {
  if (s === undefined) return undefined;
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function cite(tp: TreePolicy, numbers: readonly { clause: string; score: number }[]): Citation[] {
  const byNumber = new Map(tp.policy.clauses.map((c) => [c.number, c]));
  return numbers.flatMap(({ clause, score }) => {
    const c = byNumber.get(clause);
    return c ? [citeClause(c, score)] : [];
  });
}

/** The buttons of a question node; each carries the walk so far. */
export function choicesAt(tp: TreePolicy, tree: Tree, nodeId: string, node: QuestionNode, history: number[], question?: string): Choice[] {
  const q = clip(question, MAX_CHOOSE_QUESTION_CHARS);
  return node.choices.map((choice, c) => {
    const action: ChooseAction = { a: 'choose', p: tp.policy.id, v: tp.version, t: tree.id, n: nodeId, c, h: history, ...(q ? { q } : {}) };
    return { label: choice.label, payload: encodeAction(action) };
  });
}

export function startTreeChoice(tp: TreePolicy, tree: Tree, question?: string): Choice {
  const q = clip(question, MAX_CHOOSE_QUESTION_CHARS);
  const action: StartTreeAction = { a: 'tree', p: tp.policy.id, t: tree.id, ...(q ? { q } : {}) };
  return { label: tree.title, payload: encodeAction(action) };
}

interface StepInput {
  tp: TreePolicy;
  frame: ReplyFrame;
  tree: Tree;
  nodeId: string;
  history: number[];
  question?: string;
  /** Answers taken so far, for the summary and the escalation. */
  labels: string[];
  notices?: Notice[];
  /** Citations to show instead of the tree's own (the ranked search results, when a question starts the tree). */
  citations?: Citation[];
}

/** A question node as a clarify reply. */
function questionReply(s: StepInput, node: QuestionNode): Reply {
  const citations = s.citations ?? cite(s.tp, clausesBelow(s.tree, s.nodeId).slice(0, QUESTION_CITATIONS).map((x) => ({ clause: x.clause, score: Number(x.share.toFixed(2)) })));
  const asked = s.question ?? s.tree.title;
  return {
    ...s.frame,
    kind: 'clarify',
    text: `${s.tree.title}, under ${s.frame.policy.name}'s policy: it depends. ${answered(s.labels)}${node.question}`,
    ...(s.question ? { question: s.question } : {}),
    notices: [...(s.notices ?? []), ...s.frame.notices],
    citations,
    prompt: node.question,
    choices: choicesAt(s.tp, s.tree, s.nodeId, node, s.history, s.question),
    actions: replyActions({ policyId: s.tp.policy.id, question: withAnswers(asked, s.labels), clauses: citations.map((c) => c.clause), to: s.frame.escalation.to, safeguarding: s.frame.safeguarding }),
    tree: { id: s.tree.id, title: s.tree.title, node: s.nodeId },
  };
}

function answered(labels: readonly string[]): string {
  return labels.length ? `Your answers: ${labels.join(' → ')}. ` : '';
}

function withAnswers(question: string, labels: readonly string[]): string {
  return labels.length ? `${question} [answers: ${labels.join(' → ')}]` : question;
}

/** A leaf as an answer with its verdict. */
function verdictReply(s: StepInput, node: LeafNode, replay: ChooseAction): Reply {
  const citations = cite(s.tp, node.cites.map((clause) => ({ clause, score: 1 })));
  const asked = s.question ?? s.tree.title;
  const actions = replyActions({
    policyId: s.tp.policy.id,
    question: withAnswers(asked, s.labels),
    clauses: node.cites,
    to: s.frame.escalation.to,
    safeguarding: s.frame.safeguarding,
    verdictTag: `${s.tree.id}:${s.nodeId}`,
    replay,
  });
  const whom = node.whom ? ` (${node.whom})` : '';
  return {
    ...s.frame,
    kind: 'answer',
    text: `${VERDICT_WORDS[node.verdict]}${whom}, under ${s.frame.policy.name}'s policy. ${node.text}${s.labels.length ? ` (${answered(s.labels).trim()})` : ''}`,
    ...(s.question ? { question: s.question } : {}),
    notices: [...(s.notices ?? []), ...s.frame.notices],
    citations,
    choices: [startTreeChoice(s.tp, s.tree, s.question)].map((c) => ({ ...c, label: 'Start again' })),
    verdict: { outcome: node.verdict, text: node.text, ...(node.whom ? { whom: node.whom } : {}), clauses: [...node.cites] },
    actions,
    tree: { id: s.tree.id, title: s.tree.title, node: s.nodeId },
  };
}

/** The tree's first question (a question on its topic, a topics button, or a restart). */
export function startTree(tp: TreePolicy, frame: ReplyFrame, tree: Tree, opts: { question?: string; citations?: Citation[]; notices?: Notice[] } = {}): Reply {
  const node = tree.nodes[tree.start];
  if (!node || !isQuestion(node)) {
    // A one-leaf tree (lint allows it): answer straight away.
    const replay: ChooseAction = { a: 'choose', p: tp.policy.id, v: tp.version, t: tree.id, n: tree.start, c: 0, h: [] };
    if (node && isLeaf(node)) return verdictReply({ tp, frame, tree, nodeId: tree.start, history: [], labels: [], ...opts }, node, replay);
    throw new Error(`tree "${tree.id}" has no start node "${tree.start}"; policybot lint reports it`);
  }
  return questionReply({ tp, frame, tree, nodeId: tree.start, history: [], labels: [], ...opts }, node);
}

/** Continue from a parsed choice. Anything that does not fit this version of the tree restarts it. */
export function continueTree(tp: TreePolicy, frame: ReplyFrame, action: ChooseAction): Reply {
  const tree = tp.trees.find((t) => t.id === action.t);
  if (!tree) return topicsReply(tp, frame, [{ kind: 'restarted', text: TOPICS_DAMAGED }]);
  const q = action.q;
  const restart = (text: string) => startTree(tp, frame, tree, { ...(q ? { question: q } : {}), notices: [{ kind: 'restarted', text }] });
  if (action.v !== tp.version || action.p !== tp.policy.id) return restart(RESTART_STALE);
  const at = follow(tree, action.h);
  if (!at || at.id !== action.n || !isQuestion(at.node)) return restart(RESTART_DAMAGED);
  const choice = at.node.choices[action.c];
  if (!choice) return restart(RESTART_DAMAGED);
  const next = tree.nodes[choice.next];
  if (!next) return restart(RESTART_DAMAGED);
  const history = [...action.h, action.c];
  const labels = labelsOf(tree, history);
  const step: StepInput = { tp, frame, tree, nodeId: choice.next, history, labels, ...(q ? { question: q } : {}) };
  if (isLeaf(next)) return verdictReply(step, next, action);
  if (isQuestion(next)) return questionReply(step, next);
  return restart(RESTART_DAMAGED);
}

function labelsOf(tree: Tree, history: readonly number[]): string[] {
  const labels: string[] = [];
  let node = tree.nodes[tree.start];
  for (const i of history) {
    if (!node || !isQuestion(node)) break;
    const c = node.choices[i];
    if (!c) break;
    labels.push(c.label);
    node = tree.nodes[c.next];
  }
  return labels;
}

/** The trees on offer, one button each. */
export function topicsReply(tp: TreePolicy, frame: ReplyFrame, notices: Notice[] = []): Reply {
  const text = tp.trees.length
    ? `Pick a topic and I will walk you through what the ${tp.policy.name} policy says.`
    : `There are no guided topics for the ${tp.policy.name} policy yet; ask your question in your own words.`;
  return {
    ...frame,
    kind: 'info',
    text,
    notices: [...notices, ...frame.notices],
    citations: [],
    choices: tp.trees.map((t) => startTreeChoice(tp, t)),
    actions: [],
  };
}
