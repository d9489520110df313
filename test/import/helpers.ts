import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';

export const FIXTURES = path.resolve('test/fixtures/import');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/** An article file as written: its front matter and body. */
export async function readArticle(file: string): Promise<{ data: Record<string, unknown>; body: string }> {
  const { data, content } = matter(await readFile(file, 'utf8'));
  return { data, body: content };
}
