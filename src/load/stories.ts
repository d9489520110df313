import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { BuildError } from '../errors.js';
import { checkEntries } from './entries.js';
import type { SourceFile, StorySource, Warning } from '../types.js';

/** An editor's corrections to a story's alignment, beside its articles. */
export const CORRECTIONS_FILE = 'corrections.yml';

export interface LoadedStories {
  stories: StorySource[];
  warnings: Warning[];
}

/**
 * Each subfolder of the articles folder is a story; each .md in it an article (and each .txt in the plain-text
 * article form, see parse/plain-text.ts), index.md its summary.
 */
export async function loadStories(articlesDir: string): Promise<LoadedStories> {
  const folder = await stat(articlesDir).catch(() => undefined);
  if (!folder?.isDirectory()) throw new BuildError('articles-dir-missing', { path: articlesDir });
  const { skipped, warnings: linkWarnings } = checkEntries(articlesDir);
  const readable = (name: string) => !skipped.has(name) && !skipped.has(name.split('/')[0]);
  const folders = (await fg('*', { cwd: articlesDir, onlyDirectories: true })).filter(readable);
  const files = (await fg('*/*.md', { cwd: articlesDir, onlyFiles: true, dot: false })).filter(readable);
  // Plain-text files in the plain-text article form (headline, blank line, body) are articles too, unless a
  // markdown file of the same name stands beside them; other .txt files are notes, and the build says so.
  const txtFiles = (await fg('*/*.txt', { cwd: articlesDir, onlyFiles: true, dot: false })).filter(readable);
  const plainArticles = txtFiles.filter(
    (file) => !files.includes(file.replace(/\.txt$/, '.md')) && isPlainTextArticle(readFileSync(path.join(articlesDir, file), 'utf8')),
  );
  const textFiles = txtFiles.filter((file) => !plainArticles.includes(file));
  files.push(...plainArticles);
  const corrections = new Set((await fg(`*/${CORRECTIONS_FILE}`, { cwd: articlesDir, onlyFiles: true, dot: false })).filter(readable));
  // Sorting here makes every later stage independent of the file system's listing order.
  files.sort(byCodePoint);
  folders.sort(byCodePoint);

  const filesOf = new Map<string, string[]>();
  for (const file of files) {
    const folderId = file.slice(0, file.indexOf('/'));
    filesOf.set(folderId, [...(filesOf.get(folderId) ?? []), file]);
  }

  const stories: StorySource[] = [];
  const warnings: Warning[] = linkWarnings;
  const textCount = (id: string) => textFiles.filter((file) => file.startsWith(`${id}/`)).length;
  for (const id of folders) {
    const inFolder = filesOf.get(id) ?? [];
    // Synchronous: thousands of small files read one after another are four times faster so than as promises.
    const read = (relative: string): SourceFile => ({
      path: path.posix.join(articlesDir.split(path.sep).join('/'), relative),
      bytes: new Uint8Array(readFileSync(path.join(articlesDir, relative))),
    });
    const indexPath = `${id}/index.md`;
    const articles = inFolder.filter((file) => file !== indexPath).map(read);
    const texts = textCount(id);
    const where = path.posix.join(articlesDir, id) + '/';
    if (articles.length === 0) {
      warnings.push({
        path: where,
        line: 1,
        column: 1,
        message: `this story folder holds no articles (.md files) and was skipped${texts ? `; ${ignoredText(texts)}` : ''}`,
      });
      continue;
    }
    if (texts) warnings.push({ path: where, line: 1, column: 1, message: ignoredText(texts) });
    const correctionsPath = `${id}/${CORRECTIONS_FILE}`;
    stories.push({
      id,
      index: inFolder.includes(indexPath) ? read(indexPath) : undefined,
      ...(corrections.has(correctionsPath) ? { corrections: read(correctionsPath) } : {}),
      articles,
    });
  }
  if (stories.length === 0)
    throw new BuildError('no-articles', { path: articlesDir }, textFiles.length ? `; ${ignoredText(textFiles.length)}` : '');
  return { stories, warnings };
}

/** Whether a text has the plain-text article form (parse/plain-text.ts): a headline line, a blank line, then some body. */
function isPlainTextArticle(text: string): boolean {
  return /^[^\n]*\n[ \t]*\n\s*\S/.test(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}

function ignoredText(count: number): string {
  return `${count === 1 ? 'a .txt file was' : `${count} .txt files were`} ignored: articles are markdown files (.md) with a “title:” in front matter — rename ${count === 1 ? 'it' : 'them'} to .md and add one`;
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
