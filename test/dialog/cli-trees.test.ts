import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { trees } from '../../src/cli/commands/trees.ts';
import { UsageError } from '../../src/errors.ts';

function io() {
  const out: string[] = [];
  const value: CliIo = { stdout: (t) => void out.push(t), stderr: () => {}, readStdin: async function* () {}, env: {}, cwd: process.cwd() };
  return { value, out: () => out.join('') };
}

describe('policybot trees', () => {
  it('lists the trees with their numbers of questions and verdicts', async () => {
    const o = io();
    expect(await trees.run(['--policy', 'quorn-hall'], o.value)).toBe(0);
    expect(o.out()).toMatch(/^Quorn Hall School: 4 decision trees\n/);
    expect(o.out()).toMatch(/^photos\s+Photos and videos of pupils\s+\(2 questions, 5 verdicts\)$/m);
  });

  it('--format json gives counts and each leaf\'s verdict and clauses', async () => {
    const o = io();
    await trees.run(['--policy', 'wycliffe-primary', '--format', 'json'], o.value);
    const out = JSON.parse(o.out());
    expect(out.policy.id).toBe('wycliffe-primary');
    const photos = out.trees.find((t: { id: string }) => t.id === 'photos');
    expect(photos.leaves).toContainEqual({ node: 'own-device', verdict: 'not-allowed', cites: expect.arrayContaining([expect.any(String)]) });
  });

  it('--format mermaid --tree draws one flowchart; without --tree, all trees as subgraphs', async () => {
    const one = io();
    await trees.run(['--policy', 'bicester-learning-academy', '--format', 'mermaid', '--tree', 'photos'], one.value);
    expect(one.out().split('\n')[0]).toBe('flowchart TD');
    expect(one.out()).toMatch(/photos__personal_yes\(\["ALLOWED: .*<br\/>cites [\d., ]+"\]\):::allowed/);
    expect(one.out()).not.toContain('subgraph');
    const all = io();
    await trees.run(['--policy', 'bicester-learning-academy', '--format', 'mermaid'], all.value);
    expect(all.out().match(/subgraph /g)).toHaveLength(4);
  });

  it('says what is wrong with a bad command line', async () => {
    await expect(trees.run([], io().value)).rejects.toThrow(UsageError);
    await expect(trees.run(['--policy', 'quorn-hall', '--format', 'png'], io().value)).rejects.toThrow(/use text, json or mermaid/);
    await expect(trees.run(['--policy', 'quorn-hall', '--tree', 'nope'], io().value)).rejects.toThrow(/its trees: photos, contact, speaking, personal-use/);
  });
});
