// The build, stage by stage: load → parse → analyse → align → render → write.
//
// Stories are independent until the home page, so the work goes story by story: `buildStory()` below is the
// pipeline of one story. `build()` checks and locks the output folder, then runs the pipeline for every story
// into the site on disk; `buildSite()` runs the very same pipeline into memory (tests, the dev server).
// Around the pipeline, each from its own module: the incremental build takes stories unchanged since the
// last build over from the previous site (src/build/incremental.ts), the scheduler spreads stories over the
// main thread and worker threads (src/build/schedule.ts), and the output streams each story's pages to the
// writer as they are done (src/build/output.ts), so memory stays at about one story.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignStory } from './align/index.js';
import { analyseStory } from './analyse/index.js';
import { wordVectors } from './analyse/terms/vectors.js';
import { StoryCache } from './build/incremental.js';
import { unlessAborted } from './build/abort.js';
import { boundHeapGrowth } from './build/memory.js';
import { MemoryOutput, SiteOutput, type Output } from './build/output.js';
import { buildStories } from './build/schedule.js';
import { correctAlignment, renderPages, stageClock, type StoryOptions, type StoryOutput } from './build/story.js';
import { loadAssets } from './load/assets.js';
import { outputTarget } from './load/output.js';
import { loadStories } from './load/stories.js';
import { readTemplates } from './load/templates.js';
import { readWordVectors } from './load/word-vectors.js';
import { parseCorrections } from './parse/corrections.js';
import { slugify } from './ids.js';
import { checkStoryIds, parseStory } from './parse/story.js';
import { pageTemplates } from './render/environment.js';
import { renderHome } from './render/index.js';
import { searchIndex } from './render/search.js';
import { StageTimer } from './timers.js';
import type { BuildOptions, PageTemplates, StorySource, Story, ThreadResources, Warning, WordVectors } from './types.js';
import type { BuildReport, BuildResult, BuildRunOptions } from './build/options.js';
import { clearLeftovers, lockOutput } from './write/target.js';

export type { StoryOptions, StoryOutput } from './build/story.js';
export type { BuildReport, BuildResult, BuildRunOptions } from './build/options.js';

export const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public');

/** From this many stories on, the site is written on a thread of its own (src/write/thread.ts). */
const WRITER_THREAD_FROM = 16;

/** The stages in the order the build runs them (and reports them). */
const STAGES = ['load', 'parse', 'analyse', 'align', 'render', 'write'] as const;

/**
 * One story, from its files to its pages. Pure: the same on the main thread or a worker thread.
 * `shared`: the word vectors and page templates (read by load once per thread, see storyVectors and siteTemplates).
 */
export function buildStory(source: StorySource, options: StoryOptions, shared: ThreadResources): StoryOutput {
  const time = stageClock();
  const warnings: Warning[] = [];
  // parse: the articles into blocks and sentences, and the editor's corrections file
  const story = time('parse', () => parseStory(source, warnings));
  const corrections = time('parse', () => (source.corrections ? parseCorrections(source.corrections) : undefined));
  // analyse: tokens, quotations and their speakers, what pronouns refer to
  const analysis = time('analyse', () => analyseStory(story, shared.vectors));
  // align: claims, shared quotations and copied text across the articles, then the editor's corrections
  const aligned = time('align', () => correctAlignment(story, analysis, alignStory(analysis), corrections, warnings, options.keepAligned));
  // render: the story's pages
  const { files, home } = time('render', () => renderPages(aligned, options, shared.templates));
  return { id: story.id, files, home, stages: time.stages, warnings, aligned: options.keepAligned ? aligned : undefined };
}

/** The word vectors the aligner compares words with: read (load), then keyed for look-ups (analyse). Once per thread. */
export function storyVectors(timer = new StageTimer()): WordVectors {
  const files = timer.timeSync('load', readWordVectors);
  return timer.timeSync('analyse', () => wordVectors(files));
}

/** The page templates: read (load), then made ready to render (render). Once per thread and build. */
export function siteTemplates(timer = new StageTimer()): PageTemplates {
  const sources = timer.timeSync('load', () => readTemplates());
  return timer.timeSync('render', () => pageTemplates(sources));
}

/** Build the whole site in memory; nothing is written. */
export async function buildSite(options: Omit<BuildOptions, 'outDir'>): Promise<BuildResult> {
  const timer = new StageTimer();
  const loaded = await load(options.articlesDir, timer);
  const output = new MemoryOutput();
  const aligned: NonNullable<StoryOutput['aligned']>[] = [];
  const cache = await StoryCache.open({ cacheDir: false, outDir: '', base: options.base }, loaded.sources, loaded.ids);
  // On this thread only, pages kept as text (`writerEncodes`: the output takes text as it is).
  const report = await buildInto(
    { ...options, workers: 0, keepAligned: true, writerEncodes: true, onStory: (story) => aligned.push(story.aligned!) },
    loaded,
    { output, cache, timer },
  );
  return { files: output.files, stories: aligned, warnings: report.warnings, timer };
}

