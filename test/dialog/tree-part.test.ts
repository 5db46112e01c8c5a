// The trees part of the knowledge folder: `policybot lint` reports a bad tree with its file and
// path, and changing trees.yaml changes the policy version (so old buttons restart).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultKnowledgeDir, formatProblem, lintKnowledge, loadKnowledge } from '../../src/knowledge/index.ts';

const tmp = mkdtempSync(join(tmpdir(), 'trees-part-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copy(): string {
  const dir = mkdtempSync(join(tmp, 'k-'));
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  return dir;
}

describe('trees in the knowledge folder', () => {
  it('are loaded onto each policy', () => {
    const k = loadKnowledge();
    for (const loaded of k.policies.values()) expect(loaded.trees?.length).toBeGreaterThanOrEqual(4);
  });

  it('a broken tree is a lint problem "file → at path: what to do", and loading refuses it', () => {
    const dir = copy();
    const file = join(dir, 'policies', 'quorn-hall', 'trees.yaml');
    const text = readFileSync(file, 'utf8');
    const first = /cites: \[ "([\d.]+)"/.exec(text)![1]!;
    writeFileSync(file, text.replace(`cites: [ "${first}"`, 'cites: [ "99.9"'));
    const problems = lintKnowledge(dir).map((p) => formatProblem(p, '/'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.includes('policies/quorn-hall/trees.yaml → at trees[0].nodes.'))).toBe(true);
    expect(problems.join('\n')).toMatch(/policies\/quorn-hall\/trees\.yaml → at trees\[0\]\.nodes\.[a-z-]+\.cites\[0\]: clause "99\.9" does not exist in policy "quorn-hall"/);
    expect(() => loadKnowledge(dir)).toThrow(/problem/);
  });

  it('changing trees.yaml changes the policy version', () => {
    const dir = copy();
    const before = loadKnowledge(dir).policies.get('yes-trust')!.version;
    const file = join(dir, 'policies', 'yes-trust', 'trees.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# edited\n`);
    expect(loadKnowledge(dir).policies.get('yes-trust')!.version).not.toBe(before);
  });
});
