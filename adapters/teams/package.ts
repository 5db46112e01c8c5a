/**
 * `npm run teams:package`: writes build/policybot-teams.zip, the app package a Teams admin
 * uploads (Teams admin centre → Manage apps → Upload, or Apps → Manage your apps → Upload an app).
 *   MICROSOFT_APP_ID=… POLICYBOT_PUBLIC_URL=https://policybot.school.example npm run teams:package
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicybotError } from '../../src/errors.ts';
import { buildAppPackage } from './appPackage/build.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function main(env: NodeJS.ProcessEnv = process.env, outFile = join(root, 'build', 'policybot-teams.zip')): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const zip = await buildAppPackage({ appId: env.MICROSOFT_APP_ID, ...(env.POLICYBOT_PUBLIC_URL ? { publicUrl: env.POLICYBOT_PUBLIC_URL } : {}), version, ...(env.POLICYBOT_DEVELOPER_NAME ? { developerName: env.POLICYBOT_DEVELOPER_NAME } : {}) });
  if (!env.POLICYBOT_PUBLIC_URL) {
    process.stderr.write('POLICYBOT_PUBLIC_URL is not set: the app\'s website, privacy and terms links point to policybot.example.org. Set it to your server\'s https address.\n');
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return outFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (file) => process.stdout.write(`Wrote ${file}: upload it in Teams (Apps → Manage your apps → Upload an app).\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof PolicybotError ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
}
