// Screenshots of a built site for looking at, cut into screen-sized slices:
//   npx tsx scripts/site/shoot.ts SITE_DIR OUT_DIR WIDTH PAGE [PAGE …]
// Also prints any horizontal overflow at that width.
import { launchBrowser } from '../../test/browser/harness/browser.js';
import { checkOverflow } from '../../test/browser/harness/checks.js';
import { serve } from '../../test/browser/harness/serve.js';

const [siteDir = '/tmp/preview', outDir = '/tmp/shots', widthArg = '1366', ...pages] = process.argv.slice(2);
const width = Number(widthArg);
const height = width < 600 ? 812 : 900;
const slices = Number(process.env.SLICES ?? 3);
const site = await serve(siteDir);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({
    viewport: { width, height },
    isMobile: width < 600,
    hasTouch: width < 600,
    colorScheme: (process.env.SCHEME as 'dark' | 'light') ?? 'light',
  });
  for (const name of pages) {
    const page = await context.newPage();
    await page.goto(site.url + name, { waitUntil: 'load' });
    if (process.env.CLICK) await page.click(process.env.CLICK);
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let i = 0; i < slices && i * height < total; i += 1) {
      const file = `${outDir}/${name.replace(/\//g, '_')}-${width}-${i}.png`;
      await page.screenshot({
        path: file,
        fullPage: true,
        clip: { x: 0, y: i * height, width, height: Math.min(height, total - i * height) },
      });
      console.log(file);
    }
    console.log(name, 'height', total, ...(await checkOverflow(page, width, height)));
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
