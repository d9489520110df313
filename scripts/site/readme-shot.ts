// The README's picture of the side-by-side page: `npx tsx scripts/site/readme-shot.ts SITE_DIR [docs/compare.png]`.
import { launchBrowser } from '../../test/browser/harness/browser.js';
import { serve } from '../../test/browser/harness/serve.js';

const [siteDir = '_site', out = 'docs/compare.png', story = 'kerry-lavrov-moscow-talks'] = process.argv.slice(2);
const site = await serve(siteDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 1000 }, colorScheme: 'light' });
  await page.goto(`${site.url}${story}/compare.html`, { waitUntil: 'load' });
  // Show the highlighting: the most widely carried claim, picked in its first column.
  await page.locator('[data-claim]').first().click();
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
  await site.close();
}
