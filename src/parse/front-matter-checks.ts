// Plain-language messages for the front-matter mistakes editors make: the “---” lines missing or out of
// place, a colon in an unquoted value, a date the site cannot read, a misspelt field. Each names the line
// and says what to write instead; a YAML parser's own words ("incomplete explicit mapping pair") never
// reach the editor when one of these explains the problem.
import { BuildError } from '../errors.js';
import type { Warning } from '../types.js';
import { nearestName } from '../suggest.js';
import { parseFrontMatter, type FrontMatter } from './front-matter.js';

/** The fields an article's front matter may have. */
export const ARTICLE_FIELDS = ['title', 'label', 'outlet', 'author', 'published', 'source', 'url', 'furniture'] as const;
/** The fields of a story's index.md. */
export const INDEX_FIELDS = ['title', 'published', 'summary'] as const;

/** Names other tools give our fields, so that “date:” is pointed to “published:”. */
const FIELD_SYNONYMS: Record<string, string> = {
  date: 'published',
  pubdate: 'published',
  published_at: 'published',
  publishedat: 'published',
  headline: 'title',
  link: 'url',
  publisher: 'outlet',
  publication: 'outlet',
  description: 'summary',
};

const DELIMITER = '---';
const FIELD_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/;

/**
 * The “---” lines: the opening one must be the file's first line, exactly “---”, and a closing one must
 * follow the fields. A file that starts with a known field has lost both. Throws a BuildError.
 */
export function checkDelimiters(text: string, path: string, fields: readonly string[]): void {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return;
  const opening = lines[first];
  // "---yaml", "--- coffee": a language named after the dashes, which the front-matter reader itself judges.
  if (!opening.startsWith(DELIMITER) || /^---[ \t]*[A-Za-z]/.test(opening)) {
    // No opening line: fine for an article without front matter, unless it starts with one of our fields.
    const field = FIELD_LINE.exec(opening)?.[1];
    if (field && (fields.includes(field) || nearestField(field, fields))) {
      throw new BuildError('front-matter-no-delimiters', { path, line: first + 1, column: 1 }, String(fieldsEnd(lines, first)));
    }
    return;
  }
  if (opening.trimEnd() !== DELIMITER) throw new BuildError('delimiter-not-exact', { path, line: first + 1, column: 1 }, opening.trimEnd());
  if (first > 0) throw new BuildError('opening-not-first', { path, line: first + 1, column: 1 }, String(first));
  const closing = lines.findIndex((line, index) => index > 0 && line.startsWith(DELIMITER));
  if (closing > 0 && lines[closing].trimEnd() !== DELIMITER) {
    throw new BuildError('delimiter-not-exact', { path, line: closing + 1, column: 1 }, lines[closing].trimEnd());
  }
  if (closing < 0) {
    const last = fieldsEnd(lines, 1);
    throw new BuildError('front-matter-unclosed', { path, line: last + 1, column: 1 }, String(last));
  }
}

