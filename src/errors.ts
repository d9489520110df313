// The error catalogue: every problem the build reports to an editor says what happened, why, and what
// to do, and names the file, line and column. Stages throw BuildError; the CLI prints it without a stack.

export interface Place {
  path: string;
  line?: number;
  column?: number;
}

interface CatalogueEntry {
  /** What happened, for this file (details: what the message names, in order). */
  what: (...details: string[]) => string;
  /** What to do about it, as text or made from the same details. */
  fix: string | ((...details: string[]) => string);
}

export const catalogue = {
  'not-utf8': {
    what: () => 'the file is not valid UTF-8 text',
    fix: 'save the file as UTF-8 (most editors: “Save with encoding → UTF-8”)',
  },
  'empty-file': {
    what: () => 'the file is empty',
    fix: 'add front matter with a title and the article text, or delete the file',
  },
  'invalid-front-matter': {
    what: (detail) => `the front matter is not valid YAML: ${detail}`,
    fix: 'fix the YAML between the two “---” lines (quote values that contain “: ” or start with a quote)',
  },
  'front-matter-language': {
    what: (detail) => `the front matter is marked as “${detail}”, but only YAML front matter is read (nothing in an article is ever run)`,
    fix: 'remove the word after the opening “---” and write the fields as YAML (“title: …” lines)',
  },
  'front-matter-not-a-map': {
    what: () => 'the front matter is not a list of “key: value” fields',
    fix: 'write the front matter as “title: …” lines between two “---” lines',
  },
  'missing-title': {
    what: () => 'the article has no title',
    fix: 'add a line “title: The headline as published” to the front matter',
  },
  'empty-title': {
    what: () => 'the title is empty',
    fix: 'give “title:” the headline as published',
  },
  'title-not-text': {
    what: (detail) => `the title is not text but ${detail}`,
    fix: 'write the title as plain text, in quotes if it contains “: ”',
  },
  'field-not-text': {
    what: (detail) => `the field “${detail}” must be text`,
    fix: 'write it as plain text, in quotes if needed',
  },
  'url-not-web': {
    what: (detail) => `the url “${detail}” is not a web address`,
    fix: 'give the full address the article was published at, starting with https:// or http://',
  },
  'furniture-not-a-list': {
    what: () => '“furniture” must be a list of text lines',
    fix: 'write each removed line as “  - text” under “furniture:”',
  },
  'front-matter-no-delimiters': {
    what: () => 'the front matter has no “---” lines, so its fields are read as article text',
    fix: (last) => `add a line “---” above this one and another below the last field (line ${last}), before the article text`,
  },
  'front-matter-unclosed': {
    what: () => 'the front matter has no closing “---” line',
    fix: (last) => `add a line “---” after the last field (line ${last}), before the article text`,
  },
  'opening-not-first': {
    what: (above) =>
      `the opening “---” must be the very first line of the file, but ${above === '1' ? 'an empty line comes' : `${above} empty lines come`} before it`,
    fix: 'delete the empty lines above it',
  },
  'delimiter-not-exact': {
    what: (written) => `“${written}” is not a front-matter line: the front matter starts and ends with lines of exactly three dashes`,
    fix: 'write “---” alone on this line',
  },
  'colon-in-value': {
    what: (field) => `the ${field} contains “: ”, which YAML reads as the start of another field`,
    fix: (field, value) => `put the whole ${field} in quotes: ${field}: ${value}`,
  },
  'unclosed-quote': {
    what: (field) => `the ${field} starts with a quotation mark, so YAML expects it to end with the same mark`,
    fix: (field, value) => `put the whole ${field} in quotes: ${field}: ${value}`,
  },
  'bad-date': {
    what: (field, value) => `“${value}” is not a date the site can read (${field} is the date of publication)`,
    fix: (field, _value, meant) =>
      `write it as year-month-day in quotes: ${field}: '${meant || 'YYYY-MM-DD'}'${meant ? '' : ', e.g. 2015-12-15 for 15 December 2015'}`,
  },
  'invalid-corrections': {
    what: (detail) => `the corrections file is not valid YAML: ${detail}`,
    fix: 'fix the YAML (README “Correcting the alignment” has an example); quote a sentence that contains “: ” or starts with a quote',
  },
  'bad-correction': {
    what: (detail) => detail,
    fix: 'see README “Correcting the alignment” for what a correction holds',
  },
  'empty-body': {
    what: () => 'the article has front matter but no text',
    fix: 'add the article text after the closing “---”, or delete the file',
  },
  'duplicate-article': {
    what: (detail) => `two articles in this story have the id ${detail}`,
    fix: 'rename one of the files: an article’s id is its file name without “.md”',
  },
  'duplicate-story': {
    what: (detail) => `the story folders “${detail}” give the same page name`,
    fix: 'rename one of the folders: a story’s page name is its folder name in lower case, with “-” for spaces and punctuation',
  },
  'bad-id': {
    what: (detail) => `“${detail}” cannot be used as a page name`,
    fix: 'rename the file or folder using letters, digits, “-” and “_” only',
  },
  'no-articles': {
    what: (textFiles) => `the articles folder holds no story: no subfolder with a .md article${textFiles}`,
    fix: 'add a folder per story with one markdown file per article (see README “Adding a story”)',
  },
  'articles-dir-missing': {
    what: () => 'the articles folder does not exist',
    fix: 'create it, or point the build at another folder with --articles DIR',
  },
  'bad-option': {
    what: (detail) => detail,
    fix: 'run “npm run build -- --help” for the options',
  },
  'word-too-long': {
    what: (detail) => `${detail} characters in a row without a space or line break (a word may have at most 4,000)`,
    fix: 'break the text up or remove it: text this long without spaces (a pasted file, an encoded image) is not article text and would make the build very slow',
  },
  'name-not-utf8': {
    what: (detail) => `a name in this folder is not valid UTF-8 text (“${detail}”), so it cannot be read reliably`,
    fix: 'rename it using UTF-8 (any editor or file manager writes names as UTF-8)',
  },
  'output-refused': {
    what: (detail) => `the site was not written: ${detail}`,
    fix: 'give --out a new or empty folder, or one an earlier build wrote (the default is _site); nothing was touched',
  },
  'output-busy': {
    what: (detail) => `another build is writing into ${detail}`,
    fix: 'wait for it to finish and build again',
  },
  'write-failed': {
    what: (detail) => `the site could not be written: ${detail}`,
    fix: 'check that the output folder is writable; the previous site was left as it was',
  },
} satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof catalogue;

