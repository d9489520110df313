// The build, stage by stage: load → parse → analyse → align → render → write.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignStory } from './align/index.js';
import { analyseStory } from './analyse/index.js';
import { loadAssets } from './load/assets.js';
import { loadStories } from './load/stories.js';
import { checkStoryIds, parseStory } from './parse/story.js';
import { renderSite } from './render/index.js';
import { StageTimer } from './timers.js';
import type { AlignedStory, BuildOptions, SiteFiles, Warning } from './types.js';
import { writeSite } from './write/site.js';

export const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public');

export interface BuildResult {
  files: SiteFiles;
  stories: AlignedStory[];
  warnings: Warning[];
  timer: StageTimer;
}

/** Build the whole site in memory; nothing is written. */
export async function buildSite(options: Omit<BuildOptions, 'outDir'>): Promise<BuildResult> {
  const timer = new StageTimer();
  const { stories: sources, warnings } = await timer.time('load', () => loadStories(options.articlesDir));
  const assets = await timer.time('load', () => loadAssets(publicDir));
  const stories = timer.timeSync('parse', () => sources.map(parseStory));
  checkStoryIds(stories, sources);
  const analysed = timer.timeSync('analyse', () => stories.map(analyseStory));
  const aligned = timer.timeSync('align', () =>
    analysed.map((analysis): AlignedStory => ({ story: analysis.story, analysis, alignment: alignStory(analysis) })),
  );
  const pages = timer.timeSync('render', () => renderSite(aligned, { base: options.base }));
  const files: SiteFiles = new Map([...assets, ...pages]);
  return { files, stories: aligned, warnings, timer };
}

/** Build the site and swap it into the output folder. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const result = await buildSite(options);
  await result.timer.time('write', () => writeSite(result.files, options.outDir));
  return result;
}
