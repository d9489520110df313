// Writing the incremental build's cache: the manifest of what was just swapped into the output folder.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteManifest } from '../cache/index.js';
import { manifestPath } from '../load/cache.js';

/** Save the manifest (atomically: a half-written manifest would only cost a full rebuild, but still). */
export async function writeManifest(cacheDir: string, outDir: string, manifest: SiteManifest): Promise<void> {
  const file = manifestPath(cacheDir, outDir);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(manifest));
  await rename(temporary, file);
}
