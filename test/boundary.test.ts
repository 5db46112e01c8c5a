// The core must stay platform-neutral: moving from Bolt or botbuilder to another SDK should be
// one adapter folder's work. This reads every source file under src/ and fails on a platform import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PLATFORM = /from\s+['"](@slack\/[^'"]*|botbuilder[^'"]*|botframework[^'"]*|@microsoft\/agents[^'"]*|adaptivecards)['"]|import\(\s*['"](@slack\/|botbuilder)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the core never imports a platform SDK', () => {
  const files = sources(join(import.meta.dirname, '..', 'src'));

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(PLATFORM);
  });

  it('would catch a platform import', () => {
    expect(`import { App } from '@slack/bolt';`).toMatch(PLATFORM);
    expect(`import { CloudAdapter } from 'botbuilder';`).toMatch(PLATFORM);
  });
});
