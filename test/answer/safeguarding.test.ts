// Safeguarding first: a question suggesting a child may be at risk leads with the school's own
// route; ordinary questions about photos, trips, pupils and friend requests never raise it.
import { describe, expect, it } from 'vitest';
import { ALL_POLICIES, botOn } from './fixture.ts';
import { decodeAction } from '../../src/dialog/actions.ts';
import { withoutBareLeads } from '../../src/dialog/citation.ts';
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
  // a stranger asking the member of staff about a child is about the child, not the staff member
  'a random account keeps sending me messages asking where one of my yr 8 girls lives',
];

// Round 5: broad signs, category by category (run on two policies: the flag does not depend on the
// policy beyond its words for typo reading, and the lists are long).
const atRisk4 = [
  // round 21: the minimal pairs' signs, in words of our own
  'a mum on the class page says her yr 4 is doing so well on one meal a day like her',
  'a yr 9 sent me a message last night telling me goodbye and thanking me for everything',
  'a yr 10 girl says a man online has offered her money for private videos for his paying fans',
  'someone commented under our post about sports day that ur school is next with gun emojis',
  'a yr 11 lad keeps saying he wants to go and fight for the cause and asking how to get there without a passport',
  'the football coach sends the u12s msgs at midnight from his own phone',
  'can i share the missing poster for a yr 8 from our school, he has been gone since friday',
  // round 20: the minimal pairs' signs, in words of our own
  'a yr 8 wrote on his snap that he would rather be dead than come back after half term',
  'the new minibus driver keeps taking photos of the kids on his own phone',
  'one of the staff is following a load of yr 10 girls on insta',
  'a yr 3 told me his dad hurts his mum when he has been drinking',
  'the new helper at chess club told the boys not to tell their parents he has their numbers',
  'one of my yr 7 girls has been walking funny since she came back from visiting family abroad',
  'sixth former says the wedding her family have planned for the summer is one she never agreed to',
  'a yr 10 on the field trip wandered off at lunch and nobody has found him yet',
  'yr 11 lad keeps posting stacks of cash on his story and is never in school',
  'a yr 10 posted on her story that she is not wanting to wake up tomorrow',
  // round 19: the minimal pairs' signs, in words of our own
  'a yr 10 boy says someone online will share the cam vid unless he sends more money',
  'sixth former messaged me at midnight saying this is goodbye and thanks for everything',
  'yr 9 girl keeps talking about her safe foods and skips lunch, can i mention it to her form tutor',
  'the little one in nursery comes in most days in yesterdays nappy',
  'on the residential a yr 6 isnt in his room and nobody has seen him since tea',
  'a yr 8 said her aunt wants to get her cut when they go back home in the summer',
  'one of the dads helping at swimming keeps going into the girls changing room when they are getting changed',
  'a local takeaway is offering our yr 9s easy money to drop off parcels',
  // round 12: one sign of each new kind, in words of our own
  'a yr 10 lad put on his snap story that he wont be around much longer',
  'one of my tutees keeps posting goodbye type messages on her insta',
  'a boy in my form messaged me last night saying he had taken a load of tablets',
  'a year 2 girl says she has a secret friend on her tablet who tells her not to tell mummy',
  'a kid in my class says an online gamer keeps buying him things',
  'one of my year 6s wrote on the class blog that things are really bad at home',
  // round 11: one sign of each new kind, in words of our own
  'a year 8 girl has not been seen since easter and her familys instagram has gone quiet',
  'nobody has seen one of my tutees for a fortnight and nobody has rung in',
  'there is a clip going round of some year 10s pinning a younger boy down and laughing at him',
  'a lad in my form keeps posting extreme videos in the class chat',
  'one of my yr 9s says the people on the news deserve whats coming to them',
  // round 10: one sign of each new kind, in words of our own
  'a yr 10 girl says someone has her pics and wants money or theyll send them to her whole school',
  'year 5 lad keeps turning up starving and in the same uniform all week',
  'a yr 6 says a man on roblox keeps asking her to go on video chat with him',
  'someone filmed our reception class through the fence and there are creepy comments under it',
  'a year 10 keeps saying immigrants are ruining this country and its time to fight back',
  'a pupils mum says there is a court order stopping contact but dad keeps waiting at the gate',
  'year 4 boy said mum and dad were fighting again and he hid under his bed, he asked me not to say',
  'a yr 9 says older lads give him vapes and cash to drop parcels for them',
  'yr 9 boy is talking about suicide methods online',
  // round 9, by category, in other words than the development questions they came from
  'little one in reception screams every time her mum comes to collect her',
  'year 4 boy begged please dont make me go home when his uncle came',
  'yr 2 girl says she gets shut in her room without tea when shes naughty',
  'her dad keeps calling her fat and useless in front of everyone, she is in year 6',
  'a year 10 girl told her mate she was made to do stuff at a party when she was out of it',
  'a yr 8 boy posted goodbye everyone from the railway bridge',
  'we havent heard from a year 1 family for weeks, the boy hasnt been in and the phone goes dead',
  // round 8, by category, in other words than the development questions they came from
  'mum was slurring at pick up and could barely stand, she drove off with the year 2 twins',
  'year 10 girl has got really thin lately and keeps her long sleeves even when its roasting',
  'saw lines of cuts on a yr 8 lads arm in PE, he pulled his sleeve down when he saw me',
  'a yr 11 lad says someone should do something about the mosque and that he knows how',
  'year 3 boy didnt come back in after lunch, weve looked everywhere for him',
  'some yr 5 boys cornered a girl at break and tried to pull her skirt up',
  'got sent a pic of a year 9 girl with nothing on',
  'one of the male staff has been sending snapchats to a year 9 girl saying dont tell anyone',
  // round 7, by category, in other words than the development questions they came from
  'a year 12 lad keeps going on about how some groups need dealing with and has found people online who get it',
  'year 4 boy said hes been on his own all weekend and theres nothing to eat at home',
  'yr 10 lad doing jobs for a mate after school and getting picked up in different cars',
  'year 8 girl keeps showing her arms on her tiktok and saying she wants to dissapear',
  // round 6, by category (written here in other words than the development questions they came from)
  'saw a yr 9 lads snap story, his arms all cut up',
  'one of my year 10s says nobody would even notice if she was gone',
  'yr 11 boy has been low for weeks and keeps saying it wont matter soon',
  'a year 7 girl has been giving away her things to her friends all week',
  'kids in my form talking about a game where you choke yourself until you pass out',
  'a yr 3 boy said his uncle has a secret with him and he doesnt like it',
  'year 4 girl says her step dad comes into her room and she doesnt like what he does',
  'one of my yr 10s didnt come home last night, her mum rang school',
  'year 9 girl hasnt been in for 3 days and mum isnt picking up',
  'a lad in yr 10 keeps posting about taking our country back and says some people should be dealt with',
  // an adult the member of staff does not know, in contact with children online
  'some dad i dont know is commenting on our yr 4s tiktoks',
  'a man i dont know keeps liking our year 6 girls photos on insta',
  // Round 5: broad signs by category of Keeping Children Safe in Education, in the words worried
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
  // round 4, second pass: the same categories said another way
  'one of my year 10s has been sleeping on a mates sofa since christmas',
  'a year 8 told me her mum hasnt been home for three days',
  'a kid in my form says his mum\'s new fella hits him',
  'a pupil keeps coming in with scratches on her arms',
  'my tutee said she doesnt want to live anymore',
  'a year 6 boy said his step dad punched him',
  'a pupil in yr 11 told me she is being made to have sex with older boys',
  'a year 7 girl is getting snaps from a 20 year old',
  'a guy in his 20s is messaging a year 10 girl on insta',
  'a pupil said an older lad made her send pics',
  'a child in year 1 often comes to school with no lunch and the same dirty uniform',
  'a year 9 lad has been seen with a knife on his snap story',
  'some year 10s are in a group chat sharing beheading videos',
  'a year 12 boy has been posting about wanting to kill women',
  'a pupil in year 8 says she wants to kill herself',
  'a pupil told her friend she took a load of pills last night',
  'a yr 10 girl has been self harming again',
  'a year 11 student seems really low and said she cant see the point anymore',
  'one of my class is being bullied so badly she says she wants to end her life',
  'a year 5 child said daddy hurts mummy',
  'the police were round at a pupils house last night after a fight',
  'a year 9 boy said he sells weed for some older lads',
  'a year 10 girl keeps getting into a car with older men after school',
  'a pupil\'s mum is a drug addict and he is caring for his little sister',
  'a year 3 said she was left home alone all night',
  'one of my pupils says she is being sent to pakistan to get married',
  'a year 10 girl says her family will kill her if they find out about her boyfriend',
  'a year 7 girl is going to africa in the holidays to be cut',
  'a pupil has been radicalised online and is talking about jihad',
  'a year 9 boy is sharing white power stuff on his insta',
  'a student said he is going to bring a gun in',
  'a year 11 posted a photo of himself holding a blade',
  'a kid in my class showed me a video of a teacher hitting a child',
  'a colleague sent a year 10 girl a message saying she looked sexy',
  'the pe teacher keeps giving one girl lifts home and buying her things',
  'a pupil told me the caretaker touched her',
  'a year 8 says a man exposed himself to her on the way to school',
  'a man in a van tried to get some year 5s into his car',
  'some older boys made a year 7 boy take his clothes off and filmed it',
  'a year 9 girl was sexually assaulted at a party at the weekend',
  'a nude of a year 10 is on a group chat',
  'a pupil was told to send more pics or her pics would be sent to her family',
  'a pupil has been crying and says someone at home is hurting her',
  'a child said she is scared of her mum\'s boyfriend',
  'a year 4 said she sleeps in the same bed as her uncle',
  'a year 2 told me her brother does rude things to her',
  'a year 10 has been missing from school for two weeks and the family have moved',
  'a pupil in care has been going missing at night',
  'a pupil has turned up at school with a black eye again',
  'a year 6 boy says his dad makes him fight his brother',
  'a pupil said that her dad says she is fat and ugly and stupid',
  'a year 8 says she hasnt eaten since friday because there is no food',
  'a pupil keeps falling asleep in class and says he has to look after his mum who drinks',
  'one of my year 11s has a much older boyfriend who is 25',
  'a pupil has joined a far right group chat on telegram',
  'a year 9 said hitler did nothing wrong',
  'my year 10 boy is obsessed with mass shooters',
  'a student told me he wants to shoot people at school',
  'a year 12 said he gets paid to drop off bags in other towns',
  // said only of a child, even when no word for the child is typed
  'his mum kicked him out and he has been sleeping at his mates for weeks',
  'she has been googling how many tablets it would take',
  'she doesnt feel safe going home',
  'he has new trainers and two phones and wont say where from',
  'she keeps turning up with marks',
  'he is not allowed back home',
  'he is always starving at break',
  // round 4, third pass: slang, modern slavery, coercive control, prison and addiction at home, adults outside school
  'a year 9 posted that she wants to unalive herself',
  'a pupil wrote kms on her story',
  'year 10 boy keeps talking about sewerslide',
  'a pupil tied something round her neck in the toilets',
  'a year 8 is on omegle talking to strangers',
  'a girl in year 9 uses the monkey app and talks to men',
  'one of my pupils has a sugar daddy',
  'a year 10 girl is being taken to parties by older men and given alcohol',
  'a year 11 girl was found in a hotel with an older man',
  'a pupil says older boys give her vodka and weed at the park',
  'a year 9 says his uncle makes him work for no money and took his passport',
  'a pupil said they cant leave the house without permission and arent allowed friends',
  'a pupil is being forced to work in a nail bar',
  'a year 10 boy has been stopped by police carrying a large amount of cash',
  'a pupil says someone is making him hold a package at his house',
  'boys in year 10 have been rating girls bodies on a group chat',
  'year 9 boys are sharing ai nudes of girls in their year',
  'a pupil has been sent a video of a man doing sexual things',
  'a year 7 has been watching porn at home and acting it out',
  'a pupil said her boyfriend makes her do things she doesnt want to',
  'a year 11 girl says her boyfriend checks her phone and wont let her see friends',
  'a year 10 girl has a controlling boyfriend who hits her',
  'a pupil has a secret relationship with someone she wont name',
  'a year 8 girl is messaging a man she calls her boyfriend',
  'a pupil keeps saying she wants to die and has been giving her things away',
  'a year 7 said that nobody would care if he was gone',
  'a year 12 has been drinking heavily and taking coke at weekends',
  'a pupil overdosed on her mums tablets',
  'a year 9 has been burning herself with a lighter',
  'a year 10 boy is punching walls until his hands bleed',
  'a child in reception wet herself and has bruises on her legs',
  'a year 2 boy keeps soiling himself and is scared of his dad',
  'a year 1 child is always the last to be picked up and is often hungry',
  'a child was left in the car for hours',
  'a year 3 says mummy sleeps all day and doesnt wake up',
  'a pupil lives with her nan because mum is in prison',
  'a year 6 says his dad is in prison and he has to be the man of the house',
  'a year 5 boy said his big brother is in a gang and has a gun at home',
  'a pupil said there are drugs all over the house',
  'a pupil says his parents use needles',
  'a year 4 says she sees her dad hurt her mum every night',
  'a year 8 says there is shouting and screaming at home and she cant sleep',
  'a pupil said her dad strangled her mum',
  'a year 10 says her mum\'s boyfriend tried to get into her room',
  'a year 11 boy says people at his mosque told him to hate the west',
  'a year 9 said all muslims should be deported',
  'a year 10 boy is posting stuff about white people being replaced',
  'a pupil is drawing swastikas in his books',
  'a year 8 is watching isis videos on his phone',
  'a year 12 has been talking about making a bomb',
  'a year 7 said a man at the park showed her his private parts',
  'a pupil was followed home by a man in a car',
  'a child said a stranger offered her sweets to get in his car',
  'a year 9 said her dance teacher touches her legs',
  'a pupil said the tutor makes her sit on his lap',
  'the scout leader sends the boys messages on snap',
  'a football coach has been sending a year 8 boy money',
  // fourth pass: a young child's words, cyberflashing, location, staff alone with a child
  'a year 2 said her uncle does things to her at night',
  'a year 1 said she plays secret games with her mums friend',
  'a year 8 got airdropped a picture of a mans private parts on the bus',
  'a man asked a year 7 to turn her camera on during a video call',
  'a year 9 girl hasnt eaten anything all week',
  'a pupil has bandages on her arms and wont say why',
  'a year 5 girl said she is going to have sunna in the summer',
  'a year 10 is taking pingers at weekends',
  'a year 11 boy thinks elliot rodger is a hero',
  'a man online knows where a year 6 girl lives from snap map',
  'the music teacher is alone in his classroom with a year 8 girl with the door shut',
  'what should i do if a pupil shares something concerning on snapchat',
  'i saw a worrying post from one of my year 10s',
  // fifth pass: short chat phrasings
  'what do i do if a pupil tells me they are being abused',
  'what if a child says they want to kill themselves',
  'pupil disclosed self harm what do i do',
  'student sent me a pic of her cuts',
  'kid in yr8 said dad beats him',
  'year 10 girl pregnant by older man',
  'yr 11 lad carrying a blade',
  'girl in my class has been sexting a man',
  'what do i do if i find a nude of a pupil on my phone',
  'a student keeps sending me messages at 2am saying she is scared',
  'do i have to report if a pupil tells me about drugs at home',
  'a pupil said her mum leaves her alone overnight',
  'a year 6 is looking after her baby brother every night because mum works',
  'one of mine is being bullied into sending pics',
  'a student told me a teacher at another school is messaging her',
  'a year 9 boy is on dating apps',
  'a year 8 is on tinder',
  'year 10 girl has an only fans',
  'a pupil is selling pics online',
  'a year 11 girl is being paid for photos',
  'a pupil is getting money from men online',
  'a yr 9 showed me a snap from a man asking to meet her',
  'pupil told me someone at her church touches her',
  'a child said the man next door gives her sweets and takes her into his house',
  'a year 4 came in with a burn on her hand shaped like an iron',
  'a pupil had a bald patch where her hair was pulled out',
  'a yr 3 has had the same bruise pattern three times',
  'one of my year 7s says she gets locked in the cupboard',
  'a reception child is not toilet trained and comes in in the same nappy',
  'a year 2 boy is always falling asleep and says he was up all night with the shouting',
  'a year 10 girl\'s parents are taking her out of school to go to pakistan for a long time',
  'year 9 boy says his family will disown him because he is gay',
  'a pupil came out as trans and is scared of her parents finding out',
  'a pupil says her dad will kill her if he finds out she is gay',
  'a year 11 is getting threats from a gang over money',
  'a pupil is being followed by older lads on bikes',
  'a year 8 boy says he is going to get revenge with a knife',
  'a year 12 has been sharing manifestos of mass shooters',
  'a pupil posted a video of himself with a nazi flag',
  'year 10 boy is in a discord server that talks about killing muslims',
  'a year 9 has marks on her wrists and says she fell',
  'a pupil has cuts on her arms, she says it was the cat',
  // round 13, from blind-11's misses: a fight set up and filmed, a child unsafe at a parent's,
  // a child out of school whose family cannot be reached
  'saw a tiktok of some of our pupils making another kid fight, he looked hurt',
  'a dad keeps messaging me saying his daughter isnt safe at her mums',
  'year 7 lad not been in for 3 days and the phones are going to voicemail',
  // round 14, from blind-12's misses: a child gone, and the family does not know where
  "yr 9 girl not been in for 3 days, mum says shes 'staying with friends' but doesnt know where",
  'one of my yr 11s didnt come back after lunch and isnt answering, mum hasnt heard from her either',
  // round 15, from blind-13's misses: things bad at home, in a child's words; hunger and the same clothes
  "a year 10 messaged me saying things at home are really bad and can she talk to me",
  'boy in year 3 keeps taking food out of the bins at lunch and has had the same jumper on for weeks',
  // round 15, a fifth batch by category (knowledge/safeguarding.yaml): half-made disclosures,
  // sexual harm in a child's words, neglect, exploitation, harm by other children, a parent's fear
  'girl in yr 4 said her private area hurts and she doesnt want to go to her uncles again',
  'yr 6 boy says his stepdad locked him in his room all weekend as a punishment',
  'she asked if id keep a secret and said she cant tell me or her dad will get in trouble',
  'kid in year 2 comes in with the same uniform on for two weeks and nappy rash',
  'a yr 9 said a man on twitch pays him to do dares on stream',
  'our caretaker found a yr 5 sat outside the gate in the dark at 7am',
  'yr 10 says older lads give him free weed if he does a few jobs for them',
  'mum let slip that her partner controls all the money and she cant leave',
  'yr 8 boy was pinned down by older kids until he couldnt breathe',
  'year 7 girl says mr b told her to delete the messages after he snapchatted her',
  // round 16: a farewell post, a child told to keep it from school, weapons sought, an adult alone with pupils online
  'a yr 8 posted sorry for everything on her story last night',
  'a year 4 said his mum told him he cant tell school about her new boyfriend',
  'a yr 10 has been searching how to get guns on the library computer',
  'the new TA is in a gc with some yr 9s and no other adults',
  // round 17: self-harm posted, and grooming said of several children
  'a yr 8 keeps putting photos of her arms on tiktok with captions about cutting',
  'the u13s coach keeps messaging the girls saying how mature they are for their age',
  // round 17: things at home a child is told not to tell; an injury on a baby; an adult alone with a child
  'a year 1 said they are not allowed to tell teachers about home or they will get taken away',
  'bruising on a non mobile baby in the baby room this morning',
  'a volunteer has been taking a yr 10 boy for milkshakes at weekends, just the two of them',
  // round 18: the same fear words as the member of staff's own (below), said of a child
  'one of my yr 8s is scared to go home, her stepdad shouts at her',
  'im worried about a yr 9 girl, an older lad keeps asking her for pics',
  // round 18: and an adult in contact with a child still is, named as the staff member
  'a supply teacher keeps snapchatting one of our yr 10 girls late at night',
  // round 18: a child the school they moved to has never had; an adult asking children for outfit pictures
  'yr 9 boy was meant to have moved to a school in leeds but they have no record of him',
  'a coach keeps asking the u12 girls for outfit photos before matches',
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

const ordinary4 = [
  // round 21 near misses: a parent's late email, leavers' goodbyes, a passport for the trip
  'a parent emailed me at midnight about her sons homework, do i have to reply',
  'can i post a video of the yr 6s saying goodbye to their teacher on the school fb',
  'the kids on the paris trip need their passport by friday, can i remind parents on the class whatsapp',
  'my yr 13s raised loads for a good cause, can i share the pics on my own insta',
  // round 20 near misses: whose phone, a surprise, a sprained ankle, leavers, a karate belt
  'can a pupil message me on his own phone about his coursework',
  'the yr 6s told me not to tell their parents about the surprise mothers day video, can i post it on dojo',
  'a yr 5 twisted his ankle at football and is walking funny, can i let his mum know on dojo',
  'my yr 11s will be gone soon, can i follow them on insta once they leave',
  'a yr 8 got his black belt in karate, can i post a pic of him with his belt on the school fb',
  'my yr 9s never want to wake up for period 1 lol, can i post a meme about it on the dept twitter',
  // round 12 near-misses: the new signs' everyday neighbours
  'can i post a goodbye message to our year 6 leavers on the school facebook',
  'the class is doing a secret santa, can i post pics of the presents on the school insta',
  'a parent keeps buying me things at christmas, can i thank her on facebook',
  'can i tell my class on teams that i wont be around much longer because im going on maternity leave',
  'is it ok to post dark humour memes on my own twitter',
  'we got a load of tablets for year 5, can i post pics of the kids using them',
  'my year 6s are not good at home learning, can i nudge parents on class dojo',
  // round 11 near-misses: the new signs' everyday neighbours
  'a parent says on facebook that i pick on her kid, can i reply to set the record straight',
  'can i put the video of year 6 sports day on the school facebook',
  'a pupil has been off with flu for a week, can i email her the work',
  'our class whatsapp has gone quiet since half term, should i post in it',
  'can i film the year 3 play and put the clip on the school website',
  'the weather this week has been extreme, can i post pics of the snow day',
  // round 10 near-misses: the new signs' everyday neighbours
  'the head asked me not to say anything to the yr 11s about the ofsted result yet',
  'a parent posted abuse about me on facebook after her son got a detention',
  'can i send the trip pics to everyone in my yr 7 form',
  'the yr 9 seating plan needs sorting out, can i message the class on teams',
  'a pupil forgot his lunch money, can i give him cash',
  'a pupils dad is harassing me online, can the school get an injunction or a court order',
  'our yr 8 history topic is the normans taking over the country, can i tweet the display',
  'two yr 10s were fighting at lunch and someone filmed it, can i post about the new rules',
  'a former pupil i had no contact with for years added me on fb',
  'a pupil is off with toothache, can i post a get well message',
  'my year 9s wrote goodbye messages to the leaving head, can i share them',
  'we had a talk about knife crime with yr 10, can i post the pics',
  // round 9 near-misses
  'dont make me go to the staff meeting lol can i post that on twitter',
  'the yr 6s made me do stuff for the leavers assembly lol',
  'a year 2 girl hid in the toilets during hide and seek at the party, can i post the pics',
  'online safety week with yr 5, talking about not chatting to strangers online, can i post our poster',
  'can i post our yr 3 trip pics from the railway museum',
  // round 8 near-misses
  'can i post pics of the yr 3 nativity, the kids had nothing on their heads',
  'the yr 6 twins were so thin on the ground at sports day lol',
  'yr 8s looked everywhere for the lost property, can i post a funny pic',
  'can i post our trip to the mosque with yr 4',
  'is it ok for staff to message pupils on teams about their homework',
  // round 7 near-misses
  'can i post the year 6 art where they drew symbols from different religions',
  'my yr 9s are doing a project on how different groups are portrayed online, can i share it',
  'can i share the year 5 harvest collection, the kids filled the cupboards with food for the food bank',
  // round 6 near-misses
  'our yr 5 secret santa, one girl doesnt like her present lol can i post it',
  'the year 6 leavers surprise is a secret, can i post about it on fb',
  'the yr 11s didnt go home after prom, they went to a party, can i post the pics',
  'i cant get hold of her mum to get photo consent for the yr 3 trip',
  'the kids were really flat after lunch, can i post a funny video',
  'can i post our gcse results this yr on twitter, i wont name anyone',
  'i dont know if i can comment on pupils photos on the school facebook',
  'no idea who took the photos of the kids at sports day, can i post them',
  // Round 5 near-misses: a risk word as the topic of a lesson, assembly, play or fundraiser; an
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
  // near-misses of the second pass
  'pupils from other towns are coming to our sports day, can i post photos',
  'year 9 got really low scores in the mock, can i post about revision',
  'attendance is very low in year 10, can i message parents on facebook',
  'can i post a photo of the year 6s in their pyjamas for children in need',
  'a year 7 asked if she could share a bed with her friend on the residential',
  'can i post photos of the kids sharing beds on the residential',
  'the pe teacher meets the year 11 football team at weekends for matches',
  'a colleague is running a saturday club for year 10s at weekends and messages them on teams',
  'year 6 are doing a play where a character gets shot, can i post clips',
  'can i post a video of the year 5 water gun fight on sports day',
  'a pupil drew a picture of her family, can i post it',
  'my 20 year old daughter wants to follow my year 9 pupils on tiktok',
  'a year 11 wants to work at my 25 year old sons cafe',
  'a pupil got lost on the trip for ten minutes, do i report it',
  'can i post the pupils\' photos of their pets at home',
  'our year 10 students went to court on a law trip, can i post',
  'the year 8s are learning about the police in citizenship',
  'a parent said her son was upset by my post about the trip',
  'can i use a year 9s drawing of a gun in our anti knife crime display',
  'can pupils bring their own cameras on the trip',
  'can i put a picture of the year 11 boys doing the ice bucket challenge on the school page',
  'pupils did a fun run dressed as superheroes, can i post it',
  'a pupil fell off his bike on the way to school, can i tell the class',
  'a parent complained that her child was in the background of a photo',
  'can i post photos of the pupils feeding the animals at the farm',
  'our year 12s ran a stall selling cakes for the homeless shelter',
  'a year 13 student asked me to be her referee for university',
  'the pupils\' mock trial about a stabbing won a competition, can i post',
  'can i post a photo of the kids with the police dog at the school fair',
  'can i post about the year 9 trip to the holocaust centre',
  'the head kicked him out of the meeting, can i tweet',
  'a pupil got new trainers for christmas and showed me on his phone',
  // near-misses of the third pass
  'can i post a photo of the year 6 trip to the prison museum',
  'year 9 are reading a book about a boy whose dad is in prison, can i post their reviews',
  'can the football coach collect money from pupils for the new kit',
  'a teacher gave the pupils money for the tuck shop on the trip',
  'can pupils bring coke to the school disco',
  'our year 10 chemistry class made lines of salt crystals',
  'can i post a photo of the kids sniffing the flowers in science',
  'a pupil\'s dad is a prison officer, can i accept his friend request',
  'can i post about our year 11 sleeping bag collection for the homeless',
  'the scout leader wants to post photos of the pupils on the troop facebook page',
  'pupils cant leave the house during lockdown so we did online lessons',
  'year 8 are doing needlework, can i post their cross stitch',
  'the year 9 boys are not allowed out at lunch, can i post the rule on the parents page',
  'can i post the video of the year 11 dance where a pupil sits on the teachers lap for a joke',
  'the teacher said the pupils artwork was beautiful',
  'someone said the kids looked fit and healthy after sports day',
  'the year 9 boys are not allowed out at lunch, can i post the rule on the parents page',
  'can pupils see my location on snap map',
  'a parent found out where i live and posted it in the parents group',
  'can i post the year 4 cookery lesson where the kids refused to eat the sprouts',
  'year 6 played rude word games on the coach, can i post the video',
  'can i post a picture of year 3\'s ketchup paintings',
  'a pupil left the door closed in my classroom, can i post about it',
  'can i post photos of pupils at the after hours revision session',
  // everyday words one letter from a broad sign are not read as typos of it
  'year 2 found insects in the garden, can i post pics',
  'our heroic year 6s raised 500 pounds, can i post',
  // the member of staff's own family, often grown up
  'my sister is getting married abroad, can i post the wedding photos where pupils can see',
  'my brother is in prison, can i post about visiting him',
  'my cousin got engaged, can i post the party photos',
  'my son is starting university, can i post about it',
  'my daughter is at another school, can i post her sports day photos',
  'my brother got drunk at my wedding, can i post the video',
  'my family went on a long holiday, can i post photos',
  'can i post photos of my own children on my facebook if pupils follow me',
  'my sister works at a homeless shelter, can i share her fundraiser',
  'my daughter had a sleepover at a friends house, can i post the photos',
  'my nephew is in a band and they play in pubs, can i share their gigs',
  'my son fell off his bike and broke his arm, can i post on facebook',
  'my brother was sectioned last year, can i post about mental health',
  'my daughter is vegan and refuses to eat meat, can i post her recipes',
  'my relative is a police officer, can i share his posts',
  'can i share my daughter\'s tiktok dance videos if my pupils follow me',
  'my niece\'s dad is in prison and she is staying with us, can i post photos',
  'my son has two phones, can he add my pupils',
  'my brother lives in a hostel, can i post about him',
  'my cousin is doing a charity skydive for the homeless',
  'my teenage daughter had her first boyfriend, can i post a picture',
  'my son was hit by a car, can i post asking for witnesses',
  'my daughter lost loads of weight for her wedding, can i post the photos',
  'my family member is a drag queen, can i share their shows',
  'the fire alarm went off during the year 6 concert, can i post the video',
  'a pupil found my profile on tinder, what do i do',
  'can i be on dating apps if pupils\' parents might see me',
  'the pta are selling photos of the nativity, can i share the link',
  'the kids were scared of the ghost story on the residential, can i post the video',
  'pupils were locked in the hall during the lockdown drill, can i post about it',
  'a pupil\'s family are taking him out of school for a funeral abroad',
  'can i post about pride month with the pupils',
  'a pupil came out as gay to the class, can i congratulate him on instagram',
  'our year 6s took a photo of the shed they built',
  'can i post a video of year 1 learning about looking after their baby teeth',
  // short stems that are everyday words
  'a pupil hurt her ankle on the trip, can i post about it',
  'she broke her wrist in pe, can i post a get well message to the pupil',
  'the coach broke down on the year 8 trip, can i post',
  'something happened on the trip with the kids, can i post',
  'year 2 planted seeds in soil, can i post',
  'can i post photos at school drop off',
  'the kids cuddled the lambs at the farm',
  'a bird hide on the year 5 trip, we saw a heron',
  'mandy the ta took photos of the pupils',
  'the kids were tickled by the joke',
  // round 13 near misses: a fight on stage or a football injury filmed, a parent's safe new job, a
  // parent who does not pick up about trip money
  'can i share a video of the yr 6 play, the fight scene is brilliant',
  'clip of the staff v pupils football match going round, one of the yr 10s got badly hurt in a tackle',
  'kid in my class says his mum isnt safe at her new job, should i worry',
  'she feels safe at her dads now, can i tell her mum on class dojo',
  "a pupil's mum's number keeps going to voicemail about the trip money, who else can i ask",
  // round 14 near miss: back late from the toilet
  'a pupil didnt come back from the toilet for ages, can i put a note on class dojo',
  // round 15 near misses: a jumper day, a pupil hosted on an exchange, things at home getting better
  'christmas jumper day, half my class wore the same jumper, can i post a pic on the school fb',
  'can a pupil stay at my house during the exchange trip',
  'a year 9 says things at home are good now they have moved, can i tell her mum on dojo that she is doing well',
  // round 15 near misses: a costume, stage combat, a child's joke, a word on the news, nits, the
  // member of staff called useless, seeds in soil, Paris on a trip
  'kid dressed as the joker for world book day with a fake scar, can i post the pic',
  'the yr 10 drama piece has a stage combat bit with fake blood, can i film it',
  'kid in yr 3 told me hes starving to death at 11am lol, its pizza day',
  'one of the kids asked what county lines means after it was on eastenders, how do i explain it in a general way',
  'a kid in my class has nits, can i send a letter home on dojo',
  'a mum on the class whatsapp says im useless and picking on her son, can i reply',
  // round 16: strangers online aimed at the member of staff, not at a child
  'some random account keeps sending me abusive dms since i put a yr 9 in detention',
  'randoms have been following me and commenting on my posts since the yr 11 prom photos went up',
  // round 16: traffic is not trafficking, play-fighting mates, hygiene after PE, the member of staff's own son,
  // a stabbing on the news, whose phone it is
  'a yr 9 boy was late because of the traffic, dad blamed the roadworks',
  'two yr 7 lads punch each others arms as a greeting, theyre best mates',
  'a yr 6 was a bit smelly after pe, can i leave deodorant in the changing room',
  'my own son is in yr 8 here, can i stay friends with him on fb',
  'saw the stabbing on the news, my form want to talk about it',
  'the cover teacher took photos of the kids work on his own phone for the display',
  // round 18: the member of staff is the one afraid (for their home, job or way home), not a child
  'a parent posted my home address on facebook and im scared to go home tonight',
  'im worried about my job, an older lad in yr 11 keeps posting lies about me',
  // round 18: pupils' posts about a member of staff are not an adult in contact with a child
  'a group of yr 9s keep snapchatting memes about our supply teacher, can i report it',
  'some year 11s are commenting horrible stuff about one of my colleagues on tiktok, he doesnt know',
  // round 18: the same words about adults, buildings and costumes
  'a parent asked if mr jones still works here, ive never heard of him',
  'can i post pics of the kids in their world book day outfits on the school insta',
  'the new school website has no record of him on the staff page',
];

const BROAD_POLICIES = ['wycliffe-primary', 'ashgrove-academy'] as const;

describe('safeguarding flag', () => {
  for (const policy of ALL_POLICIES) {
    const broad = (BROAD_POLICIES as readonly string[]).includes(policy);
    it.each(broad ? [...atRisk, ...atRisk4] : atRisk)(`${policy} raises it: %s`, (q) => {
      const reply = bot.ask(policy, q);
      expect(reply.safeguarding).toBe(true);
      expect(reply.banner?.lines[0]).toContain(`the ${bot.index(policy).policy.roles.safeguarding.title}`);
      const escalate = decodeAction(reply.actions.find((a) => a.type === 'escalate')?.payload);
      expect(escalate.ok && escalate.action.a === 'escalate' && escalate.action.s).toBe(true);
    });
    it.each(broad ? [...ordinary, ...ordinary4] : ordinary)(`${policy} does not raise it: %s`, (q) => {
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

  it("the route's items come first, each with its lead-in, not the bare lead-in on its own", () => {
    // Ashgrove's route lists F3 ("If you come across, or are sent, an image ...:") and its items F3.a–c.
    const reply = bot.ask('ashgrove-academy', 'a yr 9 airdropped me a topless pic of a girl in her class, its on my phone now');
    const numbers = reply.citations.map((c) => c.clause);
    expect(numbers).not.toContain('F3');
    expect(numbers.slice(0, 3)).toEqual(['F3.a', 'F3.b', 'F3.c']);
    expect(reply.citations[0]?.text).toMatch(/^If you come across, or are sent, an image .*: do not open it again/);
  });

  it("after the safeguarding route comes the policy's line for reporting it to the head, where the question touches one", () => {
    const q = 'a yr 8 lad is getting comments on his tiktok telling him to kill himself';
    const bicester = bot.ask('bicester-learning-academy', q).citations;
    expect(bicester.slice(0, 2).map((c) => c.clause)).toEqual(['9.3', '4.8']);
    // Comments telling a child to kill himself are cyberbullying: its line (16.4, "report incidents
    // to the Headteacher") or the general one for misuse (8.12, "must be reported to the Headteacher").
    expect(bicester[2]?.clause).toMatch(/^(16\.4|8\.12)$/);
    expect(bicester[2]?.text).toMatch(/report(ed)? (incidents )?to the Headteacher/);
    const rct = bot.ask('robert-carre-trust', q).citations;
    expect(rct.map((c) => c.clause).slice(0, 2)).toEqual(['9.7', '4.3']);
    expect(rct[1]?.text).toMatch(/misuse of social media should be reported to the Executive Headteacher/);
    // A concern at home touches none of Robert Carre's reporting clauses: the route stands alone.
    expect(bot.ask('robert-carre-trust', 'a pupil told me she is being neglected at home').citations.map((c) => c.clause)).toEqual(['9.7']);
  });

  it('a lead-in stays when none of its items is cited: it is all the route has', () => {
    const clauses = bot.index('ashgrove-academy').clauses;
    const pick = (...numbers: string[]) => numbers.flatMap((n) => clauses.find((c) => c.number === n) ?? []);
    expect(withoutBareLeads(pick('F3', 'F1')).map((c) => c.number)).toEqual(['F3', 'F1']);
    expect(withoutBareLeads(pick('F3', 'F3.c')).map((c) => c.number)).toEqual(['F3.c']);
  });

  it('an image described in plain words ("no top on", "ai nudes") gets the image instructions too', () => {
    for (const q of ['a year 8 sent a pic of herself with no top on to a lad', 'year 9 boys are sharing ai nudes of girls in their year', 'a lad in yr 10 has a photo of a girl from his class with her top off on his phone']) {
      expect(bot.ask('bicester-learning-academy', q).banner?.lines.join(' ')).toMatch(/offence to save, send, or alter an image/);
    }
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
  /** A tiny vocabulary, so that one rule is seen alone: a child concept and the signs given. */
  const tiny = (signs: { always?: string[]; withChild: string[]; ordinary: { signs: string[]; context: string[]; unless: string[] }[] }) =>
    compileVocabulary({
      version: 1,
      businessThreshold: 5,
      concepts: { pupil: { terms: ['pupil', 'year 9', 'kids'], interchangeable: false, offTopic: false, ownTopic: false, evenOnSocialMedia: false, frame: true } },
      safeguarding: { child: ['pupil'], always: signs.always ?? [], withChild: signs.withChild, images: [], together: [], ordinary: signs.ordinary, examplesThreshold: 8 },
    });
  // 'knife' is a sign beside a child word, read the ordinary way in a question about a lesson,
  // unless the question speaks of what a child said.
  const vocab = tiny({ always: ['overdose'], withChild: ['knife'], ordinary: [{ signs: ['knife', 'overdose'], context: ['assembly'], unless: ['told me'] }] });
  const check = (q: string) => checkSafeguarding(analyse(q), vocab).flag;

  it('drops a sign named as the topic of the lesson', () => {
    expect(check('can I post about the year 9 knife crime assembly')).toBe(false);
    expect(check('can I post about the overdose awareness assembly')).toBe(false);
  });
  it('keeps it when the question is about one child, or has no such context', () => {
    expect(check('after the assembly a pupil told me he carries a knife')).toBe(true);
    expect(check('a pupil has a knife in his bag')).toBe(true);
  });
  it('never reads a sign the ordinary way by words that are part of the sign itself', () => {
    // 'on his own' is whose phone it is when the question says 'on his own phone'; the longer
    // sign was written with its phone in it, and stays a sign.
    const own = tiny({ withChild: ['on his own', 'pics of the kids on his own phone'], ordinary: [{ signs: ['on his own'], context: ['on his own phone'], unless: [] }] });
    const flag = (q: string) => checkSafeguarding(analyse(q), own).flag;
    expect(flag('can a pupil message me on his own phone')).toBe(false);
    expect(flag('a pupil walks home on his own')).toBe(true);
    expect(flag('a man keeps taking pics of the kids on his own phone')).toBe(true);
  });
});
