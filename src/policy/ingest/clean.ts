/**
 * Line cleaning: strips the debris that PDF and Word conversion leaves in a policy's text
 * (`**bold**`, `<u>…</u>`, footnote markers such as `students¹`) while keeping the words exactly.
 */

/** Superscript digits used as footnote markers (¹²³⁴⁵⁶⁷⁸⁹⁰). */
const SUPERSCRIPTS = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/g;
const LEADING_SUPERSCRIPT = /^[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+\s*/;

export interface CleanLine {
  /** The words of the line, debris removed and runs of spaces collapsed. */
  text: string;
  /** The whole line was underlined (`<u>Scope</u>`): a heading in Word's plainest form. */
  underlined: boolean;
  /** The whole line (after any number) was bold (`3 **Who Is Covered…**`). */
  bold: boolean;
  /** The line started with a footnote marker: it is the footnote's own text. */
  footnote: boolean;
  /** The line was a row of a table (tab-separated cells). */
  tableRow: boolean;
}

export function cleanLine(raw: string): CleanLine {
  const tableRow = raw.includes('\t');
  let text = raw.trim();
  const underlined = /^<u>[^<]+<\/u>:?$/i.test(text);
  const bold = /^(?:[\d.]+\s+)?\*\*[^*]+\*\*:?$/.test(text);
  text = text.replace(/<\/?u>/gi, '').replace(/\*{2,3}/g, '');
  const footnote = LEADING_SUPERSCRIPT.test(text);
  text = text.replace(LEADING_SUPERSCRIPT, '').replace(SUPERSCRIPTS, '');
  text = text.replace(/[\t ]+/g, ' ').trim();
  return { text, underlined, bold, footnote, tableRow };
}

/** Splits text into sentences, keeping each sentence's closing punctuation. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+(?=[A-Z'"‘“(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
