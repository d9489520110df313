// Writing imported articles into a story folder: the id from the outlet and headline; an article from
// the same source updates its file; two articles with the same id are told apart; each file is written
// whole or not at all.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { slugify } from '../ids.js';
import type { ImportedArticle } from './article.js';

const ID_MAX = 60;

export interface Written {
  id: string;
  file: string;
  updated: boolean;
}

/** The files of a story folder by their `source`, and every id in use. */
export interface StoryFolder {
  folder: string;
  bySource: Map<string, string>;
  ids: Set<string>;
  existing: Map<string, Record<string, unknown>>;
}

export async function openStory(folder: string): Promise<StoryFolder> {
  const story: StoryFolder = { folder, bySource: new Map(), ids: new Set(), existing: new Map() };
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((file) => file.endsWith('.md') && file !== 'index.md').sort()) {
    const id = name.slice(0, -3);
    story.ids.add(id);
    try {
      const { data } = matter(await readFile(path.join(folder, name), 'utf8'));
      story.existing.set(id, data);
      if (typeof data.source === 'string') story.bySource.set(data.source, id);
    } catch {
      // A file whose front matter does not parse keeps its id; the build will report it.
    }
  }
  return story;
}

export function articleId(article: ImportedArticle): string {
  const slug = slugify([article.outlet, article.title].filter(Boolean).join(' '));
  if (slug.length <= ID_MAX) return slug;
  const cut = slug.slice(0, ID_MAX);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : ID_MAX);
}

/** Picks the file for an article: the one from the same source, else a free id (-2, -3 … on a clash). */
export function placeArticle(story: StoryFolder, article: ImportedArticle): { id: string; updated: boolean } {
  const same = story.bySource.get(article.source);
  if (same !== undefined) return { id: same, updated: story.existing.has(same) };
  const base = articleId(article);
  let id = base;
  for (let n = 2; story.ids.has(id); n += 1) id = `${base}-${n}`;
  story.ids.add(id);
  story.bySource.set(article.source, id);
  return { id, updated: false };
}

export function articleFile(article: ImportedArticle, previous: Record<string, unknown> = {}): string {
  // On a re-import, what the input says is refreshed; what it does not say keeps the value an editor
  // may have filled in by hand (a label, a date), and fields the importer never writes stay as they were.
  const stated: Record<string, unknown> = {
    title: article.missing.includes('title') ? undefined : article.title,
    outlet: article.outlet,
    author: article.author,
    published: article.published,
    source: article.source,
    url: article.url,
  };
  const pick = (field: string) => stated[field] ?? previous[field];
  const data: Record<string, unknown> = {
    title: pick('title') ?? article.title,
    label: previous.label,
    outlet: pick('outlet'),
    author: pick('author'),
    published: pick('published'),
    source: article.source,
    url: pick('url'),
    furniture: article.furniture.length > 0 ? article.furniture : undefined,
  };
  for (const [field, value] of Object.entries(previous)) if (!(field in data)) data[field] = value;
  const present = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  return matter.stringify(`${article.body.trim()}\n`, present);
}

/** Writes one article file whole: to a temporary file beside it, then renamed over it. */
export async function writeArticle(story: StoryFolder, article: ImportedArticle): Promise<Written> {
  const { id, updated } = placeArticle(story, article);
  const file = path.join(story.folder, `${id}.md`);
  const temporary = path.join(story.folder, `.${id}.md.${process.pid}.tmp`);
  await mkdir(story.folder, { recursive: true });
  try {
    await writeFile(temporary, articleFile(article, story.existing.get(id)));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  story.existing.set(id, matter(await readFile(file, 'utf8')).data);
  return { id, file, updated };
}
