// What a member of staff notices: the clause that answers their question, as they would type
// it, comes first (or in the first three) — for each school's own policy, the invented one too.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/build-reply.ts';
import { botOn } from '../answer/fixture.ts';

const bot = botOn();

function cited(policy: string, question: string): string[] {
  const reply = bot.ask(policy, question);
  // A question on a decision tree's topic starts the tree (clarify), still citing the clauses.
  expect(['answer', 'clarify']).toContain(reply.kind);
  return reply.citations.map((c) => `${c.clause} ${c.text}`);
}

describe('the clause that answers comes first', () => {
  it('Wycliffe: the school crest on things I sell on eBay → do not use our logos (a selling site is an online platform)', () => {
    const [first] = cited('wycliffe-primary', 'can i sell things with the school crest on ebay');
    expect(first).toMatch(/Do not use our logos/);
  });

  it('Quorn Hall: a spoof account of a colleague → do not impersonate, not "false or misleading statements"', () => {
    const [first] = cited('quorn-hall', 'is it ok to run a spoof account pretending to be a colleague');
    expect(first).toMatch(/impersonate colleagues/);
  });

  it('Wycliffe: pretending to be someone else online → never claim to be someone other than ourselves', () => {
    const top = cited('wycliffe-primary', 'can i use a fake profile to pretend to be someone else online').slice(0, 3);
    expect(top.join('\n')).toMatch(/claiming to be someone other than/);
  });

  it('Quorn Hall: trip pics on Insta → the digital images rule', () => {
    const [first] = cited('quorn-hall', 'can i put pics from the trip on insta');
    expect(first).toMatch(/photos or videos taken by staff|post images that include pupils/);
  });

  it('Quorn Hall: a pupil following me → decline pupil friend requests', () => {
    const [first] = cited('quorn-hall', 'a year 8 wants to follow me on instagram');
    expect(first).toMatch(/pupil-initiated friend requests|friendships with pupils/);
  });

  it('Robert Carre: sacked for a tweet → breach can mean dismissal', () => {
    const [first] = cited('robert-carre-trust', 'could I get sacked for a tweet');
    expect(first).toMatch(/dismissal|termination of employment/);
  });

  it('Robert Carre: a journalist on the phone → direct the enquiry, do not respond', () => {
    const top = cited('robert-carre-trust', 'a reporter from the newspaper called me about the school').slice(0, 3);
    expect(top.join('\n')).toMatch(/contacted for comments about the Trust for publication/);
  });

  it('Wycliffe: a mum wants to be friends on Facebook → no contact with parents on social media', () => {
    const top = cited('wycliffe-primary', "one of the mums in my class added me on facebook").slice(0, 3);
    expect(top.join('\n')).toMatch(/parent \/ carer/);
  });

  it('Robert Carre and Wycliffe: is the policy part of my contract → it does not form part of any contract of employment (not HR business about a contract)', () => {
    for (const [policy, clause] of [['robert-carre-trust', '1.4'], ['wycliffe-primary', '2.3']] as const) {
      for (const q of ['would this count as part of our contract of employment', 'is the social media thing actually in my contract or not']) {
        const [first] = cited(policy, q);
        expect(first, `${policy}: ${q}`).toMatch(new RegExp(`^${clause.replace('.', '\\.')} .*does not form part of any employee's contract`));
      }
    }
  });

  it('Wycliffe: whom to tell about a colleague posting what they should not → misuse is reported to the line manager ("who do i tell" is asking whom to report to)', () => {
    for (const q of ['think a colleague is posting stuff she shouldnt on fb, who should i tell', 'a colleague is posting stuff on twitter she really shouldnt, who do i tell']) {
      const [first] = cited('wycliffe-primary', q);
      expect(first, q).toMatch(/^5\.3 .*reported to the line manager/);
    }
  });

  it('Ashgrove: what happens if staff break this policy → a breach may lead to disciplinary action (asking what happens on breaking it asks for the consequences)', () => {
    const [first] = cited('ashgrove-academy', 'what happens if staff break this policy');
    expect(first).toMatch(/^G1 A breach of this policy/);
  });

  it('can the school see what I look at or get up to online → the school may monitor (Robert Carre 7.2, Quorn Hall 8.1)', () => {
    expect(cited('robert-carre-trust', 'can IT see what im looking at on the school laptop')[0]).toMatch(/^7\.2 We reserve the right to monitor/);
    expect(cited('quorn-hall', 'does the school check what we get up to online')[0]).toMatch(/^8\.1 We reserve the right to monitor/);
  });

  it('Wycliffe: photos of the children on my own phone', () => {
    const [first] = cited('wycliffe-primary', 'taking pictures of the kids on my own mobile');
    expect(first).toMatch(/personal devices to take photos of children|mobile devices should not be used/);
  });

  it('Bicester: pupil photos on my Facebook → permission of parents and the school', () => {
    const [first] = cited('bicester-learning-academy', 'putting photos of my tutor group on my facebook');
    expect(first).toMatch(/should not be published on personal social media platforms without prior permission/);
  });

  it('Bicester: typos still find it', () => {
    const top = cited('bicester-learning-academy', 'cn i acept a frend reqest from a studnet').slice(0, 3);
    expect(top.join('\n')).toMatch(/decline 'friend requests'|contact through any social medium/);
  });

  it('YES Trust: friends with a yr 9 → never make friends with students (grooming)', () => {
    const [first] = cited('yes-trust', 'can a yr 9 be my friend on snapchat');
    expect(first).toMatch(/'friends' with students|invitations to become a 'friend'/);
  });

  it('YES Trust: sharing my work password', () => {
    const [first] = cited('yes-trust', 'can i share my login with a colleague');
    expect(first).toMatch(/log-in details or passwords/);
  });

  it('Ashgrove (never tuned on): a journalist rang → do not speak to journalists', () => {
    const [first] = cited('ashgrove-academy', 'a journalist phoned me about the academy');
    expect(first).toMatch(/journalists/);
  });

  it('Ashgrove (never tuned on): filming pupils on my phone', () => {
    const top = cited('ashgrove-academy', 'can i film the kids on my own phone').slice(0, 3);
    expect(top.join('\n')).toMatch(/Personal devices must never be used to photograph, film or record pupils|academy device/);
  });

  it('Wycliffe: a Google review calling the teachers lazy → content online that disparages the school (a review site is social media)', () => {
    const [first] = cited('wycliffe-primary', 'someone has left a google review saying the teachers here are lazy, what do i do');
    expect(first).toMatch(/If you see content in social media that disparages/);
  });

  it("someone else's post about the school → what to do on seeing it; my own post → the rule for what I post", () => {
    const seen = 'someones slagging off the school on the village facebook page, what should i do';
    expect(cited('robert-carre-trust', seen)[0]).toMatch(/If you see content in social media that disparages/);
    expect(cited('wycliffe-primary', seen)[0]).toMatch(/If you see content in social media that disparages/);
    // Quorn Hall says it twice: 5.5 (contact your line manager) and 5.10 (report to your Head of
    // Department or Line Manager if you see anything that disparages the school).
    expect(cited('quorn-hall', seen)[0]).toMatch(/If you see social media content that disparages|report to their Head of Department or Line Manager immediately if they see/);
    expect(cited('robert-carre-trust', 'can i slag off the school on my facebook')[0]).toMatch(/defame or disparage/);
    // typed with the apostrophe, "someone's" is still someone else's post, not the stopword "someone"
    const apostrophe = "someone's slagging off the school on the village facebook page, loads of comments";
    expect(cited('robert-carre-trust', apostrophe)[0]).toMatch(/If you see content in social media that disparages/);
  });

  it("Ashgrove (never tuned on): someone else's post is not sent to the safeguarding route's 'anything you see online'", () => {
    const [first] = cited('ashgrove-academy', 'someone posted on the village fb page that our sports day was a shambles, can i reply and put them straight');
    expect(first).not.toMatch(/worried about a pupil's safety/);
  });

  it('Ashgrove: getting caught breaking the policy → a breach may lead to disciplinary action', () => {
    const [first] = cited('ashgrove-academy', 'what happens if staff get caught breaking the policy');
    expect(first).toMatch(/^G1 A breach of this policy may lead to action under the academy's disciplinary/);
  });

  it('Ashgrove: scrolling social media on duty → no personal social media during lessons and duties (scrolling is social media)', () => {
    const [first] = cited('ashgrove-academy', 'can i scroll fb while im on break duty, its dead quiet today');
    expect(first).toMatch(/^E1 Use of personal social media during lessons, duties and meetings/);
  });

  it('Wycliffe: thoughts on making the policy better → staff are invited to suggest improvements', () => {
    const [first] = cited('wycliffe-primary', 'got some thoughts on how the policy could be better, where do they go');
    expect(first).toMatch(/^12\.3 Staff are invited to comment on this policy/);
  });

  it('YES Trust: a group chat with the u15s I coach → keep communications with students transparent (an age-group team is pupils)', () => {
    const [first] = cited('yes-trust', 'coaching the u15s this season, ok to make a whatsapp group with the players for kick off times');
    expect(first).toMatch(/^5\.9 Staff should keep any communications with students transparent and professional/);
  });

  it('Wycliffe: can the school look at what I browse → it may monitor use of its systems', () => {
    const [first] = cited('wycliffe-primary', 'can the school look at what i browse on a work laptop');
    expect(first).toMatch(/^9\.2 We reserve the right to monitor/);
  });

  it("Ashgrove: the team's fb page is no official account → only official accounts may publish pupils' photos, in the first two", () => {
    // Second since asked.yaml (round 18): a development question about a match report's team photo
    // ("can i put the kids full names under the team photo", C3.c) reads like this one, and lifts the
    // caption check above it. Across the development sets asked.yaml gains far more than it loses.
    const top = cited('ashgrove-academy', 'coach wants to put the match pics on the team fb page, is that ok').slice(0, 2);
    expect(top.join('\n')).toMatch(/^C1 Only the academy's official accounts may publish photographs/m);
  });

  it('Bicester: the school fb is the school account → who may post on it, in the first three', () => {
    const top = cited('bicester-learning-academy', 'can i post on the school fb myself').slice(0, 3);
    expect(top.join('\n')).toMatch(/^12\.4 /m);
  });

  it("Ashgrove (never tuned on): views on 'x' and the 'govt' → share your views as your own (X is a platform, govt is politics)", () => {
    const [first] = cited('ashgrove-academy', 'i post a lot on x about my faith and the govt, is that ok now im working here');
    expect(first).toMatch(/entitled to your own political, religious and personal views/);
  });

  it('Ashgrove (never tuned on): a relative in hospital and my phone in lessons → phones out of sight unless agreed, e.g. a family emergency', () => {
    const [first] = cited('ashgrove-academy', 'my nan was rushed to hospital last night, can i keep my phone in my pocket during lessons today');
    expect(first).toMatch(/such as a family emergency/);
  });

  it('the member of staff attacked online → what the policy offers its victims, not its rules against harassing others', () => {
    const question = 'a parent keeps slagging me off on facebook, can i reply and defend myself';
    expect(cited('robert-carre-trust', question)[0]).toMatch(/^12\.1 .*victims of online abuse/);
    expect(cited('bicester-learning-academy', question)[0]).toMatch(/^16\.5 If a member of staff is the victim/);
    // never tuned on
    expect(cited('ashgrove-academy', 'some year 10s set up an account trolling me, what do i do')[0]).toMatch(/target of online abuse/);
  });

  it('anything posted "about me" is the member of staff attacked', () => {
    // 12.1 (do not respond, report it) or 12.3 (where the perpetrator is a parent): the victims' section
    expect(cited('robert-carre-trust', "a dad's been posting rubbish about me on the village fb page, can i reply")[0]).toMatch(/^12\.[13] /);
    // never tuned on
    expect(cited('ashgrove-academy', "someone's made a nasty tiktok about me, do i reply?")[0]).toMatch(/target of online abuse/);
  });

  it('slang for posting: "stick", "pop" and "bung" put something up', () => {
    expect(cited('robert-carre-trust', 'running a marathon for charity, can i stick the school logo on my justgiving page')[0]).toMatch(/^9\.23 /);
    expect(cited('bicester-learning-academy', 'took some lovely pics at the yr 6 leavers disco, can i pop a few on my insta')[0]).toMatch(/^8\.5 /);
  });

  it("Bicester: my own daughter's mates adding me → the rules for staff who are also parents; a pupil's mum about her son → contact with parents", () => {
    expect(cited('bicester-learning-academy', "my daughter's in yr 8 here and her mates keep adding me on insta cos i'm her mum. do i have to say no?")[0]).toMatch(/^9\.1 /);
    expect(cited('bicester-learning-academy', 'a mum messaged me on my personal whatsapp asking about her sons homework, can i reply')[0]).toMatch(/^12\.3 /);
    // own family, but a phone on for a poorly child is the phone rule (never tuned on)
    expect(cited('ashgrove-academy', 'my little one is poorly at home, can i keep my phone on me in class in case she rings')[0]).toMatch(/^E2 /);
  });

  it('Wycliffe: pics from the staff christmas do → do not post about colleagues without their permission', () => {
    expect(cited('wycliffe-primary', 'got some great pics from the staff christmas do, ok to stick them on fb or do i need to check with everyone first')[0]).toMatch(/^11\.5\.2 /);
  });

  it('Quorn Hall: leaving at easter and my LinkedIn → amend my profiles, not who owns my contacts', () => {
    expect(cited('quorn-hall', 'leaving at easter, what do i need to sort with my linkedin')[0]).toMatch(/^11\.1 .*amended/);
  });

  it("YES Trust: lending a colleague my log-in → never share log-ins, even when she's locked out", () => {
    expect(cited('yes-trust', "can a colleague borrow my log in for the portal as she's locked out before parents evening")[0]).toMatch(/^5\.2 /);
  });

  it("Ashgrove (never tuned on): pupils' photos on the school's insta are not answered by the rule for personal accounts; on my own insta they are", () => {
    expect(cited('ashgrove-academy', 'sports day pics going on the school insta this afternoon, what do i check first')[0]).not.toMatch(/on your personal accounts/);
    expect(cited('ashgrove-academy', 'can i put sports day pics on my own insta')[0]).toMatch(/on your personal accounts/);
  });

  it('UK and US spelling find the same clauses', () => {
    const index = bot.index('wycliffe-primary');
    const uk = answerQuestion(index, 'can I criticise the school on twitter', '2026-01-15').reply.citations.map((c) => c.clause);
    const us = answerQuestion(index, 'can I criticize the school on twitter', '2026-01-15').reply.citations.map((c) => c.clause);
    expect(us).toEqual(uk);
    expect(uk.length).toBeGreaterThan(0);
  });
});
