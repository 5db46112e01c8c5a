/**
 * A question in, a Reply out: the clauses of that school's policy that answer it, best first,
 * or a plain "this policy does not cover it"; safeguarding first when a child may be at risk.
 * Never throws on the text of a question: any string gets a valid reply.
 */
import type { Policy } from '../policy/schema.ts';
import { citeClause, withoutBareLeads } from '../dialog/citation.ts';
import { defaultFrame, replyActions } from '../dialog/reply-frame.ts';
import type { Citation, Reply } from '../dialog/reply.ts';
import type { ClauseIndex } from '../search/clause-index.ts';
import { rankClauses, type RankedClause, type Ranking } from '../search/rank.ts';
import { analyse } from '../search/analyse.ts';
import { CONCEPT_PREFIX, unitsNaming } from '../search/query.ts';
import { checkSafeguarding, safeguardingBanner, type SafeguardingCheck } from './safeguarding.ts';
import { DEFAULT_ANSWER_SETTINGS, type AnswerSettings } from './settings.ts';
import { MAX_PAYLOAD_QUESTION_CHARS } from '../dialog/actions.ts';

export interface Answered {
  reply: Reply;
  ranking: Ranking;
  safeguarding: SafeguardingCheck;
}

/** The ranking as citations, best first, each score in [0, 1]. */
export function citationsFor(index: ClauseIndex, ranking: Ranking, settings: AnswerSettings): Citation[] {
  const top = ranking.results[0];
  if (!top) return [];
  const out: Citation[] = [];
  for (const r of ranking.results) {
    if (out.length >= settings.maxCitations || r.score < top.score * settings.relativeCutoff) break;
    const clause = index.clauses[r.doc];
    if (!clause) continue;
    const score = Math.round(Math.min(1, top.coverage * (r.score / top.score)) * 100) / 100;
    out.push(citeClause(clause, score));
  }
  return out;
}

/**
 * For a safeguarding question, the clauses where the policy names its route (and, for an
 * image, how to treat it) come first, whatever else the question matched: they are the answer.
 * Then the one escalation clause that best says to report to the head ("misuse of social media
 * concerning a pupil must be reported to the Headteacher"): the policy's other reporting line,
 * which staff who met the concern online need beside the safeguarding lead.
 */
export function routeCitations(index: ClauseIndex, ranking: Ranking, image: boolean): Citation[] {
  const roles = index.policy.roles;
  // The policy's own words only: a hint asking "who do I report it to" is not a route.
  const report = index.postings.get(`${CONCEPT_PREFIX}report`) ?? [];
  const saysReport = (doc: number) => report.some((p) => p.doc === doc && p.tf[0] + p.tf[1] + p.tf[2] > 0);
  const docOf = (number: string) => index.clauses.findIndex((c) => c.number === number);
  const rankScore = (number: string) => ranking.results.find((r) => r.doc === docOf(number))?.score ?? 0;
  // A clause that says to report or tell someone is the route; one that only names the role is not.
  const scoreOf = (number: string) => (saysReport(docOf(number)) ? 1000 : 0) + rankScore(number);
  const byScore = (nums: readonly string[]) => [...nums].sort((a, b) => scoreOf(b) - scoreOf(a));
  // Only one the question touches at all, so that a concern met off line is not sent to a clause
  // about social media misuse that has nothing to do with it.
  const reportToHead = roles.escalation.clauses.filter((n) => saysReport(docOf(n)) && !roles.safeguarding.clauses.includes(n) && rankScore(n) > 0);
  const numbers = [
    ...(image && roles.imageHandling ? roles.imageHandling.clauses : []),
    ...byScore(roles.safeguarding.clauses),
    ...byScore(reportToHead).slice(0, 1),
  ];
  const clauses = [...new Set(numbers)].flatMap((n) => index.clauses.find((c) => c.number === n) ?? []);
  // The policy lists its route lead-ins and all; a ranking's lead-in that comes first stands for
  // its list ("gross misconduct examples") and stays, so only the route drops them.
  return withoutBareLeads(clauses).map((clause) => citeClause(clause, 1));
}

