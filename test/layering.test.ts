// The pipeline's layering, checked from the source: a stage (load, parse, analyse, align, render, write)
// takes what the stage before gives it and imports only *types* from other stages. At run time it may use
// its own folder, the shared modules (SHARED in layering.ts) and packages; the orchestration (build, cache, workers, cli,
// dev) may import anything. A stage that needs another stage's code is a boundary leak: move the work to
// the stage that owns it and pass its result along in src/types.ts.
import { describe, expect, it } from 'vitest';
import { fileReaders, leaks, moduleState, runtimeImports, wordLists } from './layering.js';

/**
 * Leaks that exist today, each to be removed by moving the work where it belongs. The test fails when a
 * new one appears, and when one listed here is gone (then delete its line), so the list stays true.
 */
const KNOWN_LEAKS = new Set<string>([
  'align/corrections.ts → parse/front-matter-checks.ts',
  'align/corrections.ts → parse/ids.ts',
  'load/cache.ts → cache/index.ts',
  'write/cache.ts → load/cache.ts',
  'write/site.ts → cache/index.ts',
  'write/thread.ts → workers/entry.ts',
  'write/thread.ts → workers/errors.ts',
  'write/worker.ts → workers/errors.ts',
]);

/** Stages that read files other than through load (the same ratchet as KNOWN_LEAKS). */
const KNOWN_READERS = new Set<string>([]);

/**
 * Module-level mutable state that exists today (the same ratchet): lazily made library instances and a
 * worker thread's own state. Anything a story's build remembers belongs in a per-story or per-call context.
 */
const KNOWN_STATE = new Set<string>([
  'analyse/terms/index.ts: facade',
  'analyse/terms/index.ts: nlpInstance',
  'build/memory.ts: bounded',
  'write/worker.ts: failure',
  'write/worker.ts: writer',
]);

/** Lists of lower-case words that are names of things in our own formats, not words of English. */
const NOT_ENGLISH = new Set<string>([
  'build.ts: load parse analyse', // the stage names
  'import/article.ts: title outlet published', // front-matter fields
  'import/markdown.ts: script style noscript', // HTML elements
  'import/report.ts: id outlet date', // report columns
  'parse/front-matter-checks.ts: title label outlet', // front-matter fields
  'parse/front-matter.ts: javascript js coffee', // front-matter languages
  'render/csv.ts: claim kind score', // CSV columns
  'render/schema.ts: link unlink split', // correction actions
  'render/schema.ts: number time date', // conflict kinds
  'render/schema.ts: story articles claims', // alignment.json fields
]);

describe('the layering of src/', () => {
  it('reads only type imports across stages (a sample of what counts)', () => {
    const sample = [
      "import type { Story } from '../types.js';",
      "import { parseStory } from '../parse/story.js';",
      "export { renderHome } from '../render/index.js';",
      "export type { Claim } from '../types.js';",
      "const m = await import('../write/site.js');",
    ].join('\n');
    expect(runtimeImports(sample)).toEqual(['../parse/story.js', '../render/index.js', '../write/site.js']);
  });

  it('has no stage importing another stage’s code', () => {
    const found = leaks();
    expect(found.filter((leak) => !KNOWN_LEAKS.has(leak))).toEqual([]);
    expect([...KNOWN_LEAKS].filter((leak) => !found.includes(leak))).toEqual([]);
  });

  it('has only load reading files and only write writing them', () => {
    const found = fileReaders();
    expect(found.filter((file) => !KNOWN_READERS.has(file))).toEqual([]);
    expect([...KNOWN_READERS].filter((file) => !found.includes(file))).toEqual([]);
  });

  it('keeps every list of English words in src/lexicon.ts (variant folding in src/fold.ts)', () => {
    expect(wordLists().filter((list) => !NOT_ENGLISH.has(list))).toEqual([]);
  });

  it('keeps no module-level mutable state beyond the known', () => {
    const found = moduleState();
    expect(found.filter((state) => !KNOWN_STATE.has(state))).toEqual([]);
    expect([...KNOWN_STATE].filter((state) => !found.includes(state))).toEqual([]);
  });
});
