// Proves the browser harness catches breakage, on a tiny hand-made site written to a temp folder.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './harness/browser.js';
import {
  auditPage,
  checkAxe,
  checkLinks,
  checkOverflow,
  checkServedLinks,
  listHtmlFiles,
  splitSrcset,
  validateHtml,
  watchConsole,
  watchRequests,
} from './harness/checks.js';
import { screenshotPage } from './harness/screenshots.js';
import { serve, type ServedSite } from './harness/serve.js';

const TIMEOUT = 120_000;

function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <link rel="stylesheet" href="assets/style.css">
${head}
  </head>
  <body>
    <header><p>Fixture site</p></header>
    <main>
      <h1>${title}</h1>
${body}
    </main>
  </body>
</html>
`;
}

const CSS = `body { font-family: sans-serif; margin: 0 1rem; color: #111; background: #fff url("pic.svg") no-repeat -100px -100px; }
.scroller { overflow-x: auto; }
.scroller table { width: 1200px; }
.wide { width: 900px; background: #eee; }
`;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#036"/></svg>\n`;

const GOOD_BODY = `      <p>A <a href="second.html#s3">link to a sentence</a>, a <a href="#intro">link in the page</a> and an image:</p>
      <p id="intro"><img src="assets/pic.svg" srcset="assets/pic.svg 1x, assets/pic.svg 2x" alt="A blue square" width="10" height="10"></p>
      <section class="scroller" aria-label="A wide table" tabindex="0">
        <table>
          <caption>A wide table inside its own scroll box does not overflow the page</caption>
          <thead><tr><th scope="col">One</th><th scope="col">Two</th></tr></thead>
          <tbody><tr><td>1</td><td>2</td></tr></tbody>
        </table>
      </section>
      <p><a href="https://example.org/">External links are not checked</a></p>
      <script src="assets/ok.js"></script>`;

let root: string;
let site: string;
let server: ServedSite;
let browser: Browser;
let context: BrowserContext;

const files: Record<string, string> = {
  'good.html': page('A good page', GOOD_BODY),
  'csp.html': page(
    'A page with a strict CSP',
    GOOD_BODY,
    `    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">`,
  ),
  'second.html': page('Second page', '      <p id="s3">The third sentence.</p>\n      <p><a href="good.html">Back</a></p>'),
  'assets/style.css': CSS,
  'assets/pic.svg': SVG,
  'assets/ok.js': `document.documentElement.dataset.ready = 'yes';\n`,
  'assets/boom.js': `console.error('something went wrong');\nundefinedFunction();\n`,
  'assets/remove.js': `document.querySelector('#only-without-js')?.remove();\n`,
  'no-alt.html': page('Image without alt', '      <p><img src="assets/pic.svg" width="10" height="10"></p>'),
  'script-error.html': page('Script error', '      <p>Scripts fail here.</p>\n      <script src="assets/boom.js"></script>'),
  'missing-asset.html': page('Missing asset', '      <p><img src="assets/nope.png" alt="Missing" width="10" height="10"></p>'),
  'too-wide.html': page('Too wide', '      <div class="wide" id="banner"><p>This box is 900 pixels wide.</p></div>'),
  'phone-scroll.html': page(
    'A scroll box only at phone width',
    '      <div class="scroller"><table><caption>Wide</caption><tbody><tr><td style="min-width: 600px">A cell wider than a phone</td></tr></tbody></table></div>',
  ),
  'no-js.html': page(
    'Works without JavaScript',
    '      <p id="only-without-js">Visible without scripts.</p>\n      <script src="assets/remove.js"></script>',
  ),
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'harness-test-'));
  site = path.join(root, 'site');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(site, name)), { recursive: true });
    await writeFile(path.join(site, name), content);
  }
  await writeFile(path.join(root, 'secret.txt'), 'must not be served\n');
  server = await serve(site);
  browser = await launchBrowser();
  context = await browser.newContext();
}, TIMEOUT);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
}, TIMEOUT);

