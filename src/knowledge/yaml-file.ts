/** Reads a YAML file through a zod schema, turning every failure into a Problem with its path. */
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import type { Problem } from './types.ts';

/**
 * Knowledge files are read with js-yaml: the `yaml` package (still used to write them) parses the
 * long flow lists of the vocabulary and safeguarding signs ten times slower, and start-up reads
 * about 400 KB of them. The core schema keeps dates ("2024-03-18") as strings, as zod expects.
 */
export function parseYaml(text: string): { value: unknown } | { error: { line?: number; message: string } } {
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) };
  } catch (err) {
    if (err instanceof YAMLException) return { error: { line: err.mark ? err.mark.line + 1 : undefined, message: err.reason } };
    return { error: { message: (err as Error).message.split('\n')[0] ?? 'unreadable' } };
  }
}

/** zod's path as a knowledge author reads it: clauses[3].text. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** zod's message, with what to do where zod does not say it. */
function advice(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or correct the spelling`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing: add ${issue.expected === 'string' ? 'a value' : `a ${issue.expected}`} here`;
  return issue.message;
}

export function readYaml<T extends z.ZodType>(file: string, schema: T): { value?: z.infer<T>; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { problems: [{ file, path: '', message: `cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the file exists and is readable` }] };
  }
  const parsed = parseYaml(text);
  if ('error' in parsed) {
    return { problems: [{ file, path: `line ${parsed.error.line ?? '?'}`, message: `${parsed.error.message}; fix the YAML syntax` }] };
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    return { problems: result.error.issues.map((i) => ({ file, path: issuePath(i.path), message: advice(i) })) };
  }
  return { value: result.data, problems: [] };
}
