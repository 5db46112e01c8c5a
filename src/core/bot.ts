/**
 * The bot: the platform-neutral core every adapter talks to (PolicyBot in ports.ts). Each
 * policy's clause index is built once, here, at start-up; a question is then answered in
 * well under a millisecond. Decision trees (choose, topics) plug in beside ask.
 */
import { NotFoundError } from '../errors.ts';
import type { Clock } from '../escalation/clock.ts';
import { defaultKnowledgeDir } from '../knowledge/paths.ts';
import { findClause, findPolicy } from '../knowledge/lookup.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { answerQuestion } from '../answer/build-reply.ts';
import { DEFAULT_ANSWER_SETTINGS, type AnswerSettings } from '../answer/settings.ts';
import { clauseReply, helpReply, noTopicsReply } from '../answer/info-replies.ts';
import { buildClauseIndex, type ClauseIndex } from '../search/clause-index.ts';
import { loadVocabulary, type Vocabulary } from '../search/vocabulary.ts';
import type { Reply } from '../dialog/reply.ts';
import { decodeAction } from '../dialog/actions.ts';
import type { PolicyBot } from './ports.ts';

export interface BotOptions {
  knowledge: Knowledge;
  clock: Clock;
  /** Defaults to the knowledge folder's vocabulary, else the project's shared one. */
  vocabulary?: Vocabulary;
  settings?: AnswerSettings;
}

export interface Bot extends PolicyBot {
  /** The clause index of a policy (for decision-tree matching, the evaluation and the benchmark). */
  index(policyId: string): ClauseIndex;
  readonly vocabulary: Vocabulary;
}

/** YYYY-MM-DD in UK time: a policy is overdue from the day after its review date, as staff see the day. */
export function ukDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function createBot({ knowledge, clock, vocabulary, settings = DEFAULT_ANSWER_SETTINGS }: BotOptions): Bot {
  const vocab = vocabulary ?? knowledge.vocabulary ?? loadVocabulary(defaultKnowledgeDir());
  const indexes = new Map<string, ClauseIndex>();
  for (const [id, loaded] of knowledge.policies) indexes.set(id, buildClauseIndex(loaded.policy, vocab));
  const today = () => ukDate(clock.now());
  const indexOf = (policyId: string): ClauseIndex => {
    const found = indexes.get(policyId);
    if (found) return found;
    findPolicy(knowledge, policyId); // throws NotFoundError listing the valid ids
    throw new NotFoundError(`no policy "${policyId}"`);
  };
  const policy = (policyId: string) => indexOf(policyId).policy;

  return {
    vocabulary: vocab,
    index: indexOf,
    policies: () => [...indexes.values()].map((i) => ({ id: i.policy.id, name: i.policy.name })),
    ask: (policyId: string, text: string): Reply => answerQuestion(indexOf(policyId), text, today(), settings).reply,
    clause: (policyId: string, number: string): Reply => {
      const p = policy(policyId);
      return clauseReply(p, findClause(p, number), today());
    },
    help: (policyId: string): Reply => helpReply(policy(policyId), today()),
    topics: (policyId: string): Reply => noTopicsReply(policy(policyId), today()),
    choose: (payload: string): Reply => {
      // Until decision trees are wired in, any payload gets the polite "not available".
      const decoded = decodeAction(payload);
      const id = decoded.ok && indexes.has(decoded.action.p) ? decoded.action.p : [...indexes.keys()][0];
      if (id === undefined) throw new NotFoundError('no policies are loaded; check the knowledge folder');
      return noTopicsReply(policy(id), today());
    },
  };
}
