// The playground in a real headless Chromium against the real server: a member of staff asks,
// reads the cited clause, walks a decision tree, escalates; SLT takes and answers in the SLT
// view; the answer arrives back in the member of staff's conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { call, startTestServer, type TestServer } from '../server/helpers.ts';
import { launch, runBrowserTests } from './browser.ts';

describe.runIf(runBrowserTests)('the playground in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let asker: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ POLICY_ID: 'quorn-hall' });
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    asker = await context.newPage();
    asker.on('pageerror', (e) => pageErrors.push(String(e)));
    asker.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await asker.goto(`http://localhost:${server.port}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks a question and shows the clause number and its words', async () => {
    await expect.poll(() => asker.locator('#school option').count()).toBeGreaterThan(1);
    expect(await asker.locator('#school').inputValue()).toBe('quorn-hall');
    await asker.getByLabel('Your question', { exact: true }).fill('Can I post images that include pupils on my own page?');
    await asker.getByRole('button', { name: 'Ask', exact: true }).click();
    const reply = asker.locator('article.reply').last();
    await reply.waitFor();
    await expect.poll(() => reply.locator('.clause-no').allTextContents()).toContain('5.20');
    expect(await reply.locator('.citation', { hasText: '5.20' }).innerText()).toContain('post images that include pupils');
    // The review-date warning is there (all five policies are overdue).
    expect(await reply.locator('.notice.warn').innerText()).toMatch(/Review overdue/);
  });

  it('shows policy and user text as text, never as markup', async () => {
    await asker.getByLabel('Your question', { exact: true }).fill('<img src=x onerror="window.hacked=1"> <b>bold</b> photos of pupils');
    await asker.getByRole('button', { name: 'Ask', exact: true }).click();
    const mine = asker.locator('.msg.you').last();
    await expect.poll(() => mine.innerText()).toContain('<b>bold</b>');
    expect(await asker.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await asker.locator('#conversation img, #conversation b').count()).toBe(0);
  });

  it('opens a long clause in full on request', async () => {
    // Ranking is tuned elsewhere: pick, through the API, a question whose answer quotes a shortened clause.
    const candidates = ['the press contacted me', "can i retweet the school's posts", 'forwarding an email chain to a parent', 'sending confidential stuff by email'];
    let question = '';
    for (const text of candidates) {
      const r = await call(server, '/playground/api/ask', { policy: 'quorn-hall', text });
      if (r.json.citations.some((c: { fullText?: string }) => c.fullText)) {
        question = text;
        break;
      }
    }
    expect(question, 'one of the candidate questions should cite a long clause').not.toBe('');
    await asker.getByLabel('Your question', { exact: true }).fill(question);
    await asker.getByRole('button', { name: 'Ask', exact: true }).click();
    const reply = asker.locator('article.reply').last();
    await reply.locator('.citation').first().waitFor();
    const details = reply.locator('.citation details').first();
    await details.waitFor();
    const full = details.locator('blockquote');
    expect(await full.isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await full.isVisible()).toBe(true);
    const shortText = await details.locator('xpath=preceding-sibling::blockquote').innerText();
    expect((await full.innerText()).length).toBeGreaterThan(shortText.replace(/…$/, '').length);
  });

  it('puts the safeguarding route first, and makes that escalation urgent', async () => {
    await asker.getByLabel('Your question', { exact: true }).fill('a pupil told me they are being hurt at home');
    await asker.getByRole('button', { name: 'Ask', exact: true }).click();
    const reply = asker.locator('article.reply').last();
    const banner = reply.locator('.banner');
    await banner.waitFor();
    expect(await reply.locator(':scope > *').first().getAttribute('class')).toBe('banner');
    expect(await banner.innerText()).toMatch(/Safeguarding/i);
    await reply.getByRole('button', { name: /^Ask the / }).click();
    await reply.getByRole('button', { name: /^Send to the / }).click();
    await expect.poll(() => reply.locator('.sent').innerText()).toContain('urgent');
  });

  it('walks a decision tree to a verdict', async () => {
    await asker.getByLabel('Your question', { exact: true }).fill('can i put pics from the trip on insta');
    await asker.getByRole('button', { name: 'Ask', exact: true }).click();
    let reply = asker.locator('article.reply').last();
    await reply.locator('fieldset.choices').waitFor();
    // Keep choosing the first option until a verdict appears (trees are a few questions deep).
    for (let step = 0; step < 8; step++) {
      if ((await reply.locator('.verdict').count()) > 0) break;
      const before = await asker.locator('article.reply').count();
      await reply.locator('fieldset.choices button').first().click();
      await expect.poll(() => asker.locator('article.reply').count()).toBe(before + 1);
      reply = asker.locator('article.reply').last();
    }
    const verdict = reply.locator('.verdict');
    await verdict.waitFor();
    expect(await verdict.innerText()).toMatch(/Allowed|Not allowed|Ask first|The policy does not say/);
    expect(await reply.locator('.clause-no').count()).toBeGreaterThan(0);
  });

  let ref = '';
  it('escalates with a note and shows the reference at once', async () => {
    const reply = asker.locator('article.reply').last();
    await reply.getByRole('button', { name: /^Ask the / }).click();
    await asker.getByLabel(/Anything to add for the/).fill('We are going to the zoo on Friday.');
    await asker.getByRole('button', { name: /^Send to the / }).click();
    const sent = reply.locator('.sent');
    await sent.waitFor();
    ref = await sent.locator('.esc-ref').innerText();
    expect(ref).toMatch(/^ESC-\d{4,}$/);
    await expect.poll(() => asker.locator('#mine').innerText()).toContain(ref);
  });

  it('SLT takes and answers it in the SLT view, and the answer arrives in the conversation', async () => {
    const slt = await context.newPage();
    slt.on('pageerror', (e) => pageErrors.push(String(e)));
    await slt.goto(`http://localhost:${server.port}/slt`);
    const item = slt.locator(`li.slt-item[data-ref="${ref}"]`);
    await item.waitFor();
    expect(await item.innerText()).toContain('We are going to the zoo on Friday.');
    await item.getByRole('button', { name: `Take ${ref}` }).click();
    await expect.poll(() => slt.locator('#slt-status').innerText()).toContain('taken by you');
    await slt.screenshot({ path: '/tmp/policybot-slt-taken.png', fullPage: true });
    await slt.locator(`li.slt-item[data-ref="${ref}"]`).getByLabel(/Your answer to/).fill('No: not on your own Instagram. Send them to the office for the school account.');
    await slt.locator(`li.slt-item[data-ref="${ref}"]`).getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(() => slt.locator('#slt-status').innerText()).toContain('sent');

    const answer = asker.locator('.msg.slt').last();
    await answer.waitFor({ timeout: 10_000 });
    expect(await answer.innerText()).toContain('Send them to the office for the school account.');
    expect(await answer.innerText()).toContain(ref);
    await slt.screenshot({ path: '/tmp/policybot-slt.png', fullPage: true });
    await slt.close();
  });

  it('works from the keyboard, and every field has a label', async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`http://localhost:${server.port}/`);
    await expect.poll(() => page.locator('#school option').count()).toBeGreaterThan(1);
    // Tab from the top of the page to the question box.
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'question'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    await page.keyboard.type('can i put pics from the trip on insta');
    await page.keyboard.press('Enter');
    const first = page.locator('article.reply').first();
    await first.locator('fieldset.choices button').first().waitFor();
    await first.locator('fieldset.choices button').first().focus();
    await page.keyboard.press('Enter');
    // The next step takes focus, so a keyboard or screen-reader user lands on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('article.reply') ?? false)).toBe(true);
    expect(await page.locator('article.reply').count()).toBe(2);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea')).filter((el) => (el as HTMLInputElement).labels?.length === 0).map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator('#conversation').getAttribute('aria-live')).toBe('polite');
    expect(await lowContrastText(page)).toEqual([]);
    await page.close();
  });

  it('has no page errors, and the page is readable: screenshot for a look', async () => {
    await asker.screenshot({ path: '/tmp/policybot-playground.png', fullPage: true });
    // Phone-sized views of the top and the end of the conversation, to look at by eye.
    const height = await asker.evaluate(() => document.documentElement.scrollHeight);
    await asker.screenshot({ path: '/tmp/policybot-playground-top.png', fullPage: true, clip: { x: 0, y: 0, width: 390, height: 844 } });
    await asker.screenshot({ path: '/tmp/policybot-playground-end.png', fullPage: true, clip: { x: 0, y: Math.max(0, height - 1300), width: 390, height: 1300 } });
    expect(pageErrors).toEqual([]);
  });
});

/** Text whose colour against its background is under WCAG AA's 4.5:1 (normal text). */
function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !(el as HTMLElement).offsetParent) continue;
      const style = getComputedStyle(el);
      if (Number(style.opacity) < 1 || (el as HTMLButtonElement).disabled) continue;
      const [a, b] = [lum(rgb(style.color)), lum(background(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) bad.push(`${n.textContent.trim().slice(0, 40)} (${ratio.toFixed(2)}:1)`);
    }
    return bad;
  });
}
