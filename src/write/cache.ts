// Writing the incremental build's cache: the manifest of what was just swapped into the output folder.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteManifest } from '../cache/index.js';
import { manifestPath } from '../manifest.js';

/**
 * Save the manifest (atomically: a half-written manifest would only cost a full rebuild, but still), with
 * the output folder it describes beside it in `<id>.dir`, and drop the manifests of output folders that no
 * longer exist, so a cache used with many temporary output folders does not grow without end.
 */
export async function writeManifest(cacheDir: string, outDir: string, manifest: SiteManifest): Promise<void> {
  const file = manifestPath(cacheDir, outDir);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(manifest));
  await rename(temporary, file);
  await writeFile(file.replace(/\.json$/, '.dir'), path.resolve(outDir));
  await pruneManifests(path.dirname(file));
}

/** Remove every manifest whose output folder is gone (or unknown: written before folders were recorded). */
async function pruneManifests(sitesDir: string): Promise<void> {
  for (const name of await readdir(sitesDir)) {
    if (!name.endsWith('.json')) continue;
    const manifest = path.join(sitesDir, name);
    const dirFile = manifest.replace(/\.json$/, '.dir');
    const outDir = await readFile(dirFile, 'utf8').catch(() => undefined);
    if (outDir !== undefined && existsSync(outDir)) continue;
    await rm(manifest, { force: true });
    await rm(dirFile, { force: true });
  }
}
