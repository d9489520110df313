// Checks for a built site. Each returns a list of problems as human-readable strings; [] means pass.
//
//   watchConsole(page)            console errors + uncaught page errors (attach before page.goto)
//   watchRequests(page, origin)   failed requests, HTTP status >= 400, requests leaving the site's origin
//   checkAxe(page)                axe-core violations
//   checkOverflow(page, width)    horizontal overflow at a phone width, naming the widest offender
//   auditPage(context, url)       all of the above for one URL
//   validateHtml(files)           html-validate, "file:line:col rule: message"
//   checkLinks(siteDir)           every relative href/src/srcset/url() resolves to a file (and #id) on disk,
//                                 no root-absolute links
//   checkServedLinks(siteDir, u)  the same references fetched over HTTP from the sub-path server
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import axe from 'axe-core';
import { HtmlValidate, Parser, type ConfigData, type HtmlElement } from 'html-validate';
import type { BrowserContext, Page } from 'playwright-core';

// ── browser-side checks ─────────────────────────────────────────────────────

/**
 * Start collecting console errors and uncaught exceptions; call the returned function to read them.
 * The one error ignored is the 404 of Chromium's own guess at "<origin>/favicon.ico", which it requests
 * (outside the site's sub-path) whenever a page declares no icon: the page did not ask for it. An icon
 * the page does declare is requested like any other asset and checked.
 */
export function watchConsole(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber, columnNumber } = message.location();
    if (url && new URL(url).pathname === '/favicon.ico' && /status of 404/.test(message.text())) return;
    const where = url ? ` (${url}:${lineNumber + 1}:${columnNumber + 1})` : '';
    problems.push(`console error: ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`page error: ${error.name}: ${error.message}`);
  });
  return () => [...problems];
}

/**
 * Start collecting failed requests, responses with status >= 400, and (when `origin` is given) requests
 * to anywhere but that origin: a static site must not load anything from the network.
 */
export function watchRequests(page: Page, origin?: string): () => string[] {
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!origin || /^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.push(`request leaves the site: ${request.method()} ${url}`);
  });
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return () => [...problems];
}

export interface AxeOptions {
  /** Restrict to rule tags, e.g. ['wcag2a', 'wcag2aa']. Default: every rule axe enables by default. */
  tags?: string[];
  /** Rule ids to switch off (justify at the call site). */
  disableRules?: string[];
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Inject axe-core into the page and return one problem per violated rule, naming the offending nodes. */
export async function checkAxe(page: Page, options: AxeOptions = {}): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  // Evaluated through the DevTools protocol rather than added as a <script>, so that a page's own
  // Content-Security-Policy (script-src 'self') does not block it, and nothing is added to the DOM.
  if (!loaded) await page.evaluate(`${axe.source}\n;void 0;`);
  const violations = await page.evaluate(async (opts: AxeOptions) => {
    const runOptions: Record<string, unknown> = { resultTypes: ['violations'] };
    if (opts.tags) runOptions.runOnly = { type: 'tag', values: opts.tags };
    if (opts.disableRules) runOptions.rules = Object.fromEntries(opts.disableRules.map((id) => [id, { enabled: false }]));
    const w = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, runOptions);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, options);
  return violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' > '));
    const more = v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : '';
    const summary = v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim();
    return `axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${targets.join(', ')}${more}${summary ? ` — ${summary}` : ''}`;
  });
}

/**
 * Resize the page to `width` (default 375) and report horizontal overflow: the document scrolls sideways
 * when scrollingElement.scrollWidth > innerWidth. Names the element reaching furthest right (outermost
 * first), ignoring elements inside their own horizontal scroll container, which cannot overflow the page.
 */
export async function checkOverflow(page: Page, width = 375, height = 812): Promise<string[]> {
  await page.setViewportSize({ width, height });
  // Two frames so layout settles after the resize.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const result = await page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const viewport = window.innerWidth;
    if (scroller.scrollWidth <= viewport) return null;
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && node !== document.documentElement && parts.length < 4; node = node.parentElement) {
        let part = node.tagName.toLowerCase();
        if (node.id) part += `#${node.id}`;
        const classes = [...node.classList].slice(0, 3);
        if (classes.length) part += '.' + classes.join('.');
        parts.unshift(part);
        if (node.id) break;
      }
      return parts.join(' > ');
    };
    const insideScrollBox = (el: Element): boolean => {
      for (let node = el.parentElement; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX !== 'visible') return true;
      }
      return false;
    };
    let widest: { el: Element; right: number; width: number } | null = null;
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      const right = rect.right + window.scrollX;
      if (right <= viewport + 0.5 || rect.width === 0 || rect.height === 0) continue;
      if (insideScrollBox(el)) continue;
      if (!widest || right > widest.right + 0.5) widest = { el, right, width: rect.width };
    }
    return {
      scrollWidth: scroller.scrollWidth,
      viewport,
      culprit: widest
        ? `${describe(widest.el)} (${Math.round(widest.width)}px wide, right edge at ${Math.round(widest.right)}px)`
        : 'no single element found',
    };
  });
  if (!result) return [];
  return [
    `horizontal overflow at ${width}px: page is ${result.scrollWidth}px wide (viewport ${result.viewport}px); widest offender: ${result.culprit}`,
  ];
}

