import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from '../errors.js';
import type { SiteFiles } from '../types.js';

/**
 * Write the site to a fresh folder beside the output and swap it in only once every file is written,
 * so a failed build leaves the previous site exactly as it was.
 */
export async function writeSite(files: SiteFiles, outDir: string): Promise<void> {
  const target = path.resolve(outDir);
  const staging = `${target}.building-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  try {
    await rm(staging, { recursive: true, force: true });
    for (const [name, content] of files) {
      const file = insideFolder(staging, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  } catch (cause) {
    await rm(staging, { recursive: true, force: true });
    throw cause instanceof BuildError ? cause : new BuildError('write-failed', { path: outDir }, (cause as Error).message, { cause });
  }
  const hadPrevious = await rename(target, previous).then(() => true, () => false);
  await rename(staging, target);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

/** The absolute path of a site file; refuses any name that would land outside the folder. */
export function insideFolder(folder: string, name: string): string {
  const file = path.resolve(folder, name);
  if (path.isAbsolute(name) || !file.startsWith(folder + path.sep)) {
    throw new BuildError('bad-id', { path: name }, name);
  }
  return file;
}
