// Schools keep their policies as Word files and PDFs. These tests build small documents from
// text (docx package, pdf-lib) and check the clauses ingestion gets out of them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/policy/ingest/extract-text.ts';
import { ingestText } from '../../src/policy/ingest/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'policybot-extract-'));

async function docxFile(): Promise<string> {
  const doc = new Document({
    numbering: {
      config: [{ reference: 'bullets', levels: [{ level: 0, format: 'bullet', text: '•', alignment: AlignmentType.LEFT }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Oakfield School Social Media Policy', heading: HeadingLevel.TITLE }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Approved')] }), new TableCell({ children: [new Paragraph('March 2022')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Next review')] }), new TableCell({ children: [new Paragraph('Autumn Term 2023')] })] }),
            ],
          }),
          new Paragraph({ text: 'Contact with pupils', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Staff must keep a professional distance from pupils online.')] }),
          new Paragraph({ children: [new TextRun('Staff must not:')] }),
          new Paragraph({ text: 'accept friend requests from pupils;', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'message pupils from personal accounts.', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'Photographs', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: 'Photographs of pupils need ', bold: false }), new TextRun({ text: 'written', bold: true }), new TextRun(' parental consent.')] }),
        ],
      },
    ],
  });
  const file = join(dir, 'oakfield.docx');
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

async function pdfFile(): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  const line = (text: string, size = 11, f = font, gapBefore = 0) => {
    y -= gapBefore;
    page.drawText(text, { x: 60, y, size, font: f });
    y -= size * 1.3;
  };
  line('Elm Lane Primary School', 18, bold);
  line('Next review: Summer Term 2021', 11, font, 6);
  line('Using social media', 14, bold, 14);
  line('Staff should not post about pupils on their personal accounts, even', 11, font, 6);
  line('when no names are used.', 11);
  line('Staff must not:', 11, font, 8);
  line('• share photographs of pupils;', 11);
  line('• discuss the school in public forums.', 11);
  line('Reporting concerns', 14, bold, 14);
  line('Report any worry about a pupil to the Designated Safeguarding Lead the', 11, font, 6);
  // The sentence runs on to the next page, as page breaks in real policies do.
  page = pdf.addPage([595, 842]);
  y = 790;
  line('same day.', 11);
  page.drawText('2', { x: 290, y: 40, size: 9, font });
  const file = join(dir, 'elm-lane.pdf');
  writeFileSync(file, await pdf.save());
  return file;
}

describe('Word documents (.docx)', () => {
  it('keeps headings, list items with their lead-in, table rows as metadata, and bold words', async () => {
    const { text, format } = await extractText(await docxFile());
    expect(format).toBe('docx');
    const { policy } = ingestText(text, { id: 'oakfield', format });
    expect(policy.sections.map((s) => s.heading)).toEqual(['Contact with pupils', 'Photographs']);
    expect(policy.clauses.map((c) => [c.number, c.lead ?? '', c.text])).toEqual([
      ['1.1', '', 'Staff must keep a professional distance from pupils online.'],
      ['1.2', '', 'Staff must not:'],
      ['1.3', 'Staff must not:', 'accept friend requests from pupils;'],
      ['1.4', 'Staff must not:', 'message pupils from personal accounts.'],
      ['2.1', '', 'Photographs of pupils need written parental consent.'],
    ]);
    expect(policy.review).toEqual({ due: '2023-12-31', text: 'Autumn Term 2023' });
    expect(policy.metadata).toContain('Next review Autumn Term 2023');
  });
});

describe('PDF', () => {
  it('groups text into lines and paragraphs, finds headings by type size, and re-joins a sentence split by a page break', async () => {
    const { text, format } = await extractText(await pdfFile());
    expect(format).toBe('pdf');
    const { policy } = ingestText(text, { id: "elm-lane", format });
    expect(policy.name).toBe('Elm Lane Primary School');
    expect(policy.review.due).toBe('2021-08-31');
    expect(policy.sections.map((s) => s.heading)).toEqual(['Using social media', 'Reporting concerns']);
    expect(policy.clauses.map((c) => [c.number, c.lead ?? '', c.text])).toEqual([
      ['1.1', '', 'Staff should not post about pupils on their personal accounts, even when no names are used.'],
      ['1.2', '', 'Staff must not:'],
      ['1.3', 'Staff must not:', 'share photographs of pupils;'],
      ['1.4', 'Staff must not:', 'discuss the school in public forums.'],
      ['2.1', '', 'Report any worry about a pupil to the Designated Safeguarding Lead the same day.'],
    ]);
    expect(policy.roles.safeguarding.clauses).toEqual(['2.1']);
  });
});
