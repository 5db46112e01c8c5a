/**
 * The Teams app package: manifest.json (schema 1.19) filled in from the template, and the two
 * icons, zipped flat as Teams expects. Pure apart from reading the template.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { ConfigError } from '../../../src/errors.ts';
import { colorIcon, outlineIcon } from './icons.ts';

const GUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;

export interface PackageInput {
  /** MICROSOFT_APP_ID: the Azure Bot's app id, also used as the Teams app id. */
  appId: string | undefined;
  /** POLICYBOT_PUBLIC_URL: the https address the server is reached at. */
  publicUrl?: string;
  version: string;
  developerName?: string;
}

export function buildManifest(input: PackageInput): Record<string, unknown> {
  const appId = input.appId?.trim();
  if (!appId) {
    throw new ConfigError('MICROSOFT_APP_ID is missing: the Teams app package needs the Azure Bot\'s Microsoft App ID as its bot id, e.g. MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000000 npm run teams:package');
  }
  if (!GUID.test(appId)) throw new ConfigError(`MICROSOFT_APP_ID is "${appId}", which is not an app id: copy the Microsoft App ID (a GUID) from the Azure Bot's Configuration page`);
  const url = new URL(input.publicUrl ?? 'https://policybot.example.org/');
  if (url.protocol !== 'https:') throw new ConfigError(`POLICYBOT_PUBLIC_URL is "${input.publicUrl}": Teams needs an https address, e.g. POLICYBOT_PUBLIC_URL=https://policybot.school.example`);
  const fill: Record<string, string> = {
    MICROSOFT_APP_ID: appId.toLowerCase(),
    VERSION: input.version,
    PUBLIC_URL: url.origin + '/',
    DOMAIN: url.hostname,
    DEVELOPER_NAME: input.developerName ?? 'policybot',
  };
  const template = readFileSync(new URL('./manifest.template.json', import.meta.url), 'utf8');
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (_m, name: string) => {
    const value = fill[name];
    if (value === undefined) throw new Error(`manifest.template.json: unknown placeholder {{${name}}}`);
    return JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(text) as Record<string, unknown>;
}

export async function buildAppPackage(input: PackageInput): Promise<Buffer> {
  const zip = new JSZip();
  const fixed = new Date('2026-01-01T00:00:00Z'); // same input, same bytes
  zip.file('manifest.json', JSON.stringify(buildManifest(input), null, 2) + '\n', { date: fixed });
  zip.file('color.png', colorIcon(), { date: fixed });
  zip.file('outline.png', outlineIcon(), { date: fixed });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
