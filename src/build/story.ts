// One story from its sources to its pages: parse → analyse → align → render. Pure: the result depends on
// the story's sources and the options only, so it runs the same on the main thread or a worker thread.
import { applyCorrections } from '../align/corrections.js';
import { alignStory } from '../align/index.js';
import { analyseStory } from '../analyse/index.js';
import { contentHash } from '../cache/index.js';
import { parseCorrections } from '../parse/corrections.js';
import { parseStory } from '../parse/story.js';
import { renderStoryPages, type HomeItem } from '../render/index.js';
import type { AlignedStory, StorySource, Warning } from '../types.js';

export interface StoryOptions {
  /** Public address of the site, for canonical links only. */
  base?: string;
  /** Hash each page's content (for the incremental build's manifest). */
  hash?: boolean;
  /** Keep the aligned story in the output (tests, the dev server). */
  keepAligned?: boolean;
  /** Give each page as UTF-8 bytes, encoded as soon as it is rendered (the writer's form; less memory than strings). */
  bytes?: boolean;
}

/** One story built: its pages (with content hashes when asked for) and what the home page shows of it. */
export interface StoryOutput {
  id: string;
  files: Array<[name: string, content: string | Uint8Array, sha: string | undefined]>;
  home: HomeItem;
  /** Milliseconds per stage. */
  stages: Record<string, number>;
  /** Problems with the story's files that did not stop the build, in file order. */
  warnings: Warning[];
  aligned?: AlignedStory;
}

/** parse → analyse → align → render for one story. */
export function buildStory(source: StorySource, options: StoryOptions): StoryOutput {
  const stages: Record<string, number> = {};
  const time = stageClock(stages);
  const warnings: Warning[] = [];
  const aligned = align(source, time, warnings, options.keepAligned);
  const out: StoryOutput['files'] = [];
  const home = time('render', () =>
    renderStoryPages(aligned, { base: options.base }, (name, page) => {
      const content = options.bytes ? Buffer.from(page) : page;
      out.push([name, content, options.hash ? contentHash(content) : undefined]);
    }),
  );
  return { id: aligned.story.id, files: out, home, stages, warnings, aligned: options.keepAligned ? aligned : undefined };
}

/**
 * parse → analyse → align. The pages need no tokens, the bulk of the analysis (a story of 500 articles has
 * hundreds of thousands), so unless the caller keeps the aligned story they are let go before rendering.
 */
function align(source: StorySource, time: ReturnType<typeof stageClock>, warnings: Warning[], keep = false): AlignedStory {
  const story = time('parse', () => parseStory(source, warnings));
  const corrections = source.corrections && time('parse', () => parseCorrections(source.corrections!));
  const analysis = time('analyse', () => analyseStory(story));
  const aligned = time('align', () => alignStory(analysis));
  // The editor's word over the machine's: corrections apply to the finished alignment.
  const corrected = time('align', () => applyCorrections(story, analysis.quotations, aligned, corrections));
  warnings.push(...corrected.warnings);
  const { alignment, quotations } = corrected;
  return { story, analysis: { ...analysis, quotations, ...(keep ? {} : { tokens: {} }) }, alignment };
}

/** Times synchronous work into `stages`, adding up repeated stages. */
function stageClock(stages: Record<string, number>) {
  return <T>(stage: string, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      stages[stage] = (stages[stage] ?? 0) + performance.now() - started;
    }
  };
}
