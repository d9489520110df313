// Nothing from an article runs in a reader's browser. The hostile story (test/fixtures/hostile/xss) puts
// payloads in the markdown, in every front-matter field and inside quotations; every payload would set
// window.__pwned or open a dialog. Every page is loaded twice in Chromium: once with the page's CSP
// switched off (so escaping alone must hold), once with it on (no CSP violation, the site's script works).
// Skips, saying so, where Chromium is missing: `npm test` stays green on machines without it.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser } from '../browser/harness/browser.js';
import { serve, type ServedSite } from '../browser/harness/serve.js';
import { cli, FIXTURES, tempDir } from './helpers.js';

const HAVE_CHROMIUM = chromiumAvailable();
if (!HAVE_CHROMIUM)
  console.warn(`test/hostile/browser.test.ts: skipped — no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH or install chromium).`);

/** Elements no page of the site has of its own; any of them means article markup got through. */
const LIVE_PAYLOAD = [
  'script:not([src])',
  'script[src]:not([src$="assets/site.js"]):not([src$="assets/search.js"])',
  'iframe',
  'object',
  'embed',
  'body svg',
  'main style',
  'img[src="x"]',
  '[onerror]',
  '[onload]',
  '[onmouseover]',
  '[ontoggle]',
  '[onclick]',
  'a[href^="javascript:" i]',
  'a[href^="data:" i]',
  '[src^="javascript:" i]',
].join(', ');

describe.skipIf(!HAVE_CHROMIUM)('a hostile story in the browser', () => {
  let site: ServedSite;
  let browser: Browser;
  let pages: string[];

  beforeAll(async () => {
    const out = path.join(await tempDir(), '_site');
    const result = await cli(['--articles', path.join(FIXTURES, 'xss'), '--out', out]);
    if (result.code !== 0) throw new Error(`the hostile story did not build:\n${result.stderr}`);
    pages = (await fg('**/*.html', { cwd: out })).sort();
    // A control page with a payload that got through, to prove the trap springs.
    await writeFile(path.join(out, 'control.txt.html'), `<!doctype html><title>x</title><img src=x onerror="window.__pwned='control'">`);
    site = await serve(out);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const visit = async (page: Page, file: string) => {
    const events: string[] = [];
    page.on('dialog', (dialog) => {
      events.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
    await page.goto(site.url + file, { waitUntil: 'load' });
    // Give delayed payloads (onerror after a failed load, ontoggle) a moment.
    await page.waitForTimeout(50);
    return events;
  };

  it('builds every page type', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        'hostile-story/index.html',
        'hostile-story/compare.html',
        'hostile-story/quotes.html',
        'hostile-story/articles/raw-html.html',
        'hostile-story/articles/quotes.html',
      ]),
    );
    expect(pages.some((page) => page.startsWith('hostile-story/claims/'))).toBe(true);
  });

  it('springs the trap on a control page where a payload got through', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await visit(page, 'control.txt.html');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBe('control');
    expect(await page.locator(LIVE_PAYLOAD).count()).toBeGreaterThan(0);
    await context.close();
  }, 60_000);

  it('runs no payload on any page, even with the CSP switched off', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    await context.addInitScript(() => {
      (window as unknown as { __pwned?: unknown }).__pwned = undefined;
    });
    try {
      for (const file of pages) {
        const page = await context.newPage();
        const events = await visit(page, file);
        const state = await page.evaluate(
          (selector) => ({
            pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
            title: document.title,
            live: [...document.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 120)),
          }),
          LIVE_PAYLOAD,
        );
        expect({ file, pwned: state.pwned, events, live: state.live }).toEqual({ file, pwned: null, events: [], live: [] });
        expect(state.title).toMatch(/Coverage Compare$/);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }, 180_000);

  it('keeps the payloads as visible text, not markup', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.url + 'hostile-story/articles/raw-html.html');
    const heading = await page.locator('h1').first().textContent();
    expect(heading).toContain("<script>window.__pwned='title';alert(1)</script>");
    // The url is a link (it is https) but only as an attribute value, and goes where it says.
    const hrefs = await page.locator('a[rel~="noopener"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/example\.org\//);
    await context.close();
  }, 60_000);

  it('carries the CSP meta without unsafe-inline on every page, with no violation and the site script working', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    try {
      for (const file of pages) {
        const page = await context.newPage();
        const console: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') console.push(message.text());
        });
        const events = await visit(page, file);
        const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(csp, file).toBeTruthy();
        const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(csp!)?.[1] ?? /(?:^|;)\s*default-src([^;]*)/.exec(csp!)?.[1] ?? '';
        // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly, and allows no eval of text.
        expect(scriptSrc, file).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|\*|data:|javascript:/);
        if (file !== 'search.html') expect(scriptSrc, file).not.toMatch(/wasm-unsafe-eval/);
        const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
        expect({ file, violations, events, console: console.filter((text) => /Content Security Policy|Refused/i.test(text)) }).toEqual({
          file,
          violations: [],
          events: [],
          console: [],
        });
        if (file.endsWith('compare.html')) {
          // The site's own script runs under the policy: a click highlights the claim.
          const sentence = page.locator('[data-claim][data-article]').first();
          await sentence.click();
          await expect.poll(() => sentence.evaluate((el) => el.classList.contains('is-highlighted'))).toBe(true);
        }
        await page.close();
      }
    } finally {
      await context.close();
    }
  }, 180_000);
});
