// Front matter from a page's own metadata: JSON-LD first, then Open Graph, then plain <meta> tags and
// <link rel="canonical">. Nothing is guessed: a field no source states stays undefined.

export interface PageMetadata {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  author?: string;
}

const ARTICLE_TYPES = /(Article|BlogPosting|Report|WebPage)$/;

export function readMetadata(document: Document): PageMetadata {
  const linked = linkedData(document);
  const tags = metaTags(document);
  const meta = (...names: string[]) => names.map((wanted) => tags.get(wanted.toLowerCase())).find((value) => value !== undefined);
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
  return {
    title: clean(text(linked?.headline) ?? meta('og:title', 'twitter:title', 'dc.title', 'headline')),
    outlet: clean(name(linked?.publisher) ?? meta('og:site_name', 'application-name', 'publisher', 'dc.publisher')),
    published: isoDate(
      text(linked?.datePublished) ??
        meta(
          'article:published_time',
          'datePublished',
          'pubdate',
          'publishdate',
          'publish-date',
          'date',
          'dc.date',
          'dc.date.issued',
          'sailthru.date',
          'parsely-pub-date',
          'og:published_time',
        ) ??
        document.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
        undefined,
    ),
    url: webAddress(canonical) ?? webAddress(meta('og:url')) ?? webAddress(text(linked?.url)),
    author: clean(authors(linked?.author) ?? notAddress(meta('author', 'article:author', 'dc.creator', 'parsely-author', 'byl'))),
  };
}

type Json = Record<string, unknown>;

/** The page's article object from its JSON-LD blocks (through @graph and lists), if any. */
function linkedData(document: Document): Json | undefined {
  const found: Json[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), found);
    } catch {
      // A page's broken JSON-LD block says nothing; the other sources may.
    }
  }
  const typeOf = (item: Json) => [item['@type']].flat().map(String);
  return (
    found.find((item) => typeOf(item).some((type) => ARTICLE_TYPES.test(type) && type !== 'WebPage')) ??
    found.find((item) => typeOf(item).includes('WebPage') && item.headline !== undefined)
  );
}

function collect(value: unknown, into: Json[]): void {
  if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value !== null && typeof value === 'object') {
    into.push(value as Json);
    if ('@graph' in value) collect((value as Json)['@graph'], into);
  }
}

/** The page's <meta> tags by their lower-cased property, name or itemprop (the first of each wins). */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))?.toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function name(value: unknown): string | undefined {
  if (Array.isArray(value)) return name(value[0]);
  if (value !== null && typeof value === 'object') return text((value as Json).name);
  return text(value);
}

function authors(value: unknown): string | undefined {
  const names = [value]
    .flat()
    .map((item) => name(item))
    .filter((item): item is string => item !== undefined && !isAddress(item));
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

/** The publication date as written by the page (its own time zone), as YYYY-MM-DD. */
function isoDate(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4})-?(\d{2})-?(\d{2})/);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

function isAddress(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function notAddress(value: string | undefined): string | undefined {
  return value !== undefined && !isAddress(value) ? value : undefined;
}

function webAddress(value: string | undefined): string | undefined {
  return value !== undefined && isAddress(value) && URL.canParse(value) ? value : undefined;
}

function clean(value: string | undefined): string | undefined {
  const result = value?.replace(/\s+/g, ' ').trim();
  return result ? result : undefined;
}
