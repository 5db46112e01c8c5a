// Search hints (hints.yaml): what a knowledge author notices when a file is wrong (lint names
// the file, the clause and the fix), and what staff notice when it is right (a question asked
// the way a hint puts it finds that clause).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASKED_FILE, lintKnowledge, loadKnowledge, readHints } from '../../src/knowledge/index.ts';
import { buildClauseIndex } from '../../src/search/clause-index.ts';
import { rankClauses } from '../../src/search/rank.ts';
import { loadVocabulary } from '../../src/search/vocabulary.ts';
import { ROOT } from '../answer/fixture.ts';
import { KnowledgeError } from '../../src/errors.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A knowledge folder holding a copy of Quorn Hall with the given hints.yaml (or asked.yaml) text. */
function folderWithHints(yaml: string | undefined, file: 'hints.yaml' | 'asked.yaml' = 'hints.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'policybot-hints-'));
  dirs.push(dir);
  const policy = join(dir, 'policies', 'quorn-hall');
  cpSync(join(ROOT, 'knowledge', 'policies', 'quorn-hall'), policy, { recursive: true });
  rmSync(join(policy, file), { force: true });
  if (yaml !== undefined) writeFileSync(join(policy, file), yaml);
  return dir;
}

describe('hints.yaml: loading and lint', () => {
  it('the committed knowledge lints clean, and every policy with hints.yaml or asked.yaml gets them', () => {
    for (const dir of [join(ROOT, 'knowledge'), join(ROOT, 'eval', 'knowledge')]) {
      expect(lintKnowledge(dir)).toEqual([]);
      for (const loaded of loadKnowledge(dir).policies.values()) {
        expect(loaded.hints).toEqual(readHints(loaded.dir, loaded.policy).hints);
        expect(loaded.asked).toEqual(readHints(loaded.dir, loaded.policy, ASKED_FILE).hints);
        expect(Object.keys(loaded.asked ?? {}).length).toBeGreaterThan(10);
      }
    }
  });

  it('asked.yaml: questions load onto the policy, and a clause number it does not have is reported in that file', () => {
    const ok = folderWithHints('clauses:\n  "5.21": ["a yr 11 added me on snap"]\n', ASKED_FILE);
    expect(loadKnowledge(ok).policies.get('quorn-hall')?.asked).toEqual({ '5.21': ['a yr 11 added me on snap'] });
    const bad = folderWithHints('clauses:\n  "5.99": ["a yr 11 added me on snap"]\n', ASKED_FILE);
    const problems = lintKnowledge(bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toMatch(/quorn-hall[\\/]asked\.yaml$/);
    expect(problems[0]?.message).toMatch(/no clause "5\.99"/);
  });

  it('a policy without hints.yaml is valid and has none', () => {
    const dir = folderWithHints(undefined);
    expect(lintKnowledge(dir)).toEqual([]);
    expect(loadKnowledge(dir).policies.get('quorn-hall')?.hints).toBeUndefined();
  });

  it('loads clause number → phrasings onto the policy', () => {
    const dir = folderWithHints('clauses:\n  "5.21": ["can i add a pupil on insta", "friend request to a student"]\n');
    expect(loadKnowledge(dir).policies.get('quorn-hall')?.hints).toEqual({ '5.21': ['can i add a pupil on insta', 'friend request to a student'] });
  });

  it('a clause number the policy does not have: names the file, the number and the nearest ones', () => {
    const dir = folderWithHints('clauses:\n  "5.99": ["can i add a pupil on insta"]\n');
    const problems = lintKnowledge(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toMatch(/quorn-hall[\\/]hints\.yaml$/);
    expect(problems[0]?.path).toBe('clauses."5.99"');
    expect(problems[0]?.message).toMatch(/no clause "5\.99".*nearest: 5\.\d+/);
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    try {
      loadKnowledge(dir);
    } catch (err) {
      expect((err as KnowledgeError).problems).toEqual([expect.stringMatching(/hints\.yaml → at clauses\."5\.99": /)]);
    }
  });

  it('an empty hint, an empty list, a hint of only question words and a misspelt key are each reported', () => {
    const dir = folderWithHints('clauses:\n  "5.21": ["", "  "]\n  "5.22": []\n  "5.20": ["can i do that?"]\nclause: {}\n');
    const problems = lintKnowledge(dir).map((p) => `${p.path}: ${p.message}`);
    expect(problems.some((p) => /^clauses\."5\.21"\[0\]: a hint cannot be empty/.test(p))).toBe(true);
    expect(problems.some((p) => /^clauses\."5\.21"\[1\]: a hint cannot be empty/.test(p))).toBe(true);
    expect(problems.some((p) => /^clauses\."5\.22": give at least one hint/.test(p))).toBe(true);
    expect(problems.some((p) => /unknown key "clause"/.test(p))).toBe(true);
    // zod stops at the schema problems; once they are fixed the question-words hint is reported
    const fixed = folderWithHints('clauses:\n  "5.20": ["can i do that?"]\n');
    expect(lintKnowledge(fixed).map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(/^clauses\."5\.20"\[0\]: "can i do that\?" has no words to search by/),
    ]);
  });

  it('not YAML at all: the line and "fix the YAML syntax"', () => {
    const dir = folderWithHints('clauses:\n  "5.21": ["unclosed\n');
    expect(lintKnowledge(dir)[0]?.message).toMatch(/fix the YAML syntax/);
  });
});

describe('hints in the ranking', () => {
  const vocab = loadVocabulary(join(ROOT, 'knowledge'));
  const policy = loadKnowledge(folderWithHints(undefined)).policies.get('quorn-hall')!.policy;
  // A phrasing that shares no content word with the clause ("initiate friendships with pupils…")
  const target = policy.clauses.find((c) => c.number === '5.21')!;
  const question = 'swapping numbers with my year eleven tutees';

  it.each([
    ['a hint', 'hints'],
    ['one staff asked (asked.yaml)', 'asked'],
  ] as const)('a question worded like %s finds its clause first; without it, it does not', (_, option) => {
    const plain = buildClauseIndex(policy, vocab);
    const worded = buildClauseIndex(policy, vocab, { [option]: { [target.number]: ['swapping phone numbers with my tutees'] } });
    const first = (index: typeof plain) => index.clauses[rankClauses(index, question).results[0]?.doc ?? -1]?.number;
    expect(first(plain)).not.toBe(target.number);
    expect(first(worded)).toBe(target.number);
  });

  it("an asked question's words are not the clause's: a word only it uses finds nothing, as a hint's word would", () => {
    const words = 'zorblat';
    const text = 'swapping numbers with my tutees on zorblat';
    const hinted = buildClauseIndex(policy, vocab, { hints: { [target.number]: [text] } });
    const asked = buildClauseIndex(policy, vocab, { asked: { [target.number]: [text] } });
    expect(rankClauses(hinted, words).results.map((r) => hinted.clauses[r.doc]?.number)).toContain(target.number);
    expect(rankClauses(asked, words).results).toEqual([]);
  });
});
