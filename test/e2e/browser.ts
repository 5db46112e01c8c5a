/**
 * Debian's Chromium driven by playwright-core. Locally a machine without /usr/bin/chromium
 * skips the browser tests with a message; in CI (CI=true, where .ci/run installs it) a missing
 * browser fails them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const inCi = process.env.CI === 'true' || process.env.CI === '1';
export const haveBrowser = existsSync(CHROMIUM);

if (!haveBrowser && !inCi) {
  console.warn(`Skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
}

/** Run the suite when there is a browser, or in CI, where a missing one must fail loudly. */
export const runBrowserTests = haveBrowser || inCi;

export function launch(): Promise<Browser> {
  if (!haveBrowser) throw new Error(`CI=true but there is no Chromium at ${CHROMIUM}: .ci/run should have installed it (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
