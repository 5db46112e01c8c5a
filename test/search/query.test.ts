// Query understanding: chat markup is not words, staff words meet policy words.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { understandQuery } from '../../src/search/index.ts';
import { compileVocabulary, loadVocabulary } from '../../src/search/vocabulary.ts';
import { findPhrases } from '../../src/search/query.ts';
import { analyse } from '../../src/search/analyse.ts';
import { ROOT } from '../answer/fixture.ts';

const vocab = loadVocabulary(join(ROOT, 'knowledge'));
const concepts = (text: string) => understandQuery(text, vocab).concepts.sort();

describe('query understanding', () => {
  it('drops Slack and Teams markup, mentions, links and emoji', () => {
    const words = analyse('<!channel> <@U123ABC> hi <#C1|staffroom> see <https://x.example/a|this> :smile: 😀 https://t.co/x <at>Policy Bot</at> **pics**').map((t) => t.word);
    expect(words).toEqual(['hi', 'see', 'this', 'pics']);
  });

  it('maps slang, abbreviations and platform names to the policy’s concepts', () => {
    expect(concepts('can i put pics from the trip on insta')).toEqual(['image', 'publish', 'social-media', 'trip']);
    expect(concepts('a yr 9 added me on snap')).toEqual(['connect', 'pupil', 'social-media']);
    // 'x' alone is a letter (a stop word); 'on x' and 'my x' are the platform
    expect(concepts('is it ok to post on x about the govt')).toEqual(['political', 'publish', 'social-media']);
    expect(concepts('could I get sacked for slagging off the head')).toEqual(['dismissal', 'disparage', 'leadership']);
    expect(concepts("my mum's mate is a journalist")).toEqual(['parent', 'press']);
  });

  it('takes the longest phrase at each place, never a stopword alone, and goes on after it', () => {
    const tiny = compileVocabulary({
      version: 1,
      businessThreshold: 5,
      concepts: {
        a: { terms: ['school', 'school trip', 'school trip photos'], interchangeable: false, offTopic: false, ownTopic: false, evenOnSocialMedia: false, frame: false },
        b: { terms: ['the', 'the head', 'photos'], interchangeable: false, offTopic: false, ownTopic: false, evenOnSocialMedia: false, frame: false },
      },
      safeguarding: { child: [], always: [], withChild: [], images: [], together: [], ordinary: [], examplesThreshold: 8 },
    });
    const found = (q: string) => findPhrases(analyse(q), tiny).map((p) => `${p.start}-${p.end}:${p.concept}`);
    expect(found('school trip photos of the head')).toEqual(['0-3:a', '4-6:b']);
    // 'school trip' then a word the tree does not go on with: the longest that ended, then on
    expect(found('school trip video photos')).toEqual(['0-2:a', '3-4:b']);
    // 'the' alone is a stopword, no phrase
    expect(found('the school')).toEqual(['1-2:a']);
  });

  it('finds multi-word terms as one thing', () => {
    const q = understandQuery('got a friend request from an ex pupil', vocab);
    expect(q.units.map((u) => u.text)).toEqual(['friend request', 'ex pupil']);
  });

  it('folds UK and US spelling and word forms', () => {
    expect(analyse('criticise criticize').map((t) => t.stem)).toEqual(['criticiz', 'criticiz']);
    expect(analyse('behaviour behavior').map((t) => t.stem)).toEqual(['behavior', 'behavior']);
    expect(analyse('photos photo posting posted').map((t) => t.stem)).toEqual(['photo', 'photo', 'post', 'post']);
  });

  it('does not stem a word into another word: "quite" is not "quit" (leaving the job)', () => {
    expect(analyse('quite quit').map((t) => t.stem)).toEqual(['quite', 'quit']);
    expect(understandQuery('im quite involved in my church', vocab).concepts).not.toContain('leaving');
  });

  it('offers the wordings of each concept for topic matching', () => {
    const q = understandQuery('pics', vocab);
    expect(q.expansions).toContain('photo');
    expect(q.terms).toEqual(['pic']);
  });
});
