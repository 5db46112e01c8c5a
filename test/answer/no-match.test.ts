// When the policy is silent, the bot says so plainly and offers the escalation — never a weak
// guess dressed as an answer. Questions a social media policy does not cover, at every school.
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../../src/answer/settings.ts';
import { ALL_POLICIES, allKnowledge, botOn } from './fixture.ts';
import { decodeAction } from '../../src/dialog/actions.ts';

const bot = botOn();
const silent = [
  'how do I book annual leave?',
  "what's the wifi password?",
  'can I claim mileage for the trip?',
  'where can I park my car?',
  'what are the teacher pay scales?',
  'how do I report sick leave?',
];

describe('no-match', () => {
  for (const policy of ALL_POLICIES) {
    it.each(silent)(`${policy}: %s`, (question) => {
      const reply = bot.ask(policy, question);
      expect(reply.kind).toBe('no-match');
      expect(reply.citations).toEqual([]);
      expect(reply.text).toContain('does not cover this');
      expect(reply.text).toContain(reply.policy.name);
      expect(reply.escalation.available).toBe(true);
      const escalate = reply.actions.find((a) => a.type === 'escalate');
      expect(escalate?.label).toBe(`Ask the ${reply.escalation.to}`);
      const decoded = decodeAction(escalate?.payload);
      expect(decoded.ok && decoded.action.a === 'escalate' && decoded.action.q).toBe(question);
    });
  }

  it('a school word the policy never uses is context, not another topic: "trip photos" finds the photo rules', () => {
    // Robert Carre's policy never mentions trips; its clauses on posting images still apply.
    const reply = bot.ask('robert-carre-trust', 'trip photos');
    expect(reply.kind).not.toBe('no-match');
    expect(bot.ask('robert-carre-trust', 'claim mileage for the trip').kind).toBe('no-match');
  });

  it('chat filler and general verbs are not another topic: the same question, chattier, still finds its clauses', () => {
    for (const policy of ALL_POLICIES) {
      const plain = bot.ask(policy, 'can i post photos of my class on instagram');
      const chatty = bot.ask(policy, 'honestly thinking of maybe posting a bit of a photo of my class on instagram lol, is that actually a problem');
      expect(plain.kind, policy).not.toBe('no-match');
      expect(chatty.kind, policy).not.toBe('no-match');
      expect(chatty.citations[0]?.clause, policy).toBe(plain.citations[0]?.clause);
    }
  });

  it('a topic noun or a date is still another topic, however chatty the question', () => {
    for (const policy of ALL_POLICIES) {
      expect(bot.ask(policy, 'honestly just wondering how i actually book annual leave lol').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'what date is the next inset day lol').kind, policy).toBe('no-match');
    }
  });

  it('school business is context when the question is about social media: moaning on Facebook about the rota is about Facebook', () => {
    for (const policy of ALL_POLICIES) {
      for (const question of ['can i have a moan about the duty rota on facebook', 'ranting about the inset day on twitter ok?']) {
        const reply = bot.ask(policy, question);
        expect(reply.kind, `${policy}: ${question}`).toBe('answer');
      }
      // The business itself, online or not, is still another topic.
      expect(bot.ask(policy, 'whats the duty rota for next week').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'how do I book annual leave online?').kind, policy).toBe('no-match');
    }
  });

  it('a personal account named by its platform ("my fb") makes the business context as the platform does; "my account" alone does not', () => {
    for (const policy of ALL_POLICIES) {
      const q = 'had a nightmare parents evening with one dad, having a moan about him on my fb but its friends only';
      expect(bot.ask(policy, q).kind, policy).not.toBe('no-match');
    }
    // Bicester's own text names parents' evenings (how it talks to parents), so there they are not another topic.
    for (const policy of ALL_POLICIES.filter((p) => p !== 'bicester-learning-academy')) {
      expect(bot.ask(policy, 'my account on the parents evening booking system is locked').kind, policy).toBe('no-match');
    }
  });

  it('a teaching group is its pupils: posting about "my yr 9 set 4" or "one particular class" is the policy\'s topic; the set\'s seating plan is not', () => {
    for (const policy of ALL_POLICIES) {
      for (const q of ['was gonna tweet that my yr 9 set 4 are the worst behaved class in the county lol, no names obvs', 'want to post about how exhausted i am with one particular class']) {
        expect(bot.ask(policy, q).kind, `${policy}: ${q}`).not.toBe('no-match');
      }
      expect(bot.ask(policy, 'seating plan for my top set, where is the template').kind, policy).toBe('no-match');
    }
  });

  it('AI tools are a topic of their own: no-match where the policy never names them, unless the question is about social media', () => {
    for (const policy of ALL_POLICIES) {
      expect(bot.ask(policy, 'can i use chatgpt to write my end of year reports').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'is it ok to use ai to plan lessons').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'can i use chatgpt to help me write a linkedin post').kind, policy).toBe('answer');
    }
  });

  it('the age an app or a film allows is a topic of its own, even when the question names the app', () => {
    for (const policy of ALL_POLICIES) {
      for (const q of ['whats the min age for whatsapp? some of my yr 5s are on it', 'a mum asked me what age kids have to be to get tiktok', 'can i put a 15 rated film on for my yr 9s on the last day of term']) {
        expect(bot.ask(policy, q).kind, `${policy}: ${q}`).toBe('no-match');
      }
      // A former pupil's age is the policy's question, not an app's rule.
      for (const q of ['an ex pupil who is 19 now wants to follow me on tiktok', 'what age do ex pupils have to be before i can add them on facebook', 'is there an age limit on adding ex pupils']) {
        expect(bot.ask(policy, q).kind, `${policy}: ${q}`).not.toBe('no-match');
      }
    }
  });

  it('what the curriculum teaches, and to whom, is school business; using social media in a lesson is the policy\'s', () => {
    for (const policy of ALL_POLICIES) {
      expect(bot.ask(policy, 'which yr groups are meant to be doing online safety in computing this half term?').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'planning an online safety lesson for yr 9 using real tiktok examples, are we allowed to use social media in teaching?').kind, policy).not.toBe('no-match');
      // Which pupils may be in photos is the policy's question, not the curriculum's.
      expect(bot.ask(policy, 'which yr groups are allowed on the trip photos').kind, policy).not.toBe('no-match');
    }
  });

  it('asking for a date in the school calendar is another topic; asking when the rules allow something is not', () => {
    for (const policy of ALL_POLICIES) {
      for (const q of ['when is phonics screening week for yr 1 this year', 'when is the yr 11 mocks timetable coming out', 'when is the next staff meeting', 'whats the deadline for putting in predicted grades']) {
        expect(bot.ask(policy, q).kind, `${policy}: ${q}`).toBe('no-match');
      }
      for (const q of ['when is it ok to post pics of my class', 'when is the school allowed to use my photo', 'when are the kids allowed to be in photos', 'when is the best time to post on the school facebook page']) {
        expect(bot.ask(policy, q).kind, `${policy}: ${q}`).not.toBe('no-match');
      }
    }
  });

  it('business no vocabulary list names is recognised by the learned model: not covered at any policy, answered without it', () => {
    const unlisted = createBot({ knowledge: allKnowledge(), settings: { ...DEFAULT_ANSWER_SETTINGS, learnedBusiness: false }, clock: { now: () => new Date('2026-01-15T12:00:00Z') } });
    for (const q of ['can i swap my ppa with someone on thursday', 'who orders the glue sticks for year 2']) {
      for (const policy of ALL_POLICIES) expect(bot.ask(policy, q).kind, `${policy}: ${q}`).toBe('no-match');
      expect(ALL_POLICIES.some((policy) => unlisted.ask(policy, q).kind !== 'no-match'), q).toBe(true);
    }
    // what the policies answer is not business, however the model scores it; nor is business on social media
    for (const policy of ALL_POLICIES) {
      expect(bot.ask(policy, 'can i post pics from the trip on insta').kind, policy).not.toBe('no-match');
      expect(bot.ask(policy, 'a parent is moaning about the ppa rota on facebook, can i reply').kind, policy).not.toBe('no-match');
    }
  });

  it('business the learned model is sure of stays not covered when a clause shares only half of it; with one bar for all, it was answered', () => {
    const d = DEFAULT_ANSWER_SETTINGS;
    const oneBar = createBot({
      knowledge: allKnowledge(),
      settings: { ...d, learnedBusiness: d.learnedBusiness && { ...d.learnedBusiness, sure: { ...d.learnedBusiness.sure, margin: Infinity } } },
      clock: { now: () => new Date('2026-01-15T12:00:00Z') },
    });
    const cases: [string, string][] = [
      ['wycliffe-primary', 'heating is off in the ks1 block again and the kids are freezing'],
      ['robert-carre-trust', 'heating is off in the ks1 block again and the kids are freezing'],
      ['robert-carre-trust', "how do i get the kids' reading records onto the system"],
      ['bicester-learning-academy', 'where do we put parents evening bookings this year'],
    ];
    for (const [policy, q] of cases) {
      expect(bot.ask(policy, q).kind, `${policy}: ${q}`).toBe('no-match');
      expect(oneBar.ask(policy, q).kind, `${policy}: ${q}`).toBe('answer');
    }
    // a clause that answers it nearly whole still does, however sure the model is
    for (const policy of ALL_POLICIES) expect(bot.ask(policy, 'can i post pics from the trip on insta').kind, policy).not.toBe('no-match');
  });

  it("the rest of a school's business, by kind, is not this policy's; asked about by the press, it is", () => {
    const business = [
      'how many directed hours are we meant to work this year',
      'whats the register code for a kid at a hospital appointment',
      'who do i ask about my pay progression',
      'can i swap my duty with someone next week',
      'do i need to fill in an accident form if a kid trips in the playground',
      'when do we break up for christmas',
      'how do i book the projector for the hall',
      'is there a limit on how many covers we get a week',
      // a site, an app or an account that could be any is how the business is done, not social media
      'how do i top up my canteen account, the website keeps crashing',
      // all the policy knows of these is their frame (the head, parents, the procedure)
      'is it the head who signs off a suspension or the governors',
      'can the deputy authorise a suspension or only the head',
      'can someone swap my lunch duty on thursday',
      'which folder on the shared drive are the schemes of work in',
      'how do i set up my school email on my phone',
      'a reception kid had an accident, where are the spare clothes kept',
      // behaviour systems, and room bookings even with "someone's" (someone else's doing, a frame)
      'how many achievement points does a kid need for the reward trip',
      "someone's booked my room for period 5 for a meeting, can i get it back?",
    ];
    for (const policy of ALL_POLICIES) {
      for (const q of business) expect(bot.ask(policy, q).kind, `${policy}: ${q}`).toBe('no-match');
      // the press asking is the policy's topic, whatever they ask about
      expect(bot.ask(policy, 'a journalist from the local paper asked me about the strike day, can i talk to them').kind, policy).not.toBe('no-match');
      expect(bot.ask(policy, 'a parent is moaning about the canteen on facebook, can i reply').kind, policy).not.toBe('no-match');
    }
  });

  it('the premises and repairs are school business; supply staff asking whether the policy covers them is not', () => {
    for (const policy of ALL_POLICIES) {
      expect(bot.ask(policy, 'the heating isnt working in my classroom again, who do i tell').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'roof is leaking in the ks2 corridor, where do i log a repair request').kind, policy).toBe('no-match');
      // "supply covering" is who the member of staff is, not booking cover.
      expect(bot.ask(policy, "i'm agency supply covering science till easter, does the social media policy apply to me").kind, policy).not.toBe('no-match');
      expect(bot.ask(policy, 'how do i book supply cover for my hospital appointment').kind, policy).toBe('no-match');
    }
    for (const policy of ALL_POLICIES) {
      // the building's own emergency procedures, not a family emergency
      expect(bot.ask(policy, 'fire alarm went off in period 3, whats the evacuation procedure for my room').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'when is the next lockdown drill').kind, policy).toBe('no-match');
      // the school's site is the building, an email account is not a social media account
      expect(bot.ask(policy, 'can supply staff park on site or do we use the road').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'how do i turn on 2fa for my school email account').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'i want to hand in my resignation, whats the deadline').kind, policy).toBe('no-match');
    }
    // Asking for the deadline of an assessment task is the calendar, not class messaging.
    expect(bot.ask('quorn-hall', 'whens the deadline for predicted grades for yr 11').kind).toBe('no-match');
  });

  it('a question about posting on social media is the policy\'s, however much of it is about the news it posts', () => {
    for (const policy of ALL_POLICIES) {
      expect(bot.ask(policy, 'our under 11s won the district football cup!! can i post a pic of the trophy on my insta').kind, policy).not.toBe('no-match');
      expect(bot.ask(policy, 'could i get in trouble for a pic of me steaming drunk at my sisters stag do if its on my insta').kind, policy).not.toBe('no-match');
      // The same news with no posting in it is not.
      expect(bot.ask(policy, 'our under 11s won the district football cup!! where does the trophy go').kind, policy).toBe('no-match');
    }
  });

  it('a duty is working time, as a lesson is; the rota, swapping a duty and who pays for a broken phone are school business', () => {
    for (const policy of ALL_POLICIES) {
      for (const q of ['how do i swap my playground duty with someone', 'whos on break duty today', 'my phone got smashed on lunch duty, will the school pay for a new screen']) {
        expect(bot.ask(policy, q).kind, `${policy}: ${q}`).toBe('no-match');
      }
    }
    // Ashgrove E1: "Use of personal social media during lessons, duties and meetings is not permitted."
    expect(bot.ask('ashgrove-academy', 'am i allowed on insta while im on playground duty').citations[0]?.clause).toBe('E1');
  });

  it('a deadline for reporting is not a date in the calendar', () => {
    // Checked at Wycliffe, whose reporting clause covers it; at Robert Carre it is no-match for
    // coverage (its reporting clauses are about other things), not as a calendar question.
    // The calendar rule alone: since round 18 the learned school-business model (907 business
    // examples) reads "is there a deadline for" as coursework business and calls this one not
    // covered — a known cost, kept because every guard that spared it (two policy topics named, a
    // threshold of 12) let through more real business on the development sets than it saved.
    const calendarOnly = createBot({ knowledge: allKnowledge(), settings: { ...DEFAULT_ANSWER_SETTINGS, learnedBusiness: false }, clock: { now: () => new Date('2026-01-15T12:00:00Z') } });
    expect(calendarOnly.ask('wycliffe-primary', 'is there a deadline for reporting a concern about a post').kind).not.toBe('no-match');
    expect(bot.ask('wycliffe-primary', 'who do i report a concern about a post to').kind).not.toBe('no-match');
  });

  it('the PTA are parents, applying for a post is recruitment, getting access is about the login', () => {
    const pta = bot.ask('wycliffe-primary', 'PTA want to use the school badge on their summer fair facebook event, does someone need to ok that');
    expect(pta.citations[0]?.clause).toBe('11.4.2');
    const hlta = bot.ask('quorn-hall', 'applying for the HLTA post at QH, will they be looking at my socials?');
    expect(hlta.citations[0]?.clause).toBe('9.1');
    expect(bot.ask('ashgrove-academy', 'running eco club and want to post our litter pick on the school twitter, how do i get access').kind).not.toBe('no-match');
    // A pupil taught years ago, now at university, is a former pupil (Wycliffe 8.2).
    expect(bot.ask('wycliffe-primary', 'kid i had in yr 6 ages ago is now at uni and followed me on instagram, can i follow back').citations[0]?.clause).toBe('8.2');
    // How much PPA time staff get is their contract's business, not the policy's.
    expect(bot.ask('ashgrove-academy', "how much PPA are we meant to get a week, i'm part time").kind).toBe('no-match');
  });

  it("what pupils may carry or use is a topic of its own (the behaviour policy's), but a member of staff's own phone is the policy's", () => {
    for (const policy of ALL_POLICIES) {
      expect(bot.ask(policy, 'are pupils allowed their phones out at break time').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'can kids bring their own phones on the residential').kind, policy).toBe('no-match');
      expect(bot.ask(policy, 'are the kids allowed to wear smartwatches in class').kind, policy).toBe('no-match');
      // Social media named: about the policy whatever else it says.
      expect(bot.ask(policy, 'kids using their phones in class to film me and put it on tiktok').kind, policy).not.toBe('no-match');
    }
    // Phones and devices of anyone else are the policy's business: parents filming, staff devices.
    for (const q of ['can parents bring their own phones to film the nativity', 'can staff bring their own devices in', 'can staff use their phones in class']) {
      expect(bot.ask('wycliffe-primary', q).citations[0]?.clause, q).toBe('7.2');
    }
    // Wycliffe's 7.2 keeps staff phones out of the children's sight.
    expect(bot.ask('wycliffe-primary', 'can i keep my phone on the table during guided reading').citations[0]?.clause).toBe('7.2');
  });

  it('a chatty question naming two things the policy talks about is answered, however many other words it never uses', () => {
    const reply = bot.ask('yes-trust', 'starting here in january straight after my training, do i have to go back through all my old facebook posts from uni');
    expect(reply.kind).toBe('answer');
    expect(reply.citations[0]?.clause).toBe('5.11'); // "Before joining the school, new employees should check any information they have posted"
    for (const policy of ALL_POLICIES) {
      expect(bot.ask(policy, 'how do i book annual leave honestly the portal is a nightmare').kind, policy).toBe('no-match');
    }
    expect(bot.ask('robert-carre-trust', 'whats the wifi password for the ipads in yr 3').kind).toBe('no-match');
  });

  it('a long message is held to a lower coverage bar, but long school business is still no-match', () => {
    const birthday = 'its one of my year 8 tutees birthday tomorrow and i was thinking of putting a happy birthday post with her photo on my facebook, her mum is a friend of mine so i doubt shed mind';
    for (const policy of ['robert-carre-trust', 'yes-trust'] as const) expect(bot.ask(policy, birthday).kind, policy).not.toBe('no-match');
    const leave = 'honestly its been such a long week and i was wondering how many days of annual leave i actually have left this year and whether i can book some before christmas';
    for (const policy of ALL_POLICIES) expect(bot.ask(policy, leave).kind, policy).toBe('no-match');
  });

  it('a question naming three things the policy talks about, and no school business, is held to a slightly lower bar', () => {
    // Parents, filming and Facebook: Quorn Hall's 10.1 is about parents' own photos and video.
    const nativity = bot.ask('quorn-hall', 'some of the parent helpers filmed the nativity on their phones, are they allowed to stick it on fb?');
    expect(nativity.kind).not.toBe('no-match'); // an answer, or the photo decision tree
    expect(nativity.citations[0]?.clause).toBe('10.1');
    // ...but school business in the question keeps the usual bar: insurance is not the policy's.
    const screen = 'cracked my phone screen on the yr 7 trip yesterday (was using it for the register) - does school insurance cover it?';
    for (const policy of ALL_POLICIES) expect(bot.ask(policy, screen).kind, policy).toBe('no-match');
  });

  it('a question the policy does answer is not no-match', () => {
    expect(bot.ask('wycliffe-primary', 'can I add parents as friends on facebook').kind).not.toBe('no-match');
  });
});

