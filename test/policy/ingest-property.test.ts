// Property: for any policy built from sections, paragraphs and lists, written in any of five
// house styles, ingestion finds every paragraph and list item as a clause, numbered the way
// the style says, with the list's lead-in, and gives the same result every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/policy/ingest/index.ts';

type Item = { kind: 'para'; text: string } | { kind: 'list'; lead: string; items: string[] };
interface Section { heading: string; items: Item[] }

const WORDS = ['staff', 'pupils', 'photos', 'the', 'school', 'accounts', 'post', 'share', 'online', 'parents', 'trips', 'consent', 'images', 'comments'];
const word = fc.constantFrom(...WORDS);
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const sentence = fc.array(word, { minLength: 3, maxLength: 9 }).map((w) => `${cap(w.join(' '))}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 2 }).map((s) => ({ kind: 'para' as const, text: s.join(' ') }));
const list = fc
  .record({ intro: fc.option(sentence, { nil: undefined }), items: fc.array(fc.array(word, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 4 }) })
  .map(({ intro, items }) => ({
    kind: 'list' as const,
    lead: `${intro ? `${intro} ` : ''}Staff must not:`,
    items: items.map((w, i) => `${w.join(' ')}${i === items.length - 1 ? '.' : ';'}`),
  }));
const HEADINGS = ['Use of images', 'Contact with pupils', 'Monitoring', 'Personal devices', 'Breaches of this policy', 'Speaking to the press', 'Scope'];
const section = fc.record({ heading: fc.constantFrom(...HEADINGS), items: fc.array(fc.oneof(paragraph, list), { minLength: 1, maxLength: 4 }) });
const policy = fc.array(section, { minLength: 1, maxLength: 5 });
const style = fc.constantFrom('plain', 'upper', 'markdown', 'document', 'lettered');

type Expected = { number: string; heading: string; lead?: string; text: string };

function render(sections: Section[], how: string): { text: string; expected: Expected[] } {
  const lines = ['Oak Lane School', 'Next review: Summer Term 2030'];
  const expected: Expected[] = [];
  sections.forEach((s, i) => {
    const letter = String.fromCharCode(65 + i);
    const heading = how === 'lettered' ? `Part ${letter} — ${s.heading}` : s.heading;
    lines.push({ plain: heading, upper: heading.toUpperCase(), markdown: `## ${heading}`, document: `${i + 1} ${heading}`, lettered: `## ${heading}` }[how]!);
    const shown = how === 'upper' ? heading.toUpperCase() : heading;
    let n = 0;
    const number = () => (how === 'lettered' ? `${letter}${++n}` : `${i + 1}.${++n}`);
    for (const item of s.items) {
      const own = number();
      const prefix = how === 'document' ? `${own} ` : how === 'lettered' ? `${own}. ` : '';
      if (item.kind === 'para') {
        lines.push(`${prefix}${item.text}`);
        expected.push({ number: own, heading: shown, text: item.text });
        continue;
      }
      lines.push(`${prefix}${item.lead}`);
      expected.push({ number: own, heading: shown, text: item.lead });
      item.items.forEach((text, j) => {
        const sub = how === 'document' ? `${own}.${j + 1}` : how === 'lettered' ? `${own}.${String.fromCharCode(97 + j)}` : number();
        const marker = how === 'document' ? `${sub} ` : how === 'lettered' ? `(${String.fromCharCode(97 + j)}) ` : '- ';
        lines.push(`${marker}${text}`);
        expected.push({ number: sub, heading: shown, lead: 'Staff must not:', text });
      });
    }
  });
  return { text: `${lines.join('\n\n')}\n`, expected };
}

describe('ingestion of generated policies', () => {
  it('finds every clause, numbered per the house style, with its lead-in, deterministically', () => {
    fc.assert(
      fc.property(policy, style, (sections, how) => {
        // A document-numbered policy needs its own numbers on most paragraphs; the generator gives them all.
        const { text, expected } = render(sections, how);
        const first = ingestText(text, { id: 'oak-lane', format: how === 'markdown' || how === 'lettered' ? 'markdown' : 'text' });
        const got = first.policy.clauses.map((c) => ({ number: c.number, heading: c.headings.at(-1)!, ...(c.lead ? { lead: c.lead } : {}), text: c.text }));
        expect(got).toEqual(expected);
        expect(first.policy.review.due).toBe('2030-08-31');
        expect(ingestText(text, { id: 'oak-lane', format: 'text' }).policy.clauses).toEqual(first.policy.clauses);
      }),
      { numRuns: 150 },
    );
  });
});