/** How the business model (knowledge/no-match-examples/) read the question: its score and threshold. */
export interface BusinessReading {
  score: number;
  threshold: number;
}

export function isAnswer(ranking: Ranking, settings: AnswerSettings, business?: BusinessReading): boolean {
  // Judged on the policy's own match: how staff usually word a clause's questions (the phrasing
  // lift) orders the clauses, but must not make a question the policy does not cover answerable.
  // (Judged on the lifted order, answerable questions were refused: a clause staff ask about in
  // these words, but whose own text has little of them, came first and failed the coverage bar.)
  const top = bestUnlifted(ranking);
  const units = ranking.countedUnits;
  const unknown = ranking.unknownUnits;
  // School business the policy never names ("pay scale", "annual leave") is the question's topic when
  // half of the question is unknown or no clause has even 35% of it; a topic of its own ("ChatGPT")
  // always is: another topic, not a weak answer. Unless the business is only context: the question
  // names social media or the press ("a moan about the duty rota on facebook" is about Facebook).
  // (Judging instead by how much of the rest of the question the clause has cost no-match recall
  // on every set; so did a best clause with a hint close to the question, dropped in round 16: it
  // made "top up my canteen account" answerable and moved no development set.)
  const names = (concepts: readonly string[]) => concepts.some((c) => unitsNaming(ranking.query.units, c).length > 0);
  // "the canteen website", "the authenticator app": a word that could name any site or app is how
  // the business is done, not social media.
  const contextNamed = settings.businessIsContextWith.some((c) =>
    unitsNaming(ranking.query.units, c).some((u) => !settings.tooGeneralForContext.includes(u.text.toLowerCase())),
  );
  // A topic that stays its own on social media (the age a platform allows) is never made context by
  // it; but a question about connecting with pupils or former pupils makes that topic context ("is
  // there an age limit on adding ex pupils" is the policy's question, not the app's).
  const businessIsContext =
    top !== undefined &&
    (ranking.evenOnSocialMediaUnits > 0
      ? names(settings.evenOnSocialMediaYieldsTo)
      : contextNamed);
  // Nor does the policy cover business when all it knows of the question is its frame: "who can
  // authorise a suspension, is it only the head" names heads and permission, not a topic of the policy.
  const businessTips =
    ranking.offTopicUnits > 0 &&
    (ranking.ownTopicUnits > 0 || unknown >= units / 2 || ranking.topicConcepts === 0 || (top !== undefined && top.coverage < 0.35)) &&
    !businessIsContext;
  // Words the policy never uses are not another topic when the question names, in the vocabulary's
  // terms, several things the policy does talk about: "posted something on my teaching blog that
  // turned out to be wrong, can i quietly edit it" is about a post and a blog, whatever 'quietly' is.
  const mostlyUnknown = unknown > units / 2 && ranking.policyConcepts < settings.conceptsOutweighUnknown;
  // Business no list names, recognised by the model ("is PPA time guaranteed for TAs"): not covered,
  // unless it is only context or a clause answers it strongly.
  const learned = settings.learnedBusiness;
  const answeredStrongly = (bar: { hint: number; coverage: number }) => top !== undefined && (top.hint >= bar.hint || top.coverage >= bar.coverage);
  const readsLikeBusiness = business !== undefined && business.score > business.threshold;
  const sure = learned !== false && business !== undefined && business.score > business.threshold + learned.sure.margin;
  const learnedBusiness = learned !== false && readsLikeBusiness && !contextNamed && !answeredStrongly(sure ? learned.sure : learned);
  if (settings.mostlyUnknownIsNoMatch && (mostlyUnknown || businessTips || learnedBusiness || (units === 2 && unknown >= 1))) return false;
  // Business that is only context does not dilute how much of the question the clause has.
  const coverage = top && businessIsContext && ranking.offTopicShare < 1 ? top.coverage / (1 - ranking.offTopicShare) : (top?.coverage ?? 0);
  // A long message names more than any one clause can: its bar is lower, from this many words on.
  const baseCoverage = units > settings.longQuestionUnits ? (settings.minCoverage * settings.longQuestionUnits) / units : settings.minCoverage;
  const manyConcepts = ranking.policyConcepts >= settings.manyConcepts && ranking.offTopicUnits === 0;
  // Posting on social media is the policy's topic, however much of the question is about the post.
  const posting = ranking.offTopicUnits === 0 && settings.postingConcepts.every(names);
  const minCoverage = baseCoverage * (posting ? settings.postingCoverage : manyConcepts ? settings.manyConceptsCoverage : 1);
  return top !== undefined && coverage >= minCoverage && top.score >= settings.minScore;
}

