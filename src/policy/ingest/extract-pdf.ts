/**
 * PDF through pdf.js (the legacy build, which runs on Node 20). PDF has no paragraphs, only
 * positioned runs of text: runs are grouped into lines by their y position, lines into
 * paragraphs where the gap between lines is wider than usual or a new item starts, and lines
 * in larger type than the body become headings ("#", "##" … by size).
 */
import { UsageError } from '../../errors.ts';

interface Run {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

interface Line {
  text: string;
  y: number;
  size: number;
  page: number;
}

const STARTS_ITEM = /^(?:[-•*–▪◦·]\s|\(?[a-z]\)\s|\d+(?:\.\d+)*\.?\s|[A-Z]\d+\.\s)/;

function toLines(runs: Run[], page: number): Line[] {
  const lines: { y: number; runs: Run[] }[] = [];
  for (const run of runs) {
    if (!run.str.trim()) continue;
    const line = lines.find((l) => Math.abs(l.y - run.y) <= Math.max(2, run.size * 0.3));
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, runs: [run] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const sorted = l.runs.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const r of sorted) {
        const gap = r.x - end;
        text += text && gap > r.size * 0.15 && !text.endsWith(' ') && !r.str.startsWith(' ') ? ` ${r.str}` : r.str;
        end = r.x + r.width;
      }
      return { text: text.replace(/\s+/g, ' ').trim(), y: l.y, size: Math.max(...sorted.map((r) => r.size)), page };
    });
}

/** The most common size: the body text's. */
function bodySize(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.size), (counts.get(Math.round(l.size)) ?? 0) + l.text.length);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 11;
}

export function linesToText(lines: Line[]): string {
  const body = bodySize(lines);
  // Larger type, higher level: the largest heading size is "#", the next "##" …
  const headingSizes = [...new Set(lines.filter((l) => l.size > body * 1.15).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const marker = (size: number) => '#'.repeat(headingSizes.indexOf(Math.round(size)) + 1);
  const out: string[] = [];
  let previous: Line | undefined;
  let spacing = body * 1.2;
  const gaps = lines.slice(1).map((l, i) => (l.page === lines[i]!.page ? lines[i]!.y - l.y : 0)).filter((g) => g > 0);
  if (gaps.length) spacing = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 4)]!;
  for (const line of lines) {
    const heading = line.size > body * 1.15;
    const newPage = previous !== undefined && previous.page !== line.page;
    const wideGap = previous !== undefined && !newPage && previous.y - line.y > spacing * 1.4;
    const wasHeading = previous !== undefined && previous.size > body * 1.15;
    // Smaller type than the body (page numbers, running footers, footnotes) stands alone.
    const small = line.size < body * 0.9 || (previous !== undefined && previous.size < body * 0.9);
    const item = STARTS_ITEM.test(line.text);
    // A heading too long for one line wraps onto the next in the same type.
    const headingGoesOn = heading && wasHeading && !wideGap && !newPage && Math.round(line.size) === Math.round(previous!.size);
    // A sentence that runs over a page break goes on, whatever case the next page starts in.
    const sentenceGoesOn = newPage && !heading && !wasHeading && !small && !item && !/[.:;!?]["')]?$/.test(previous!.text);
    if (previous && (headingGoesOn || sentenceGoesOn || !(heading || wasHeading || wideGap || newPage || small || item))) {
      const last = out.pop()!;
      out.push(last.endsWith('-') ? `${last}${line.text}` : `${last} ${line.text}`);
    } else {
      if (out.length && (heading || wasHeading || wideGap || newPage || small)) out.push('');
      out.push(heading ? `${marker(line.size)} ${line.text}` : line.text);
    }
    previous = line;
  }
  return `${out.join('\n').trim()}\n`;
}

export async function pdfToText(bytes: Buffer, file: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (err) {
    throw new UsageError(`cannot read ${file} as a PDF (${(err as Error).message}); export it again as PDF, or save it as .docx or .txt.`);
  }
  const lines: Line[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const runs: Run[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [a, b, , , x, y] = item.transform as number[];
      runs.push({ str: item.str, x: x!, y: y!, size: Math.hypot(a!, b!), width: item.width });
    }
    lines.push(...toLines(runs, p));
  }
  await doc.destroy();
  if (lines.length === 0) throw new UsageError(`${file} has no text layer (a scanned PDF?); run it through OCR or ingest the Word or text version.`);
  return linesToText(lines);
}
