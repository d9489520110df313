// The incremental build's cache: what a story's output depends on, and what the previous build left.
// Pure functions and types only; reading the cache is loading (src/load/cache.ts), writing it is writing
// (src/write/site.ts); what both need of the manifest is in src/manifest.ts.
import { createHash } from 'node:crypto';
import type { HomeItem } from '../render/index.js';
import type { StorySource, Warning } from '../types.js';

/** A file of the previous site, as the writer left it. */
export interface ManifestFile {
  /** SHA-1 of the content. */
  sha: string;
  size: number;
  /** Inode and modification time when written: if either changed, someone touched the file; don't trust it. */
  ino: number;
  mtimeMs: number;
}

/** One story of the previous site: the key its pages were built from, its files, its home-page item. */
export interface ManifestStory {
  key: string;
  files: string[];
  home: HomeItem;
  /** The story's warnings, repeated when it is taken over unchanged. */
  warnings?: Warning[];
}

/** What the previous build wrote into an output folder (kept in the cache folder, never in the site). */
export interface SiteManifest {
  format: number;
  stories: Record<string, ManifestStory>;
  files: Record<string, ManifestFile>;
}

/**
 * A story's cache key: the generator's code version, the build options that reach its pages, and every
 * byte (and path) of its source files. Equal keys mean byte-identical pages.
 */
export function storyKey(codeVersion: string, base: string | undefined, source: StorySource): string {
  const hash = createHash('sha1');
  const field = (value: string | Uint8Array) => {
    hash.update(`${typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength}:`);
    hash.update(value);
  };
  field(codeVersion);
  field(base ?? '');
  field(source.id);
  for (const file of source.index ? [source.index, ...source.articles] : source.articles) {
    field(file.path);
    field(file.bytes);
  }
  field(source.index ? 'index' : 'no-index');
  if (source.corrections) {
    field(source.corrections.path);
    field(source.corrections.bytes);
  }
  return hash.digest('hex');
}
