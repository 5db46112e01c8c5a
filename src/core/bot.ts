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
import { clauseReply, helpReply } from '../answer/info-replies.ts';
import { buildClauseIndex, type ClauseIndex } from '../search/clause-index.ts';
import { loadVocabulary, type Vocabulary } from '../search/vocabulary.ts';
import type { Reply } from '../dialog/reply.ts';
import { defaultFrame } from '../dialog/reply-frame.ts';
import { offerTree } from '../dialog/tree-ask.ts';
import { choosePayload, type TreeContext } from '../dialog/tree-choose.ts';
import { topicsReply } from '../dialog/tree-reply.ts';
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
  for (const [id, loaded] of knowledge.policies) indexes.set(id, buildClauseIndex(loaded.policy, vocab, { hints: loaded.hints, asked: loaded.asked, analysed: knowledge.analysed }));
  const today = () => ukDate(clock.now());
  const indexOf = (policyId: string): ClauseIndex => {
    const found = indexes.get(policyId);
    if (found) return found;
    findPolicy(knowledge, policyId); // throws NotFoundError listing the valid ids
    throw new NotFoundError(`no policy "${policyId}"`);
  };
  const policy = (policyId: string) => indexOf(policyId).policy;
  // Decision trees: the loaded policy's trees and version; the first policy answers a button whose policy is unreadable.
  const trees = (policyId: string | undefined): TreeContext | undefined => {
    const loaded = knowledge.policies.get(policyId ?? '') ?? (policyId === undefined ? knowledge.policies.values().next().value : undefined);
    return loaded && { tp: { policy: loaded.policy, version: loaded.version, trees: loaded.trees ?? [] }, frame: defaultFrame(loaded.policy, today()) };
  };

  return {
    vocabulary: vocab,
    index: indexOf,
    policies: () => [...indexes.values()].map((i) => ({ id: i.policy.id, name: i.policy.name })),
    ask: (policyId: string, text: string): Reply => {
      const { reply, ranking } = answerQuestion(indexOf(policyId), text, today(), settings);
      return offerTree(trees(policyId)!.tp, reply, ranking.query.terms);
    },
    clause: (policyId: string, number: string): Reply => {
      const p = policy(policyId);
      return clauseReply(p, findClause(p, number), today());
    },
    help: (policyId: string): Reply => helpReply(policy(policyId), today()),
    topics: (policyId: string): Reply => {
      indexOf(policyId); // NotFoundError for an unknown id
      const { tp, frame } = trees(policyId)!;
      return topicsReply(tp, frame);
    },
    choose: (payload: string, fallbackPolicyId?: string): Reply => {
      if (knowledge.policies.size === 0) throw new NotFoundError('no policies are loaded; check the knowledge folder');
      // A payload too damaged to name its policy restarts with the conversation's own school.
      const fallback = fallbackPolicyId && knowledge.policies.has(fallbackPolicyId) ? fallbackPolicyId : undefined;
      return choosePayload(payload, (id) => trees(id ?? fallback));
    },
  };
}