function bestUnlifted(ranking: Ranking): RankedClause | undefined {
  let best: RankedClause | undefined;
  for (const r of ranking.results) if (!best || r.unlifted > best.unlifted) best = r;
  return best;
}

/**
 * The question as a button payload carries it: control characters dropped, and cut (at a
 * whole character) so that even JSON-escaped it stays within the payload's share.
 */
export function payloadQuestion(text: string): string {
  const clean = text.replace(/[\p{Cc}\p{Cs}]/gu, ' ').replace(/\s+/g, ' ').trim() || '(empty question)';
  const chars = [...clean];
  let q = chars.slice(0, MAX_PAYLOAD_QUESTION_CHARS - 1).join('');
  while (JSON.stringify(q).length > MAX_PAYLOAD_QUESTION_CHARS - 1) q = [...q].slice(0, -20).join('');
  return q;
}

function summary(policy: Policy, kind: 'answer' | 'no-match', safeguarding: boolean, citations: Citation[]): string {
  const whose = `${policy.name}'s ${policy.title}`;
  const first = safeguarding ? `This may be a safeguarding matter: follow the route above first. ` : '';
  if (kind === 'no-match') {
    return `${first}${whose} does not cover this. You can ask the ${policy.roles.escalation.title}.`;
  }
  const numbers = citations.map((c) => c.clause).join(', ');
  return `${first}From ${whose}: the clause${citations.length === 1 ? '' : 's'} closest to your question, best first (${numbers}). These are the policy's own words; ask the ${policy.roles.escalation.title} if they do not settle it.`;
}

export function answerQuestion(
  index: ClauseIndex,
  question: string,
  today: string,
  settings: AnswerSettings = DEFAULT_ANSWER_SETTINGS,
): Answered {
  const text = typeof question === 'string' ? question : '';
  const policy = index.policy;
  const ranking = rankClauses(index, text, settings.rank);
  // The words as typed, not the ranking's typo corrections (those are for finding clauses); the
  // detector corrects only misspelt risk words itself, and never into a word the policy uses.
  const typed = analyse(text);
  const sg = checkSafeguarding(typed, index.vocab, (stem) => index.postings.has(stem));
  const business = index.vocab.business;
  const reading = business && { score: business.score(typed), threshold: business.threshold };
  const found = isAnswer(ranking, settings, reading) ? citationsFor(index, ranking, settings) : [];
  const route = sg.flag ? routeCitations(index, ranking, sg.image) : [];
  const citations = [...route, ...found.filter((c) => !route.some((r) => r.clause === c.clause))].slice(0, settings.maxCitations);
  const kind = citations.length > 0 ? 'answer' : 'no-match';
  const frame = defaultFrame(policy, today);
  const banner = sg.flag ? safeguardingBanner(policy, sg.image) : undefined;
  const shown = [...(banner?.clauses ?? []), ...citations.map((c) => c.clause)];
  const reply: Reply = {
    ...frame,
    kind,
    safeguarding: sg.flag,
    text: summary(policy, kind, sg.flag, citations),
    question: text,
    ...(banner ? { banner } : {}),
    citations,
    choices: [],
    actions: replyActions({
      policyId: policy.id,
      question: payloadQuestion(text),
      clauses: [...new Set(shown)],
      to: policy.roles.escalation.title,
      safeguarding: sg.flag,
    }),
  };
  return { reply, ranking, safeguarding: sg };
}
