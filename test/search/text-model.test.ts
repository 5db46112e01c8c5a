// The models learned from labelled examples: the safeguarding one (knowledge/safeguarding-examples/)
// flags what the phrase signs miss, never one of the near misses; the school-business one
// (knowledge/no-match-examples/) tells business from the policies' topics. Both learn only from
// development data.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyse } from '../../src/search/analyse.ts';
import { trainTextModel } from '../../src/search/text-model.ts';
import { NO_MATCH_EXAMPLES, readExamples, readVocabulary, SAFEGUARDING_EXAMPLES } from '../../src/search/vocabulary.ts';
import { checkSafeguarding } from '../../src/answer/safeguarding.ts';
import { loadAllKnowledge, ROOT, unseenTexts } from '../../scripts/eval-data.ts';
import { botOn } from '../answer/fixture.ts';

const shipped = readExamples(join(ROOT, 'knowledge'), SAFEGUARDING_EXAMPLES);
const shippedBusiness = readExamples(join(ROOT, 'knowledge'), NO_MATCH_EXAMPLES);

describe('trainTextModel', () => {
  const model = trainTextModel(
    ['dad hit her with a belt', 'her stepdad hit her again', 'mum hit him with a shoe'].map((t) => analyse(t)),
    ['we went on a trip to the zoo', 'can i post the trip photos', 'her dad came to the trip'].map((t) => analyse(t)),
    1,
  );

  it('scores a message like the risk examples above one like the ordinary ones', () => {
    expect(model.score(analyse('her uncle hit her with a belt'))).toBeGreaterThan(model.threshold);
    expect(model.score(analyse('photos from the zoo trip'))).toBeLessThan(0);
  });

  it('says nothing about words it has never seen', () => {
    expect(model.score(analyse('quantum chromodynamics'))).toBe(0);
  });

  it('counts a word once per message, however often it is repeated', () => {
    expect(model.score(analyse('hit hit hit hit'))).toBe(model.score(analyse('hit')));
  });

  it('is naive Bayes over words and word pairs with add-one smoothing: the log-odds worked by hand', () => {
    // Risk: {hurt, arm, "hurt arm"}, {hurt, leg, "hurt leg"}: 6 features counted. Ordinary: {arm,
    // leg, "arm leg"}: 3. Six distinct features, so each kind's denominator is its count + 6.
    const small = trainTextModel(['hurt arm', 'hurt leg'].map((t) => analyse(t)), ['arm leg'].map((t) => analyse(t)), 0);
    const odds = (inRisk: number, inOrdinary: number) => Math.log((inRisk + 1) / 12) - Math.log((inOrdinary + 1) / 9);
    expect(small.score(analyse('hurt arm'))).toBeCloseTo(odds(2, 0) + odds(1, 1) + odds(1, 0), 12);
    // "arm hurt" is a pair no example has: only its two words count.
    expect(small.score(analyse('arm hurt'))).toBeCloseTo(odds(1, 1) + odds(2, 0), 12);
    expect(small.score(analyse('leg'))).toBeCloseTo(odds(1, 1), 12);
  });
});

describe('the shipped model, beside the signs', () => {
  const bot = botOn();

  it.each([
    'little lad in reception said daddy puts him in the cupboard under the stairs when hes naughty',
    'yr 10 girl says she has to hand her phone to her brother every night so he can check who shes been talking to',
    'a yr 7 said her older cousin keeps taking her to parties with adults and giving her drinks',
  ])('flags a wording no sign knows, at every policy: %s', (q) => {
    const vocab = bot.index('wycliffe-primary').vocab;
    expect(checkSafeguarding(analyse(q), vocab).because).toEqual(['examples']);
    for (const policy of ['robert-carre-trust', 'wycliffe-primary', 'bicester-learning-academy', 'yes-trust', 'quorn-hall', 'ashgrove-academy']) {
      const reply = bot.ask(policy, q);
      expect(reply.safeguarding, policy).toBe(true);
      expect(reply.banner, policy).toBeDefined();
    }
  });

  it('does not flag ordinary questions about trips, photos and friend requests', () => {
    for (const q of ['can i put pics from the trip on insta', 'a yr 9 added me on snap', 'could i get sacked for a tweet', 'whats the wifi password']) {
      expect(bot.ask('yes-trust', q).safeguarding, q).toBe(false);
    }
  });
});

describe('the examples', () => {
  it('hold no question of the held-out part, the measurement set or the measure pools (those stay unseen); nor does any asked.yaml', () => {
    const asked = [...loadAllKnowledge().policies.values()].flatMap((p) => Object.values(p.asked ?? {}).flat());
    expect(asked.length).toBeGreaterThan(1000);
    const seen = new Set([...(shipped.first ?? []), ...(shipped.second ?? []), ...(shippedBusiness.first ?? []), ...(shippedBusiness.second ?? []), ...asked].map((t) => t.toLowerCase()));
    const unseen = unseenTexts();
    expect(unseen.length).toBeGreaterThan(400);
    const leaked = unseen.filter((t) => seen.has(t.replace(/\s+/g, ' ').trim().toLowerCase()));
    expect(leaked).toEqual([]);
  });

  it('has both kinds, many of each', () => {
    expect(shipped.problems).toEqual([]);
    expect(shipped.first?.length).toBeGreaterThan(500);
    expect(shipped.second?.length).toBeGreaterThan(1000);
    expect(shippedBusiness.problems).toEqual([]);
    expect(shippedBusiness.first?.length).toBeGreaterThan(400);
    expect(shippedBusiness.second?.length).toBeGreaterThan(1000);
  });
});

describe('broken example files', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const knowledgeCopy = () => {
    dir = mkdtempSync(join(tmpdir(), 'sg-examples-'));
    for (const f of ['vocabulary.yaml', 'safeguarding.yaml', 'safeguarding-examples']) cpSync(join(ROOT, 'knowledge', f), join(dir, f), { recursive: true });
    return dir;
  };

  it('one file without the other is a problem naming the missing file', () => {
    const d = knowledgeCopy();
    rmSync(join(d, 'safeguarding-examples', 'ordinary.txt'));
    const { vocabulary, problems } = readVocabulary(d);
    expect(vocabulary).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.message}`).join('\n')).toMatch(/ordinary\.txt missing: .*needs both risk\.txt and ordinary\.txt/);
  });

  it('a file with only comments is a problem, not a model that flags everything', () => {
    const d = knowledgeCopy();
    writeFileSync(join(d, 'safeguarding-examples', 'risk.txt'), '# nothing yet\n');
    const { problems } = readVocabulary(d);
    expect(problems.map((p) => `${p.file} ${p.message}`).join('\n')).toMatch(/risk\.txt no examples/);
  });

  it('without the folder, the signs work alone', () => {
    const d = knowledgeCopy();
    rmSync(join(d, 'safeguarding-examples'), { recursive: true });
    const { vocabulary, problems } = readVocabulary(d);
    expect(problems).toEqual([]);
    expect(vocabulary?.safeguarding.model).toBeUndefined();
    expect(checkSafeguarding(analyse('a year 9 told me she is being groomed'), vocabulary!).flag).toBe(true);
  });
});
