/**
 * Splits a policy's blocks into front matter (title, approval and review table), body and end
 * matter (trailing tables and review notes), and decides which numbering the body uses.
 */
import type { Block } from './blocks.ts';

export type Scheme = 'document' | 'sections' | 'lettered';

export interface Structure {
  front: Block[];
  body: Block[];
  end: Block[];
  scheme: Scheme;
}

/** "This policy is reviewed annually", "to be reviewed and revised every two years". */
export function isReviewNote(block: Block): boolean {
  const t = block.text;
  return (
    !block.number &&
    /\b(review|reviewed|revised)\b/i.test(t) &&
    /\b(every|annually|yearly|date|due)\b/i.test(t) &&
    t.split(/\s+/).length <= 30
  );
}

const isContent = (b: Block) => !b.heading && !b.stray && !b.metaLike;

/**
 * Front matter ends after the last metadata line near the top (scanning stops at the first
 * numbered clause or after three paragraphs of body text), then runs on to the first heading
 * that has text under it: a heading followed straight by another heading is the title.
 */
function frontLength(blocks: Block[]): number {
  let lastMeta = -1;
  let paragraphs = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.number || b.sub || paragraphs >= 3) break;
    if (b.metaLike) lastMeta = i;
    else if (isContent(b)) paragraphs++;
  }
  for (let i = lastMeta + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.heading) continue;
    const next = blocks.slice(i + 1).find((n) => !n.stray);
    if (next && !next.heading) return i;
  }
  return 0;
}

function endStart(blocks: Block[], from: number): number {
  let i = blocks.length;
  while (i > from) {
    const b = blocks[i - 1]!;
    if (b.metaLike || b.stray || isReviewNote(b)) i--;
    else break;
  }
  return i;
}

export function detectScheme(body: Block[]): Scheme {
  const content = body.filter(isContent);
  if (content.length === 0) return 'sections';
  const lettered = content.filter((b) => b.sub || (b.number && /^[A-Z]\d+$/.test(b.number))).length;
  const numbered = content.filter((b) => b.number && /^\d+(\.\d+)*$/.test(b.number)).length;
  if (lettered / content.length > 0.5) return 'lettered';
  if (numbered / content.length > 0.5) return 'document';
  return 'sections';
}

/**
 * Where a document marks its headings (Markdown "#", or Word's heading styles), a short line
 * without a full stop is a paragraph, not a guessed heading.
 */
function trustMarkedHeadings(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.heading?.by === 'markdown')) return blocks;
  return blocks.map((b) => {
    if (!b.heading || b.heading.by === 'markdown' || b.heading.by === 'numbered' || b.heading.by === 'underline') return b;
    const { heading: _guess, ...rest } = b;
    return rest;
  });
}

export function structure(input: Block[]): Structure {
  const blocks = trustMarkedHeadings(input);
  // End matter first, so a table at the end of a short policy is not taken for front matter.
  const e = endStart(blocks, 0);
  const f = Math.min(frontLength(blocks.slice(0, e)), e);
  const body = blocks.slice(f, e);
  return { front: blocks.slice(0, f), body, end: blocks.slice(e), scheme: detectScheme(body) };
}
