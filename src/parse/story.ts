import path from 'node:path';
import { BuildError } from '../errors.js';
import type { Story, StorySource, Warning } from '../types.js';
import { parseArticle } from './article.js';
import { decodeSource } from './decode.js';
import { fieldPoint } from './front-matter.js';
import { checkWordLength } from './guard.js';
import { INDEX_FIELDS, readFrontMatter } from './front-matter-checks.js';
import { slugify } from '../ids.js';
import { markdownToHtml } from './markdown.js';
import { rememberingSplitter } from './sentences/index.js';

/**
 * A story folder → a Story: its articles parsed, its title, date and summary from index.md if any.
 * Problems that do not stop the build are added to `warnings`.
 */
export function parseStory(source: StorySource, warnings: Warning[] = []): Story {
  const id = slugify(source.id);
  const split = rememberingSplitter();
  const articles = source.articles.map((file) => parseArticle(file, id, split, warnings));
  const seen = new Map<string, string>();
  for (const article of articles) {
    const earlier = seen.get(article.id);
    if (earlier)
      throw new BuildError('duplicate-article', { path: article.path, line: 1, column: 1 }, `“${article.id}” (also “${earlier}”)`);
    seen.set(article.id, article.path);
  }
  const index = source.index ? storyIndex(source.index.path, decodeSource(source.index), warnings) : {};
  const dates = articles
    .map((article) => article.published)
    .filter((date): date is string => Boolean(date))
    .sort();
  return {
    id,
    title: index.title ?? articles[0].title,
    published: index.published ?? dates[0],
    summary: index.summary,
    summaryHtml: index.summary === undefined ? undefined : markdownToHtml(index.summary),
    articles,
  };
}

function storyIndex(path: string, text: string, warnings: Warning[]): { title?: string; published?: string; summary?: string } {
  if (text.trim() === '') return {};
  checkWordLength(text, path);
  const { frontMatter, warnings: fieldWarnings } = readFrontMatter(text, path, INDEX_FIELDS);
  warnings.push(...fieldWarnings);
  const field = (name: string): string | undefined => {
    const value = frontMatter.data[name];
    if (value === undefined || value === null) return undefined;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value !== 'string') throw new BuildError('field-not-text', { path, ...fieldPoint(frontMatter, name) }, name);
    return value.trim() || undefined;
  };
  return { title: field('title'), published: field('published'), summary: field('summary') ?? (frontMatter.body.trim() || undefined) };
}

/** Story ids come from folder names; two folders must not end up with the same one. */
export function checkStoryIds(stories: Story[], sources: StorySource[]): void {
  const seen = new Map<string, string>();
  stories.forEach((story, index) => {
    const folder = sources[index].id;
    const earlier = seen.get(story.id);
    const first = sources[index].articles[0];
    const where = first ? `${path.posix.dirname(first.path)}/` : `${folder}/`;
    if (earlier !== undefined) throw new BuildError('duplicate-story', { path: where, line: 1, column: 1 }, `${earlier}” and “${folder}`);
    seen.set(story.id, folder);
  });
}
