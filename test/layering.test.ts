// The pipeline's layering, checked from the source: a stage (load, parse, analyse, align, render, write)
// takes what the stage before gives it and imports only *types* from other stages. At run time it may use
// its own folder, the shared modules below and packages; the orchestration (build, cache, workers, cli,
// dev) may import anything. A stage that needs another stage's code is a boundary leak: move the work to
// the stage that owns it and pass its result along in src/types.ts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const STAGES = ['load', 'parse', 'analyse', 'align', 'render', 'write'];
/** Modules every stage may use: the types that cross stages, the error catalogue, the stage timer, what a site folder holds. */
const SHARED = new Set(['types.ts', 'errors.ts', 'timers.ts', 'site-folder.ts']);

/**
 * Leaks that exist today, each to be removed by moving the work where it belongs. The test fails when a
 * new one appears, and when one listed here is gone (then delete its line), so the list stays true.
 */
const KNOWN_LEAKS = new Set<string>([
  'align/build.ts → analyse/terms/index.ts',
  'align/conflicts.ts → analyse/lexicon.ts',
  'align/titles-places.ts → analyse/lexicon.ts',
  'align/titles-places.ts → analyse/terms/fold.ts',
  'render/diff.ts → analyse/terms/fold.ts',
  'align/corrections.ts → parse/front-matter-checks.ts',
  'align/corrections.ts → parse/ids.ts',
  'align/claims/inputs.ts → analyse/speakers/referents.ts',
  'align/claims/inputs.ts → analyse/terms/index.ts',
  'align/claims/units.ts → analyse/lexicon.ts',
  'align/claims/units.ts → analyse/terms/fold.ts',
  'align/claims/units.ts → analyse/terms/vectors.ts',
  'align/claims/vectors.ts → analyse/terms/vectors.ts',
  'align/claims/words.ts → analyse/terms/vectors.ts',
  'load/cache.ts → cache/index.ts',
  'write/cache.ts → load/cache.ts',
  'write/site.ts → cache/index.ts',
  'write/thread.ts → workers/entry.ts',
  'write/thread.ts → workers/errors.ts',
  'write/worker.ts → workers/errors.ts',
]);

/** Stages that read files other than through load (the same ratchet as KNOWN_LEAKS). */
const KNOWN_READERS = new Set<string>(['analyse/terms/vectors.ts', 'render/environment.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative imports that are kept at run time: `import type` and `export type` are erased and do not count. */
export function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const match of source.matchAll(statement)) if (!match[2]) found.push(match[4]);
  for (const match of source.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) found.push(match[1]);
  return found;
}

/** The folder under src/ a file belongs to ('' for a top-level module). */
const topOf = (file: string) => {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? parts[0] : '';
};

export function leaks(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const stage = topOf(file);
    if (!STAGES.includes(stage)) continue;
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
      const targetTop = topOf(target);
      if (targetTop === stage) continue;
      if (targetTop === '' && SHARED.has(path.basename(target))) continue;
      found.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
    }
  }
  return found.sort();
}

/** Stage modules other than load and write that reach the file system (node:fs, a template file loader). */
export function fileReaders(): string[] {
  return sourceFiles(SRC)
    .filter((file) => STAGES.includes(topOf(file)) && !['load', 'write'].includes(topOf(file)))
    .filter((file) => /from ['"](node:)?fs(\/promises)?['"]|FileSystemLoader/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(SRC, file))
    .sort();
}

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
});
