// Loading the incremental build's cache: the generator's code version and the previous build's manifest.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import type { SiteManifest } from '../cache/index.js';
import { MANIFEST_FORMAT, manifestPath } from '../manifest.js';
import { byCodePoint } from './stories.js';

/** The generator's own folder (the one holding src/ and templates/). */
export const generatorRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A hash of everything that shapes the pages besides the articles: the code, the templates and the
 * locked dependency versions. Any change to them invalidates every cached story.
 */
export async function loadCodeVersion(root = generatorRoot): Promise<string> {
  const names = (
    await fg(['src/**/*.{ts,js,mjs,json}', 'templates/**/*', 'package-lock.json'], { cwd: root, onlyFiles: true, dot: false })
  ).sort(byCodePoint);
  const hash = createHash('sha1');
  for (const name of names) {
    const bytes = await readFile(path.join(root, name));
    hash.update(`${name}\0${bytes.byteLength}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The previous build's manifest for an output folder; `problem` says why one that is there cannot be used. */
export interface LoadedManifest {
  manifest?: SiteManifest;
  problem?: string;
}

/** The previous build's manifest for this output folder: none if there is none, and a problem if it is unusable. */
export async function loadManifest(cacheDir: string, outDir: string): Promise<LoadedManifest> {
  let text: string;
  try {
    text = await readFile(manifestPath(cacheDir, outDir), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? {} : { problem: code === 'ENOTDIR' ? 'the cache is not a folder' : (error as Error).message };
  }
  let manifest: SiteManifest;
  try {
    manifest = JSON.parse(text) as SiteManifest;
  } catch {
    return { problem: 'its manifest is not valid JSON' };
  }
  if (manifest?.format !== MANIFEST_FORMAT) return { problem: 'its manifest was written by another version of the generator' };
  const problem = manifestProblem(manifest);
  return problem ? { problem } : { manifest };
}

/** What makes a manifest unusable: a wrong shape, or a file name that is not a plain path inside the site. */
function manifestProblem(manifest: SiteManifest): string | undefined {
  if (!isRecord(manifest.stories) || !isRecord(manifest.files)) return 'its manifest is not in the expected shape';
  for (const [name, file] of Object.entries(manifest.files)) {
    if (!isSiteFileName(name)) return `its manifest names a file outside the site (“${name}”)`;
    if (!isRecord(file) || typeof file.sha !== 'string' || ![file.size, file.ino, file.mtimeMs].every((n) => typeof n === 'number'))
      return `its manifest entry for “${name}” is not in the expected shape`;
  }
  for (const story of Object.values(manifest.stories)) {
    if (!isRecord(story) || typeof story.key !== 'string' || !Array.isArray(story.files) || !isRecord(story.home))
      return 'its manifest is not in the expected shape';
    const stray = story.files.find((name) => typeof name !== 'string' || !Object.hasOwn(manifest.files, name));
    if (stray !== undefined) return `its manifest names a file it does not describe (“${String(stray)}”)`;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A relative path of plain names: no "..", ".", empty or absolute parts, no backslashes or control characters. */
function isSiteFileName(name: string): boolean {
  if (name === '' || /[\\\u0000-\u001f]/.test(name) || name.startsWith('/')) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** A file of the previous site (for callers that keep the built files in memory). */
export async function loadPreviousFile(outDir: string, name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(path.resolve(outDir), name)));
}
