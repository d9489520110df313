// Run the browser harness's checks over a built site: `npx tsx scripts/site/audit.ts SITE_DIR [page …]`.
// html-validate and links over every page; axe, console, requests and 375px overflow over the pages given
// (default: one of each type).
import path from 'node:path';
import { launchBrowser } from '../../test/browser/harness/browser.js';
import { auditPage, checkLinks, listHtmlFiles, validateHtml } from '../../test/browser/harness/checks.js';
import { serve } from '../../test/browser/harness/serve.js';

const [siteDir = '/tmp/preview', ...pages] = process.argv.slice(2);
const html = await listHtmlFiles(siteDir);
const problems = [...(await validateHtml(html, { root: siteDir })), ...(await checkLinks(siteDir))];
const site = await serve(siteDir);
const browser = await launchBrowser();
try {
  // axe is injected as an inline script, which the pages' CSP rightly refuses.
  const context = await browser.newContext({ bypassCSP: true });
  // tsx keeps function names with a __name helper, which the harness's page functions then call.
  await context.addInitScript('window.__name = (f) => f;');
  const chosen = pages.length
    ? pages
    : [...new Set(html.map((file) => path.relative(siteDir, file)).map((rel) => rel.replace(/\/(claims|articles)\/[^/]+$/, '/$1/*')))].map(
        (pattern) =>
          path.relative(
            siteDir,
            html.find((file) =>
              new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(path.relative(siteDir, file)),
            )!,
          ),
      );
  for (const rel of chosen) problems.push(...(await auditPage(context, site.url + rel)));
  console.log(`audited ${chosen.length} pages in the browser, ${html.length} statically`);
} finally {
  await browser.close();
  await site.close();
}
console.log(problems.length ? problems.join('\n') : 'no problems');
