// Moving to the Microsoft 365 Agents SDK must be one folder's work: nothing outside
// adapters/teams/ (tests included) imports botbuilder or botframework-*.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// An import statement (at the start of a line, so an example inside a test string does not count),
// a dynamic import, or a require.
const BOT_FRAMEWORK = /^\s*(import|export)\b[^;]*?from\s+['"](botbuilder|botframework)|\bimport\(\s*['"](botbuilder|botframework)|\brequire\(\s*['"](botbuilder|botframework)/m;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

describe('botbuilder stays inside adapters/teams/', () => {
  const outside = ['src', 'adapters', 'test', 'scripts', 'bin']
    .flatMap((d) => { try { return sources(join(root, d)); } catch { return []; } })
    .filter((f) => !relative(root, f).startsWith(join('adapters', 'teams')));

  it('checks the rest of the project', () => {
    expect(outside.length).toBeGreaterThan(20);
    expect(`import { CloudAdapter } from 'botbuilder';`).toMatch(BOT_FRAMEWORK);
  });

  it('finds no Bot Framework import outside the Teams adapter', () => {
    expect(outside.filter((f) => BOT_FRAMEWORK.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f))).toEqual([]);
  });
});
