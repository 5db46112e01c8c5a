/**
 * Loads knowledge/policies/<id>/: policy.yaml (through the Policy schema), checks it against
 * its folder name, its source.txt and overrides.yaml, and runs the policy checks.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkPolicy } from '../policy/check.ts';
import { Overrides } from '../policy/overrides.ts';
import { Policy } from '../policy/schema.ts';
import { policiesDir } from './paths.ts';
import type { Knowledge, Problem } from './types.ts';
import { readYaml } from './yaml-file.ts';

/** Short hash of every file in the policy's folder (names and contents), in name order. */
export function policyVersion(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    hash.update(`${name}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

function loadOne(dir: string, id: string, knowledge: Knowledge): Problem[] {
  const file = join(dir, 'policy.yaml');
  if (!existsSync(file)) return [{ file: dir, path: '', message: 'no policy.yaml in this folder; run `policybot ingest FILE --id ' + id + '` or remove the folder' }];
  const { value: policy, problems } = readYaml(file, Policy);
  if (existsSync(join(dir, 'overrides.yaml'))) problems.push(...readYaml(join(dir, 'overrides.yaml'), Overrides).problems);
  if (!policy) return problems;
  if (policy.id !== id) problems.push({ file, path: 'id', message: `is "${policy.id}" but the folder is "${id}"; make them the same` });
  const source = join(dir, policy.source.file);
  if (!existsSync(source)) {
    problems.push({ file, path: 'source.file', message: `${policy.source.file} is missing beside policy.yaml; the source text must be kept with the policy` });
  } else if (createHash('sha256').update(readFileSync(source)).digest('hex') !== policy.source.sha256) {
    problems.push({ file, path: 'source.sha256', message: `${policy.source.file} has changed since ingestion; re-run \`policybot ingest\` on it` });
  }
  problems.push(...checkPolicy(policy).map((p) => ({ file, ...p })));
  knowledge.policies.set(id, { policy, version: policyVersion(dir), dir });
  return problems;
}

export function loadPolicies(knowledge: Knowledge): Problem[] {
  const root = policiesDir(knowledge.dir);
  if (!existsSync(root)) return [{ file: root, path: '', message: 'the knowledge folder has no policies/ folder; pass --knowledge DIR pointing at a knowledge folder' }];
  const ids = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();
  if (ids.length === 0) return [{ file: root, path: '', message: 'no policies; add one with `policybot ingest FILE --id ID`' }];
  return ids.flatMap((id) => loadOne(join(root, id), id, knowledge));
}
