// The files of a built site, for the scripts and tests that compare sites.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as sorted paths relative to it with forward slashes; none when `dir` is missing. */
export function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = path.posix.join(prefix, entry.name);
      return entry.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}
