// What the build's load and write stages both need of the site manifest (its types: src/cache/index.ts):
// its format number, where it is kept, and how a file's content is identified.
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Bump when the manifest's shape changes. */
export const MANIFEST_FORMAT = 1;

/** Where the manifest of an output folder lives inside the cache folder. */
export function manifestPath(cacheDir: string, outDir: string): string {
  const id = createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'sites', `${id}.json`);
}

export function contentHash(content: string | Uint8Array): string {
  return createHash('sha1').update(content).digest('hex');
}

export function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}
