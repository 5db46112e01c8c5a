/**
 * Cleaning what people type in chat before it is read: Slack and Teams markup, mentions,
 * links, emoji, Markdown, then lower case and UK/US spelling folded to one form.
 */

/** Slack mentions and links: <!channel>, <@U123>, <#C123|general>, <https://x|label>. */
const SLACK_TOKEN = /<[!@#][^>]*>/g;
const SLACK_LINK = /<(?:https?|mailto):[^>|]*(?:\|([^>]*))?>/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;
const EMOJI_CODE = /:[a-z0-9_+-]+:/g;
const TEAMS_AT = /<at>[^<]*<\/at>/gi;

/** The text with markup, mentions, links and emoji removed, lower-cased, accents dropped. */
export function cleanText(text: string): string {
  const marked = /[<:*]|https?:|www\./.test(text) ? stripMarkup(text) : text;
  // Accents and other marks dropped ("café" = "cafe"); plain ASCII needs none of it. A backtick
  // is an apostrophe ("don`t") whether or not the message also has an emoji or a curly quote.
  const plain = /[^\x00-\x7f]/.test(marked)
    ? marked.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘’`´]/g, "'")
    : marked.includes('`') ? marked.replace(/`/g, "'") : marked;
  return plain.toLowerCase();
}

function stripMarkup(text: string): string {
  return text
    .replace(TEAMS_AT, ' ')
    .replace(SLACK_LINK, (_m, label: string | undefined) => ` ${label ?? ''} `)
    .replace(SLACK_TOKEN, ' ')
    .replace(URL, ' ')
    .replace(HTML_TAG, ' ')
    .replace(EMOJI_CODE, ' ');
}

/** -ise words that are not -ize words in American spelling either. */
const ISE_KEEP = new Set([
  'advise', 'advertise', 'apprise', 'arise', 'chastise', 'comprise', 'compromise', 'demise', 'despise',
  'devise', 'disguise', 'enterprise', 'excise', 'exercise', 'expertise', 'franchise', 'improvise',
  'incise', 'merchandise', 'noise', 'otherwise', 'praise', 'premise', 'promise', 'raise', 'revise',
  'rise', 'supervise', 'surmise', 'surprise', 'televise', 'wise', 'likewise', 'clockwise', 'poise',
  'cruise', 'bruise', 'precise', 'concise', 'paradise', 'treatise', 'practise', 'concise', 'anise',
]);

const OUR_KEEP = new Set(['four', 'hour', 'your', 'our', 'tour', 'pour', 'sour', 'flour', 'detour', 'contour', 'dour', 'scour', 'devour', 'amour']);

/** One spelling for UK and US variants: "criticise" → "criticize", "behaviour" → "behavior". */
export function foldSpelling(word: string): string {
  let w = word;
  const ise = /^(.{3,}?)is(e|es|ed|ing|ation|ations|er|ers)$/.exec(w);
  if (ise && !ISE_KEEP.has(`${ise[1]}ise`)) w = `${ise[1]}iz${ise[2]}`;
  const yse = /^(anal|paral|catal)ys(e|es|ed|ing)$/.exec(w);
  if (yse) w = `${yse[1]}yz${yse[2]}`;
  const our = /^(.{2,}?)our(s|ed|ing|able|ite|ites|hood|ly)?$/.exec(w);
  if (our && !OUR_KEEP.has(`${our[1]}our`)) w = `${our[1]}or${our[2] ?? ''}`;
  if (w.endsWith('ogue')) w = w.slice(0, -2);
  if (w === 'centre' || w === 'centres') w = w.replace('tre', 'ter');
  if (w === 'licence') w = 'license';
  if (w === 'defence') w = 'defense';
  if (w === 'practise' || w === 'practising' || w === 'practised') w = w.replace('practis', 'practic');
  if (w.endsWith('lled') || w.endsWith('lling')) w = w.replace(/ll(ed|ing)$/, 'l$1');
  return w;
}
