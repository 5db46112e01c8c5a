/**
 * The two baselines the evaluation and the benchmark measure ours against, over the very
 * same clauses: fuse.js with its default options, and a plain BM25 index (MiniSearch, default
 * options). Each clause is one document: its headings, lead-in and text.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Policy } from '../policy/schema.ts';

export interface BaselineSearch {
  /** Clause numbers, best first; empty when nothing matches (taken as no-match). */
  search(text: string): string[];
}

function documentOf(c: Policy['clauses'][number]): string {
  return [...c.headings, c.lead ?? '', c.text].filter(Boolean).join('\n');
}

export function fuseBaseline(policy: Policy): BaselineSearch {
  const docs = policy.clauses.map(documentOf);
  const fuse = new Fuse(docs);
  return { search: (text) => fuse.search(text).map((r) => policy.clauses[r.refIndex]?.number ?? '') };
}

export function bm25Baseline(policy: Policy): BaselineSearch {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(policy.clauses.map((c, id) => ({ id, text: documentOf(c) })));
  return { search: (text) => mini.search(text).map((r) => policy.clauses[r.id as number]?.number ?? '') };
}
