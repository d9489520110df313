// The build, stage by stage: load → parse → analyse → align → render → write.
//
// Stories are independent until the home page, so the work goes story by story: `buildStory()` takes one
// story's sources to its pages. `buildSite()` runs it for every story in memory (tests, the dev server);
// `build()` also writes, streaming each story's pages to the writer as they are done (memory stays at about
// one story), skipping stories the cache says are unchanged, and spreading the rest over worker threads
// when there are many.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignStory } from './align/index.js';
import { analyseStory } from './analyse/index.js';
import { MANIFEST_FORMAT, contentHash, storyKey, type ManifestStory } from './cache/index.js';
import { BuildError } from './errors.js';
import { loadAssets } from './load/assets.js';
import { loadCodeVersion, loadManifest, loadPreviousFile } from './load/cache.js';
import { loadStories } from './load/stories.js';
import { slugify } from './parse/ids.js';
import { checkStoryIds, parseStory } from './parse/story.js';
import { renderHome, renderStory, type HomeItem } from './render/index.js';
import { StageTimer } from './timers.js';
import type { AlignedStory, BuildOptions, SiteFiles, Story, StorySource, Warning } from './types.js';
import { writeManifest } from './write/cache.js';
import { SiteWriter, type WriteCounters } from './write/site.js';
import { StoryPool, threadCount, type StoryJob } from './workers/pool.js';

export const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public');

/** The stages in the order the build runs them (and reports them). */
const STAGES = ['load', 'parse', 'analyse', 'align', 'render', 'write'] as const;

export interface BuildResult {
  files: SiteFiles;
  stories: AlignedStory[];
  warnings: Warning[];
  timer: StageTimer;
}

/** One story built: its pages (with content hashes when asked for) and what the home page shows of it. */
export interface StoryOutput {
  id: string;
  files: Array<[name: string, content: string | Uint8Array, sha: string | undefined]>;
  home: HomeItem;
  /** Milliseconds per stage. */
  stages: Record<string, number>;
  aligned?: AlignedStory;
}

/** parse → analyse → align → render for one story. Pure: depends on the story's sources and the options only. */
export function buildStory(source: StorySource, options: { base?: string; hash?: boolean; keepAligned?: boolean }): StoryOutput {
  const stages: Record<string, number> = {};
  const time = <T>(stage: string, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      stages[stage] = (stages[stage] ?? 0) + performance.now() - started;
    }
  };
  const story = time('parse', () => parseStory(source));
  const analysis = time('analyse', () => analyseStory(story));
  const alignment = time('align', () => alignStory(analysis));
  const aligned: AlignedStory = { story, analysis, alignment };
  const { files, home } = time('render', () => renderStory(aligned, { base: options.base }));
  const out: StoryOutput['files'] = [];
  time('write', () => {
    for (const [name, content] of files) out.push([name, content, options.hash ? contentHash(content) : undefined]);
  });
  return { id: story.id, files: out, home, stages, aligned: options.keepAligned ? aligned : undefined };
}

/** Build the whole site in memory; nothing is written. */
export async function buildSite(options: Omit<BuildOptions, 'outDir'>): Promise<BuildResult> {
  const timer = new StageTimer();
  const { stories: sources, warnings } = await timer.time('load', () => loadStories(options.articlesDir));
  const assets = await timer.time('load', () => loadAssets(publicDir));
  checkStoryIds(sources.map((source) => ({ id: slugify(source.id) }) as Story), sources);
  const outputs = sources.map((source) => buildStory(source, { base: options.base, keepAligned: true }));
  for (const output of outputs) addStages(timer, output.stages);
  const pages = timer.timeSync('render', () => renderHome(outputs.map(({ home }) => home), { base: options.base }));
  const files: SiteFiles = new Map([...assets, ...pages]);
  for (const output of outputs) for (const [name, content] of output.files) files.set(name, content);
  return { files, stories: outputs.map((output) => output.aligned!), warnings, timer };
}

