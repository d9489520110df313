// The output-folder contract, checked before anything is touched: the build replaces only a folder that is
// missing, empty, or a site it wrote before (recognised by its marker file). A folder that is, holds or is
// inside the articles, or that is or holds the project, the working folder, the home folder or "/", is refused
// whatever it contains. A symbolic link as --out is followed: the site is swapped in where it points.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuildError, printable } from '../errors.js';
import { KEPT_ENTRIES, SITE_MARKER } from '../site-folder.js';
import { manifestPath } from '../manifest.js';
import { generatorRoot } from './cache.js';

export interface OutputCheck {
  outDir: string;
  articlesDir: string;
  /** The cache folder, whose manifest recognises a site written before sites carried the marker. */
  cacheDir?: string | false;
}

/** The folder the site will be swapped into (a real path), or a BuildError saying why not. */
export function outputTarget({ outDir, articlesDir, cacheDir }: OutputCheck): string {
  const shown = `--out “${outDir}”`;
  const target = realTarget(outDir, shown);
  const articles = realPath(articlesDir);
  if (target === articles) refuse(`${shown} is the articles folder: the site would replace the articles`);
  if (isInside(articles, target)) refuse(`${shown} holds the articles folder: the site would replace the articles`);
  if (isInside(target, articles))
    refuse(`${shown} is inside the articles folder “${articlesDir}”: the site would be mixed with the articles`);
  if (cacheDir) {
    const cache = realPath(cacheDir);
    if (cache === target || isInside(cache, target))
      refuse(
        `${shown} holds the cache folder “${cacheDir}”: each build would publish the cache, then throw it away; give --cache a folder outside the site`,
      );
  }
  const guarded: Array<[string, string]> = [
    ['the generator’s own folder', realPath(generatorRoot)],
    ['the folder you are working in', realPath(process.cwd())],
    ['your home folder', realPath(os.homedir())],
  ];
  for (const [what, folder] of guarded) {
    if (target === folder || isInside(folder, target)) refuse(`${shown} is or holds ${what} (${folder}): the site would replace it`);
  }
  if (target === path.parse(target).root) refuse(`${shown} is the root of the file system`);
  const stats = statSync(target, { throwIfNoEntry: false });
  if (!stats) return target;
  if (!stats.isDirectory()) refuse(`${shown} is a file, not a folder`);
  let entries: string[];
  try {
    entries = readdirSync(target);
  } catch (cause) {
    return refuse(`${shown} cannot be read (${(cause as Error).message})`);
  }
  const own = entries.filter((name) => !KEPT_ENTRIES.includes(name));
  if (own.length === 0 || entries.includes(SITE_MARKER) || writtenBefore(target, own, cacheDir)) return target;
  const shownEntries =
    own
      .slice(0, 3)
      .map((name) => `“${name}”`)
      .join(', ') + (own.length > 3 ? ', …' : '');
  return refuse(`${shown} holds files this build did not write (${shownEntries}) and would replace them`);
}

function refuse(reason: string): never {
  throw new BuildError('output-refused', undefined, printable(reason));
}

/** The real path of --out: a symbolic link is followed to its target; a missing folder is placed under its real parent. */
function realTarget(outDir: string, shown: string): string {
  const given = path.resolve(outDir);
  if (lstatSync(given, { throwIfNoEntry: false })?.isSymbolicLink()) {
    try {
      return realpathSync(given);
    } catch {
      return refuse(`${shown} is a symbolic link to a place that does not exist`);
    }
  }
  return realPath(given);
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor's real path, and the rest. */
function realPath(folder: string): string {
  const absolute = path.resolve(folder);
  const rest: string[] = [];
  for (let at = absolute; ; at = path.dirname(at)) {
    try {
      return path.join(realpathSync(at), ...rest.reverse());
    } catch {
      if (path.dirname(at) === at) return absolute;
      rest.push(path.basename(at));
    }
  }
}

/** Whether `inner` lies strictly inside `outer` (both real, absolute paths). */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * A site written before sites carried the marker: the cache's manifest for this folder lists a file under
 * every entry the folder holds.
 */
function writtenBefore(target: string, entries: string[], cacheDir: string | false | undefined): boolean {
  if (!cacheDir) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(cacheDir, target), 'utf8')) as { files?: Record<string, unknown> };
    const tops = new Set(Object.keys(manifest.files ?? {}).map((name) => name.split('/')[0]));
    return entries.every((name) => tops.has(name)) && existsSync(path.join(target, 'index.html'));
  } catch {
    return false;
  }
}
