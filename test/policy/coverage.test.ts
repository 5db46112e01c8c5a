// Every sentence of each policy's body lands in exactly one clause, in the order of the text,
// and each clause sits under the heading that precedes it in the source. What is left of the
// source once clauses, headings and metadata are marked must be only bullets and numbers.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Policy } from '../../src/policy/schema.ts';
import { ALL, read } from './knowledge-files.ts';

/** The source as staff would read it: conversion markup gone, whitespace collapsed. */
function norm(text: string): string {
  return text
    .replace(/\*{2,3}|<\/?u>/g, '')
    .replace(/[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/g, '')
    .replace(/\s+/g, ' ');
}

/** Only list markers and numbers may be left over: "- ", "•", "2.1", "B3.", "(a)", "##", ":". */
const LEFTOVER = /^(?:[-•*#–]+|\(?[a-z]\)|[A-Z]?\d+(?:\.\d+)*\.?|:|\s)*$/;

describe.each(ALL)('$id', ({ dir }) => {
  const policy = Policy.parse(parse(read(dir, 'policy.yaml')));
  const source = norm(read(dir, 'source.txt'));
  const owner: (string | undefined)[] = new Array(source.length).fill(undefined);

  const mark = (start: number, length: number, who: string) => {
    for (let i = start; i < start + length; i++) owner[i] = who;
  };
  /** First occurrence of `text` at or after `from` that no clause, heading or metadata owns yet. */
  const findFree = (text: string, from = 0): number => {
    for (let at = source.indexOf(text, from); at >= 0; at = source.indexOf(text, at + 1)) {
      if (owner.slice(at, at + text.length).every((o) => o === undefined)) return at;
    }
    return -1;
  };

  const clauseAt = new Map<string, number>();
  let cursor = 0;
  for (const c of policy.clauses) {
    const text = norm(c.text);
    const at = source.indexOf(text, cursor);
    clauseAt.set(c.number, at);
    if (at >= 0) {
      mark(at, text.length, `clause ${c.number}`);
      cursor = at + text.length;
    }
  }
  const headingAt: { at: number; text: string }[] = [];
  for (const h of new Set(policy.clauses.flatMap((c) => c.headings))) {
    const at = findFree(norm(h));
    if (at >= 0) {
      mark(at, norm(h).length, `heading ${h}`);
      headingAt.push({ at, text: h });
    }
  }
  for (const line of policy.metadata) {
    const at = findFree(norm(line));
    if (at >= 0) mark(at, norm(line).length, 'metadata');
  }

  it('finds every clause in the source, in order, each exactly once', () => {
    const missing = policy.clauses.filter((c) => clauseAt.get(c.number)! < 0).map((c) => c.number);
    expect(missing).toEqual([]);
  });

  it('leaves no sentence of the source outside a clause, heading or metadata line', () => {
    const leftovers: string[] = [];
    let run = '';
    owner.forEach((o, i) => {
      if (o === undefined) run += source[i];
      else if (run) {
        leftovers.push(run);
        run = '';
      }
    });
    if (run) leftovers.push(run);
    expect(leftovers.filter((r) => !LEFTOVER.test(r))).toEqual([]);
  });

  it('puts each clause under the heading that precedes it, so no clause mixes two headings', () => {
    const wrong = policy.clauses.filter((c) => {
      const at = clauseAt.get(c.number)!;
      const before = headingAt.filter((h) => h.at < at).sort((a, b) => b.at - a.at)[0];
      return before?.text !== c.headings.at(-1);
    });
    expect(wrong.map((c) => c.number)).toEqual([]);
  });

  it('takes each lead-in from the text before its list item', () => {
    const wrong = policy.clauses.filter((c) => c.lead && source.lastIndexOf(norm(c.lead), clauseAt.get(c.number)!) < 0);
    expect(wrong.map((c) => c.number)).toEqual([]);
  });

  it('leaves no conversion debris in any clause', () => {
    const debris = policy.clauses.filter((c) => /\*\*|<\/?u>|\t|[\u00B9\u00B2\u00B3\u2074-\u2079]|^\s|\s$/.test(`${c.lead ?? ''}${c.text}`));
    expect(debris.map((c) => c.number)).toEqual([]);
  });
});
