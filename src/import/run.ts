// The import of a list of inputs into one story folder: every input read and turned into an article
// first, then the good ones written; what failed is reported with the input named.
import path from 'node:path';
import { slugify } from '../ids.js';
import { toArticle, type ImportedArticle } from './article.js';
import { DEFAULT_LIMITS, expandInputs, InputError, readInput, type FetchLimits } from './input.js';
import { openStory, writeArticle, type Written } from './write.js';

export interface ImportOptions {
  articles: string;
  story?: string;
  inputs: string[];
  limits?: FetchLimits;
  /** Called before each input is read (index from 0). */
  progress?: (index: number, total: number, input: string) => void;
}

export interface ImportResult {
  story: string;
  folder: string;
  imported: { article: ImportedArticle; written: Written; input: string }[];
  failed: { input: string; message: string }[];
}

export async function importArticles(options: ImportOptions): Promise<ImportResult> {
  const inputs = await expandInputs(options.inputs);
  const read: { input: string; article: ImportedArticle }[] = [];
  const failed: ImportResult['failed'] = [];
  for (const [index, input] of inputs.entries()) {
    options.progress?.(index, inputs.length, input);
    try {
      read.push({ input, article: toArticle(await readInput(input, options.limits ?? DEFAULT_LIMITS)) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed.push({ input, message: error.message });
    }
  }
  const story = slugify(options.story ?? read[0]?.article.title ?? 'story');
  const folder = path.join(options.articles, story);
  const imported: ImportResult['imported'] = [];
  if (read.length === 0) return { story, folder, imported, failed };
  const storyFolder = await openStory(folder);
  for (const { input, article } of read) imported.push({ input, article, written: await writeArticle(storyFolder, article) });
  return { story, folder, imported, failed };
}
