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
  'letters.ts',
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

/** A function, method or arrow function found in a source: where its head is and how many lines it spans. */
export interface FunctionSpan {
  name: string;
  line: number;
  lines: number;
}

/** Functions in src/ longer than `limit` lines, head to closing brace: as `file:line name (lines)`. */
export function longFunctions(limit = 80): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const span of functionSpans(readFileSync(file, 'utf8'))) {
      if (span.lines > limit) found.push(`${path.relative(SRC, file)}:${span.line} ${span.name} (${span.lines} lines)`);
    }
  }
  return found.sort();
}

/** A token of code: a name or number, a punctuation mark (`=>` as one), or a string, template or regex literal. */
interface Token {
  kind: 'name' | 'mark' | 'literal';
  text: string;
  line: number;
}

/** Keywords after which a `/` starts a regular expression rather than dividing. */
const BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

/**
 * The tokens of a TypeScript source, with comments dropped and each string, template literal and regular
 * expression reduced to one literal token, so that the braces in them do not count. Not a full lexer: enough
 * for code formatted like ours (a `${…}` in a template is tokenised as code).
 */
export function tokenise(source: string): Token[] {
  const tokens: Token[] = [];
  // Why each open brace was opened: a block or object, or a `${` whose `}` goes back into a template.
  const braces: Array<'code' | 'template'> = [];
  let line = 1;
  let at = 0;
  const skipTo = (end: number) => {
    for (let k = at; k < end; k++) if (source[k] === '\n') line++;
    at = end;
  };
  /** Scan the rest of a template literal from `at`; stops after its closing backtick or at a `${`. */
  const template = () => {
    const start = line;
    let k = at;
    while (k < source.length && source[k] !== '`' && !(source[k] === '$' && source[k + 1] === '{')) k += source[k] === '\\' ? 2 : 1;
    const opensExpression = source[k] === '$';
    skipTo(Math.min(source.length, k + (opensExpression ? 2 : 1)));
    tokens.push({ kind: 'literal', text: '`', line: start });
    if (opensExpression) braces.push('template');
  };
  while (at < source.length) {
    const c = source[at];
    const next = source[at + 1];
    if (c === '\n' || c === ' ' || c === '\t' || c === '\r') skipTo(at + 1);
    else if (c === '/' && next === '/') skipTo(source.indexOf('\n', at) === -1 ? source.length : source.indexOf('\n', at));
    else if (c === '/' && next === '*') skipTo(source.indexOf('*/', at + 2) === -1 ? source.length : source.indexOf('*/', at + 2) + 2);
    else if (c === "'" || c === '"') {
      let k = at + 1;
      while (k < source.length && source[k] !== c && source[k] !== '\n') k += source[k] === '\\' ? 2 : 1;
      tokens.push({ kind: 'literal', text: c, line });
      skipTo(k + 1);
    } else if (c === '`') {
      skipTo(at + 1);
      template();
    } else if (c === '/' && startsRegex(tokens[tokens.length - 1])) {
      tokens.push({ kind: 'literal', text: '/', line });
      skipTo(regexEnd(source, at));
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      const word = /^[\p{L}\p{N}_$.]+/u.exec(source.slice(at, at + 200))![0].replace(/\.+$/, '');
      const name = /^\d/.test(word) ? word : word.split('.')[0];
      tokens.push({ kind: 'name', text: name, line });
      skipTo(at + name.length);
    } else if (c === '}' && braces[braces.length - 1] === 'template') {
      braces.pop();
      skipTo(at + 1);
      template();
    } else {
      const text = c === '=' && next === '>' ? '=>' : c;
      if (text === '{') braces.push('code');
      else if (text === '}') braces.pop();
      tokens.push({ kind: 'mark', text, line });
      skipTo(at + text.length);
    }
  }
  return tokens;
}

/** Whether a `/` after this token opens a regular expression. */
function startsRegex(previous: Token | undefined): boolean {
  if (previous === undefined) return true;
  if (previous.kind === 'name') return BEFORE_REGEX.has(previous.text);
  if (previous.kind === 'literal') return false;
  return previous.text !== ')' && previous.text !== ']' && previous.text !== '}';
}

/** The offset after the regular expression literal that starts at `start` (its flags included). */
function regexEnd(source: string, start: number): number {
  let k = start + 1;
  let inClass = false;
  while (k < source.length && source[k] !== '\n') {
    const c = source[k];
    if (c === '\\') k += 1;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
    k += 1;
  }
  k += 1;
  while (k < source.length && /[a-z]/.test(source[k])) k += 1;
  return k;
}

