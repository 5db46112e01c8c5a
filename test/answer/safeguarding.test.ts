// Safeguarding first: a question suggesting a child may be at risk leads with the school's own
// route; ordinary questions about photos, trips, pupils and friend requests never raise it.
import { describe, expect, it } from 'vitest';
import { ALL_POLICIES, botOn } from './fixture.ts';
import { decodeAction } from '../../src/dialog/actions.ts';

const bot = botOn();

const atRisk = [
  'a year 9 girl sent me a nude selfie on snapchat',
  'I think a pupil is being groomed by an older man online',
  'one of my form posted on tiktok that he wants to hurt himself',
  'a student told me her stepdad hits her',
  'a colleague keeps messaging a year 8 girl privately late at night',
  'found indecent images of a child on a shared laptop',
  'pupil disclosed to me that she is being sexually exploited',
  'a boy in my class is involved in county lines, it is all over his snap',
  'a 14 year old told me in confidence that her mum\'s boyfriend touched her',
  'a yr 7 says a stranger online keeps asking her to send photos',
  'one of my tutees has an eating disorder and posts about it',
  'a pupil came in with bruises and says she is afraid to go home',
  'one of my year 8s has been sending pictures of herself to a man she met on roblox',
  'my colleague gave a pupil his personal number and texts her',
  'a child in my class said her dad locks her in her room',
  'year 8 boy is talking to an adult on xbox who sends him gifts',
  'a child in my class posted that nobody would miss her',
  'parent posted a video smacking their child',
  // Round 2: categories of Keeping Children Safe in Education the triggers lacked, in general wording.
  'my friend\'s boy (he goes to our school) told me his dad has been hurting him',
  'one of my year 9s posted that she does not want to be here anymore',
  'a year 7 has been cutting her arms',
  'a year 11 girl keeps messaging me saying she loves me',
  'the cover supervisor messages year 10s on snap late at night',
  'the new caretaker has been texting some of the girls privately',
  'a girl in year 6 said she is going abroad in the summer to be cut',
  'a pupil said her family are taking her abroad to get married',
  'a pupil hasnt been in school for three weeks and nobody can contact the family',
  'a student showed me messages from a man asking her for photos',
  'a parent told me her son is being abused by his older brother',
  'a year 10 boy has loads of cash and keeps going missing',
  'a year 11 boy keeps talking about isis',
  'a year 12 posted a goodbye message on instagram',
  'a child said their mum keeps them off school to look after her',
  'a parent volunteer keeps messaging a year 5 on whatsapp',
  'a year 8 messaged me at midnight saying she cant cope anymore',
  'a year 9 is being sextorted online',
  'a man has been waiting outside the school gates talking to year 7 girls',
  'a colleague has been meeting a year 12 outside school',
  'a coach messages the kids on snap and tells them to delete the chats',
  'a 13 year old is pregnant',
  'i have a bad feeling about one of my year 8s, something is not right',
  'one of my tutees has become really withdrawn',
  // misspelt risk words, as typed in a hurry
  'one of my yr 9s is sucidal',
  'i think a year 10 is being exploted',
  'a yr 8 is being neglectd',
  'a man on fortnite asked one of my year 6s how old she is and sent her vbucks',
  'a year 9 said he goes country at weekends',
  'a pupil turned up drunk to school',
  'a teacher is dating a year 13 student',
  'some year 5s are doing the blackout challenge from tiktok',
  'a year 9 has been excluded from home and is sofa surfing',
  // a child named as staff write it: no space, words, 'yo', lads
  'yr9 told me she is scared to go home',
  'a 14yo told me she is scared to go home',
  'a year nine has bruises and will not say why',
  'one of the lads in my form has bruises',
  // Round 3 (lead's review of the second blind set's misses), in general wording:
  // suicidal words with no method, serious violence and threats, another adult in private
  // contact with a pupil, children left without care, radicalising contact.
  'a pupil wrote on her story that she feels like ending it',
  'year 8 boy posted that he cant take it anymore',
  'a video is going round of a year 7 being beaten up at the park',
  'a pupil is getting messages saying they will stab him',
  'a supply teacher keeps snapchatting a year 10 girl',
  'my colleague is messaging a year 9 on instagram',
  'a grown man keeps commenting on a year 6 girls videos',
  'a year 3 boy says he was left home on their own all weekend',
  'a pupil says people online told her to go and join them',
];

