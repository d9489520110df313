import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { wordVectors } from '../src/analyse/terms/vectors.js';
import { readWordVectors } from '../src/load/word-vectors.js';
import type { SourceFile, WordVectors } from '../src/types.js';

/** A source file in memory, as the loader would hand it to the parser. */
export function source(text: string | Uint8Array, filePath = 'articles/story/article.md'): SourceFile {
  return { path: filePath, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text };
}

let vectors: WordVectors | undefined;

/** The word vectors as a build reads and keys them, made once per test file. */
export function testWordVectors(): WordVectors {
  vectors ??= wordVectors(readWordVectors());
  return vectors;
}

/** A temporary articles folder: { "story/a.md": "…" } → its path. */
export async function articlesFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir('articles-');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

const temporaryFolders = new Set<string>();

/** A new temporary folder, removed after the test file's tests (test/setup.ts). */
export async function tempDir(prefix = 'site-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temporaryFolders.add(dir);
  return dir;
}

/** Remove every folder `tempDir()` made (and the staging or previous-site folders a build left beside them). */
export async function removeTemporaryFolders(): Promise<void> {
  for (const dir of temporaryFolders) await rm(dir, { recursive: true, force: true });
  temporaryFolders.clear();
}