describe('vocabulary a policy covers under its own words', () => {
  const bot = botOn();
  // Each policy says these things in its words (copyright / intellectual property, the press,
  // confidential data); staff ask in theirs.
  it.each([
    ['yes-trust', 'can i put a song from spotify behind a video for the school youtube'],
    ['robert-carre-trust', 'can i use a netflix clip in a post for our dept page'],
    ['ashgrove-academy', 'a journo rang me asking about the ofsted report'],
    ['quorn-hall', 'can i send a pupils ehcp to a colleague on whatsapp'],
    // Round 4: a village or local Facebook page, 'slating' and 'rubbish', a pupil who left school,
    // 'browsing history' for monitoring.
    ...ALL_POLICIES.map((p) => [p, 'a parent on the local facebook page is slating the school'] as [string, string]),
    ...ALL_POLICIES.map((p) => [p, 'does the school monitor my browsing history on the work laptop'] as [string, string]),
    ['robert-carre-trust', 'a lad who left school in july wants to add me on snapchat'],
  ])('%s: %s', (policy, question) => {
    expect(bot.ask(policy, question).kind).not.toBe('no-match');
  });
});

describe('school business a social media policy is not about (offTopic concepts)', () => {
  const bot = botOn();
  it('is no-match at every school, however it is worded', () => {
    for (const policy of ALL_POLICIES) {
      for (const q of ['how do i get cover for my lesson', 'can i have a day off for a funeral', 'whos on the lunch duty rota', 'can i get a parking permit']) {
        expect(bot.ask(policy, q).kind, `${policy}: ${q}`).toBe('no-match');
      }
    }
  });

  it('an AI tool or a pay question is another topic even among words the policy uses', () => {
    for (const policy of ALL_POLICIES) {
      for (const q of ['is it ok to get chatgpt to draft a letter to parents', 'can i use ai tools to plan my lessons', 'where do i find the pay scale for support staff']) {
        expect(bot.ask(policy, q).kind, `${policy}: ${q}`).toBe('no-match');
      }
    }
  });

  it('notice, hours, family leave, claiming costs back, photo day and parking are school business at every school', () => {
    const questions = [
      'how much notice would i need to give if i got a new job for january',
      'thinking of going part time after my baby, who do i ask',
      'can i get reimbursed for my phone bill, i make work calls on it',
      'when do i find out about mat leave pay',
      'when is the school photographer coming in this term',
      'is there anywhere to park my car near the school',
    ];
    for (const policy of ALL_POLICIES) for (const q of questions) expect(bot.ask(policy, q).kind, `${policy}: ${q}`).toBe('no-match');
    // Part-time staff are named in who the policy covers: a question about them is the policy's.
    expect(bot.ask('wycliffe-primary', 'im part time, does the social media policy still apply to me').kind).toBe('answer');
  });

  it('a policy question that also names school business is still answered', () => {
    for (const policy of ALL_POLICIES) {
      expect(bot.ask(policy, 'can i share a photo of our sports day on the school facebook page').kind, policy).not.toBe('no-match');
    }
  });

  it("a word of the school's own name is not the business: 'parking' at Ashgrove Park Academy", () => {
    expect(bot.ask('ashgrove-academy', 'parking').kind).toBe('no-match');
  });

  it('is answered where the policy itself names it (Bicester lists parents\' evenings among its lines of communication)', () => {
    expect(bot.ask('bicester-learning-academy', 'can i talk to parents at parents evening about their child').kind).not.toBe('no-match');
  });
});