/** A problem with the input that stops the build. */
export class BuildError extends Error {
  readonly code: ErrorCode;
  readonly place: Place | undefined;
  readonly fix: string;
  /** What the message names, as given (to make the same error again on another thread). */
  readonly details: string[];

  constructor(code: ErrorCode, place?: Place, detail: string | string[] = '', options?: { cause?: unknown }) {
    const details = typeof detail === 'string' ? [detail] : detail;
    const entry: CatalogueEntry = catalogue[code];
    super(entry.what(...details), options);
    this.name = 'BuildError';
    this.code = code;
    this.place = place;
    this.details = details;
    this.fix = typeof entry.fix === 'string' ? entry.fix : entry.fix(...details);
  }

  /** `path:line:column  what is wrong, and what to do`, control characters escaped. */
  format(): string {
    const where = this.place ? `${this.place.path}:${this.place.line ?? 1}:${this.place.column ?? 1}  ` : '';
    return printable(`${where}${this.message}; ${this.fix}.`);
  }
}

/** `path:line:column  warning: what`, control characters escaped. */
export function formatWarning(warning: { path: string; line: number; column: number; message: string }): string {
  return printable(`${warning.path}:${warning.line}:${warning.column}  warning: ${warning.message}`);
}

/**
 * Text safe to print on a terminal: control characters (escape sequences could retitle or clear it) and
 * the marks that reverse the direction of text are shown as escapes.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
