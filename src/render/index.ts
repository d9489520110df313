import type { AlignedStory, PageTemplates, SiteFiles } from '../types.js';
import { OVERLAP_MATRIX_MAX, buildArticleView, buildStoryView, type StoryView } from './model.js';
import { claimsCsv, quotesCsv } from './csv.js';
import { articlePairs, buildPairView, pairHref } from './pairs.js';
import { correctionsSchema } from './corrections-schema.js';
import { excerpt } from './excerpt.js';
import { alignmentSchema } from './schema.js';
import { filterValues, searchRecords, type SearchRecord } from './search.js';

export interface RenderOptions {
  /** The page templates (made once per thread from what load read, see src/render/environment.ts). */
  templates: PageTemplates;
  /** Public address of the site, for canonical links only. */
  base?: string;
}

/** What the home page shows of one story: plain data, so a build can cache it and pass it between threads. */
export interface HomeItem {
  story: Pick<AlignedStory['story'], 'id' | 'title' | 'published' | 'summary'> & {
    articles: Array<{ id: string; title: string; label: string; outlet?: string; published?: string }>;
  };
  figures: StoryView['figures'];
  /** What the site's search finds of the story (see search.ts). */
  search?: SearchRecord[];
}

/** Every page of the site, in memory. Links are relative so the site works under any path and from disk. */
export function renderSite(stories: AlignedStory[], options: RenderOptions): SiteFiles {
  const rendered = stories.map((aligned) => renderStory(aligned, options));
  const files = renderHome(
    rendered.map(({ home }) => home),
    options,
  );
  for (const { files: pages } of rendered) for (const [name, content] of pages) files.set(name, content);
  return files;
}

/** The pages that depend on every story: the home page, and the 404 page and .nojekyll with it. */
export function renderHome(items: HomeItem[], options: RenderOptions): SiteFiles {
  const files: SiteFiles = new Map();
  const page = pageRenderer(files, options);
  page('index.html', 'home.njk', { stories: newestFirst(items) });
  page('search.html', 'search.njk', { section: 'search', filters: filterValues(items.flatMap((item) => item.search ?? [])) });
  // GitHub Pages serves 404.html at whatever address was asked for, so relative links would break there;
  // with a known public address the page links absolutely.
  page('404.html', '404.njk', options.base ? { root: withSlash(options.base) } : {});
  files.set('.nojekyll', '');
  return files;
}

/** The pages of one story, and what the home page shows of it. Depends on nothing but the story. */
export function renderStory(aligned: AlignedStory, options: RenderOptions): { files: SiteFiles; home: HomeItem } {
  const files: SiteFiles = new Map();
  const home = renderStoryPages(aligned, options, (name, content) => files.set(name, content));
  return { files, home };
}

/**
 * The same, handing each page to `emit` as soon as it is rendered (in the same order), so a caller can
 * encode or write it before the next one is made: a big story's pages need not all be in memory at once.
 */
export function renderStoryPages(aligned: AlignedStory, options: RenderOptions, emit: (name: string, content: string) => void): HomeItem {
  const files = { set: emit };
  const page = pageRenderer(files, options);
  const view = buildStoryView(aligned);
  const { story, analysis, alignment } = aligned;
  const home: HomeItem = {
    story: {
      id: story.id,
      title: story.title,
      published: story.published,
      summary: story.summary && excerpt(story.summary),
      articles: story.articles.map(({ id, title, label, outlet, published }) => ({ id, title, label, outlet, published })),
    },
    figures: view.figures,
    search: searchRecords(view),
  };
  // Every pair of articles, for the two-outlet pages (none for a story too big for a page per pair).
  const pairs = articlePairs(view).map(([a, b]) => ({ a, b, href: pairHref(a, b) }));
  const context = { story, view, pairs };
  page(`${story.id}/index.html`, 'story.njk', { ...context, section: 'overview' });
  page(`${story.id}/compare.html`, 'compare.njk', { ...context, section: 'compare' });
  page(`${story.id}/quotes.html`, 'quotes.njk', { ...context, section: 'quotes' });
  // A page per claim two or more articles carry; one article's sentence is linked where it stands.
  const paged = view.claims.filter((claim) => claim.page);
  paged.forEach((claim, index) => {
    page(`${story.id}/${claim.href}`, 'claim.njk', {
      ...context,
      section: 'claims',
      claim,
      previous: paged[index - 1],
      next: paged[index + 1],
    });
  });
  story.articles.forEach((article, index) => {
    page(`${story.id}/articles/${article.id}.html`, 'article.njk', {
      ...context,
      section: 'articles',
      article,
      articleView: view.articles[index],
      groups: buildArticleView(article, view, analysis.quotations),
      speakers: speakersIn(view, article.id),
    });
  });
  for (const { a, b } of pairs) {
    const pair = buildPairView(view, a, b);
    page(`${story.id}/${pair.href}`, 'pair.njk', { ...context, section: 'pairs', pair });
  }
  // Indented for reading, except for big stories, whose overlap pairs alone grow with the square of the articles.
  const indent = story.articles.length <= OVERLAP_MATRIX_MAX ? 2 : undefined;
  files.set(`${story.id}/alignment.json`, `${JSON.stringify(alignment, null, indent)}\n`);
  files.set(`${story.id}/alignment.schema.json`, SCHEMA_TEXT);
  files.set(`${story.id}/claims.csv`, claimsCsv(view));
  files.set(`${story.id}/quotes.csv`, quotesCsv(view));
  // For editors: what the story's corrections.yml may hold (see README “Correcting the alignment”).
  files.set(`${story.id}/corrections.schema.json`, `${JSON.stringify(correctionsSchema, null, 2)}\n`);
  return home;
}

/** Renders one page into `files`; links are relative to the page's depth. */
function pageRenderer(files: { set(name: string, content: string): unknown }, options: RenderOptions) {
  return (file: string, template: string, context: Record<string, unknown>): void => {
    const depth = file.split('/').length - 1;
    const root = depth === 0 ? './' : '../'.repeat(depth);
    // From a story's pages, the story folder; "" on the story's own index.
    const storyRoot = depth <= 1 ? '' : '../'.repeat(depth - 1);
    const canonical = options.base ? new URL(file.replace(/(^|\/)index\.html$/, '$1'), withSlash(options.base)).href : undefined;
    files.set(
      file,
      options.templates.render(template, { root, storyRoot, canonical, current: file.split('/').slice(1).join('/'), ...context }),
    );
  };
}

/** The speakers quoted in one article, for the page's key. */
function speakersIn(view: StoryView, article: string): string[] {
  const names = new Set<string>();
  for (const quote of view.quotes) for (const m of quote.members) if (m.article.id === article && m.speaker) names.add(m.speaker);
  return [...names].sort();
}

/** alignment.schema.json: the same for every story, so written out once. */
const SCHEMA_TEXT = `${JSON.stringify(alignmentSchema, null, 2)}\n`;

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Readers come for the latest news: newest story first, undated stories last, then by id (stable). */
export function newestFirst(items: HomeItem[]): HomeItem[] {
  return [...items].sort((a, b) => {
    const [x, y] = [a.story.published ?? '', b.story.published ?? ''];
    if (x !== y) return x === '' ? 1 : y === '' ? -1 : x < y ? 1 : -1;
    return a.story.id < b.story.id ? -1 : a.story.id > b.story.id ? 1 : 0;
  });
}