/** Words before a parenthesis that make it a statement's condition, not a parameter list. */
const CONTROL = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'return', 'typeof', 'await', 'new']);
/** Keywords that end the walk back over a return type. */
const STATEMENT = new Set([
  ...CONTROL,
  ...['else', 'do', 'try', 'finally', 'case', 'default', 'throw', 'const', 'let', 'var', 'function', 'class'],
  ...['interface', 'type', 'enum', 'export', 'import', 'in', 'of', 'instanceof', 'yield', 'async'],
]);
const OPENER: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };

/** Every function, method and arrow function with a braced body in a source, in order of their closing brace. */
export function functionSpans(source: string): FunctionSpan[] {
  const tokens = tokenise(source);
  const spans: FunctionSpan[] = [];
  // Per open brace: the function it opens (its head), or null for a block, an object or a type.
  const open: Array<{ name: string; line: number } | null> = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'mark') return;
    if (token.text === '{') open.push(functionHead(tokens, index));
    else if (token.text === '}') {
      const head = open.pop();
      if (head) spans.push({ name: head.name, line: head.line, lines: token.line - head.line + 1 });
    }
  });
  return spans;
}

/** The head of the function whose body opens at tokens[brace], or null when that brace opens no function body. */
function functionHead(tokens: Token[], brace: number): { name: string; line: number } | null {
  const before = tokens[brace - 1];
  if (before === undefined) return null;
  if (before.text === '=>') return arrowHead(tokens, brace - 1);
  const close = before.text === ')' ? brace - 1 : returnTypeStart(tokens, brace - 1);
  return close === -1 ? null : parameterListHead(tokens, close);
}

/** The head of the arrow function whose `=>` is tokens[arrow]: its parameter list or single parameter. */
function arrowHead(tokens: Token[], arrow: number): { name: string; line: number } {
  const before = tokens[arrow - 1];
  const close = before.text === ')' ? arrow - 1 : returnTypeStart(tokens, arrow - 1);
  const start = close === -1 ? arrow - 1 : matching(tokens, close);
  const first = start > 0 && tokens[start - 1].text === '>' ? matching(tokens, start - 1) : start;
  const assigned = tokens[first - 1]?.text === '=' && tokens[first - 2]?.kind === 'name' ? tokens[first - 2].text : '(arrow)';
  return { name: assigned, line: tokens[Math.max(first, 0)].line };
}

/**
 * Walking back from tokens[last] over a return type (`: Promise<void>`, `: { a: string }`, `: x is Y`), the
 * `)` before its colon; -1 when tokens[last] ends no return type.
 */
function returnTypeStart(tokens: Token[], last: number): number {
  // A type ends with a name, a literal or a closing bracket; a brace after `:` or `|` opens an object type.
  if (tokens[last].kind === 'mark' && !/^[)\]}>]$/.test(tokens[last].text)) return -1;
  let index = last;
  while (index >= 0) {
    const token = tokens[index];
    if (token.text === ':') return tokens[index - 1]?.text === ')' ? index - 1 : -1;
    if (token.kind === 'name' && STATEMENT.has(token.text)) return -1;
    if (token.kind === 'mark' && token.text in OPENER) {
      index = matching(tokens, index);
      if (index === -1) return -1;
      // An object type follows a colon or joins another type; any other brace ends the walk.
      if (token.text === '}' && !/^(?::|\||&|<|,|\(|\[)$/.test(tokens[index - 1]?.text ?? '')) return -1;
    } else if (token.kind === 'mark' && !/^(?:\||&|\.|=>|\?)$/.test(token.text)) return -1;
    index -= 1;
  }
  return -1;
}

/** The head whose parameter list closes at tokens[close], or null when the parentheses are a statement's condition. */
function parameterListHead(tokens: Token[], close: number): { name: string; line: number } | null {
  let open = matching(tokens, close);
  if (open <= 0) return null;
  if (tokens[open - 1].text === '>') open = matching(tokens, open - 1);
  const name = tokens[open - 1];
  if (name === undefined || name.kind !== 'name' || CONTROL.has(name.text)) return null;
  return { name: name.text === 'function' ? '(function)' : name.text, line: name.line };
}

/** The index of the bracket that opens the one closing at tokens[close] (-1 if none). */
function matching(tokens: Token[], close: number): number {
  const closer = tokens[close].text;
  let depth = 0;
  for (let index = close; index >= 0; index--) {
    const text = tokens[index].kind === 'mark' ? tokens[index].text : '';
    if (text === closer) depth++;
    else if (text === OPENER[closer] && --depth === 0) return index;
  }
  return -1;
}
