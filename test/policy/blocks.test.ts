// The quirks of the five seeds, one behaviour each, on small made-up texts.
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/policy/ingest/blocks.ts';
import { ingestText } from '../../src/policy/ingest/index.ts';

const heading = (text: string) => toBlocks(text)[0]!.heading;

describe('headings', () => {
  it('recognises plain-line, upper-case, underlined, numbered-bold, numbered and Markdown headings', () => {
    expect(heading('Scope and purpose of the policy')?.by).toBe('plain');
    expect(heading('GENERAL CONSIDERTIONS')?.by).toBe('upper-case');
    expect(heading('<u>Scope</u>')?.by).toBe('underline');
    expect(heading('3 **Who Is Covered By The Policy?**')).toMatchObject({ by: 'numbered', number: '3' });
    expect(heading('12 Monitoring And Review Of This Policy')).toMatchObject({ by: 'numbered', number: '12' });
    expect(heading('## Part B — Your personal accounts')).toMatchObject({ by: 'markdown', number: 'B', level: 2 });
  });

  it('takes a short noun phrase ending in ":" for a sub-heading, but a sentence ending in ":" for a lead-in', () => {
    expect(heading('Safeguarding children and young people:')?.by).toBe('sub-heading');
    expect(heading('- 11.3 Protecting our reputation:')).toMatchObject({ number: '11.3' });
    expect(heading('Staff must not:')).toBeUndefined();
    expect(heading('Principal amongst these risks are:')).toBeUndefined();
    expect(heading('To identify responsibilities of the Trust and employees in line with:')).toBeUndefined();
  });

  it('does not take a sentence that lost its full stop for a heading when it has a modal verb', () => {
    expect(heading('Social media should not be used for work related communication')).toBeUndefined();
    expect(heading('8 Staff mobile phones should not be used in sight of the children.')).toBeUndefined();
  });
});

describe('cleaning', () => {
  it('removes bold markers, underline tags and footnote markers, keeping the words', () => {
    const [a, b] = toBlocks('- 11.2 ***You should be aware of this.\n\n• You should not communicate with students¹ in these forums.');
    expect(a).toMatchObject({ number: '11.2', text: 'You should be aware of this.', bullet: true });
    expect(b!.text).toBe('You should not communicate with students in these forums.');
  });

  it('keeps a footnote\'s own text as a paragraph, marked as a footnote', () => {
    const [note] = toBlocks('¹ Staff who have children at the school should take care.');
    expect(note).toMatchObject({ footnote: true, text: 'Staff who have children at the school should take care.' });
  });

  it('re-joins a sentence broken by a page break, and not a sentence that ended', () => {
    const blocks = toBlocks('to ensure our rules are complied with and for legitimate business purposes\n\nand you consent to such monitoring.\n\nNext paragraph.');
    expect(blocks.map((b) => b.text)).toEqual(['to ensure our rules are complied with and for legitimate business purposes and you consent to such monitoring.', 'Next paragraph.']);
  });

  it('treats tab-separated rows as metadata, never as clauses', () => {
    const { policy } = ingestText('Policy\n\nIntro\n\nStaff must be kind online.\n\nAssociated Policies:\tAnti-Bullying\n\tCode of Conduct\n', { id: 'x', format: 'text' });
    expect(policy.clauses.map((c) => c.text)).toEqual(['Staff must be kind online.']);
    expect(policy.metadata).toEqual(['Policy', 'Associated Policies: Anti-Bullying', 'Code of Conduct']);
  });
});

describe('numbering', () => {
  const text = [
    'Social Media Policy',
    'Next review: Spring 2024',
    'Introduction',
    'First paragraph of the policy.',
    'Second paragraph.',
    'Contact with pupils',
    'Staff must not:',
    '- accept friend requests from pupils;',
    '- message pupils.',
    'Staff should report concerns to the Designated Safeguarding Lead.',
  ].join('\n\n');

  it('numbers section.paragraph in reading order, bullets as their own clauses carrying the lead-in', () => {
    const { policy } = ingestText(text, { id: 'x', format: 'text' });
    expect(policy.clauses.map((c) => [c.number, c.headings[0], c.lead ?? null])).toEqual([
      ['1.1', 'Introduction', null],
      ['1.2', 'Introduction', null],
      ['2.1', 'Contact with pupils', null],
      ['2.2', 'Contact with pupils', 'Staff must not:'],
      ['2.3', 'Contact with pupils', 'Staff must not:'],
      ['2.4', 'Contact with pupils', null],
    ]);
  });

  it('gives the same numbers to the same text every time', () => {
    const a = ingestText(text, { id: 'x', format: 'text' }).policy;
    const b = ingestText(text, { id: 'x', format: 'text' }).policy;
    expect(b).toEqual(a);
  });

  it('keeps a document\'s own numbers, with list items taking their parent\'s last sentence as lead-in', () => {
    const doc = '1 **Scope**\n\n1.1 This applies to all staff.\n\n1.2 For example, you must not use social media to:\n\n1.2.1 breach our ICT Policy;\n\n1.2.2 defame the school.\n\n2 Monitoring\n\n2.1 We monitor our systems.\n';
    const { policy, report } = ingestText(doc, { id: 'x', format: 'text' });
    expect(report.scheme).toBe('document');
    expect(policy.clauses.map((c) => [c.number, c.lead ?? null])).toEqual([
      ['1.1', null],
      ['1.2', null],
      ['1.2.1', 'For example, you must not use social media to:'],
      ['1.2.2', 'For example, you must not use social media to:'],
      ['2.1', null],
    ]);
  });

  it('numbers an unnumbered paragraph in a numbered document by its position and says so', () => {
    const doc = '7 Personal Use\n\nPersonal use is never permitted at work.\n\n8 Monitoring\n\n8.1 We monitor.\n\n8.2 We keep records.\n\n8.3 We delete them.\n';
    const { policy, report } = ingestText(doc, { id: 'x', format: 'text' });
    expect(policy.clauses.map((c) => c.number)).toEqual(['7.1', '8.1', '8.2', '8.3']);
    expect(report.notes.join('\n')).toMatch(/numbered 7\.1 by its position/);
  });
});
