// What one story's pipeline needs around its four stages (src/build.ts, buildStory): the options and the
// output, a clock per stage, the editor's corrections over the machine's alignment, and the pages as the
// writer takes them.
import { applyCorrections } from '../align/corrections.js';
import { contentHash } from '../manifest.js';
import { renderStoryPages, type HomeItem } from '../render/index.js';
import type { AlignedStory, Alignment, AnalysedStory, Corrections, PageTemplates, Story, Warning } from '../types.js';

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

/** Times synchronous work per stage, adding up repeated stages; `stages` holds the totals. */
export function stageClock() {
  const stages: Record<string, number> = {};
  const time = <T>(stage: string, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      stages[stage] = (stages[stage] ?? 0) + performance.now() - started;
    }
  };
  return Object.assign(time, { stages });
}

/**
 * The editor's word over the machine's: corrections apply to the finished alignment. The pages need no
 * tokens, the bulk of the analysis (a story of 500 articles has hundreds of thousands), so unless the
 * caller keeps the aligned story they are let go here, before rendering.
 */
export function correctAlignment(
  story: Story,
  analysis: AnalysedStory,
  alignment: Alignment,
  corrections: Corrections | undefined,
  warnings: Warning[],
  keep = false,
): AlignedStory {
  const corrected = applyCorrections(story, analysis.quotations, alignment, corrections);
  warnings.push(...corrected.warnings);
  return {
    story,
    analysis: { ...analysis, quotations: corrected.quotations, ...(keep ? {} : { tokens: {} }) },
    alignment: corrected.alignment,
  };
}

/** The story's pages, each as the writer takes it (text or bytes, hashed for the manifest when asked). */
export function renderPages(
  aligned: AlignedStory,
  options: StoryOptions,
  templates: PageTemplates,
): { files: StoryOutput['files']; home: HomeItem } {
  const files: StoryOutput['files'] = [];
  const home = renderStoryPages(aligned, { base: options.base, templates }, (name, page) => {
    const content = options.bytes ? Buffer.from(page) : page;
    files.push([name, content, options.hash ? contentHash(content) : undefined]);
  });
  return { files, home };
}
