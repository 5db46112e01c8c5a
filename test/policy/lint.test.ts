// `lintKnowledge` and `loadKnowledge` on broken copies of a real policy: each mistake a
// knowledge author can make is reported with the file, the path inside it and what to do.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/errors.ts';
import { formatProblem, lintKnowledge, loadKnowledge } from '../../src/knowledge/index.ts';
import { KNOWLEDGE } from './knowledge-files.ts';

/** A knowledge folder holding a copy of quorn-hall, with `edit` applied to its policy.yaml. */
function copyWith(edit: (policy: Record<string, any>) => void): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'policybot-lint-'));
  const from = join(KNOWLEDGE, 'policies', 'quorn-hall');
  const to = join(dir, 'policies', 'quorn-hall');
  for (const name of ['policy.yaml', 'source.txt', 'overrides.yaml']) cpSync(join(from, name), join(to, name));
  const file = join(to, 'policy.yaml');
  const policy = parse(readFileSync(file, 'utf8'));
  edit(policy);
  writeFileSync(file, stringify(policy));
  return { dir, file };
}

const lines = (dir: string) => lintKnowledge(dir).map((p) => formatProblem(p, dir));

describe('lint', () => {
  it('passes the committed knowledge folder', () => {
    expect(lintKnowledge(KNOWLEDGE)).toEqual([]);
  });

  it('passes an unchanged copy', () => {
    expect(lines(copyWith(() => {}).dir)).toEqual([]);
  });

  it('names a misspelt key and says to remove or correct it', () => {
    const { dir } = copyWith((p) => {
      p.clauses[2].txet = p.clauses[2].text;
    });
    expect(lines(dir)).toEqual(['policies/quorn-hall/policy.yaml → at clauses[2]: unknown key "txet": remove it or correct the spelling']);
  });

  it('reports an empty clause and a missing field with their paths', () => {
    const { dir } = copyWith((p) => {
      p.clauses[0].text = '';
      delete p.review.due;
    });
    expect(lines(dir)).toEqual([
      'policies/quorn-hall/policy.yaml → at review.due: missing: add a value here',
      'policies/quorn-hall/policy.yaml → at clauses[0].text: a clause must have text',
    ]);
  });

  it('reports duplicate and missing clause numbers', () => {
    const { dir } = copyWith((p) => {
      p.clauses[1].number = '1.1';
    });
    const found = lines(dir);
    expect(found).toContain('policies/quorn-hall/policy.yaml → at clauses[1].number: "1.1" is also the number of clauses[0]; give each clause its own number (overrides.yaml clauses[].renumber)');
    expect(found.some((l) => l.includes('no clause numbered "1.2"'))).toBe(true);
  });

  it('reports a role citing a clause the policy does not have', () => {
    const { dir } = copyWith((p) => {
      p.roles.escalation.clauses = ['1.3', '99.1'];
    });
    expect(lines(dir)).toEqual([
      'policies/quorn-hall/policy.yaml → at roles.escalation.clauses[1]: cites clause "99.1", which the policy does not have; cite an existing clause number',
    ]);
  });

  it('reports an impossible date', () => {
    const { dir } = copyWith((p) => {
      p.review.due = '2024-02-30';
    });
    expect(lines(dir)).toEqual(['policies/quorn-hall/policy.yaml → at review.due: not a real date: write YYYY-MM-DD, e.g. 2024-03-18']);
  });

  it('notices a source.txt edited after ingestion', () => {
    const { dir } = copyWith(() => {});
    writeFileSync(join(dir, 'policies', 'quorn-hall', 'source.txt'), 'edited');
    expect(lines(dir)).toEqual(['policies/quorn-hall/policy.yaml → at source.sha256: source.txt has changed since ingestion; re-run `policybot ingest` on it']);
  });

  it('reports YAML syntax errors with the line', () => {
    const { dir, file } = copyWith(() => {});
    writeFileSync(file, 'id: quorn-hall\nname: [unclosed\n');
    expect(lines(dir)[0]).toMatch(/^policies\/quorn-hall\/policy\.yaml → at line \d+: .*fix the YAML syntax$/);
  });
});

describe('loadKnowledge', () => {
  it('loads the five policies with a version hash each', () => {
    const k = loadKnowledge(KNOWLEDGE);
    expect([...k.policies.keys()].sort()).toEqual(['bicester-learning-academy', 'quorn-hall', 'robert-carre-trust', 'wycliffe-primary', 'yes-trust']);
    for (const p of k.policies.values()) expect(p.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('refuses a broken folder with every problem as "file → at path: what to do"', () => {
    const { dir } = copyWith((p) => {
      p.clauses[0].text = '';
      p.review.due = '2024-13-01';
    });
    let error: unknown;
    try {
      loadKnowledge(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).problems).toHaveLength(2);
    for (const p of (error as KnowledgeError).problems) expect(p).toMatch(/policy\.yaml → at (clauses\[0\]\.text|review\.due): /);
  });

  it('says what to do when the folder does not exist', () => {
    expect(() => loadKnowledge('/no/such/knowledge')).toThrow(/1 problem/);
    expect(lintKnowledge('/no/such/knowledge')[0]!.message).toMatch(/pass --knowledge DIR/);
  });
});
