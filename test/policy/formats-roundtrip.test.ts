// A real policy's structure as a school would keep it — a Word file with heading styles and
// bulleted lists, or a PDF with wrapped lines, larger headings and page breaks — ingests to the
// same clauses (numbers, headings, lead-ins, words) as the committed knowledge.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/policy/ingest/extract-text.ts';
import { ingestText } from '../../src/policy/ingest/index.ts';
import { Policy, type Clause } from '../../src/policy/schema.ts';
import { KNOWLEDGE, read } from './knowledge-files.ts';

const policy = Policy.parse(parse(read(join(KNOWLEDGE, 'policies', 'robert-carre-trust'), 'policy.yaml')));
const dir = mkdtempSync(join(tmpdir(), 'policybot-roundtrip-'));

/** The document, block by block: headings where they change, then each clause. */
function blocks(): { kind: 'h1' | 'h2' | 'p' | 'li'; text: string }[] {
  const out: { kind: 'h1' | 'h2' | 'p' | 'li'; text: string }[] = [{ kind: 'p', text: 'Robert Carre Trust' }, { kind: 'p', text: 'Next Review Date: November 2021' }];
  let headings: string[] = [];
  for (const c of policy.clauses) {
    c.headings.forEach((h, i) => {
      if (headings[i] !== h) out.push({ kind: i === 0 ? 'h1' : 'h2', text: h });
    });
    headings = c.headings;
    out.push({ kind: c.lead ? 'li' : 'p', text: c.text });
  }
  return out;
}

const shape = (clauses: Clause[]) => clauses.map((c) => ({ number: c.number, headings: c.headings, lead: c.lead, text: c.text }));

describe('Robert Carre Trust as Word and as PDF', () => {
  it('ingests the .docx to the same clauses', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'b', levels: [{ level: 0, format: 'bullet', text: '•', alignment: AlignmentType.LEFT }] }] },
      sections: [
        {
          children: blocks().map((b) =>
            b.kind === 'h1'
              ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 })
              : b.kind === 'h2'
                ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })
                : b.kind === 'li'
                  ? new Paragraph({ text: b.text, numbering: { reference: 'b', level: 0 } })
                  : new Paragraph(b.text),
          ),
        },
      ],
    });
    const file = join(dir, 'robert-carre.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const { text, format } = await extractText(file);
    const { policy: got } = ingestText(text, { id: 'robert-carre-trust', format });
    expect(shape(got.clauses)).toEqual(shape(policy.clauses));
    expect(got.review.due).toBe('2021-11-30');
  });

  it('ingests the .pdf to the same clauses', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    let page: PDFPage = pdf.addPage([595, 842]);
    let y = 790;
    const write = (text: string, size: number, f: PDFFont, indent = 0) => {
      // Wrap at the page width, as a PDF does; a long paragraph runs over onto the next page.
      const words = text.split(' ');
      let line = '';
      const flush = () => {
        if (y < 60) {
          page = pdf.addPage([595, 842]);
          y = 790;
        }
        page.drawText(line, { x: 60 + indent, y, size, font: f });
        y -= size * 1.35;
        line = '';
      };
      for (const w of words) {
        if (line && f.widthOfTextAtSize(`${line} ${w}`, size) > 470 - indent) flush();
        line = line ? `${line} ${w}` : w;
      }
      flush();
      y -= size * 0.8;
    };
    for (const b of blocks()) {
      if (b.kind === 'h1') write(b.text, 15, bold);
      else if (b.kind === 'h2') write(b.text, 13, bold);
      else if (b.kind === 'li') write(`• ${b.text}`, 10, font, 10);
      else write(b.text, 10, font);
    }
    const file = join(dir, 'robert-carre.pdf');
    writeFileSync(file, await pdf.save());
    const { text, format } = await extractText(file);
    const { policy: got } = ingestText(text, { id: 'robert-carre-trust', format });
    expect(shape(got.clauses)).toEqual(shape(policy.clauses));
  });
});
