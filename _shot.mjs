import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
for (const [url, out] of [[process.argv[2], process.argv[3]]]) {
  await page.goto(url);
  await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
