// What the build takes and what it reports (src/build.ts).
import type { HomeItem } from '../render/index.js';
import type { StageTimer } from '../timers.js';
import type { AlignedStory, BuildOptions, SiteFiles, Warning, WordVectors } from '../types.js';
import type { WriteCounters } from '../write/site.js';

/** What `buildSite()` returns: the site in memory. */
export interface BuildResult {
  files: SiteFiles;
  stories: AlignedStory[];
  warnings: Warning[];
  timer: StageTimer;
}

export interface BuildRunOptions extends BuildOptions {
  /** The cache folder for incremental builds (default ".cache"); false: build everything, remember nothing. */
  cacheDir?: string | false;
  /** Worker threads besides the main thread; default: by the number of stories and cores; 0: the main thread only. */
  workers?: number;
  /** Called as stories are done: (done, total), cached stories included. */
  onProgress?: (done: number, total: number) => void;
  /** Write the site on a thread of its own; default: for 16 stories or more. */
  writerThread?: boolean;
  /** Keep every file's content in the report (the dev server serves from memory). */
  keepFiles?: boolean;
  /** Stops the build: the new site is thrown away, the previous one stays, and the build rejects with the signal's reason. */
  signal?: AbortSignal;
  /** The generator's code version for cache keys (default: a hash of src/, templates/ and the lock file). */
  codeVersion?: string;
  /** The word vectors (storyVectors()), for a process that builds again and again (the dev server); default: read for this build. */
  vectors?: WordVectors;
}

export interface BuildReport {
  /** What the home page shows of each story, in order. */
  stories: HomeItem[];
  warnings: Warning[];
  timer: StageTimer;
  fileCount: number;
  /** Every file, only with `keepFiles`. */
  files?: SiteFiles;
  /** Stories built now and stories taken over unchanged from the previous build. */
  built: string[];
  reused: string[];
  /** Files written, and files hard-linked unchanged from the previous site. */
  counters: WriteCounters;
  workers: number;
}