const ordinary = [
  'can I post photos from the school trip on my instagram',
  'a pupil sent me a friend request on facebook',
  'can I take pictures of the kids on sports day',
  'the residential trip is next week, can I use my phone for photos',
  'a parent added me on whatsapp',
  'I am being abused online by a parent',
  'could this post put my job at risk',
  'students bullying each other on snapchat',
  'who is the designated safeguarding lead',
  'can I film my class for an assessment',
  'am I at risk of breaching the policy if I post this',
  'a parent hit out at me on facebook, it is really hurting me',
  'can I send a message to my class on teams at night about homework',
  'a former pupil is getting married and invited me',
  'can I use a video of the kids cutting the ribbon at the opening',
  'i cant go on the residential this year, can i still post about it',
  'our year 9s beat st marys at football, can I post the score',
  'can I post photos of pupils staying at a hotel on the residential',
  'a pupil is attacking me on twitter',
  'pupils keep wanting to join the class whatsapp group',
  'a teacher from another school messaged our pupils about the match',
  'can I post a photo of my son and daughter on facebook',
  'a pupil messaged me at midnight about their essay deadline',
  'can I give a pupil a lift to the match if their parents agree',
  'a former pupil is pregnant, can I congratulate her on facebook',
  'an ex pupil was recruited as a TA here, can we be friends on fb',
  'the teacher made him do lines, can I post about it',
  'a pupil has withdrawn from the trip, can I still post the photos',
  // ordinary words one edit from a risk word
  'the kids scored a goal, can I post the score',
  'the kids were amused by the video, can I share it',
  'can i be putting photos of pupils on fb',
  'can i post pics of year 3 weeding the school garden',
  'our year 6s did a sponsored walk for money, can I post it',
  'a pupil was kicked out of class for swearing at me on teams',
  'year 10 are raising money for the homeless, can I share the page',
  'can I give pupils gift cards as prizes',
  'year 2 are learning body parts in science, can I post their labelled drawings',
  'I saw a colleague posting pictures of our pupils on her own instagram',
  'can I keep in touch with a pupil after they leave',
  'is it ok to message my year 11s about revision late at night on teams',
  'a pupil is missing a lesson because of a trip',
  'a year 8 posted photos of herself at the school disco, can i like it',
  'pupil said dont tell anyone about the surprise party for miss smith',
  'my year 9s keep adding me on snapchat',
  'can i post about our year 9s beating st marys at football',
  'a pupil kicked off in my lesson and someone filmed it',
  // near-misses of the round 3 words
  'can i message my tutor group about homework on whatsapp',
  'pupils jumped in the pool on the residential, can i post the video',
  'how should i end it, my post about the trip',
  'can pupils walk to the bus stop on their own after the trip',
  'my colleague is messaging parents on whatsapp about the trip',
];

describe('safeguarding flag', () => {
  for (const policy of ALL_POLICIES) {
    it.each(atRisk)(`${policy} raises it: %s`, (q) => {
      const reply = bot.ask(policy, q);
      expect(reply.safeguarding).toBe(true);
      expect(reply.banner?.lines[0]).toContain(`the ${bot.index(policy).policy.roles.safeguarding.title}`);
      const escalate = decodeAction(reply.actions.find((a) => a.type === 'escalate')?.payload);
      expect(escalate.ok && escalate.action.a === 'escalate' && escalate.action.s).toBe(true);
    });
    it.each(ordinary)(`${policy} does not raise it: %s`, (q) => {
      const reply = bot.ask(policy, q);
      expect(reply.safeguarding).toBe(false);
      expect(reply.banner).toBeUndefined();
    });
  }
});

describe('the banner is the school’s own route, first', () => {
  it('names the person the policy names and cites the clauses that name them', () => {
    const reply = bot.ask('ashgrove-academy', 'worried a pupil is self harming, she posted about it');
    expect(reply.banner?.lines[0]).toContain('Designated Safeguarding Lead');
    expect(reply.banner?.clauses.length).toBeGreaterThan(0);
    // the first citation is a clause where the policy gives its route
    expect(reply.citations[0]?.text).toMatch(/Designated Safeguarding Lead/);
  });

  it('where the policy says how to treat an indecent image, the banner says it too', () => {
    const reply = bot.ask('bicester-learning-academy', 'a student sent me a nude photo of herself');
    expect(reply.banner?.lines.join(' ')).toMatch(/offence to save, send, or alter an image/);
    expect(reply.citations[0]?.text).toMatch(/indecent images of children/);
    const ash = bot.ask('ashgrove-academy', 'I was sent a nude of a year 10 pupil');
    expect(ash.banner?.lines.join(' ')).toMatch(/do not open it again, copy it, save it/);
  });

  it('a concern that is not about an image does not get the image instructions', () => {
    const reply = bot.ask('bicester-learning-academy', 'a pupil told me she is being neglected at home');
    expect(reply.banner?.lines.join(' ')).not.toMatch(/offence to save/);
  });

  it('the reply text says safeguarding comes first, and the plain-text rendering shows the banner first', async () => {
    const reply = bot.ask('wycliffe-primary', 'I think a child in my class is being groomed online');
    expect(reply.text).toMatch(/^This may be a safeguarding matter/);
    const { renderText } = await import('../../src/dialog/render-text.ts');
    expect(renderText(reply).split('\n')[0]).toMatch(/SAFEGUARDING/);
  });
});
