// The build, stage by stage: load → parse → analyse → align → render → write.
//
// Stories are independent until the home page, so the work goes story by story: `buildStory()` takes one
// story's sources through parse → analyse → align → render (src/build/story.ts). `buildSite()` runs it for
// every story in memory (tests, the dev server). `build()` also writes: it takes stories unchanged since the
// last build over from the previous site (src/build/incremental.ts), builds the rest on the main thread and
// worker threads (src/build/schedule.ts) and streams each story's pages to the writer as they are done
// (src/build/output.ts), so memory stays at about one story.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoryCache } from './build/incremental.js';
import { boundHeapGrowth } from './build/memory.js';
import { SiteOutput } from './build/output.js';
import { buildStories } from './build/schedule.js';
import { buildStory } from './build/story.js';
import { loadAssets } from './load/assets.js';
import { outputTarget } from './load/output.js';
import { loadStories } from './load/stories.js';
import { slugify } from './parse/ids.js';
import { checkStoryIds } from './parse/story.js';
import { renderHome } from './render/index.js';
import { searchIndex } from './render/search.js';
import { StageTimer } from './timers.js';
import type { BuildOptions, SiteFiles, Story, Warning } from './types.js';
import type { BuildReport, BuildResult, BuildRunOptions } from './build/options.js';
import { clearLeftovers, lockOutput } from './write/target.js';
import type { WrittenSite } from './write/thread.js';

export { buildStory, type StoryOptions, type StoryOutput } from './build/story.js';
export type { BuildReport, BuildResult, BuildRunOptions } from './build/options.js';

export const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public');

/** From this many stories on, the site is written on a thread of its own (src/write/thread.ts). */
const WRITER_THREAD_FROM = 16;

/** The stages in the order the build runs them (and reports them). */
const STAGES = ['load', 'parse', 'analyse', 'align', 'render', 'write'] as const;

/** Build the whole site in memory; nothing is written. */
export async function buildSite(options: Omit<BuildOptions, 'outDir'>): Promise<BuildResult> {
  const timer = new StageTimer();
  const { sources, assets, warnings } = await load(options.articlesDir, timer);
  const outputs = sources.map((source) => buildStory(source, { base: options.base, keepAligned: true })); // parse → analyse → align → render
  for (const output of outputs) timer.addAll(output.stages);
  const home = timer.timeSync('render', () => renderHome(outputs.map((output) => output.home), { base: options.base }));
  const search = await timer.time('render', () => searchIndex(outputs.flatMap((output) => output.home.search ?? [])));
  const files: SiteFiles = new Map([...assets, ...home, ...search]);
  for (const output of outputs) for (const [name, content] of output.files) files.set(name, content);
  return { files, stories: outputs.map((output) => output.aligned!), warnings: [...warnings, ...outputs.flatMap((output) => output.warnings)], timer };
}

/**
 * Build the site and swap it into the output folder. The folder is checked first (src/load/output.ts) and
 * locked while the build writes; what a killed build left beside it is cleared, and so is this build's own
 * staging folder if the process exits before the end (Ctrl-C).
 */
export async function build(options: BuildRunOptions): Promise<BuildReport> {
  boundHeapGrowth();
  const cacheDir = options.cacheDir === undefined ? '.cache' : options.cacheDir;
  const outDir = outputTarget({ outDir: options.outDir, articlesDir: options.articlesDir, cacheDir });
  const timer = new StageTimer(STAGES);
  const loaded = await load(options.articlesDir, timer);
  const lock = lockOutput(outDir);
  const onExit = () => {
    try {
      clearLeftovers(outDir);
    } catch {
      // The next build clears what is left.
    }
    lock.release();
  };
  process.on('exit', onExit);
  try {
    clearLeftovers(outDir);
    return await buildInto({ ...options, outDir, cacheDir }, loaded, timer);
  } finally {
    process.off('exit', onExit);
    lock.release();
  }
}

async function buildInto(options: BuildRunOptions & { cacheDir: string | false }, { sources, ids, assets, warnings }: Loaded, timer: StageTimer): Promise<BuildReport> {
  const cache = await timer.time('load', () => StoryCache.open({ ...options, cacheDir: options.cacheDir }, sources, ids));
  if (cache.problem) warnings.push(cacheWarning(cache.manifestFile, `the cache could not be used (${cache.problem}) and was ignored; every story is built again`));
  // Many stories: files are written on a thread of their own (tests and the dev server's small rebuilds
  // stay on this one, which saves starting the thread).
  const threaded = options.writerThread ?? sources.length >= WRITER_THREAD_FROM;
  const site = SiteOutput.open(options.outDir, cache.previous, timer, { keepFiles: options.keepFiles, threaded });
  const built: number[] = [];
  let done = 0;
  const progress = (stories: number) => {
    done += stories;
    options.onProgress?.(done, sources.length);
  };
  let workers = 0;
  let reused: number[] = [];
  let written: WrittenSite;
  try {
    await site.putAll(assets);
    // Stories whose sources and generator are as last time: their pages come over from the previous site.
    let toBuild: number[];
    ({ reused, toBuild } = await timer.time('write', () => cache.takeOverUnchanged(site)));
    if (reused.length) progress(reused.length);
    // The others: parse → analyse → align → render, each story's pages written as soon as it is done.
    workers = await buildStories(sources, toBuild, { base: options.base, hash: cache.enabled, workers: options.workers, writerEncodes: threaded }, async (index, output) => {
      timer.addAll(output.stages);
      await site.putAll(output.files);
      cache.remember(index, output);
      built.push(index);
      progress(1);
    });
    await site.putAll(timer.timeSync('render', () => renderHome(cache.homes(), { base: options.base })));
    await site.putAll(await timer.time('render', () => searchIndex(cache.homes().flatMap((home) => home.search ?? []))));
    written = await site.commit();
  } catch (error) {
    await site.abort();
    throw error;
  }
  await timer.time('write', () => cache.save(written.files)).catch((error: unknown) => {
    warnings.push(cacheWarning(cache.manifestFile, `the cache could not be saved (${(error as Error)?.message ?? error}); the next build builds every story again`));
  });
  return {
    stories: cache.homes(),
    warnings: [...warnings, ...cache.warnings()],
    timer,
    fileCount: Object.keys(written.files).length,
    files: site.files,
    built: built.sort((a, b) => a - b).map((index) => ids[index]),
    reused: reused.map((index) => ids[index]),
    counters: written.counters,
    workers,
  };
}

function cacheWarning(file: string, message: string): Warning {
  return { path: file, line: 1, column: 1, message };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** load: every story's source files and the site's assets; two stories may not share an id. */
async function load(articlesDir: string, timer: StageTimer) {
  const { stories: sources, warnings } = await timer.time('load', () => loadStories(articlesDir));
  const assets = await timer.time('load', () => loadAssets(publicDir));
  const ids = sources.map((source) => slugify(source.id));
  checkStoryIds(ids.map((id) => ({ id }) as Story), sources);
  return { sources, ids, assets, warnings };
}
