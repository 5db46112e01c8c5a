/**
 * Writes an ingested policy into the knowledge folder: the source text verbatim and
 * policy.yaml. The YAML is written the same way every time, so re-ingesting unchanged text
 * gives a byte-identical file (a test relies on it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Policy } from '../schema.ts';

const HEADER = '# Written by `policybot ingest` from source.txt and overrides.yaml: edit overrides.yaml, not this file.\n';

export function policyToYaml(policy: Policy): string {
  return HEADER + stringify(policy, { lineWidth: 0, indent: 2 });
}

export function writePolicy(policyDir: string, sourceText: string, policy: Policy): void {
  mkdirSync(policyDir, { recursive: true });
  writeFileSync(join(policyDir, 'source.txt'), sourceText);
  writeFileSync(join(policyDir, 'policy.yaml'), policyToYaml(policy));
}
