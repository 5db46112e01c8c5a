// The shared vocabulary is knowledge a school edits by hand: lint must catch what would make it
// match wrongly, and name the place in the file.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintKnowledge } from '../../src/knowledge/index.ts';
import { understandQuery } from '../../src/search/query.ts';
import { checkVocabulary, compileVocabulary, readVocabulary, VocabularyFile } from '../../src/search/vocabulary.ts';
import { ROOT } from '../answer/fixture.ts';

const base = {
  version: 1,
  concepts: { pupil: { terms: ['pupil', 'student'] }, image: { terms: ['photo', 'pic'] } },
  safeguarding: { child: ['pupil'], always: ['grooming'], withChild: ['abuse'], images: ['nude'], together: [] },
};

function messages(raw: unknown): string[] {
  return checkVocabulary(raw).problems.map((p) => `${p.path}: ${p.message}`);
}

describe('vocabulary lint', () => {
  it('the shipped knowledge/vocabulary.yaml is valid and is part of the knowledge lint', () => {
    const { vocabulary, problems } = readVocabulary(join(ROOT, 'knowledge'));
    expect(problems).toEqual([]);
    expect(vocabulary?.concepts.size).toBeGreaterThan(20);
    expect(lintKnowledge(join(ROOT, 'knowledge')).filter((p) => p.file.endsWith('vocabulary.yaml'))).toEqual([]);
  });

  it('a valid file has no problems', () => {
    expect(messages(base)).toEqual([]);
  });

  it('a term in two groups is reported where it repeats, even in another spelling or form', () => {
    const raw = { ...base, concepts: { ...base.concepts, other: { terms: ['photos'] } } };
    expect(messages(raw)).toEqual(['concepts.other.terms[0]: "photos" is already in concept "image" (after stemming); keep it in one group']);
  });

  it('an empty group, an unknown key and a missing section are reported with their paths', () => {
    expect(messages({ ...base, concepts: { pupil: { terms: [] } } })).toEqual(['concepts.pupil.terms: a group needs at least one term']);
    expect(messages({ ...base, concepts: { pupil: { terms: ['pupil'], synonyms: ['kid'] } } })[0]).toMatch(/^concepts\.pupil: .*synonyms/);
    expect(messages({ version: 1, concepts: base.concepts })[0]).toMatch(/^safeguarding: /);
  });

  it('a concept marked frame is the frame of a question, not its topic: its units say so', () => {
    const raw = { ...base, concepts: { ...base.concepts, pupil: { terms: ['pupil', 'student'], frame: true } } };
    expect(messages(raw)).toEqual([]);
    const vocab = compileVocabulary(VocabularyFile.parse(raw));
    expect([...vocab.frame]).toEqual(['pupil']);
    const units = understandQuery('photo of a pupil', vocab).units;
    expect(units.map((u) => [u.text, u.frame === true])).toEqual([['photo', false], ['pupil', true]]);
  });

  it('a concept with a broader one names both: "my son" is own-family and family; a broader concept must exist', () => {
    const family = { family: { terms: ['son', 'daughter', 'relative'] }, 'own-family': { terms: ['my son'], broader: 'family' } };
    const raw = { ...base, concepts: { ...base.concepts, ...family } };
    expect(messages(raw)).toEqual([]);
    const vocab = compileVocabulary(VocabularyFile.parse(raw));
    const [unit] = understandQuery('my son', vocab).units;
    expect(unit?.alternatives.map((a) => a.term)).toEqual(['son', '@own-family', '@family']);
    expect(understandQuery('her son', vocab).units[0]?.alternatives.map((a) => a.term)).toEqual(['son', '@family']);
    expect(messages({ ...base, concepts: { ...base.concepts, mine: { terms: ['my pic'], broader: 'images' } } })).toEqual([
      'concepts.mine.broader: "images" must name another concept of concepts that has no broader concept itself',
    ]);
  });

  it('a safeguarding rule naming a concept that does not exist is reported', () => {
    const raw = { ...base, safeguarding: { ...base.safeguarding, child: ['pupils'], together: [[['adult'], ['@kid']]] } };
    expect(messages(raw)).toEqual([
      'safeguarding.child[0]: no concept "pupils"; name one of concepts',
      'safeguarding.together[0][1][0]: no concept "kid"; name one of concepts',
    ]);
  });

  it('a broken vocabulary file fails the knowledge lint, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    writeFileSync(join(dir, 'vocabulary.yaml'), 'version: 1\nconcepts:\n  pupil:\n    terms: [pupil, pupil]\n  kid:\n    terms: [pupils]\nsafeguarding: {child: [pupil], always: [x], withChild: [y], images: [z]}\n');
    const problems = readVocabulary(dir).problems;
    expect(problems.map((p) => p.path)).toEqual(['concepts.kid.terms[0]']);
  });

  it('a folder without vocabulary.yaml is valid (the shared one is used)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    expect(readVocabulary(dir)).toMatchObject({ problems: [] });
    expect(readVocabulary(dir).vocabulary).toBeUndefined();
  });

  it('ownTopic (a topic of its own) is only for an offTopic concept', () => {
    const raw = { ...base, concepts: { ...base.concepts, ai: { terms: ['chatgpt'], ownTopic: true } } };
    expect(messages(raw)).toEqual(['concepts.ai.ownTopic: ownTopic needs offTopic: true']);
    expect(messages({ ...base, concepts: { ...base.concepts, ai: { terms: ['chatgpt'], offTopic: true, ownTopic: true } } })).toEqual([]);
    const age = { terms: ['min age'], offTopic: true, evenOnSocialMedia: true };
    expect(messages({ ...base, concepts: { ...base.concepts, age } })).toEqual(['concepts.age.evenOnSocialMedia: evenOnSocialMedia needs ownTopic: true']);
    expect(messages({ ...base, concepts: { ...base.concepts, age: { ...age, ownTopic: true } } })).toEqual([]);
  });

  it('the shipped safeguarding signs live in knowledge/safeguarding.yaml, not in vocabulary.yaml', () => {
    expect(existsSync(join(ROOT, 'knowledge', 'safeguarding.yaml'))).toBe(true);
    expect(readVocabulary(join(ROOT, 'knowledge')).vocabulary?.safeguarding.always.size).toBeGreaterThan(50);
  });

  describe('safeguarding.yaml beside vocabulary.yaml', () => {
    const vocab = 'version: 1\nconcepts:\n  pupil:\n    terms: [pupil]\n';
    const folder = (files: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      return dir;
    };

    it('becomes the safeguarding section', () => {
      const dir = folder({ 'vocabulary.yaml': vocab, 'safeguarding.yaml': 'child: [pupil]\nalways: [grooming]\nwithChild: [bruises]\nimages: [nude]\n' });
      const { vocabulary, problems } = readVocabulary(dir);
      expect(problems).toEqual([]);
      expect([...(vocabulary?.safeguarding.always ?? [])]).toEqual(['groom']);
    });

    it('a mistake in it is reported in that file, by its own path', () => {
      const dir = folder({ 'vocabulary.yaml': vocab, 'safeguarding.yaml': 'child: [pupils]\nalways: [x]\nwithChild: [y]\nimages: [z]\n' });
      expect(readVocabulary(dir).problems).toEqual([
        { file: join(dir, 'safeguarding.yaml'), path: 'child[0]', message: 'no concept "pupils"; name one of concepts' },
      ]);
      expect(lintKnowledge(dir).map((p) => `${p.file} ${p.path}`)).toContain(`${join(dir, 'safeguarding.yaml')} child[0]`);
    });

    it('broken YAML in it names that file', () => {
      const dir = folder({ 'vocabulary.yaml': vocab, 'safeguarding.yaml': 'child: [pupil\n' });
      const [problem] = readVocabulary(dir).problems;
      expect(problem?.file).toBe(join(dir, 'safeguarding.yaml'));
      expect(problem?.message).toMatch(/^not valid YAML/);
    });

    it('the section in both files is a problem, not a silent choice', () => {
      const dir = folder({
        'vocabulary.yaml': `${vocab}safeguarding: {child: [pupil], always: [x], withChild: [y], images: [z]}\n`,
        'safeguarding.yaml': 'child: [pupil]\nalways: [x]\nwithChild: [y]\nimages: [z]\n',
      });
      expect(readVocabulary(dir).problems.map((p) => p.message)).toEqual(['the safeguarding signs are in safeguarding.yaml; remove this section']);
    });
  });
});
