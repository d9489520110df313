// Full-page screenshots of one URL at desktop and phone sizes.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export const DEFAULT_SCREENSHOT_DIR = 'test-output/screenshots';

export const VIEWPORTS = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 375, height: 812 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

export interface ScreenshotOptions {
  /** Output folder; default test-output/screenshots/ (relative to the working directory). */
  dir?: string;
  viewports?: ViewportName[];
  /** Context options such as { javaScriptEnabled: false }. */
  javaScriptEnabled?: boolean;
}

/**
 * Screenshot `url` into `<dir>/<name>-<viewport>.png` for each viewport (desktop 1366×900, phone 375×812;
 * full page), print each file name and return the paths.
 */
export async function screenshotPage(browser: Browser, url: string, name: string, options: ScreenshotOptions = {}): Promise<string[]> {
  const dir = path.resolve(options.dir ?? DEFAULT_SCREENSHOT_DIR);
  await mkdir(dir, { recursive: true });
  const safe = name.replace(/[^a-zA-Z0-9._-]+/g, '-');
  const written: string[] = [];
  for (const viewport of options.viewports ?? (Object.keys(VIEWPORTS) as ViewportName[])) {
    const context = await browser.newContext({
      viewport: VIEWPORTS[viewport],
      isMobile: viewport === 'phone',
      hasTouch: viewport === 'phone',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
    });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const file = path.join(dir, `${safe}-${viewport}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`screenshot: ${path.relative(process.cwd(), file)}`);
      written.push(file);
    } finally {
      await context.close();
    }
  }
  return written;
}
