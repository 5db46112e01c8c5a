/**
 * Light stemming: Porter's step 1 (plurals, -ed, -ing, -y) and step 5 (final -e, double l).
 * Deliberately no derivational steps: "reference" and "refer", "communication" and
 * "community" stay apart, and the shared vocabulary joins the words that really mean the same.
 */

const VOWEL = /[aeiou]/;

function isConsonant(word: string, i: number): boolean {
  const ch = word[i];
  if (ch === undefined) return false;
  if (VOWEL.test(ch)) return false;
  if (ch === 'y') return i === 0 ? true : !isConsonant(word, i - 1);
  return true;
}

/** Porter's m: the number of vowel–consonant sequences in the stem. */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  const n = stem.length;
  while (i < n && isConsonant(stem, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(stem, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** consonant-vowel-consonant, the last not w, x or y ("hop", not "snow"). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const last = w[n - 1] ?? '';
  return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !'wxy'.includes(last);
}

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function step1b(w: string): string {
  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  let stem: string | undefined;
  if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) stem = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) stem = w.slice(0, -3);
  if (stem === undefined) return w;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  if (endsDoubleConsonant(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}

function step1c(w: string): string {
  return w.endsWith('y') && hasVowel(w.slice(0, -1)) ? `${w.slice(0, -1)}i` : w;
}

function step5(w: string): string {
  let out = w;
  if (out.endsWith('e')) {
    const stem = out.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) out = stem;
  }
  if (measure(out) > 1 && out.endsWith('ll')) out = out.slice(0, -1);
  return out;
}

/** Irregular forms Porter's suffix rules cannot see: "sent" is "send", "children" is "child". */
const IRREGULAR: Readonly<Record<string, string>> = {
  sent: 'send', saw: 'see', seen: 'see', rang: 'ring', rung: 'ring', wrote: 'write', written: 'write',
  took: 'take', taken: 'take', made: 'make', gave: 'give', given: 'give', told: 'tell', kept: 'keep',
  met: 'meet', said: 'say', thought: 'think', found: 'find', heard: 'hear', felt: 'feel', brought: 'bring',
  caught: 'catch', taught: 'teach', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose',
  children: 'child', men: 'man', women: 'woman', began: 'begin', begun: 'begin', knew: 'know', known: 'know',
  shown: 'show', sought: 'seek', paid: 'pay', lost: 'lose',
};

/** Words the suffix rules would turn into another word: "quite" is not "quit". */
const AS_IS: ReadonlySet<string> = new Set(['quite']);

export function stem(word: string): string {
  if (AS_IS.has(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return stem(irregular);
  // "my year 8s", "the y9s": a year group's plural is the year group.
  if (/^(?:y|yr)?\d+s$/.test(word)) return word.slice(0, -1);
  if (word.length <= 2 || /\d/.test(word)) return word;
  return step5(step1c(step1b(step1a(word))));
}
