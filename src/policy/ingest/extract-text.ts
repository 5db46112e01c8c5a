/**
 * Reads a policy document as text: .txt and .md as they are, .docx through mammoth, .pdf
 * through pdf.js. Word and PDF come out as Markdown-like text (headings "## ", list items
 * "- ") so that one parser serves every format.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { NotFoundError, UsageError } from '../../errors.ts';
import type { SourceFormat } from './index.ts';

export const FORMATS: Record<string, SourceFormat> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.docx': 'docx', '.pdf': 'pdf' };

export function formatOf(file: string): SourceFormat {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) {
    throw new UsageError(`cannot read "${file}": unsupported file type "${extname(file) || '(none)'}". Supported: ${Object.keys(FORMATS).join(', ')}.`);
  }
  return format;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError(`no such file: ${file}. Check the path (relative to the current folder).`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder; give the policy document's file (.txt, .md, .docx or .pdf).`);
    throw new NotFoundError(`cannot read ${file} (${code ?? 'error'}); check its permissions.`);
  }
}

export async function extractText(file: string): Promise<{ text: string; format: SourceFormat }> {
  const format = formatOf(file);
  const bytes = await readBytes(file);
  if (format === 'docx') {
    const { docxToText } = await import('./extract-docx.ts');
    return { text: await docxToText(bytes, file), format };
  }
  if (format === 'pdf') {
    const { pdfToText } = await import('./extract-pdf.ts');
    return { text: await pdfToText(bytes, file), format };
  }
  return { text: bytes.toString('utf8'), format };
}
