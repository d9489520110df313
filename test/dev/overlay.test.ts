// `npm run dev` in a real Chromium: a failed build shows over the page with its message and file position
// (in a tab opened after the failure too), and is gone once the next build succeeds. Skips, saying so,
// where Chromium is missing.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build.js';
import { startDevServer, type DevServer } from '../../src/dev.js';
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser } from '../browser/harness/browser.js';
import { articlesFolder } from '../helpers.js';

const HAVE_CHROMIUM = chromiumAvailable();
if (!HAVE_CHROMIUM)
  console.warn(`test/dev/overlay.test.ts: skipped — no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH or install chromium).`);

const GOOD = '---\ntitle: Talks in Moscow\n---\nKerry met Lavrov on Tuesday.\n';
const BROKEN = '---\ntitle: Kerry: talks in Moscow\n---\nKerry met Lavrov on Tuesday.\n';
const OVERLAY = '#__dev-build-error';

describe.skipIf(!HAVE_CHROMIUM)('the dev server’s error overlay', () => {
  let browser: Browser;
  let server: DevServer;
  let article: string;
  const errors: string[] = [];

  beforeAll(async () => {
    const dir = await articlesFolder({ 's/a.md': GOOD });
    article = path.join(dir, 's/a.md');
    server = await startDevServer({ build: async () => (await buildSite({ articlesDir: dir })).files, port: 0, log: () => undefined });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (): Promise<Page> => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(new URL('s/articles/a.html', server.url).href);
    return page;
  };

  it('shows the message and the file position over the last good page, in every tab, until a build succeeds', async () => {
    const page = await open();
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Talks in Moscow');
    expect(await page.locator(OVERLAY).count()).toBe(0);
    // Wait until the page listens for the server's events.
    await expect.poll(() => server.clients(), { timeout: 10_000 }).toBeGreaterThan(0);

    await writeFile(article, BROKEN);
    expect(await server.rebuild()).toBe(false);
    const overlay = page.locator(OVERLAY);
    await overlay.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await overlay.getAttribute('role')).toBe('alertdialog');
    expect(await overlay.locator('h2').textContent()).toBe('The build failed');
    expect(await overlay.locator('.dev-error-where').textContent()).toMatch(/\/s\/a\.md:2:8$/);
    expect(await overlay.locator('.dev-error-message').textContent()).toBe(
      'the title contains “: ”, which YAML reads as the start of another field; put the whole title in quotes: title: "Kerry: talks in Moscow".',
    );
    // Covers the page: the overlay's box is what is seen at the page's centre.
    const centre = await page.evaluate(
      () => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('#__dev-build-error') !== null,
    );
    expect(centre).toBe(true);
    expect(await page.locator('h1').first().textContent()).toContain('Talks in Moscow'); // the last good page underneath

    const later = await open();
    await later.locator(OVERLAY).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await later.locator('.dev-error-where').textContent()).toMatch(/\/s\/a\.md:2:8$/);

    await writeFile(article, GOOD.replace('Talks in Moscow', 'Talks went on in Moscow'));
    const reloaded = page.waitForEvent('load', { timeout: 10_000 });
    expect(await server.rebuild()).toBe(true);
    await reloaded;
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000 }).toContain('Talks went on in Moscow');
    expect(await page.locator(OVERLAY).count()).toBe(0);
    await expect.poll(() => later.locator(OVERLAY).count(), { timeout: 10_000 }).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);

  it('on an article page, a hovered sentence offers its reference for corrections.yml, with enough words to be the only one', async () => {
    await writeFile(
      article,
      '---\ntitle: Talks in Moscow\n---\nKerry met Lavrov on Tuesday in Moscow. Kerry met Lavrov on Tuesday again, later.\n\n“We made real progress,” Kerry said.\n',
    );
    expect(await server.rebuild()).toBe(true);
    const page = await open();
    const button = page.locator('button.dev-ref');
    await page.locator('.article-body .s#s2').hover();
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await button.getAttribute('data-ref')).toBe('a: Kerry met Lavrov on Tuesday again,');
    await page.locator('.article-body .s#s3').hover();
    expect(await button.getAttribute('data-ref')).toBe('a: “We made real progress,”');
    await button.click();
    await expect.poll(() => button.textContent(), { timeout: 5_000 }).toBe('Copied: "a: “We made real progress,”"');
    expect(errors).toEqual([]);
  }, 120_000);

  it('the overlay’s text is text: markup in a message is shown, never run', async () => {
    const page = await open();
    await expect.poll(() => server.clients(), { timeout: 10_000 }).toBeGreaterThan(0);
    await writeFile(article, '---\ntitle: <img src=x onerror="window.__pwned=1">: x\n---\nText.\n');
    expect(await server.rebuild()).toBe(false);
    await page.locator(OVERLAY).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator(`${OVERLAY} img`).count()).toBe(0);
    expect(await page.locator(`${OVERLAY} .dev-error-message`).textContent()).toContain('<img src=x onerror=');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await writeFile(article, GOOD);
    expect(await server.rebuild()).toBe(true);
  }, 120_000);
});
