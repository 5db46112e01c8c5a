/**
 * Word documents through mammoth: converted to HTML (which keeps headings, lists, tables and
 * footnotes) and from there to the Markdown-like text every other format becomes: "## Heading",
 * "- item", tab-separated table rows, "¹ footnote".
 */
import mammoth from 'mammoth';
import { UsageError } from '../../errors.ts';

const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

function superscript(n: number): string {
  return String(n).split('').map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
}

function decode(text: string): string {
  return text
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Inline HTML to text: bold kept as **…** (as the seed conversions show it), other tags dropped. */
function inline(html: string): string {
  return decode(
    html
      .replace(/<sup>\s*<a[^>]*href="#footnote-\d+"[^>]*>[^<]*<\/a>\s*<\/sup>/g, '')
      .replace(/<br\s*\/?>/g, ' ')
      .replace(/<\/?strong>/g, '**')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\*\*(\s*)\*\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * mammoth's HTML to lines, one block per line with blank lines between paragraphs. A small
 * tag-by-tag walk rather than regular expressions over whole elements, because lists nest.
 */
export function htmlToText(html: string): string {
  const notes = [...html.matchAll(/<li id="footnote-(\d+)">([\s\S]*?)<\/li>/g)].map((m) => ({
    n: Number(m[1]),
    text: inline(m[2]!.replace(/<a[^>]*href="#footnote-ref-\d+"[^>]*>[^<]*<\/a>/g, '')),
  }));
  const body = html.replace(/<ol>\s*<li id="footnote-[\s\S]*$/, '');
  const out: string[] = [];
  let buffer = '';
  let open: string | undefined;
  let cells: string[] | undefined;
  let itemDepth = 0;
  const flush = () => {
    const text = inline(buffer);
    buffer = '';
    if (!text || !open) return;
    if (open.startsWith('h')) out.push('', `${'#'.repeat(Number(open[1]))} ${text.replace(/^\*\*|\*\*$/g, '')}`, '');
    else if (open === 'li') out.push(`- ${text}`);
    else if (open === 'td' || open === 'th') cells?.push(text);
    else if (cells) cells.push(text);
    else out.push('', text, '');
  };
  for (const part of body.split(/(<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>)/)) {
    const tag = /^<(\/?)([a-z][a-z0-9]*)/.exec(part);
    const name = tag?.[2];
    if (!tag || !name || !/^(h[1-6]|p|li|ul|ol|table|tr|td|th)$/.test(name)) {
      buffer += part;
      continue;
    }
    const closing = tag[1] === '/';
    if (name === 'tr') {
      if (closing && cells) out.push(cells.join('\t'));
      cells = closing ? undefined : [];
      continue;
    }
    if (name === 'ul' || name === 'ol' || name === 'table') {
      flush();
      // Back in the list item that held a nested list, or out of lists altogether.
      if (closing && name !== 'table') open = itemDepth > 0 ? 'li' : undefined;
      continue;
    }
    if (name === 'li') itemDepth += closing ? -1 : 1;
    if (closing) {
      flush();
      open = itemDepth > 0 && name !== 'li' ? 'li' : undefined;
    } else {
      flush();
      // A paragraph inside a list item or table cell belongs to it.
      if (!(name === 'p' && (open === 'li' || open === 'td' || open === 'th'))) open = name;
    }
  }
  flush();
  for (const note of notes) out.push('', `${superscript(note.n)} ${note.text}`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

export async function docxToText(bytes: Buffer, file: string): Promise<string> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: bytes }));
  } catch (err) {
    throw new UsageError(`cannot read ${file} as a Word document (${(err as Error).message}); save it again as .docx, or as .pdf or .txt.`);
  }
  return htmlToText(html);
}
