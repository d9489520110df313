// What the layering test checks, read from the source: the run-time imports of each stage module and the
// stage modules that reach the file system (see layering.test.ts for the rules and the known exceptions).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const STAGES = ['load', 'parse', 'analyse', 'align', 'render', 'write'];
/**
 * Modules every stage may use: the types that cross stages, the word lists and the variant folding from general
 * knowledge (with its character tests), the error catalogue, the stage timer, what a site folder holds, ids
 * as file names, "did you mean" suggestions, what load and write both need of the site manifest, and what
 * the build's threads share.
 */
const SHARED = new Set([
  'types.ts',
  'lexicon.ts',
  'fold.ts',
  'chars.ts',
  'errors.ts',
  'timers.ts',
  'site-folder.ts',
  'ids.ts',
  'suggest.ts',
  'manifest.ts',
  'threads.ts',
]);

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

/**
 * Module-level mutable state in src/: a top-level `let` or `var`, or a top-level Map, Set or array that the
 * module changes (set, add, delete, clear, push). As `file: name`.
 */
export function moduleState(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = readFileSync(file, 'utf8');
    const names = [...source.matchAll(/^(?:export\s+)?(?:let|var)\s+(\w+)/gm)].map((match) => match[1]);
    for (const [, name] of source.matchAll(/^(?:export\s+)?const\s+(\w+)(?::[^=]+)?\s*=\s*(?:new\s+(?:Map|Set|WeakMap)\b|\[)/gm)) {
      if (new RegExp(`\\b${name}\\.(?:set|add|delete|clear|push)\\(`).test(source)) names.push(name);
    }
    for (const name of names) found.push(`${path.relative(SRC, file)}: ${name}`);
  }
  return found.sort();
}

/**
 * Word lists outside the lexicon: a list or Set literal of five or more lower-case words, or such a string split
 * into words. As `file: first words`, so that a list keeps its key when lines move.
 */
export function wordLists(): string[] {
  const found: string[] = [];
  const quoted = `['"][a-z][a-z'’.-]*['"]`;
  const literal = new RegExp(`(?:\\[|new Set\\(\\[?)((?:\\s*${quoted}\\s*,){4,}\\s*${quoted}\\s*,?\\s*)\\]`, 'g');
  const split = /['"]([a-z][a-z'.-]*(?: [a-z][a-z'.-]*){4,})['"]\s*\.split\(/g;
  for (const file of sourceFiles(SRC)) {
    const name = path.relative(SRC, file);
    if (name === 'lexicon.ts' || name === 'fold.ts') continue;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(literal)) {
      const words = [...match[1].matchAll(/['"]([^'"]+)['"]/g)].map((word) => word[1]);
      found.push(`${name}: ${words.slice(0, 3).join(' ')}`);
    }
    for (const match of source.matchAll(split)) found.push(`${name}: ${match[1].split(' ').slice(0, 3).join(' ')}`);
  }
  return found.sort();
}
