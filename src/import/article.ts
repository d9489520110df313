// One input → one article: front matter fields, the markdown body and its furniture, and what the
// input did not say.
import path from 'node:path';
import { extractPage, NoArticleError } from './extract.js';
import { countWords } from './furniture.js';
import { InputError, type InputText } from './input.js';
import type { PageMetadata } from './metadata.js';
import { readTextArticle } from './text.js';

export interface ImportedArticle extends PageMetadata {
  title: string;
  source: string;
  body: string;
  furniture: string[];
  /** Front matter fields the input did not give (title: the file name stood in). */
  missing: string[];
  words: number;
}

export const METADATA_FIELDS = ['title', 'outlet', 'published', 'url', 'author'] as const;

export function toArticle(input: InputText): ImportedArticle {
  const found = input.kind === 'html' ? fromPage(input) : fromText(input);
  if (found.body.trim() === '') throw new InputError(input.name, 'has no article text once its furniture is set aside');
  const missing = METADATA_FIELDS.filter((field) => !found.metadata[field]);
  const title = found.metadata.title ?? fallbackTitle(input);
  return {
    ...found.metadata,
    title,
    source: input.source,
    body: found.body,
    furniture: found.furniture,
    missing,
    words: countWords(found.body),
  };
}

function fromPage(input: InputText): { metadata: PageMetadata; body: string; furniture: string[] } {
  try {
    const page = extractPage(input.text);
    // The address fetched is the page's own; a canonical link the page gives wins.
    return { metadata: { ...page.metadata, url: page.metadata.url ?? input.address }, body: page.markdown, furniture: page.furniture };
  } catch (error) {
    if (error instanceof NoArticleError)
      throw new InputError(input.name, 'no article text found on the page (is it a front page, a list or a login page?)');
    throw error;
  }
}

function fromText(input: InputText): { metadata: PageMetadata; body: string; furniture: string[] } {
  const text = readTextArticle(input.text);
  return {
    metadata: { title: text.title, outlet: text.credit, url: input.address },
    body: text.paragraphs.map(escapeBlockStart).join('\n\n'),
    furniture: text.furniture,
  };
}

/** Plain text stays text: a line that markdown would read as a heading, list or quote is escaped. */
function escapeBlockStart(paragraph: string): string {
  return paragraph.replace(/^(#{1,6}\s|>|[-*+]\s|\d+[.)]\s|={3,}|-{3,})/, '\\$1');
}

function fallbackTitle(input: InputText): string {
  const base = input.address
    ? (new URL(input.address).pathname.split('/').filter(Boolean).at(-1) ?? input.address)
    : path.basename(input.name);
  return (
    base
      .replace(/(\.[a-z]+)+$/i, '')
      .replace(/[-_]+/g, ' ')
      .trim() || input.source
  );
}
