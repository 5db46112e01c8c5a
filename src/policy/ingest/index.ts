/**
 * Ingestion: a policy's text in, a Policy (and a report for its author) out. The steps live
 * in their own files: blocks (lines → paragraphs, headings, numbers), structure (front matter,
 * body, end matter, numbering scheme), number (clauses), metadata (dates), roles, and the
 * author's overrides. Pure: the same text and overrides always give the same policy.
 */
import { createHash } from 'node:crypto';
import { KnowledgeError } from '../../errors.ts';
import { Policy, type Clause } from '../schema.ts';
import type { Overrides } from '../overrides.ts';
import { toBlocks, type Block } from './blocks.ts';
import { structure } from './structure.ts';
import { numberClauses } from './number.ts';
import { readMetadata } from './metadata.ts';
import { guessRoles } from './roles.ts';

export type SourceFormat = Policy['source']['format'];

export interface IngestOptions {
  id: string;
  format: SourceFormat;
  name?: string;
  overrides?: Overrides;
  /** Named in problems with the overrides ("knowledge/policies/x/overrides.yaml"). */
  overridesFile?: string;
}

export interface IngestReport {
  sections: { number: string; heading: string }[];
  clauses: number;
  scheme: Policy['numbering']['scheme'];
  /** How numbers were assigned where the document's own were missing or broken. */
  notes: string[];
  /** What the author should review. */
  unsure: string[];
}

function applySplits(blocks: Block[], ov: Overrides, file: string): Block[] {
  const out = [...blocks];
  ov.splits.forEach((s, i) => {
    const at = out.findIndex((b) => b.text.indexOf(s.before) > 0);
    if (at < 0) throw new KnowledgeError(`${file} → at splits[${i}].before: no paragraph contains "${s.before}" after its start; quote the words where the second part begins`);
    const b = out[at]!;
    const cut = b.text.indexOf(s.before);
    const first: Block = { ...b, text: b.text.slice(0, cut).trim() };
    const { number: _n, sub: _s, ...rest } = b;
    out.splice(at, 1, first, { ...rest, text: b.text.slice(cut).trim(), footnote: false });
  });
  return out;
}

function markMetadata(blocks: Block[], ov: Overrides, file: string): Set<Block> {
  const meta = new Set<Block>();
  ov.metadata.forEach((fragment, i) => {
    const b = blocks.find((x) => x.text.includes(fragment));
    if (!b) throw new KnowledgeError(`${file} → at metadata[${i}]: no paragraph contains "${fragment}"; quote its words exactly`);
    meta.add(b);
  });
  return meta;
}

function applyClauseEdits(clauses: Clause[], ov: Overrides, file: string): Clause[] {
  const byNumber = new Map(clauses.map((c) => [c.number, c]));
  ov.clauses.forEach((edit, i) => {
    const c = byNumber.get(edit.number);
    if (!c) throw new KnowledgeError(`${file} → at clauses[${i}].number: ingestion gave no clause the number "${edit.number}"; use a number from policy.yaml as ingested`);
    if (edit.lead === null) delete c.lead;
    else if (edit.lead !== undefined) c.lead = edit.lead;
    if (edit.headings) c.headings = edit.headings;
    if (edit.renumber) {
      if (byNumber.has(edit.renumber)) throw new KnowledgeError(`${file} → at clauses[${i}].renumber: "${edit.renumber}" is already a clause's number; choose a free one`);
      c.number = edit.renumber;
    }
  });
  return clauses;
}

function titleCase(id: string): string {
  return id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

export function ingestText(text: string, opts: IngestOptions): { policy: Policy; report: IngestReport } {
  const ov: Overrides = opts.overrides ?? { metadata: [], splits: [], clauses: [] };
  const file = opts.overridesFile ?? 'overrides.yaml';
  const blocks = applySplits(toBlocks(text), ov, file);
  const forcedMeta = markMetadata(blocks, ov, file);
  const s = structure(blocks);
  const body = s.body.filter((b) => !forcedMeta.has(b));
  const numbered = numberClauses(body, s.scheme);
  const clauses = applyClauseEdits(numbered.clauses, ov, file);
  const unsure = [...numbered.unsure];

  const matter = [...s.front, ...s.end];
  const found = readMetadata(matter);
  const name = opts.name ?? ov.name ?? found.name;
  if (!name) unsure.push(`no organisation name found: used "${titleCase(opts.id)}"; pass --name ORG`);
  const review = ov.review ?? found.review;
  if (!review) unsure.push('no review date found: set review {due, text} in overrides.yaml (recorded as overdue until then)');
  else if (!ov.review) unsure.push(`review date read as ${review.due} from "${review.text}": check it`);
  const guessed = guessRoles(clauses);
  if (!ov.roles) unsure.push(...guessed.unsure);

  const approved = ov.approved ?? found.approved;
  const policy = Policy.parse({
    id: opts.id,
    name: name ?? titleCase(opts.id),
    title: ov.title ?? found.title ?? 'Social Media Policy',
    source: { file: 'source.txt', format: opts.format, sha256: createHash('sha256').update(text).digest('hex') },
    ...(approved ? { approved } : {}),
    review: review ?? { due: '1970-01-01', text: 'not stated' },
    roles: ov.roles ?? guessed.roles,
    numbering: { scheme: s.scheme, notes: [...numbered.notes, ...(ov.numbering?.notes ?? [])] },
    sections: numbered.sections,
    metadata: [...s.front, ...s.body.filter((b) => forcedMeta.has(b)), ...s.end].map((b) => b.text).filter(Boolean),
    clauses,
  });
  return {
    policy,
    report: { sections: policy.sections, clauses: policy.clauses.length, scheme: s.scheme, notes: policy.numbering.notes, unsure },
  };
}
