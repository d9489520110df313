import matter from 'gray-matter';
import { BuildError } from '../errors.js';
import type { Point } from '../types.js';
import { pointAt } from './position.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  bodyStart: Point;
  /** Where the front matter's YAML starts in the file, for placing messages about a field. */
  yamlStart: Point;
  yaml: string;
}

interface YamlErrorLike {
  reason?: string;
  mark?: { line: number; column: number };
}

/**
 * gray-matter picks a parser by the word after the opening "---" and would run `---js` or `---coffee` front
 * matter as code: every engine but YAML is replaced by one that refuses (the check below catches them first).
 */
const YAML_ONLY = {
  engines: Object.fromEntries(['javascript', 'js', 'coffee', 'coffeescript', 'cson', 'json', 'toml'].map((name) => [name, refuseEngine])),
};

function refuseEngine(): never {
  throw new Error('only YAML front matter is read');
}

/** Front matter is YAML: an opening line naming another language ("---js") is an error on that line. */
function checkLanguage(text: string, path: string): void {
  const language = /^---([^\n]*)/.exec(text)?.[1].trim();
  if (!language || /^ya?ml$/i.test(language) || /^-/.test(language)) return;
  throw new BuildError('front-matter-language', { path, line: 1, column: 4 }, language);
}

/** Split front matter from the body with gray-matter; YAML errors become messages with a file position. */
export function parseFrontMatter(text: string, path: string): FrontMatter {
  checkLanguage(text, path);
  const opening = /^---[ \t]*\n/.exec(text);
  const yamlOffset = opening ? opening[0].length : 0;
  let file: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would keep every file in memory.
    file = matter(text, YAML_ONLY);
  } catch (cause) {
    const error = cause as YamlErrorLike;
    // gray-matter hands the YAML parser everything after the opening "---", its newline included.
    const start = pointAt(text, Math.max(0, yamlOffset - 1));
    // An error at the end of the YAML ("unclosed bracket") is placed on the closing "---" at the latest.
    const closing = /\n---[ \t]*(\n|$)/.exec(text.slice(yamlOffset - 1));
    const lastLine = closing ? pointAt(text, yamlOffset + closing.index).line : Infinity;
    const line = Math.min(lastLine, start.line + (error.mark?.line ?? 0));
    const column = (error.mark?.line ?? 0) === 0 ? start.column + (error.mark?.column ?? 0) : (error.mark?.column ?? 0) + 1;
    throw new BuildError('invalid-front-matter', { path, line, column }, error.reason ?? String(cause), { cause });
  }
  const data: unknown = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new BuildError('front-matter-not-a-map', { path, line: 2, column: 1 });
  }
  const bodyOffset = text.endsWith(file.content) ? text.length - file.content.length : 0;
  return {
    data: data as Record<string, unknown>,
    body: file.content,
    bodyStart: pointAt(text, bodyOffset),
    yamlStart: pointAt(text, yamlOffset),
    yaml: opening ? file.matter : '',
  };
}

/** The file position of a top-level field, e.g. "title:", or the start of the front matter. */
export function fieldPoint(frontMatter: FrontMatter, field: string): { line: number; column: number } {
  const match = new RegExp(`^${field}[ \\t]*:`, 'm').exec(frontMatter.yaml);
  if (!match) return { line: Math.max(1, frontMatter.yamlStart.line - 1), column: 1 };
  // gray-matter's `matter` starts with the newline after the opening "---".
  const inYaml = pointAt(frontMatter.yaml, match.index);
  return { line: frontMatter.yamlStart.line + inYaml.line - 2, column: inYaml.column };
}
