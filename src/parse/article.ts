import path from 'node:path/posix';
import { BuildError } from '../errors.js';
import type { Article, ArticleMeta, Block, Sentence, SourceFile, Warning } from '../types.js';
import { decodeSource } from './decode.js';
import { checkWordLength } from './guard.js';
import { fieldPoint, type FrontMatter } from './front-matter.js';
import { ARTICLE_FIELDS, readFrontMatter } from './front-matter-checks.js';
import { slugify } from '../ids.js';
import { blockTexts, parseMarkdown } from './markdown.js';
import { splitSentences, type Span } from './sentences/index.js';
import { plainTextArticle } from './plain-text.js';

/**
 * One article file → an Article with its blocks and sentences (`split`: how a block is cut into sentences).
 * Problems that do not stop the build (a misspelt field) are added to `warnings`.
 */
export function parseArticle(
  file: SourceFile,
  storyId: string,
  split: (text: string) => Span[] = splitSentences,
  warnings: Warning[] = [],
): Article {
  const decoded = decodeSource(file);
  if (decoded.trim() === '') throw new BuildError('empty-file', { path: file.path, line: 1, column: 1 });
  const plain = file.path.toLowerCase().endsWith('.txt');
  const text = plain ? plainTextArticle(decoded, path.basename(file.path)) : decoded;
  checkWordLength(text, file.path);
  const { frontMatter, warnings: fieldWarnings } = readFrontMatter(text, file.path, ARTICLE_FIELDS);
  warnings.push(...fieldWarnings);
  const meta = articleMeta(frontMatter, file.path);
  if (frontMatter.body.trim() === '') {
    throw new BuildError('empty-body', { path: file.path, line: frontMatter.bodyStart.line, column: 1 });
  }
  const { blocks, sentences } = segmentBody(frontMatter.body, split);
  return {
    ...meta,
    id: slugify(path.basename(file.path, plain ? path.extname(file.path) : '.md')),
    storyId,
    path: file.path,
    body: frontMatter.body,
    bodyStart: frontMatter.bodyStart,
    blocks,
    sentences,
  };
}

/** Blocks and sentences of a markdown body; sentence offsets point into the body. */
export function segmentBody(body: string, split: (text: string) => Span[] = splitSentences): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const blockText of blockTexts(parseMarkdown(body))) {
    const block: Block = { kind: blockText.kind, start: blockText.start, end: blockText.end, sentences: [] };
    for (const span of split(blockText.text)) {
      const index = sentences.length;
      block.sentences.push(index);
      sentences.push({
        id: `s${index + 1}`,
        index,
        block: blocks.length,
        start: blockText.offsets[span.start],
        end: blockText.offsets[span.end - 1] + 1,
        text: blockText.text.slice(span.start, span.end),
      });
    }
    blocks.push(block);
  }
  return { blocks, sentences };
}

function articleMeta(frontMatter: FrontMatter, filePath: string): ArticleMeta {
  const { data } = frontMatter;
  const at = (field: string) => ({ path: filePath, ...fieldPoint(frontMatter, field) });
  if (!('title' in data) || data.title === null || data.title === undefined) throw new BuildError('missing-title', at('title'));
  if (typeof data.title !== 'string') throw new BuildError('title-not-text', at('title'), describe(data.title));
  const title = data.title.trim();
  if (title === '') throw new BuildError('empty-title', at('title'));

  const text = (field: string): string | undefined => {
    const value = data[field];
    if (value === undefined || value === null) return undefined;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value !== 'string' && typeof value !== 'number') throw new BuildError('field-not-text', at(field), field);
    return String(value).trim() || undefined;
  };
  const furniture = data.furniture ?? [];
  if (!Array.isArray(furniture) || furniture.some((line) => typeof line !== 'string')) {
    throw new BuildError('furniture-not-a-list', at('furniture'));
  }
  const outlet = text('outlet');
  // The url becomes a link on the article's page: only a web address may, never javascript: or data:.
  const url = text('url');
  if (url !== undefined && !isWebAddress(url))
    throw new BuildError('url-not-web', at('url'), url.length > 60 ? `${url.slice(0, 60)}…` : url);
  return {
    title,
    label: text('label') ?? outlet ?? shorten(title),
    outlet,
    published: text('published'),
    source: text('source'),
    url,
    furniture: furniture as string[],
  };
}

function isWebAddress(url: string): boolean {
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) return false;
  return ['http:', 'https:'].includes(new URL(url).protocol);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a set of fields' : `a ${typeof value}`;
}

/** A title cut at a word boundary, for a column heading. */
function shorten(title: string, max = 28): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 10 ? cut.lastIndexOf(' ') : max)}…`;
}