export interface BuildRunOptions extends BuildOptions {
  /** The cache folder for incremental builds (default ".cache"); false: build everything, remember nothing. */
  cacheDir?: string | false;
  /** Worker threads besides the main thread; default: by the number of stories and cores; 0: the main thread only. */
  workers?: number;
  /** Called as stories are done: (done, total), cached stories included. */
  onProgress?: (done: number, total: number) => void;
  /** Keep every file's content in the report (the dev server serves from memory). */
  keepFiles?: boolean;
  /** The generator's code version for cache keys (default: a hash of src/, templates/ and the lock file). */
  codeVersion?: string;
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

/** Build the site and swap it into the output folder. */
export async function build(options: BuildRunOptions): Promise<BuildReport> {
  const timer = new StageTimer();
  for (const stage of STAGES) addStages(timer, { [stage]: 0 });
  const cacheDir = options.cacheDir === undefined ? '.cache' : options.cacheDir;
  const { stories: sources, warnings } = await timer.time('load', () => loadStories(options.articlesDir));
  const assets = await timer.time('load', () => loadAssets(publicDir));
  const [codeVersion, previous] = cacheDir
    ? await timer.time('load', () => Promise.all([options.codeVersion ?? loadCodeVersion(), loadManifest(cacheDir, options.outDir)]))
    : ['', undefined];
  const ids = sources.map((source) => slugify(source.id));
  checkStoryIds(ids.map((id) => ({ id }) as Story), sources);
  const keys = timer.timeSync('load', () => sources.map((source) => (cacheDir ? storyKey(codeVersion, options.base, source) : '')));

  const files: SiteFiles | undefined = options.keepFiles ? new Map() : undefined;
  const homes: HomeItem[] = new Array(sources.length);
  const entries: Array<ManifestStory | undefined> = new Array(sources.length);
  const built = new Set<number>();
  const reused: string[] = [];
  let done = 0;
  const progress = () => options.onProgress?.(done, sources.length);
  const writer = await SiteWriter.open(options.outDir, previous);
  const put = (name: string, content: string | Uint8Array, sha?: string) => {
    files?.set(name, content);
    return timer.time('write', () => writer.put(name, content, sha));
  };
  let workers = 0;
  try {
    for (const [name, content] of assets) await put(name, content);

    // Stories whose sources and generator are as last time: take their pages over from the previous site.
    const toBuild: number[] = [];
    for (let i = 0; i < sources.length; i++) {
      const before = previous?.stories[ids[i]];
      if (!cacheDir || !before || before.key !== keys[i] || !(await writer.reusable(before.files))) {
        toBuild.push(i);
        continue;
      }
      await timer.time('write', async () => {
        for (const name of before.files) {
          if (!(await writer.reuse(name))) throw new BuildError('write-failed', { path: options.outDir }, `${name} changed during the build`);
          if (files) files.set(name, await loadPreviousFile(options.outDir, name));
        }
      });
      homes[i] = before.home;
      entries[i] = before;
      reused.push(ids[i]);
      done += 1;
    }
    if (reused.length) progress();

    const accept = async (index: number, output: StoryOutput) => {
      addStages(timer, output.stages);
      for (const [name, content, sha] of output.files) await put(name, content, sha);
      homes[index] = output.home;
      entries[index] = { key: keys[index], files: output.files.map(([name]) => name), home: output.home };
      built.add(index);
      done += 1;
      progress();
    };
    const job = (index: number): StoryJob => ({ index, source: sources[index], options: { base: options.base, hash: Boolean(cacheDir) } });

    workers = threadCount(toBuild.length, options.workers === undefined ? undefined : options.workers + 1) - 1;
    await runStories(toBuild, workers, job, accept);

    const home = timer.timeSync('render', () => renderHome(homes, { base: options.base }));
    for (const [name, content] of home) await put(name, content);
    await timer.time('write', () => writer.commit());
  } catch (error) {
    await writer.abort();
    throw error;
  }
  if (cacheDir) {
    const stories: Record<string, ManifestStory> = {};
    ids.forEach((id, index) => (stories[id] = entries[index]!));
    await timer.time('write', () => writeManifest(cacheDir, options.outDir, { format: MANIFEST_FORMAT, stories, files: writer.files }));
  }
  return {
    stories: homes,
    warnings,
    timer,
    fileCount: Object.keys(writer.files).length,
    files,
    built: [...built].sort((a, b) => a - b).map((index) => ids[index]),
    reused,
    counters: writer.counters,
    workers,
  };
}

/**
 * Build the stories in `order` on the main thread and `workers` worker threads, each taking the next story
 * as it is free (a worker has one more queued, so it never waits for the busy main thread). At most a few
 * stories' pages are in memory at once. On failure no new story starts; the error reported is that of the
 * earliest failing story, so it does not depend on which thread was faster.
 */
async function runStories(
  order: number[],
  workers: number,
  job: (index: number) => StoryJob,
  accept: (index: number, output: StoryOutput) => Promise<void>,
): Promise<void> {
  let next = 0;
  const errors = new Map<number, unknown>();
  const take = (): number | undefined => (errors.size || next >= order.length ? undefined : order[next++]);
  const settle = async (index: number, work: () => Promise<StoryOutput> | StoryOutput) => {
    try {
      const output = await work();
      if (!errors.size) await accept(index, output);
    } catch (error) {
      errors.set(index, error);
    }
  };
  const mainThread = async () => {
    for (let index = take(); index !== undefined; index = take()) {
      await settle(index, () => buildStory(job(index).source, job(index).options));
      await new Promise((resolve) => setImmediate(resolve)); // let the writer and the workers' replies through
    }
  };
  if (workers === 0) {
    await mainThread();
  } else {
    const pool = new StoryPool(workers);
    // A story that fails in a worker for any reason but its articles (out of memory, say) is built here instead.
    const onWorker = (index: number) =>
      pool.run(job(index)).catch((error: unknown) => {
        if (error instanceof BuildError) throw error;
        return buildStory(job(index).source, job(index).options);
      });
    const workerLane = async () => {
      for (let index = take(); index !== undefined; index = take()) await settle(index, () => onWorker(index));
    };
    try {
      await Promise.all([mainThread(), ...Array.from({ length: workers * 2 }, workerLane)]);
    } finally {
      await pool.close();
    }
  }
  if (errors.size) throw errors.get(Math.min(...errors.keys()));
}

function addStages(timer: StageTimer, stages: Record<string, number>): void {
  for (const [stage, ms] of Object.entries(stages)) timer.durations.set(stage, (timer.durations.get(stage) ?? 0) + ms);
}