/** The 1-based number of the last line of the fields that start at line index `from`. */
function fieldsEnd(lines: string[], from: number): number {
  let last = from;
  for (let index = from; index < lines.length; index++) {
    const line = lines[index];
    if (FIELD_LINE.test(line) || /^[ \t]+\S/.test(line) || /^-[ \t]/.test(line) || /^#/.test(line)) last = index;
    else break;
  }
  return last + 1;
}

/**
 * Why the YAML between the “---” lines did not parse, where a plain-language reason can be given: a value
 * with “: ” in it (YAML reads a second field), or one that opens a quotation mark it does not close as a
 * whole value. Returns undefined where the parser's own message must do.
 */
export function explainYamlError(yamlLines: string[], firstLine: number, path: string): BuildError | undefined {
  for (const [index, line] of yamlLines.entries()) {
    const match = /^([A-Za-z_][\w-]*)([ \t]*:[ \t]+)(.*?)[ \t]*$/.exec(line);
    if (!match) continue;
    const [, field, separator, value] = match;
    const place = { path, line: firstLine + index, column: field.length + separator.length + 1 };
    if (/^["']/.test(value) && !closesAsWhole(value)) return new BuildError('unclosed-quote', place, [field, quoted(stripComment(value))]);
    if (/^[^"'[{|>&*!%@`#]/.test(value) && /:([ \t]|$)/.test(value)) return new BuildError('colon-in-value', place, [field, quoted(value)]);
  }
  return undefined;
}

/** A value that starts with a quotation mark and ends with the same one (a comment after it allowed). */
function closesAsWhole(value: string): boolean {
  const mark = value[0];
  const body = stripComment(value);
  return body.length > 1 && body.endsWith(mark);
}

function stripComment(value: string): string {
  return value.replace(/[ \t]+#.*$/, '');
}

/** The value as YAML would take it whole: in double quotes, or in single quotes if it holds double ones. */
function quoted(value: string): string {
  if (!value.includes('"')) return `"${value.replace(/\\/g, '\\\\')}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

/** A date the site can read: YYYY-MM-DD, optionally with a time, and a real day of the calendar. */
export function isReadableDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const timeOk = match[4] === undefined || (Number(match[4]) < 24 && Number(match[5]) < 60 && Number(match[6] ?? 0) < 60);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && timeOk;
}

/**
 * The date field as written (not as YAML read it: YAML turns 2015-13-45 into a real date in 2016). Throws
 * a BuildError saying what to write where it is not a date the site can read.
 */
export function checkDate(raw: string, place: { path: string; line: number; column: number }, field: string): void {
  const value = raw
    .replace(/[ \t]+#.*$/, '')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2');
  if (value === '' || isReadableDate(value)) return;
  // “15 December 2015” or “December 15, 2015”: a month in words is unambiguous, so say which date to write.
  const parsed = /[A-Za-z]{3,}/.test(value) && /\d{4}/.test(value) ? new Date(`${value} UTC`) : undefined;
  const known = parsed && !Number.isNaN(parsed.getTime());
  throw new BuildError('bad-date', place, [field, value, known ? parsed.toISOString().slice(0, 10) : '']);
}

/** A field written in the front matter, with where its value starts. */
export interface WrittenField {
  name: string;
  /** The value as written on the field's line, after the colon. */
  raw: string;
  line: number;
  column: number;
}

/** The top-level fields of the YAML lines, in order; `firstLine` is the file line of the first YAML line. */
export function writtenFields(yamlLines: string[], firstLine: number): WrittenField[] {
  const fields: WrittenField[] = [];
  yamlLines.forEach((line, index) => {
    const match = /^([A-Za-z_][\w-]*)([ \t]*:[ \t]*)(.*)$/.exec(line);
    if (match) fields.push({ name: match[1], raw: match[3], line: firstLine + index, column: 1 + match[1].length + match[2].length });
  });
  return fields;
}

/** A warning for each field the site does not read, naming the field meant where one is close. */
export function unknownFieldWarnings(written: WrittenField[], known: readonly string[], path: string): Warning[] {
  return written
    .filter((field) => !known.includes(field.name))
    .map((field) => {
      const meant = nearestField(field.name, known);
      const message = meant
        ? `“${field.name}” is not a field the site reads — did you mean “${meant}”? Rename it, or it is ignored`
        : `“${field.name}” is not a field the site reads and is ignored; the fields are ${listed(known)}`;
      return { path, line: field.line, column: 1, message };
    });
}

/** The known field a misspelt or foreign one most likely means: a synonym, or one or two letters off. */
export function nearestField(name: string, known: readonly string[]): string | undefined {
  const synonym = FIELD_SYNONYMS[name.toLowerCase()];
  return synonym && known.includes(synonym) ? synonym : nearestName(name, known);
}

function listed(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The lines between the two “---” lines, and the file line of the first of them (none without front matter). */
function yamlLinesOf(text: string): { lines: string[]; firstLine: number } {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== DELIMITER) return { lines: [], firstLine: 1 };
  const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === DELIMITER);
  return { lines: lines.slice(1, closing < 0 ? lines.length : closing), firstLine: 2 };
}

/**
 * Front matter read with every check above: the “---” lines, YAML errors explained where they can be, the
 * date as written, and a warning for each field the site does not read (`fields`: those it does).
 */
export function readFrontMatter(text: string, path: string, fields: readonly string[]): { frontMatter: FrontMatter; warnings: Warning[] } {
  checkDelimiters(text, path, fields);
  const { lines, firstLine } = yamlLinesOf(text);
  let frontMatter: FrontMatter;
  try {
    frontMatter = parseFrontMatter(text, path);
  } catch (error) {
    if (error instanceof BuildError && error.code === 'invalid-front-matter') throw explainYamlError(lines, firstLine, path) ?? error;
    throw error;
  }
  const written = writtenFields(lines, firstLine);
  const published = written.find((field) => field.name === 'published');
  if (published && fields.includes('published'))
    checkDate(published.raw, { path, line: published.line, column: published.column }, 'published');
  return { frontMatter, warnings: unknownFieldWarnings(written, fields, path) };
}
