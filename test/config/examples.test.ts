// The documented examples must stay true: .env.example lists every setting the server reads,
// and config.example.yaml is a valid trust file for the policies in knowledge/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicies, loadServerConfig, readTrustFile, SETTING_NAMES } from '../../src/config/index.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';

const root = join(import.meta.dirname, '..', '..');

describe('documented configuration', () => {
  it('.env.example lists every variable, each with a comment above it', () => {
    const lines = readFileSync(join(root, '.env.example'), 'utf8').split('\n');
    for (const name of SETTING_NAMES) {
      const at = lines.findIndex((l) => l.startsWith(`${name}=`));
      expect(at, `${name} is missing from .env.example`).toBeGreaterThan(0);
      expect(lines[at - 1], `${name} needs a comment`).toMatch(/^#/);
    }
    const listed = lines.filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split('=')[0]);
    expect(listed.sort()).toEqual([...SETTING_NAMES].sort());
  });

  it('the README documents every variable', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const name of SETTING_NAMES) expect(readme, name).toContain(`\`${name}\``);
  });

  it('config.example.yaml is a valid trust file for the committed knowledge', () => {
    const file = join(root, 'config.example.yaml');
    expect(() => readTrustFile(file)).not.toThrow();
    const config = loadServerConfig({ POLICYBOT_CONFIG: file }, root);
    const known = [...loadKnowledge().policies.keys()];
    expect(() => checkPolicies(config, known)).not.toThrow();
  });
});