/**
 * Build the site and swap it into the output folder. The folder is checked first (src/load/output.ts) and
 * locked while the build writes; what a killed build left beside it is cleared, and so is this build's own
 * staging folder if the process exits before the end (Ctrl-C).
 */
export async function build(options: BuildRunOptions): Promise<BuildReport> {
  let output: SiteOutput | undefined;
  // Stopped (Ctrl-C): the writer is stopped and the new site thrown away before the process exits.
  return unlessAborted(
    options.signal,
    buildOnDisk(options, (opened) => (output = opened)),
    async () => output?.abort(),
  );
}

async function buildOnDisk(options: BuildRunOptions, opened: (output: SiteOutput) => void): Promise<BuildReport> {
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
    const cache = await timer.time('load', () => StoryCache.open({ ...options, outDir, cacheDir }, loaded.sources, loaded.ids));
    if (cache.problem)
      loaded.warnings.push(
        cacheWarning(cache.manifestFile, `the cache could not be used (${cache.problem}) and was ignored; every story is built again`),
      );
    // Many stories: files are written on a thread of their own (tests and the dev server's small rebuilds
    // stay on this one, which saves starting the thread).
    const threaded = options.writerThread ?? loaded.sources.length >= WRITER_THREAD_FROM;
    const output = SiteOutput.open(outDir, cache.previous, timer, { keepFiles: options.keepFiles, threaded });
    opened(output);
    return await buildInto({ ...options, writerEncodes: threaded }, loaded, { output, cache, timer });
  } finally {
    process.off('exit', onExit);
    lock.release();
  }
}

interface RunOptions extends Omit<BuildRunOptions, 'outDir' | 'cacheDir'> {
  keepAligned?: boolean;
  writerEncodes?: boolean;
  /** Called with each story as it is built. */
  onStory?: (output: StoryOutput) => void;
}

interface RunTargets {
  output: Output;
  cache: StoryCache;
  timer: StageTimer;
}

/** Every story through the pipeline into `output`, then the home page; the site is committed at the end. */
async function buildInto(
  options: RunOptions,
  { sources, ids, assets, warnings }: Loaded,
  { output, cache, timer }: RunTargets,
): Promise<BuildReport> {
  const built: number[] = [];
  let done = 0;
  const progress = (stories: number) => {
    done += stories;
    options.onProgress?.(done, sources.length);
  };
  let workers = 0;
  let reused: number[] = [];
  let written: Awaited<ReturnType<Output['commit']>>;
  try {
    await output.putAll(assets);
    // Stories whose sources and generator are as last time: their pages come over from the previous site.
    let toBuild: number[];
    ({ reused, toBuild } = await timer.time('write', () => cache.takeOverUnchanged(output)));
    if (reused.length) progress(reused.length);
    // The others: parse → analyse → align → render, each story's pages written as soon as it is done.
    const schedule = {
      base: options.base,
      hash: cache.enabled,
      workers: options.workers,
      writerEncodes: options.writerEncodes,
      keepAligned: options.keepAligned,
    };
    const accept = async (index: number, story: StoryOutput) => {
      timer.addAll(story.stages);
      await output.putAll(story.files);
      cache.remember(index, story);
      options.onStory?.(story);
      built.push(index);
      progress(1);
    };
    // The word vectors are read when this thread builds its first story: an incremental build that builds
    // none does without; the templates (a few small files) serve the home page in any case.
    const templates = siteTemplates(timer);
    let vectors = options.vectors;
    const buildHere = (source: StorySource, storyOptions: StoryOptions) =>
      buildStory(source, storyOptions, { templates, vectors: (vectors ??= storyVectors(timer)) });
    workers = await buildStories(sources, toBuild, schedule, accept, buildHere);
    // write: the home page, then the whole site at once
    await output.putAll(timer.timeSync('render', () => renderHome(cache.homes(), { base: options.base, templates })));
    await output.putAll(await timer.time('render', () => searchIndex(cache.homes().flatMap((home) => home.search ?? []))));
    written = await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
  await timer
    .time('write', () => cache.save(written.files))
    .catch((error: unknown) => {
      warnings.push(
        cacheWarning(
          cache.manifestFile,
          `the cache could not be saved (${(error as Error)?.message ?? error}); the next build builds every story again`,
        ),
      );
    });
  return {
    stories: cache.homes(),
    warnings: [...warnings, ...cache.warnings()],
    timer,
    fileCount: Object.keys(written.files).length,
    files: output.files,
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
  checkStoryIds(
    ids.map((id) => ({ id }) as Story),
    sources,
  );
  return { sources, ids, assets, warnings };
}
