/**
 * The platform-neutral reply. The core produces it; each adapter renders it with one pure
 * function (text, Block Kit, Adaptive Card, HTML). Its JSON form (`toReplyJson`) is a contract
 * (../shared/DESIGN.md): fields may be added, never renamed or removed.
 */

export interface PolicyRef {
  id: string;
  name: string;
  /** YYYY-MM-DD: the last day the policy is in date. */
  reviewDue: string;
  overdue: boolean;
}

export interface Citation {
  /** The clause number as staff see it ("11.3.4"). */
  clause: string;
  /** The heading the clause sits under (innermost), "" where it has none. */
  heading: string;
  /** The clause's own words, shortened at a sentence boundary when long. */
  text: string;
  /** The whole clause, present only when `text` was shortened. */
  fullText?: string;
  /** Relevance in [0, 1]; 1 for clauses cited by a decision-tree verdict. */
  score: number;
}

export interface Choice {
  label: string;
  /** Opaque, self-contained state for the next step (see actions.ts); ≤ 2000 characters. */
  payload: string;
}

export type VerdictOutcome = 'allowed' | 'not-allowed' | 'ask-first' | 'not-covered';

export interface Verdict {
  outcome: VerdictOutcome;
  /** One or two sentences, in plain words, that follow the cited clauses. */
  text: string;
  /** For ask-first: whom to ask, as the policy names them. */
  whom?: string;
  /** The clause numbers the verdict rests on (also among the citations). */
  clauses?: string[];
}

export interface SafeguardingBanner {
  title: string;
  /** The school's own route, first thing the reader sees. */
  lines: string[];
  clauses: string[];
}

export interface Notice {
  kind: 'review-overdue' | 'restarted' | 'info';
  text: string;
}

/** Buttons every answer offers besides tree choices. */
export type ReplyAction =
  | { type: 'escalate'; label: string; payload: string }
  | { type: 'share'; label: string; payload: string };

/** answer (a tree verdict is an answer with `verdict`), clarify (a tree question), no-match; info for help and topics. */
export type ReplyKind = 'answer' | 'clarify' | 'no-match' | 'info';

export interface Reply {
  policy: PolicyRef;
  kind: ReplyKind;
  safeguarding: boolean;
  /** Plain-text summary, no markup. */
  text: string;
  /** The question this reply answers, as asked (for escalation and display). */
  question?: string;
  banner?: SafeguardingBanner;
  notices: Notice[];
  citations: Citation[];
  /** For a clarify reply: the tree question the choices answer. */
  prompt?: string;
  choices: Choice[];
  verdict?: Verdict;
  actions: ReplyAction[];
  escalation: { available: boolean; to: string };
  /** Decision tree id and node, when the reply comes from a tree. */
  tree?: { id: string; title: string; node: string };
}

/** The JSON contract form of a reply (what `--json` prints and `batch` writes). */
export function toReplyJson(reply: Reply): Record<string, unknown> {
  return { ...reply };
}
