// Re-running ingestion on the committed source.txt and overrides.yaml must give the committed
// policy.yaml byte for byte: every hand correction is data, none is an edit of the output.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/policy/ingest/index.ts';
import { policyToYaml } from '../../src/policy/ingest/write.ts';
import { Overrides } from '../../src/policy/overrides.ts';
import { Policy } from '../../src/policy/schema.ts';
import { ALL, read, SEEDS } from './knowledge-files.ts';

describe.each(ALL)('$id', ({ id, dir }) => {
  it('re-ingesting source.txt with overrides.yaml reproduces policy.yaml exactly', () => {
    const committed = read(dir, 'policy.yaml');
    const format = Policy.parse(parse(committed)).source.format;
    const overridesFile = join(dir, 'overrides.yaml');
    const overrides = existsSync(overridesFile) ? Overrides.parse(parse(readFileSync(overridesFile, 'utf8')) ?? {}) : undefined;
    const { policy } = ingestText(read(dir, 'source.txt'), { id, format, overrides });
    expect(policyToYaml(policy)).toBe(committed);
  });
});

describe.each(ALL.filter(({ id }) => id in SEEDS))('$id source.txt', ({ id, dir }) => {
  it('is the seed text, byte for byte', () => {
    const digest = createHash('sha256').update(readFileSync(join(dir, 'source.txt'))).digest('hex');
    expect(digest).toBe(SEEDS[id]);
  });
});

describe('the invented policy', () => {
  it('is the fixture text, unchanged', () => {
    const dir = ALL.at(-1)!.dir;
    expect(read(dir, 'source.txt')).toBe(readFileSync(join(dir, '..', '..', '..', '..', 'test', 'fixtures', 'policies', 'ashgrove-academy.md'), 'utf8'));
  });
});
