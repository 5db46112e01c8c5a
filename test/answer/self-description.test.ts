// The member of staff describing themselves ("TA here", "I coach the under 12s", "as a form
// tutor") is not another adult with a child: those words must not raise the safeguarding flag,
// while the same role words naming someone else still do.
import { describe, expect, it } from 'vitest';
import { botOn } from './fixture.ts';
import { blankSelfDescription } from '../../src/answer/self-description.ts';
import { analyse } from '../../src/search/analyse.ts';

const bot = botOn();
const flagged = (q: string) => bot.ask('yes-trust', q).safeguarding;

describe('the speaker describing themselves', () => {
  it.each([
    'TA here, a yr 9 lad sent me a follow request on insta. hes a nice kid, any harm accepting?',
    'hi all, cover supervisor here - a year 10 keeps following me on tiktok, do I block her?',
    'I coach the under 12s netball on saturdays and the mums keep adding me on facebook, a couple have kids in my class',
    "I'm a PE teacher and a year 8 boy follows me on insta, should I remove him?",
    'as a form tutor, can I message my tutees on whatsapp about the trip?',
    'i help with reading in yr 3 twice a week, does the social media policy cover volunteers like me?',
  ])('is not another adult: %s', (q) => {
    expect(flagged(q)).toBe(false);
  });

  it.each([
    'a TA here has been messaging a yr 9 girl late at night on snap',
    "I'm a TA and a teacher has been messaging a year 9 girl late at night",
    'as a coach I saw another coach messaging a pupil late at night',
    'hi all, TA here - another TA has been messaging a yr 9 girl privately late at night',
    'a coach has been adding pupils on facebook',
    'as the coach was messaging a year 9 girl late at night she showed me the texts',
    'a volunteer keeps liking a yr 7 girls tiktoks, people like me think its odd',
  ])('still sees someone else: %s', (q) => {
    expect(flagged(q)).toBe(true);
  });

  it('blanks only the role words, keeping every other word in place', () => {
    const tokens = analyse('I coach the under 12s');
    const out = blankSelfDescription(tokens, bot.index('yes-trust').vocab);
    expect(out).toHaveLength(tokens.length);
    expect(out.map((t) => t.word)).toEqual(['i', '', 'the', 'under', '12s']);
  });
});
