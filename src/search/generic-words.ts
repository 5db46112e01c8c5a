/**
 * Common English words that name no topic: chat filler ("lol", "tbh"), general verbs ("make",
 * "think", "come back"), adverbs ("actually", "now") and vague adjectives ("new", "bit"). Unlike
 * stopwords they are matched when the policy uses them (and, by stem, catch the inflections the
 * stopword list misses: "wanting", "saying"); but a generic word the policy never
 * uses says nothing about whether the policy covers the question, so it is left out of the
 * question's weight and is not counted as an unknown word ("thinking of making a whatsapp group"
 * is about a WhatsApp group, not about thinking). Topic nouns — leave, pay, parking, wifi,
 * uniform, timetable, wedding, date, mileage — are deliberately not here: they are what says a
 * question is about something else; nor are words of days, dates and times ("tomorrow", "next",
 * "last", "start", "finish"), which point at rotas and calendars, and "leave", which is also a noun (annual leave).
 */
import { phraseKey } from './analyse.ts';

const WORDS = `
  lol lmao haha hahaha omg tbh tbf imo imho idk fyi btw ngl smh pls plz ta cheers ty hiya morning afternoon
  actually basically literally honestly seriously surely probably possibly definitely maybe perhaps
  apparently obviously clearly quite rather fairly pretty totally completely absolutely exactly
  already again anymore anyway anyways anyhow somehow though although however whether otherwise
  now currently recently lately soon later earlier sometimes often
  instantly immediately straight automatically
  always usually ever since ago yet back around away together alone else instead
  bit lot lots loads load bunch couple few several much many enough plenty little less least
  way ways kind sort type bits bobs thingy whatever whoever whichever wherever whenever
  new old first second third same different other another certain particular general
  big small huge tiny long short quick quickly slow good bad better best worse worst great nice fine
  sure unsure wrong right real true false proper properly normal normally usual
  easy hard difficult simple awkward weird strange odd funny silly stupid daft
  make makes made making do does doing did done try tries tried trying
  think thinks thought thinking wonder wondering wondered guess reckon suppose supposed mean means meant
  feel feels felt feeling seem seems seemed look looks looked looking
  come comes came coming go goes went gone give gives gave given giving
  take takes took taken taking put puts putting keep keeps kept keeping
  happen happens happened happening become became turn turned turns
  help helps helped helping hope hoped hoping wish plan planning planned
  find finds found finding show shows showed shown showing
  call called calling let lets letting
  work works worked working run runs ran running
  mate mates guys folks people person somebody everybody everyone nobody none
  problem problems issue issues question questions answer answers point idea case situation update updates updated updating
  fact reason example part bits place thing things
  matter matters okay alright fair enough
  theyve weve youve ive youd theyd shed hed itll thatll whos wheres
  one ones want wanting need needing know knowing get getting say saying says ask asking tell telling
  like liking
  traffic
`;

export const GENERIC_STEMS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => phraseKey(w))
    .filter(Boolean),
);
