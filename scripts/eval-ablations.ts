/**
 * What each part of the answerer buys, measured (npm run eval -- --ablations): the same
 * questions answered with one part switched off at a time, aggregate figures only.
 */
import { join } from 'node:path';
import { answerQuestion } from '../src/answer/build-reply.ts';
import { DEFAULT_ANSWER_SETTINGS, type AnswerSettings } from '../src/answer/settings.ts';
import { createBot } from '../src/core/bot.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import { computeFigures, type EvalQuestion, type Figures } from '../src/search/metrics.ts';
import { CONCEPT_PREFIX } from '../src/search/query.ts';
import { compileVocabulary, loadVocabulary, readVocabularyRaw, VocabularyFile, type Vocabulary } from '../src/search/vocabulary.ts';
import { botPerSplit, EXTRA_SETS, ROOT } from './eval-data.ts';

export interface Ablation {
  name: string;
  split: EvalQuestion['split'];
  figures: Figures;
}

export function ablations(knowledge: Knowledge, questions: readonly EvalQuestion[]): Ablation[] {
  const file = VocabularyFile.parse(readVocabularyRaw(join(ROOT, 'knowledge')).raw);
  // As the bot loaded it (with the safeguarding model learned from knowledge/safeguarding-examples/),
  // not loaded and trained a second time.
  const full = knowledge.vocabulary ?? loadVocabulary(join(ROOT, 'knowledge'));
  const model = full.safeguarding.model;
  // Only the child words stay, so that the safeguarding rules still work.
  const childOnly = Object.fromEntries(Object.entries(file.concepts).filter(([name]) => file.safeguarding.child.includes(name)));
  const compiledBare = compileVocabulary({ ...file, concepts: childOnly });
  const bare: Vocabulary = { ...compiledBare, safeguarding: { ...compiledBare.safeguarding, model } };
  const signsOnly: Vocabulary = { ...full, safeguarding: { ...full.safeguarding, model: undefined } };
  const d = DEFAULT_ANSWER_SETTINGS;
  const without = (asked: string): AnswerSettings => ({
    ...d,
    rank: { ...d.rank, situationWeights: d.rank.situationWeights.filter((w) => w.asked !== `${CONCEPT_PREFIX}${asked}`) },
  });
  // The same policies with their search hints (hints.yaml) left out.
  const unhinted: Knowledge = {
    ...knowledge,
    policies: new Map([...knowledge.policies].map(([id, p]) => [id, { ...p, hints: undefined }])),
  };
  // And with the questions staff asked (asked.yaml) left out.
  const unasked: Knowledge = {
    ...knowledge,
    policies: new Map([...knowledge.policies].map(([id, p]) => [id, { ...p, asked: undefined }])),
  };
  const variants: [string, Vocabulary, AnswerSettings, Knowledge?][] = [
    ['full', full, d],
    ['without hints', full, d, unhinted],
    ['without asked questions', full, d, unasked],
    ['no typo correction', full, { ...d, rank: { ...d.rank, typos: false } }],
    ['no vocabulary concepts', bare, d],
    ['no hint-similarity lift', full, { ...d, rank: { ...d.rank, hintBoost: 0 } }],
    ['no phrasing lift', full, { ...d, rank: { ...d.rank, phrasingLift: 0 } }],
    ['no seen-post lift', full, without('see')],
    ['no staff-victim lift', full, without('targeted')],
    ['no personal-account damping', full, without('official-account')],
    ['no own-family lift', full, without('own-family')],
    ['coverage in ranking (floor 0.2)', full, { ...d, rank: { ...d.rank, coverageFloor: 0.2 } }],
    ['no mostly-unknown no-match rule', full, { ...d, mostlyUnknownIsNoMatch: false }],
    ['no learned school-business rule', full, { ...d, learnedBusiness: false }],
    ['learned business rule with one bar (no sure bar)', full, { ...d, learnedBusiness: d.learnedBusiness && { ...d.learnedBusiness, sure: { ...d.learnedBusiness.sure, margin: Infinity } } }],
    ['SG signs only, no examples model', signsOnly, d],
  ];
  const out: Ablation[] = [];
  const splits = (['holdout', 'tune', ...EXTRA_SETS.map((x) => x.split)] as const).filter((s) => questions.some((q) => q.split === s));
  for (const [name, vocabulary, settings, k = knowledge] of variants) {
    // Each set as if its own questions had never been asked (eval-data.ts withoutAsked).
    const botFor = botPerSplit(k, questions, (kk) => createBot({ knowledge: kk, vocabulary, settings, clock: { now: () => new Date('2026-01-15T12:00:00Z') } }));
    for (const split of splits) {
      const sel = questions.filter((q) => q.split === split);
      const bot = botFor(split);
      const outputs = sel.map((q) => {
        const r = answerQuestion(bot.index(q.policy), q.text, '2026-01-15', settings).reply;
        return { ranked: r.citations.map((c) => c.clause), noMatch: r.kind === 'no-match', safeguarding: r.safeguarding };
      });
      out.push({ name, split, figures: computeFigures(sel, outputs) });
    }
  }
  return out;
}
