// The incremental build: a story whose sources, options and generator are as in the previous build into
// the same output folder is taken over from the previous site without being built again.
import { storyKey, type ManifestStory, type SiteManifest } from '../cache/index.js';
import { MANIFEST_FORMAT, manifestPath } from '../manifest.js';
import { loadCodeVersion, loadManifest } from '../load/cache.js';
import type { HomeItem } from '../render/index.js';
import type { StorySource, Warning } from '../types.js';
import { writeManifest } from '../write/cache.js';
import type { Output } from './output.js';
import type { StoryOutput } from './story.js';

export interface CacheOptions {
  /** The cache folder; false: build everything, remember nothing. */
  cacheDir: string | false;
  outDir: string;
  base?: string;
  /** The generator's code version (default: a hash of src/, templates/ and the lock file). */
  codeVersion?: string;
}

/** What the previous build left, and what this one will leave: one manifest entry per story. */
export class StoryCache {
  /** Each story's manifest entry, once built or taken over. */
  private readonly entries: Array<ManifestStory | undefined>;

  private constructor(
    private readonly options: CacheOptions,
    private readonly ids: string[],
    /** The previous build's manifest, if there is a usable one. */
    readonly previous: SiteManifest | undefined,
    private readonly keys: string[],
    /** Why the cache could not be used, if it could not. */
    readonly problem?: string,
  ) {
    this.entries = new Array(ids.length);
  }

  static async open(options: CacheOptions, sources: StorySource[], ids: string[]): Promise<StoryCache> {
    if (!options.cacheDir)
      return new StoryCache(
        options,
        ids,
        undefined,
        ids.map(() => ''),
      );
    const [codeVersion, { manifest, problem }] = await Promise.all([
      options.codeVersion ?? loadCodeVersion(),
      loadManifest(options.cacheDir, options.outDir),
    ]);
    return new StoryCache(
      options,
      ids,
      manifest,
      sources.map((source) => storyKey(codeVersion, options.base, source)),
      problem,
    );
  }

  /** Whether this build is remembered (and pages therefore hashed). */
  get enabled(): boolean {
    return Boolean(this.options.cacheDir);
  }

  /** Take over every story unchanged since the previous build; returns the indices of those taken over and those to build. */
  async takeOverUnchanged(site: Output): Promise<{ reused: number[]; toBuild: number[] }> {
    // Asked all at once: with the writer on its own thread, the answers come back without a round trip each.
    const taken = await Promise.all(
      this.ids.map((id, i) => {
        const before = this.previous?.stories[id];
        return this.enabled && before && before.key === this.keys[i] ? site.takeOver(before.files) : false;
      }),
    );
    const reused: number[] = [];
    const toBuild: number[] = [];
    taken.forEach((ok, i) => {
      if (!ok) {
        toBuild.push(i);
        return;
      }
      this.entries[i] = this.previous!.stories[this.ids[i]];
      reused.push(i);
    });
    return { reused, toBuild };
  }

  /** Remember a story just built. */
  remember(index: number, output: StoryOutput): void {
    this.entries[index] = {
      key: this.keys[index],
      files: output.files.map(([name]) => name),
      home: output.home,
      warnings: output.warnings,
    };
  }

  /** The warnings of every story, built now or taken over (those are remembered), in story order. */
  warnings(): Warning[] {
    return this.entries.flatMap((entry) => entry?.warnings ?? []);
  }

  /** What the home page shows of each story, in order. */
  homes(): HomeItem[] {
    return this.entries.map((entry) => entry!.home);
  }

  /** Where this output folder's manifest is kept (for messages). */
  get manifestFile(): string {
    return this.options.cacheDir ? manifestPath(this.options.cacheDir, this.options.outDir) : '';
  }

  /** Save the manifest of the site just swapped in, for the next build. */
  async save(files: SiteManifest['files']): Promise<void> {
    if (!this.options.cacheDir) return;
    const stories: Record<string, ManifestStory> = {};
    this.ids.forEach((id, index) => {
      stories[id] = this.entries[index]!;
    });
    await writeManifest(this.options.cacheDir, this.options.outDir, { format: MANIFEST_FORMAT, stories, files });
  }
}