/** Write a one-off site (for the static checks) and return its folder. */
async function tempSite(name: string, pages: Record<string, string>): Promise<string> {
  const dir = path.join(root, name);
  for (const [file, content] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

function rawGet(url: string, rawPath: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve', () => {
  it('serves the folder under the sub-path with content types, and 404 elsewhere', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/coverage-compare\/$/);
    const html = await fetch(server.url + 'good.html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('A good page');
    const css = await fetch(server.url + 'assets/style.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(server.url + 'assets/ok.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(server.url + 'assets/pic.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(server.url + 'nope.html')).status).toBe(404);
    expect((await fetch(server.origin + '/good.html')).status).toBe(404);
    expect((await fetch(server.origin + '/')).status).toBe(404);
    expect((await fetch(server.url + 'assets/', { redirect: 'manual' })).status).toBe(404); // no index.html there
    expect(await rawGet(server.url, '/coverage-compare/../secret.txt')).toBe(404);
    expect(await rawGet(server.url, '/coverage-compare/%2e%2e%2fsecret.txt')).toBe(404);
    expect(await rawGet(server.url, '/coverage-compare/assets/..%2f..%2fsecret.txt')).toBe(404);
    expect((await fetch(server.url + 'good.html', { method: 'POST' })).status).toBe(405);
  });
});

describe('browser checks', () => {
  it('a good page passes every check', { timeout: TIMEOUT }, async () => {
    expect(await auditPage(context, server.url + 'good.html')).toEqual([]);
    expect(await auditPage(context, server.url + 'second.html')).toEqual([]);
    // axe still runs under the page's own Content-Security-Policy (script-src 'self').
    expect(await auditPage(context, server.url + 'csp.html')).toEqual([]);
  });

  it('an <img> without alt fails axe', { timeout: TIMEOUT }, async () => {
    const problems = await auditPage(context, server.url + 'no-alt.html');
    expect(problems.some((p) => p.includes('axe image-alt'))).toBe(true);
    const page = await context.newPage();
    await page.goto(server.url + 'no-alt.html');
    const axeProblems = await checkAxe(page);
    await page.close();
    expect(axeProblems).toHaveLength(1);
    expect(axeProblems[0]).toMatch(/^axe image-alt \(critical\): .*img/);
  });

  it('axe runs again at phone width: a scroll box that only scrolls there, without keyboard access, fails', {
    timeout: TIMEOUT,
  }, async () => {
    const problems = await auditPage(context, server.url + 'phone-scroll.html');
    const scrollProblems = problems.filter((p) => p.includes('axe scrollable-region-focusable'));
    expect(scrollProblems).toHaveLength(1);
    expect(scrollProblems[0]).toContain('at 375px: axe scrollable-region-focusable');
  });

  it('a script error fails the console check', { timeout: TIMEOUT }, async () => {
    const page = await context.newPage();
    const consoleProblems = watchConsole(page);
    await page.goto(server.url + 'script-error.html');
    await page.close();
    const problems = consoleProblems();
    expect(problems.some((p) => p.startsWith('console error: something went wrong'))).toBe(true);
    expect(problems.some((p) => p.startsWith('page error: ReferenceError: undefinedFunction is not defined'))).toBe(true);
    expect((await auditPage(context, server.url + 'script-error.html')).length).toBeGreaterThanOrEqual(2);
  });

  it('a missing asset fails the request check', { timeout: TIMEOUT }, async () => {
    const page = await context.newPage();
    const requestProblems = watchRequests(page, server.origin);
    await page.goto(server.url + 'missing-asset.html');
    await page.close();
    expect(requestProblems()).toEqual([`HTTP 404: GET ${server.url}assets/nope.png`]);
  });

  it('a request leaving the site is flagged', { timeout: TIMEOUT }, async () => {
    const page = await context.newPage();
    const requestProblems = watchRequests(page, server.origin);
    await page.goto(server.url + 'good.html');
    await page.evaluate(() => fetch('http://127.0.0.2:9/elsewhere').catch(() => undefined));
    await page.close();
    expect(requestProblems().some((p) => p.startsWith('request leaves the site: GET http://127.0.0.2:9/elsewhere'))).toBe(true);
  });

  it('a too-wide element fails the overflow check, and is named', { timeout: TIMEOUT }, async () => {
    const page = await context.newPage();
    await page.goto(server.url + 'too-wide.html');
    const problems = await checkOverflow(page, 375);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^horizontal overflow at 375px: .*widest offender: div#banner\.wide \(900px wide/);
    // The same page is fine on a desktop.
    expect(await checkOverflow(page, 1366, 900)).toEqual([]);
    await page.close();
  });

  it('page.evaluate still works with JavaScript disabled, and page scripts do not run', { timeout: TIMEOUT }, async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(server.url + 'no-js.html');
    expect(await page.evaluate(() => document.querySelectorAll('#only-without-js').length)).toBe(1);
    await noJs.close();
    const page2 = await context.newPage();
    await page2.goto(server.url + 'no-js.html');
    expect(await page2.evaluate(() => document.querySelectorAll('#only-without-js').length)).toBe(0);
    await page2.close();
  });

  it('takes desktop and phone screenshots', { timeout: TIMEOUT }, async () => {
    const shots = await screenshotPage(browser, server.url + 'good.html', 'harness good page', { dir: path.join(root, 'shots') });
    expect(shots.map((s) => path.basename(s))).toEqual(['harness-good-page-desktop.png', 'harness-good-page-phone.png']);
  });
});

describe('validateHtml', () => {
  it('passes the good pages', async () => {
    expect(await validateHtml([path.join(site, 'good.html'), path.join(site, 'second.html')], { root: site })).toEqual([]);
  });

  it('fails an invalid page with file:line:col', async () => {
    const dir = await tempSite('invalid', {
      'bad.html':
        '<!DOCTYPE html>\n<html>\n<head><title>Bad</title></head>\n<body>\n<div><p>Unclosed</div>\n<span><div>block in inline</div></span>\n</body>\n</html>\n',
    });
    const problems = await validateHtml([path.join(dir, 'bad.html')], { root: dir });
    expect(problems).toContain('bad.html:2:2 element-required-attributes: <html> is missing required "lang" attribute');
    expect(problems.some((p) => /^bad\.html:5:\d+ /.test(p))).toBe(true);
    expect(problems.some((p) => /^bad\.html:6:\d+ element-permitted-content: /.test(p))).toBe(true);
  });
});

describe('checkLinks', () => {
  it('passes the good site, on disk and served', async () => {
    const dir = await tempSite('links-good', {
      'index.html': page(
        'Home',
        '      <p><a href="story/index.html">Story</a> <a href="story/compare.html#c1">Claim</a> <a href="a%20b.html">Spaces</a></p>',
      ),
      'a b.html': page('Spaces', '      <p><a href="index.html?x=1">Home</a></p>'),
      'story/index.html': page(
        'Story',
        '      <p><a href="../index.html">Home</a> <a href="compare.html">Compare</a></p>',
        '    <link rel="canonical" href="https://example.org/story/">',
      ),
      'story/compare.html': page('Compare', '      <p id="c1"><a href="#c1">Here</a></p>'),
      'assets/style.css': CSS,
      'assets/pic.svg': SVG,
      'story/assets/style.css': CSS,
      'story/assets/pic.svg': SVG,
    });
    expect(await checkLinks(dir)).toEqual([]);
    const served = await serve(dir);
    try {
      expect(await checkServedLinks(dir, served.url)).toEqual([]);
    } finally {
      await served.close();
    }
  });

  it('fails broken links, missing fragments, folder links and root-absolute links', async () => {
    const dir = await tempSite('links-bad', {
      'index.html': page(
        'Home',
        [
          '      <p><a href="missing.html">Broken</a></p>',
          '      <p><a href="other.html#s3">No such id</a></p>',
          '      <p><a href="story/">Folder</a></p>',
          '      <p><a href="/other.html">Root-absolute</a></p>',
          '      <p><img src="assets/nope.png" srcset="assets/pic.svg 1x, assets/gone.png 2x" alt="x"></p>',
        ].join('\n'),
      ),
      'other.html': page('Other', '      <p id="s2">Only s2 here.</p>'),
      'story/index.html': page('Story', '      <p>Story</p>'),
      'assets/style.css': CSS + '.x { background: url(missing.svg); }\n',
      'assets/pic.svg': SVG,
      'story/assets/style.css': CSS,
      'story/assets/pic.svg': SVG,
    });
    const problems = await checkLinks(dir);
    const has = (re: RegExp) =>
      expect(
        problems.some((p) => re.test(p)),
        `${re} in\n${problems.join('\n')}`,
      ).toBe(true);
    has(/^index\.html:\d+:\d+ a\[href\]="missing\.html": no such file missing\.html$/);
    has(/^index\.html:\d+:\d+ a\[href\]="other\.html#s3": other\.html has no element with id="s3"$/);
    has(/^index\.html:\d+:\d+ a\[href\]="story\/": points to a folder/);
    has(/^index\.html:\d+:\d+ a\[href\]="\/other\.html": root-absolute URL/);
    has(/^index\.html:\d+:\d+ img\[src\]="assets\/nope\.png": no such file/);
    has(/^index\.html:\d+:\d+ img\[srcset\]="assets\/gone\.png": no such file/);
    has(/^assets\/style\.css:\d+:\d+ css url\(\)="missing\.svg": no such file assets\/missing\.svg$/);
    expect(problems).toHaveLength(7);

    const served = await serve(dir);
    try {
      const servedProblems = await checkServedLinks(dir, served.url);
      const hasServed = (re: RegExp) =>
        expect(
          servedProblems.some((p) => re.test(p)),
          `${re} in\n${servedProblems.join('\n')}`,
        ).toBe(true);
      hasServed(/a\[href\]="missing\.html" → .*\/coverage-compare\/missing\.html: HTTP 404$/);
      hasServed(/a\[href\]="other\.html#s3" → .*: no element with id="s3"$/);
      hasServed(/a\[href\]="\/other\.html" → http:\/\/127\.0\.0\.1:\d+\/other\.html: HTTP 404$/);
    } finally {
      await served.close();
    }
  });

  it('reads srcset candidates', () => {
    expect(splitSrcset('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(splitSrcset('a.png 1x,b.png 480w')).toEqual(['a.png', 'b.png']);
    expect(splitSrcset('a.png, b.png 480w')).toEqual(['a.png', 'b.png']);
    expect(splitSrcset(' data:image/png;base64,AAA= 1x ')).toEqual(['data:image/png;base64,AAA=']);
  });

  it('lists the html files of a site', async () => {
    const list = await listHtmlFiles(site);
    expect(list.map((f) => path.relative(site, f))).toContain('good.html');
    expect(list.every((f) => f.endsWith('.html'))).toBe(true);
  });
});
