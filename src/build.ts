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
import { StoryPool, workerCount } from './workers/pool.js';

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
  /** Worker threads; default: decided by the number of stories and cores; 0: the main thread only. */
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
    const job = (index: number) => ({ index, source: sources[index], options: { base: options.base, hash: Boolean(cacheDir) } });

    workers = workerCount(toBuild.length, options.workers);
    if (workers === 0) {
      for (const index of toBuild) await accept(index, buildStory(sources[index], job(index).options));
    } else {
      await runPooled(new StoryPool(workers), workers * 2, toBuild, job, accept);
    }

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
 * Run the stories on the pool, at most `inFlight` at a time (so finished pages never pile up in memory).
 * On failure, waits for the stories already started and throws the error of the earliest story, so which
 * error is reported does not depend on which thread was faster.
 */
async function runPooled(
  pool: StoryPool,
  inFlight: number,
  order: number[],
  job: (index: number) => Parameters<StoryPool['run']>[0],
  accept: (index: number, output: StoryOutput) => Promise<void>,
): Promise<void> {
  const errors = new Map<number, unknown>();
  const running = new Set<Promise<void>>();
  try {
    for (const index of order) {
      if (errors.size) break;
      while (running.size >= inFlight) await Promise.race(running);
      const task: Promise<void> = pool
        .run(job(index))
        .then((output) => (errors.size ? undefined : accept(index, output)))
        .catch((error: unknown) => void errors.set(index, error))
        .finally(() => running.delete(task));
      running.add(task);
    }
    await Promise.all(running);
  } finally {
    await pool.close();
  }
  if (errors.size) throw errors.get(Math.min(...errors.keys()));
}

function addStages(timer: StageTimer, stages: Record<string, number>): void {
  for (const [stage, ms] of Object.entries(stages)) timer.durations.set(stage, (timer.durations.get(stage) ?? 0) + ms);
}
