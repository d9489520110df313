// The article of a saved web page: Readability finds the body; furniture inside it is moved to a list;
// the page's own metadata fills the front matter.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { moveFurniture, pageLines, withDropped } from './page-furniture.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { toMarkdown } from './markdown.js';

export interface PageArticle {
  metadata: PageMetadata;
  /** The body as markdown, without the headline. */
  markdown: string;
  furniture: string[];
}

export class NoArticleError extends Error {}

/** The page as a document; a saved page of bare text (no tags at all) is read as one whose lines are paragraphs. */
function parseDocument(html: string): ReturnType<typeof parseHTML> {
  const parsed = parseHTML(html);
  if (parsed.document.documentElement) return parsed;
  const paragraphs = html
    .split(/\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${line.replace(/&(?![#\w]+;)/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return parseHTML(`<!DOCTYPE html><html><body>${paragraphs.join('')}</body></html>`);
}

export function extractPage(html: string): PageArticle {
  const { document } = parseDocument(html);
  const metadata = readMetadata(document as unknown as Document);
  // Read before Readability changes the page; Readability takes scripts and styles out itself too.
  const lines = pageLines(document as unknown as Document);
  const result = new Readability<Element>(document as unknown as Document, {
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  const body = result?.content;
  if (!body || (body.textContent ?? '').trim() === '') throw new NoArticleError('no article text found on the page');
  const title = metadata.title ?? cleanTitle(result.title);
  const furniture = moveFurniture(body, title);
  const listed = withDropped(lines, body, furniture, title);
  const markdown = toMarkdown(body);
  if (markdown === '') throw new NoArticleError('no article text found on the page');
  return {
    metadata: {
      ...metadata,
      title,
      outlet: metadata.outlet ?? cleanTitle(result.siteName),
      author: metadata.author ?? cleanTitle(result.byline),
    },
    markdown,
    furniture: listed,
  };
}

function cleanTitle(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
