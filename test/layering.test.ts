// The pipeline's layering, checked from the source: a stage (load, parse, analyse, align, render, write)
// takes what the stage before gives it and imports only *types* from other stages. At run time it may use
// its own folder, the shared modules (SHARED in layering.ts) and packages; the orchestration (build, cache, workers, cli,
// dev) may import anything. A stage that needs another stage's code is a boundary leak: move the work to
// the stage that owns it and pass its result along in src/types.ts.
import { describe, expect, it } from 'vitest';
import { fileReaders, functionSpans, leaks, longFunctions, moduleState, runtimeImports, wordLists } from './layering.js';

/**
 * Leaks that exist today, each to be removed by moving the work where it belongs. The test fails when a
 * new one appears, and when one listed here is gone (then delete its line), so the list stays true.
 */
const KNOWN_LEAKS = new Set<string>([]);

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

  it('has no function longer than 80 lines', () => {
    expect(longFunctions(80)).toEqual([]);
  });
});

/** A function `name` spanning `lines` lines, head and closing brace included. */
const functionOf = (name: string, lines: number) =>
  [`function ${name}() {`, ...Array.from({ length: lines - 2 }, (_, k) => `  total += ${k};`), '}'].join('\n');

describe('the function length scan', () => {
  it('measures a function from its head to its closing brace', () => {
    const spans = functionSpans(`let total = 0;\n${functionOf('long', 81)}\n${functionOf('short', 80)}\n`);
    expect(spans).toEqual([
      { name: 'long', line: 2, lines: 81 },
      { name: 'short', line: 83, lines: 80 },
    ]);
  });

  it('finds methods and arrow functions, not blocks, objects or object types', () => {
    const source = [
      'class Pairing {', // 1
      '  close(double: boolean): { at: number } | undefined {', // 2
      '    if (double) {',
      '      return { at: 1 };',
      '    }',
      '    return undefined;',
      '  }', // 7
      '}',
      'const pick = <T,>(items: T[]): T => {', // 9
      '  for (const item of items) {',
      '    return item;',
      '  }',
      '  throw new Error();',
      '};', // 14
      'items.forEach((item) => {', // 15
      '  total += item;',
      '});', // 17
    ].join('\n');
    expect(functionSpans(source)).toEqual([
      { name: 'close', line: 2, lines: 6 },
      { name: 'pick', line: 9, lines: 6 },
      { name: '(arrow)', line: 15, lines: 3 },
    ]);
  });

  it('ignores braces in strings, template literals, regular expressions and comments', () => {
    const source = [
      'function braces(text: string) {', // 1
      "  const open = '{';",
      '  const close = "}}";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
      '  const template = `{ ${open} } ${`}`} {`;',
      '  const pattern = /[{}]\\}/g;',
      '  // a } in a comment',
      '  /* and { in another */',
      '  return text.replace(pattern, close) + template;',
      '}', // 9
      'function after() {', // 10
      '  return 1 / 2 / 3;',
      '}', // 12
    ].join('\n');
    expect(functionSpans(source)).toEqual([
      { name: 'braces', line: 1, lines: 9 },
      { name: 'after', line: 10, lines: 3 },
    ]);
  });
});
