/**
 * Words that carry no topic in a staff question ("can I", "what should I do about") and are
 * left out of matching. Question words and auxiliaries, not policy words: "not" and "never"
 * are dropped too because ranking finds the clause, and the clause says the rule.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
  during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
  here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
  let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves
  out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their
  theirs them themselves then there there's these they they'd they'll they're they've this those through
  to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
  where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're
  you've your yours yourself yourselves im ive id dont cant wont isnt doesnt didnt whats thats theres
  shes hes theyre youre also just really please thanks thank hi hello hey ok okay allowed is it ok
  get got going gonna wanna want wants need needs know let lets like say said tell told ask asked
  thing things stuff something anything someone anyone u ur r pls plz thx yeah yes yep nope
  will shall must may might still even ever never etc via re cn cud shud wud wot wat abt bc cos coz
  tho thru ppl sth smth`.split(/\s+/).filter(Boolean),
);
