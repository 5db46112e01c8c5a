import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/search/analyse.ts';

describe('analyse', () => {
  it('splits words, drops apostrophes and stems lightly', () => {
    expect(analyse("Pupil's PICS from the trip, can't post?").map((t) => t.word)).toEqual(['pupil', 'pics', 'from', 'the', 'trip', 'cant', 'post']);
    expect(analyse('Café 5th yr11s').map((t) => t.word)).toEqual(['cafe', '5th', 'yr11s']);
    // a backtick typed for an apostrophe, with or without an emoji in the message
    expect(analyse('don`t').map((t) => t.word)).toEqual(['dont']);
    expect(analyse('don`t 😀').map((t) => t.word)).toEqual(['dont']);
  });

  it('reads ASCII text (its fast path) exactly as the Unicode pattern does', () => {
    // An emoji survives cleaning and is no word, so the second text takes the Unicode path and
    // must find the same words as the first.
    const ascii = fc.string({ unit: fc.constantFrom(...'abcXYZ019 \'’-_.,:*<>@!#\n'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ maxLength: 60 })), (text) => {
        expect(analyse(text)).toEqual(analyse(`${text} 😀`));
      }),
      { numRuns: 500 },
    );
  });

  it('reads words in other scripts', () => {
    expect(analyse('Schüler привет 学校').map((t) => t.word)).toEqual(['schuler', 'привет', '学校']);
  });
});
