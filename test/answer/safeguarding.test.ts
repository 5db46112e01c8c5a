// Safeguarding first: a question suggesting a child may be at risk leads with the school's own
// route; ordinary questions about photos, trips, pupils and friend requests never raise it.
import { describe, expect, it } from 'vitest';
import { ALL_POLICIES, botOn } from './fixture.ts';
import { decodeAction } from '../../src/dialog/actions.ts';
import { checkSafeguarding } from '../../src/answer/safeguarding.ts';
import { analyse } from '../../src/search/analyse.ts';
import { compileVocabulary } from '../../src/search/vocabulary.ts';

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
  // Round 4: broad signs by category of Keeping Children Safe in Education, in the words worried
  // staff type (written from the guidance, not from any question set).
  // physical abuse
  'a year 4 keeps turning up with marks on his arms',
  'one of my pupils has a handprint on her face',
  'a kid in my class has burn marks on his hands',
  'a student came in with a split lip and wont say what happened',
  'year 6 boy flinches when i raise my voice, dad is really strict',
  'a pupil said her mum throws things at her',
  'a pupil said his dad gets really angry and he gets a belt',
  'a student says her stepdad grabbed her by the neck',
  'a child said she gets a beating if she gets detention',
  'year 7 girl has fingertip bruises on her arm',
  // emotional abuse
  'a pupil says her mum calls her worthless and useless every day',
  'a year 5 says his dad says he wishes he was never born',
  'a student keeps saying nobody at home loves her',
  // sexual abuse
  'a year 3 girl said her uncle touches her private parts',
  'a pupil said a man made her touch him',
  'a child in reception is showing sexualised behaviour',
  'a year 2 drew something sexual and said she saw it at home',
  'a pupil told me someone at home gets into her bed at night',
  'a year 10 girl was made to do sexual things at a party',
  'a student says her older cousin forced her to have sex',
  // neglect
  'a child in my class is always starving at break',
  'a year 3 boy hasnt got much on and it is freezing',
  'a pupil comes in smelling and in the same dirty clothes every day',
  'one of my kids has no coat and holes in his shoes all winter',
  'a year 1 has head lice for months and nobody at home sorts it',
  'a child in year 2 says there is no food in the house',
  'a pupil said there is no electricity or heating at home',
  'a pupil is always taking food from the bins at lunch',
  'a kid in my class has rotten teeth and is in pain',
  'a year 4 said mum is always asleep on the sofa and he makes his own tea',
  // sharing nudes child on child
  'a year 9 girls picture is going round the year group',
  'boys in year 10 are sharing a video of a girl from year 9',
  'a year 8 sent a pic of herself with no top on to a lad',
  'some year 11 lads have an album of girls pics',
  'a pupil was filmed getting changed in the pe changing room',
  'someone took a photo up a year 10 girls skirt',
  'year 9 boys keep grabbing girls bums in the corridor',
  'a girl in year 8 says boys keep making sexual comments about her',
  'a pupil was pressured into sending a pic to her boyfriend',
  'a year 11 boy is sharing explicit pictures of his ex',
  // online abuse and sextortion
  'a year 10 boy is being blackmailed after sending a pic to a girl online',
  'someone is threatening to share a year 9s pics unless he pays',
  'a pupil is being asked for money or they will post his pictures',
  // grooming signs
  'a year 7 has a new older boyfriend who picks her up from school',
  'a pupil has been given a new phone by someone she met online',
  'a year 8 says she has an online boyfriend who is 19',
  'one of my year 6s is chatting to someone on roblox who wants to meet him',
  'a pupil has lots of new expensive stuff and wont say where from',
  'a year 9 girl is being picked up by older men in cars after school',
  'some bloke is commenting on the kids tiktoks',
  'a random man keeps liking and commenting on year 8 girls photos',
  'a man is sending our pupils friend requests',
  'an adult on instagram told one of my year 7s she looks mature for her age',
  'a guy keeps telling a year 9 girl she is beautiful and asking to meet',
  // exploitation / county lines
  'older lads picking him up in a car after school',
  'a year 9 boy has new trainers and two phones',
  'a pupil keeps getting calls and has to leave',
  'a year 10 boy was found in another town miles away',
  'a pupil said he owes someone money and they will hurt him',
  'a year 8 has been holding stuff for older boys',
  'a year 11 was caught with a bag of weed and lots of cash',
  'a pupil is being paid to carry packages',
  // serious violence
  'a year 10 brought a knife into school',
  'a pupil posted a video of himself with a machete',
  'a boy in year 11 has been threatening to shank someone',
  'a pupil is scared he is going to get stabbed on the way home',
  'a year 9 is in a gang and showing off weapons on snapchat',
  'there is a video of a pupil getting jumped by a group',
  // domestic abuse
  'a pupil said dad hit mum last night',
  'a year 4 says his parents fight and he hides under the bed',
  'a child said the police came to their house because mummy was crying',
  'a pupil said her mums boyfriend shouts and throws things at mum',
  // self-harm / suicide / eating disorders
  'a pupil was googling how many tablets it takes',
  'a year 10 girl has marks on her wrists',
  'one of my year 9s wears long sleeves to hide cuts',
  'a pupil took too many paracetamol at the weekend',
  'a year 11 posted that she wants to die',
  'a student has been searching how to hang yourself',
  'a pupil says she just wants to sleep and never wake up',
  'a girl in year 8 is making herself sick after lunch',
  'a year 10 has stopped eating and is losing loads of weight',
  'a pupil posted pictures of her cuts on her private story',
  'a year 12 boy posted a note saying sorry to everyone',
  'a year 9 said he has a plan to end it',
  'a student says she hears voices telling her to hurt herself',
  'a year 11 is having panic attacks and says she cant breathe and wants to die',
  // missing
  'a year 8 has been missing since friday',
  'a child in care ran away from her placement again',
  'a pupil never came home last night',
  'a year 10 has not been in school and isnt answering',
  // homelessness
  'a year 11 has been sleeping at his mates for weeks',
  'a pupil is not allowed back home',
  'a year 12 was kicked out by his mum',
  'a student got thrown out and is sleeping in a car',
  'a pupil is sofa surfing between friends',
  'a pupil is living in a tent',
  // private fostering
  'a year 7 is living with a family friend while his mum is abroad',
  'a pupil has been staying with her aunt for months and mum is in another country',
  // fgm forced marriage honour
  'a year 5 is going on a long holiday to have a celebration to become a woman',
  'a pupil said her family found out about her boyfriend and are going to punish her',
  'a year 10 girl is scared her family will send her back home to marry',
  'a pupil is afraid her brothers will hurt her for bringing shame on the family',
  // radicalisation
  'a year 10 boy keeps sharing far right memes',
  'a pupil keeps talking about the great replacement',
  'a year 9 says immigrants are invading and need to be stopped',
  'a student is watching andrew tate and saying women are property',
  'a year 11 is posting nazi symbols on his snap',
  'a pupil said the jews control everything',
  'a pupil keeps watching beheading videos',
  'a student said he wants to blow up the school',
  'a year 8 is in a discord with people posting extremist stuff',
  'a pupil is sharing conspiracy videos about a race war',
  // substance misuse
  'a pupil came to school high',
  'a year 9 is vaping thc',
  'a pupil is smoking weed every day',
  'a year 10 collapsed after taking something at a party',
  'a pupil is drinking vodka in the toilets',
  // unsafe at home / scared
  'a pupil doesnt feel safe going home',
  'a year 5 is scared to go home tonight',
  'a child said he doesnt want to go home because dad will be angry',
  'a pupil begged me not to tell her mum',
  // staff crossing boundaries
  'a member of staff has been giving a year 10 girl lifts home alone',
  'a ta is sending a pupil presents and messages',
  'a colleague told a year 11 she looked hot in her prom photos',
  'a coach asked a year 9 for photos of her in her kit',
  'a volunteer keeps asking a pupil to keep their chats secret',
  // misc
  'a pupil disclosed something to me',
  'a child said something worrying about home',
  'a pupil told me something about her uncle and i dont know what to do',
  // ordinary readings must not swallow a child's own situation
  'in the pshe lesson on grooming a year 8 told me a man online keeps asking her to meet',
  'after the knife crime assembly a pupil said his brother carries a knife',
  'a pupil keeps coming in with bruises and says she fell over again',
  'a year 9 girl is scared of her mums boyfriend',
  'a pupil is too scared to go home',
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
  // Round 4 near-misses: a risk word as the topic of a lesson, assembly, play or fundraiser; an
  // accident; a photo of children changing for an event; staff's own life and contact.
  'we\'re doing an e-safety lesson on grooming',
  'pupils did a sponsored sleepout for homelessness',
  'can i share the yr 9 drugs awareness assembly slides',
  'a pupil hurt his ankle on the trip, can i post about it',
  'the school\'s anti-bullying week post',
  'can i post pics of the kids getting changed into costumes for the nativity',
  'year 10 did a knife crime awareness workshop, can i tweet about it',
  'can i share our pshe lesson on county lines with parents on facebook',
  'we had a speaker in about radicalisation and prevent for year 11, can i post a photo',
  'year 8 made posters about self harm awareness for mental health week',
  'can i share the mental health awareness week video the pupils made',
  'pupils are raising money for a homeless charity, can i post it on insta',
  'can i post photos of year 6 at their bikeability day',
  'a pupil fell over in pe and cut his knee, do i need to tell parents before posting',
  'our year 7s won the debate on social media and extremism',
  'the kids did a play about domestic abuse for gcse drama, can i post clips',
  'the year 9 rse lesson covers consent and sharing nudes, can i put slides on the website',
  'can i post a photo of the children in their swimming costumes at the gala',
  'can pupils change into their pe kit for the photo',
  'we did a sleepout in the school hall for charity, can i post photos',
  'the year 11 drama group performed a play about county lines',
  'can i post a picture of the kids covered in paint',
  'can i share the year 5 project on the great fire of london',
  'can i post a picture of the year 6 leavers hoodies',
  'a pupil lost his phone on the trip, can i post about it',
  'year 4 made food bank collection boxes, can i share on facebook',
  'can i post photos of the pupils baking for the hungry for change fundraiser',
  'a pupil was off sick for two weeks, can i post the class photo without her',
  'pupils are doing a sponsored silence for children in need',
  'can i share a video of the kids doing their first aid training',
  'the police came in to talk to year 6 about online safety, can i post it',
  'can i post a photo of year 3 dressed as superheroes',
  'a year 10 boy broke his arm playing rugby, can i post get well soon on the school page',
  'can i share a pupil\'s artwork about war and refugees',
  'the children are learning about world war 2 and the nazis in history, can i post their work',
  'our year 8s visited a mosque, can i post the photos',
  'the kids were scared of the spider on the trip, can i post the video',
  'can i post about year 9 running the cake sale',
  'year 11 had their prom, can i post photos of them in their dresses',
  'can i post a photo of the year 7 girls netball team in their kit',
  'a parent asked me to take down a picture of their child',
  'a pupil\'s mum is in hospital, can i send the family a card from the class',
  'a child moved schools, can i still message the parents',
  'pupils are doing a project on the dangers of vaping',
  'can i post the year 10 cooking lesson where they used knives safely',
  'we did a fire drill and the kids were outside in the cold, can i post',
  'can i tweet that year 6 have been learning about puberty in rse',
  'the year 9s did a debate about whether social media is harmful',
  'can i follow a former pupil on instagram now she\'s at uni',
  'can i post a photo of the kids asleep on the coach home from the trip',
  'my own son is being bullied at another school, can i post about it',
  'a pupil keeps asking me for my snapchat',
  'a parent is messaging me late at night about homework',
  'can i post a video of the year 5s doing a sponsored run for the food bank',
  'im scared of him, a year 11 boy keeps threatening me online',
  'i am too scared to report the pupil who posted about me',
  // staff asking about their own posts, gifts, contact, feelings and accidents
  'a pupil made a fake instagram account pretending to be me and is posting comments',
  'a student filmed me in class and posted it on tiktok',
  'pupils are sharing a video of me shouting at them',
  'a parent shouted at me at the gate and then posted about me on facebook',
  'a pupil keeps liking all my old photos on instagram',
  'a year 10 found my tiktok and is sharing it round the year group',
  'can i accept gifts from pupils at christmas',
  'can i accept a present from a parent on facebook',
  'pupils keep sending me friend requests on snapchat',
  'a pupil sent me a message on instagram asking about homework',
  'a former pupil wants to meet up for a coffee',
  'can i give my personal phone number to pupils on the trip',
  'can i use my own phone to take photos of the children',
  'the pupils are going on a residential and i want to post updates on the school facebook',
  'can i post pictures of pupils in swimming costumes at the swimming gala',
  'a parent wants to meet me about a photo i posted',
  'a pupil\'s mum is messaging me on facebook late at night',
  'the kids ran away from the camera, can i post the blooper video',
  'pupils jumped off the diving board on the trip, can i post it',
  'can i post photos of the year 6 leavers getting picked up by their parents',
  'a pupil in my class is being picked up by her grandad, can i ask him for a photo',
  'i use two phones, one for work, can pupils have the work one',
  'can i have a second phone for school stuff',
  'a pupil posted that i am worthless and useless on tiktok',
  'a pupil assaulted me and someone filmed it, can i post about it',
  'pupils have been calling me a slut online',
  'a parent made a deepfake of me',
  'the pupils said something horrible about me online',
  'a pupil was upset about a photo i posted of her',
  'a girl in my class was crying because someone posted a photo of her',
  'i\'m scared of a year 11 boy who keeps threatening me online',
  'i dont feel safe since a pupil found my address online',
  'a pupil begged me not to post the photo',
  'a pupil was kicked out of my lesson and posted about it',
  'the head kicked him out of the meeting, can i tweet',
  'can i post about our pupils\' sponsored walk for the homeless shelter',
  'pupils in year 8 did a project on knife crime',
  'i want to post about how our year 6s beat their reading targets',
  'pupils worked really hard on their sats, can i post',
  'can i share a pupil\'s poem about feeling lonely in lockdown',
  'can i post the picture of year 4 dressed up as evacuees',
  'our pupils visited the holocaust memorial, can i post a photo',
  'can i post the video of year 5 doing a dance about the great fire of london',
  'a pupil is missing from the class photo, can i add her in',
  'can i post a video of the pupils changing classrooms on transition day',
  'a pupil changed her name on instagram to something rude about me',
  'can i post photos of the children changing for pe',
  'is it ok to post a photo of a pupil who hurt himself on sports day',
  'can i post a picture of a child with a plaster on her knee',
  'a pupil cut herself on the scissors in art, do i tell parents',
  'can i post a photo of a pupil\'s bruised knee after the race',
  'a pupil fell and got a bruise on his head on the trip',
  'a student hit me with a ball in pe and it was funny, can i post it',
  'can i post the year 7 girls\' football team winning 5-0',
  'a parent is angry about a photo of her son i posted',
  'a parent says their child is upset about being left out of the photo',
  'can i post on my facebook that a pupil made me cry',
  'a pupil keeps commenting on my instagram posts',
  'some parents are commenting on the pupils\' photos on the school facebook page',
  'a man from the local paper wants photos of the pupils',
  'a photographer is coming to take photos of the children',
  'our school photographer took pictures of the kids in their costumes',
  'can governors post pictures of pupils',
  'can volunteers take photos of pupils on the trip',
  'a dad on the trip took photos of the kids, can he post them',
  'my partner wants to post a photo of me with my class',
  'my husband is a police officer, can i post about his work',
  'a pupil\'s older brother added me on facebook',
  'can i stay friends on facebook with a pupil\'s mum who is my neighbour',
  'can i babysit for a family at my school',
  'a pupil wants to follow my dog\'s instagram',
  'can pupils use their phones on the coach',
  'a pupil asked me for a photo of the class',
  'a parent asked the teacher for photos of their child from the trip',
  'a pupil took a photo of my screen with other pupils\' data on it',
  'a year 11 leaked the mock exam paper on snapchat',
  'the year 11 hoodies have leaked on instagram',
  'pupils are making memes of teachers',
  'a parent is spreading rumours about a teacher in the parents whatsapp group',
  'someone posted pupils\' exam results online',
  'a pupil\'s dad is a journalist and wants to write about the school',
  'our pupils are doing a sponsored silence for children in need',
  'can i post about our charity sleepout for the homeless',
  'can i post the mental health week video where pupils talk about feeling sad',
  'we did an assembly on online grooming, can i put the slides on the website',
  'can i post a picture of the kids with their hands up',
  'pupils were high fiving at sports day, can i post',
  'year 6 went on a high ropes course, can i post the photos',
  'a pupil was picked for the county football team, can i post',
  'can i post the year 9 boys\' dance routine',
  'our year 11 students have a leavers party at someones house, can i go',
  'a pupil invited me to her 18th birthday party',
  'a year 13 student invited me to their party, and there will be alcohol',
  'can i drink alcohol in photos that pupils might see',
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

describe('ordinary readings (safeguarding.yaml `ordinary`)', () => {
  // A tiny vocabulary, so the rule is seen alone: 'knife' is a sign beside a child word, read the
  // ordinary way in a question about a lesson, unless the question speaks of what a child said.
  const vocab = compileVocabulary({
    version: 1,
    concepts: { pupil: { terms: ['pupil', 'year 9'], interchangeable: false, offTopic: false } },
    safeguarding: {
      child: ['pupil'],
      always: ['overdose'],
      withChild: ['knife'],
      images: ['nude'],
      together: [],
      ordinary: [{ signs: ['knife', 'overdose'], context: ['assembly'], unless: ['told me'] }],
    },
  });
  const check = (q: string) => checkSafeguarding(analyse(q), vocab).flag;

  it('drops a sign named as the topic of the lesson', () => {
    expect(check('can I post about the year 9 knife crime assembly')).toBe(false);
    expect(check('can I post about the overdose awareness assembly')).toBe(false);
  });
  it('keeps it when the question is about one child, or has no such context', () => {
    expect(check('after the assembly a pupil told me he carries a knife')).toBe(true);
    expect(check('a pupil has a knife in his bag')).toBe(true);
  });
});
