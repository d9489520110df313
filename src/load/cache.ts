// Loading the incremental build's cache: the generator's code version and the previous build's manifest.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { MANIFEST_FORMAT, type SiteManifest } from '../cache/index.js';
import { byCodePoint } from './stories.js';

/** The generator's own folder (the one holding src/ and templates/). */
export const generatorRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A hash of everything that shapes the pages besides the articles: the code, the templates and the
 * locked dependency versions. Any change to them invalidates every cached story.
 */
export async function loadCodeVersion(root = generatorRoot): Promise<string> {
  const names = (await fg(['src/**/*.{ts,js,mjs,json}', 'templates/**/*', 'package-lock.json'], { cwd: root, onlyFiles: true, dot: false })).sort(byCodePoint);
  const hash = createHash('sha1');
  for (const name of names) {
    const bytes = await readFile(path.join(root, name));
    hash.update(`${name}\0${bytes.byteLength}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Where the manifest of an output folder lives inside the cache folder. */
export function manifestPath(cacheDir: string, outDir: string): string {
  const id = createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'sites', `${id}.json`);
}

/** The previous build's manifest for this output folder, or undefined if there is none (or it is unreadable). */
export async function loadManifest(cacheDir: string, outDir: string): Promise<SiteManifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(manifestPath(cacheDir, outDir), 'utf8')) as SiteManifest;
    return manifest.format === MANIFEST_FORMAT && manifest.stories && manifest.files ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** A file of the previous site (for callers that keep the built files in memory). */
export async function loadPreviousFile(outDir: string, name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(path.resolve(outDir), name)));
}