export interface AuditOptions {
  /** Only requests to this origin are allowed; default: the URL's own origin. */
  origin?: string;
  axe?: AxeOptions;
  /** Phone width for the overflow check; default 375. */
  phoneWidth?: number;
  /** Viewport for the first load and the axe run; default 1366×900. */
  desktop?: { width: number; height: number };
}

/**
 * Open `url` in a fresh page of `context` and run every browser check: console and page errors, failed
 * or off-site requests, axe (at desktop size and again at phone width) and overflow (at phone width).
 * Problems are prefixed by the URL.
 */
export async function auditPage(context: BrowserContext, url: string, options: AuditOptions = {}): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(options.desktop ?? { width: 1366, height: 900 });
    const consoleProblems = watchConsole(page);
    const requestProblems = watchRequests(page, options.origin ?? new URL(url).origin);
    const problems: string[] = [];
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response) problems.push('no response');
    await page.waitForLoadState('networkidle').catch(() => undefined);
    problems.push(...(await checkAxe(page, options.axe)));
    const phone = options.phoneWidth ?? 375;
    problems.push(...(await checkOverflow(page, phone)));
    // The phone layout is another page as far as axe is concerned (rows become cards, the filter bar wraps).
    problems.push(...(await checkAxe(page, options.axe)).map((problem) => `at ${phone}px: ${problem}`));
    problems.push(...consoleProblems(), ...requestProblems());
    return [...new Set(problems)].map((p) => `${url}: ${p}`);
  } finally {
    await page.close();
  }
}

// ── static checks ───────────────────────────────────────────────────────────

