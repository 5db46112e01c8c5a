import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../adapters/teams/package.ts';
import { pngSize } from '../../adapters/teams/appPackage/icons.ts';

const dir = mkdtempSync(join(tmpdir(), 'policybot-teams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const APP_ID = '6e0c4f5a-1b2c-4d3e-8f9a-0b1c2d3e4f5a';

describe('npm run teams:package', () => {
  test('builds a zip with a 1.19 manifest carrying the bot id, and icons of the sizes Teams requires', async () => {
    const file = await main({ MICROSOFT_APP_ID: APP_ID, POLICYBOT_PUBLIC_URL: 'https://policybot.quornhall.example' }, join(dir, 'policybot-teams.zip'));
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, any>;
    expect(manifest.$schema).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.19/MicrosoftTeams.schema.json');
    expect(manifest.manifestVersion).toBe('1.19');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(['ask', 'clause', 'topics', 'help']);
    expect(manifest.validDomains).toEqual(['policybot.quornhall.example']);
    expect(manifest.developer.privacyUrl).toBe('https://policybot.quornhall.example/');
    // Limits from the manifest schema.
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    for (const c of manifest.bots[0].commandLists[0].commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
    expect(pngSize(await zip.file('color.png')!.async('nodebuffer'))).toEqual({ width: 192, height: 192 });
    expect(pngSize(await zip.file('outline.png')!.async('nodebuffer'))).toEqual({ width: 32, height: 32 });
  });

  test('without MICROSOFT_APP_ID it stops with a message naming the variable', async () => {
    await expect(main({}, join(dir, 'x.zip'))).rejects.toThrow(/^MICROSOFT_APP_ID is missing/);
    await expect(main({ MICROSOFT_APP_ID: 'my-bot' }, join(dir, 'x.zip'))).rejects.toThrow(/MICROSOFT_APP_ID is "my-bot", which is not an app id/);
  });
});