/** html-validate configuration: the recommended preset, minus rules that only enforce a writing style. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // `<!doctype html>` and `<!DOCTYPE html>` are the same document; the case is a style preference.
    'doctype-style': 'off',
    // `<br>` vs `<br/>`: both are valid HTML5 syntax for void elements; pure style.
    'void-style': 'off',
    // Trailing spaces come from template indentation and do not change the document.
    'no-trailing-whitespace': 'off',
    // Single vs double attribute quotes produce the same DOM.
    'attr-quotes': 'off',
    // `hidden` vs `hidden=""`, `alt` vs `alt=""`: identical DOM, the spelling is a style preference.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // The HTML standard only forbids empty ids and ids with whitespace; the strict mode's "must begin with a
    // letter" is a CSS-selector convenience. Article ids come from file names such as "01", so ids like
    // "01-s3" are valid HTML. Relaxed mode still enforces what the standard requires.
    'valid-id': ['error', { relaxed: true }],
    // A 70-character cap on <title> is an SEO style guideline, not validity; titles here are publishers'
    // headlines, which the site must not shorten.
    'long-title': 'off',
  },
};

/** Validate HTML files; returns "file:line:col rule: message" (file relative to `root`, default cwd). */
export async function validateHtml(files: string[], options: { root?: string; config?: ConfigData } = {}): Promise<string[]> {
  const htmlvalidate = new HtmlValidate(options.config ?? HTML_VALIDATE_CONFIG);
  const root = options.root ?? process.cwd();
  const problems: string[] = [];
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const report = await htmlvalidate.validateString(source, file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push(`${path.relative(root, file) || file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  return problems;
}

/** Every file under `dir`, absolute paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  await walk(dir);
  return out.sort();
}

export async function listHtmlFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => /\.html?$/i.test(f));
}

/** A URL written in a page: where it is and what it says. */
export interface Reference {
  /** Absolute path of the file it is written in. */
  file: string;
  line: number;
  column: number;
  /** e.g. "a[href]", "img[srcset]", "css url()" */
  kind: string;
  value: string;
}

const URL_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['[href]', 'href'],
  ['[src]', 'src'],
  ['[poster]', 'poster'],
  ['form[action]', 'action'],
  ['object[data]', 'data'],
  ['blockquote[cite], q[cite], del[cite], ins[cite]', 'cite'],
];

let sharedParser: Parser | null = null;
async function parser(): Promise<Parser> {
  if (!sharedParser) sharedParser = new Parser(await new HtmlValidate(HTML_VALIDATE_CONFIG).getConfigFor('page.html'));
  return sharedParser;
}

interface ParsedPage {
  ids: Set<string>;
  refs: Reference[];
  hasBase: boolean;
}

/** The URLs of a srcset attribute (candidates are "url [descriptor]" separated by commas). */
export function splitSrcset(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    const start = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      while (i < value.length && value[i] !== ',') i++; // skip the descriptor
    }
    if (url) urls.push(url);
  }
  return urls;
}

function cssRefs(css: string): Array<{ value: string; index: number }> {
  const out: Array<{ value: string; index: number }> = [];
  const stripped = css.replace(/\/\*[\s\S]*?\*\//g, (c) => ' '.repeat(c.length));
  for (const m of stripped.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    out.push({ value, index: m.index ?? 0 });
  }
  return out;
}

function lineCol(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

async function parsePage(file: string, source: string): Promise<ParsedPage> {
  const root: HtmlElement = (await parser()).parseHtml(source);
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) if (el.id) ids.add(el.id);
  const refs: Reference[] = [];
  const seen = new Set<HtmlElement>();
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(selector)) {
      const value = el.getAttributeValue(attribute);
      if (value === null) continue;
      seen.add(el);
      const loc = el.getAttribute(attribute)?.keyLocation ?? el.location;
      refs.push({ file, line: loc.line, column: loc.column, kind: `${el.tagName}[${attribute}]`, value: value.trim() });
    }
  }
  for (const el of root.querySelectorAll('[srcset]')) {
    const loc = el.getAttribute('srcset')?.keyLocation ?? el.location;
    for (const value of splitSrcset(el.getAttributeValue('srcset') ?? '')) {
      refs.push({ file, line: loc.line, column: loc.column, kind: `${el.tagName}[srcset]`, value });
    }
  }
  // url() inside <style> elements and style="" attributes.
  for (const el of root.querySelectorAll('style, [style]')) {
    const css = el.tagName === 'style' ? el.textContent : (el.getAttributeValue('style') ?? '');
    for (const ref of cssRefs(css)) {
      refs.push({ file, line: el.location.line, column: el.location.column, kind: `${el.tagName} css url()`, value: ref.value.trim() });
    }
  }
  return { ids, refs, hasBase: root.querySelectorAll('base[href]').length > 0 };
}

async function collectReferences(siteDir: string): Promise<{ pages: Map<string, ParsedPage>; refs: Reference[]; problems: string[] }> {
  const pages = new Map<string, ParsedPage>();
  const refs: Reference[] = [];
  const problems: string[] = [];
  for (const file of await listFiles(siteDir)) {
    if (/\.html?$/i.test(file)) {
      const parsed = await parsePage(file, await readFile(file, 'utf8'));
      pages.set(file, parsed);
      refs.push(...parsed.refs);
      if (parsed.hasBase)
        problems.push(`${path.relative(siteDir, file)}: uses <base href>, which breaks the site under a sub-path or from disk`);
    } else if (/\.css$/i.test(file)) {
      const css = await readFile(file, 'utf8');
      for (const ref of cssRefs(css)) {
        refs.push({ file, ...lineCol(css, ref.index), kind: 'css url()', value: ref.value.trim() });
      }
    }
  }
  return { pages, refs, problems };
}

type Classified =
  | { type: 'external' }
  | { type: 'problem'; message: string }
  | { type: 'relative'; pathPart: string; fragment: string | null };

function classify(value: string): Classified {
  if (value === '') return { type: 'problem', message: 'empty URL' };
  if (value === '#') return { type: 'problem', message: 'link to "#" goes nowhere' };
  if (value.startsWith('//')) return { type: 'external' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    if (/^javascript:/i.test(value)) return { type: 'problem', message: `javascript: URL` };
    return { type: 'external' };
  }
  if (value.startsWith('/')) {
    return { type: 'problem', message: `root-absolute URL "${value}" breaks under a sub-path and from disk; use a relative URL` };
  }
  const hashAt = value.indexOf('#');
  const fragment = hashAt >= 0 ? value.slice(hashAt + 1) : null;
  const pathPart = (hashAt >= 0 ? value.slice(0, hashAt) : value).replace(/\?.*$/, '');
  return { type: 'relative', pathPart, fragment };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Check every URL written in the site's HTML (href, src, srcset, poster, action, cite, CSS url()) and CSS
 * files: relative ones must resolve to a file inside `siteDir` (not a folder: a folder link opens a
 * directory listing from disk) and fragments must name an id on the target page; root-absolute ones are
 * flagged because the site must work under a sub-path and from disk. External URLs are not fetched.
 */
export async function checkLinks(siteDir: string): Promise<string[]> {
  const root = path.resolve(siteDir);
  const { pages, refs, problems } = await collectReferences(root);
  const statCache = new Map<string, Promise<'file' | 'dir' | 'missing'>>();
  const kindOf = (p: string) => {
    let cached = statCache.get(p);
    if (!cached) {
      cached = stat(p).then(
        (s) => (s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'missing'),
        () => 'missing' as const,
      );
      statCache.set(p, cached);
    }
    return cached;
  };
  for (const ref of refs) {
    const where = `${path.relative(root, ref.file)}:${ref.line}:${ref.column} ${ref.kind}="${ref.value}"`;
    const c = classify(ref.value);
    if (c.type === 'external') continue;
    if (c.type === 'problem') {
      problems.push(`${where}: ${c.message}`);
      continue;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(c.pathPart);
    } catch {
      problems.push(`${where}: malformed percent-encoding`);
      continue;
    }
    const target = decoded === '' ? ref.file : path.resolve(path.dirname(ref.file), decoded);
    if (target !== root && !target.startsWith(root + path.sep)) {
      problems.push(`${where}: points outside the site`);
      continue;
    }
    const kind = await kindOf(target);
    if (kind === 'missing') {
      problems.push(`${where}: no such file ${path.relative(root, target)}`);
      continue;
    }
    if (kind === 'dir') {
      problems.push(
        `${where}: points to a folder; from disk that opens a directory listing — link to ${path.posix.join(c.pathPart || '.', 'index.html')}`,
      );
      continue;
    }
    if (c.fragment !== null && c.fragment !== '') {
      const page = pages.get(target);
      if (!page) {
        problems.push(`${where}: fragment on a non-HTML file`);
      } else if (!page.ids.has(decodeFragment(c.fragment))) {
        problems.push(`${where}: ${path.relative(root, target)} has no element with id="${decodeFragment(c.fragment)}"`);
      }
    }
  }
  return problems;
}

/**
 * Like checkLinks, but over HTTP: each HTML page is taken as served at `siteUrl` + its path, every URL it
 * writes is resolved against that address as a browser would, and each same-origin target is fetched:
 * status >= 400 (root-absolute links land outside the sub-path and 404 here), HTML answers for assets and
 * missing fragment ids are problems.
 */
export async function checkServedLinks(siteDir: string, siteUrl: string): Promise<string[]> {
  const root = path.resolve(siteDir);
  const { pages, refs, problems } = await collectReferences(root);
  const origin = new URL(siteUrl).origin;
  const fetched = new Map<string, Promise<{ status: number; type: string; body: string }>>();
  const get = (url: string) => {
    let cached = fetched.get(url);
    if (!cached) {
      cached = fetch(url, { redirect: 'follow' }).then(
        async (r) => {
          const type = r.headers.get('content-type') ?? '';
          if (type.startsWith('text/html')) return { status: r.status, type, body: await r.text() };
          await r.arrayBuffer(); // read to the end, the body is not needed
          return { status: r.status, type, body: '' };
        },
        (error: unknown) => ({ status: 0, type: '', body: String(error) }),
      );
      fetched.set(url, cached);
    }
    return cached;
  };
  const idsOf = new Map<string, Promise<Set<string>>>();
  for (const ref of refs) {
    if (!pages.has(ref.file) && !/\.css$/i.test(ref.file)) continue;
    if (ref.value === '' || ref.value === '#' || /^javascript:/i.test(ref.value)) continue; // reported by checkLinks
    const pageUrl = new URL(path.relative(root, ref.file).split(path.sep).map(encodeURIComponent).join('/'), siteUrl);
    let target: URL;
    try {
      target = new URL(ref.value, pageUrl);
    } catch {
      problems.push(`${pageUrl.href}: ${ref.kind}="${ref.value}": not a valid URL`);
      continue;
    }
    if (target.origin !== origin || !/^https?:$/.test(target.protocol)) continue;
    const where = `${pageUrl.href}:${ref.line}:${ref.column} ${ref.kind}="${ref.value}" → ${target.href}`;
    const fragment = target.hash ? decodeFragment(target.hash.slice(1)) : '';
    target.hash = '';
    const res = await get(target.href);
    if (res.status === 0 || res.status >= 400) {
      problems.push(`${where}: ${res.status === 0 ? res.body : `HTTP ${res.status}`}`);
      continue;
    }
    if (fragment) {
      if (!res.type.startsWith('text/html')) {
        problems.push(`${where}: fragment on a non-HTML resource`);
        continue;
      }
      let ids = idsOf.get(target.href);
      if (!ids) {
        ids = parsePage(target.href, res.body).then((p) => p.ids);
        idsOf.set(target.href, ids);
      }
      if (!(await ids).has(fragment)) problems.push(`${where}: no element with id="${fragment}"`);
    }
  }
  return problems;
}
