// Front-matter mistakes get a plain-language message at the line to fix, saying what to write instead;
// a misspelt field is a warning naming the field meant.
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build.js';
import { BuildError } from '../../src/errors.js';
import { parseArticle } from '../../src/parse/article.js';
import { nearestField, ARTICLE_FIELDS } from '../../src/parse/front-matter-checks.js';
import { editDistance } from '../../src/suggest.js';
import { parseStory } from '../../src/parse/story.js';
import type { Warning } from '../../src/types.js';
import { articlesFolder, source } from '../helpers.js';

const PATH = 'articles/story/bad.md';

function messageFor(text: string): string {
  try {
    parseArticle(source(text, PATH), 'story');
  } catch (error) {
    expect(error).toBeInstanceOf(BuildError);
    return (error as BuildError).format();
  }
  throw new Error('expected the article to be rejected');
}

function warningsFor(text: string, path = PATH): string[] {
  const warnings: Warning[] = [];
  parseArticle(source(text, path), 'story', undefined, warnings);
  return warnings.map((w) => `${w.path}:${w.line}:${w.column}  ${w.message}`);
}

describe('the “---” lines', () => {
  it('a missing closing line: placed after the last field, not past the end of the file', () => {
    expect(messageFor('---\ntitle: Talks in Moscow\nlabel: AP\n\nKerry arrived on Tuesday.\n')).toBe(
      'articles/story/bad.md:4:1  the front matter has no closing “---” line; add a line “---” after the last field (line 3), before the article text.',
    );
  });

  it('both lines missing: said so, not “the article has no title”', () => {
    expect(messageFor('title: Talks in Moscow\nlabel: AP\n\nKerry arrived on Tuesday.\n')).toBe(
      'articles/story/bad.md:1:1  the front matter has no “---” lines, so its fields are read as article text; add a line “---” above this one and another below the last field (line 2), before the article text.',
    );
  });

  it('both missing with a misspelt first field is still recognised', () => {
    expect(messageFor('tilte: Talks\n\nText.\n')).toMatch(/^articles\/story\/bad\.md:1:1 {2}the front matter has no “---” lines/);
  });

  it('an opening line below empty lines', () => {
    expect(messageFor('\n\n---\ntitle: T\n---\nText.\n')).toBe(
      'articles/story/bad.md:3:1  the opening “---” must be the very first line of the file, but 2 empty lines come before it; delete the empty lines above it.',
    );
  });

  it('a closing line with four dashes', () => {
    expect(messageFor('---\ntitle: T\n----\nText.\n')).toBe(
      'articles/story/bad.md:3:1  “----” is not a front-matter line: the front matter starts and ends with lines of exactly three dashes; write “---” alone on this line.',
    );
  });

  it('a file of plain text still has no title, and a body line with a colon is not taken for a field', () => {
    expect(messageFor('Just text.\n')).toMatch(/:1:1 {2}the article has no title/);
    expect(messageFor('Update: the talks went on.\n')).toMatch(/:1:1 {2}the article has no title/);
  });
});

describe('values YAML cannot read', () => {
  it('a colon in an unquoted title: the line and column of the value, and the title written in quotes', () => {
    expect(messageFor('---\nlabel: AP\ntitle: Kerry: talks go on\n---\nText.\n')).toBe(
      'articles/story/bad.md:3:8  the title contains “: ”, which YAML reads as the start of another field; put the whole title in quotes: title: "Kerry: talks go on".',
    );
  });

  it('a colon in a title that has double quotes: single quotes suggested', () => {
    expect(messageFor('---\ntitle: Lavrov: “no” to "good terrorists"\n---\nText.\n')).toBe(
      'articles/story/bad.md:2:8  the title contains “: ”, which YAML reads as the start of another field; put the whole title in quotes: title: \'Lavrov: “no” to "good terrorists"\'.',
    );
  });

  it('a title that opens with a quotation mark it does not close as a whole', () => {
    expect(messageFor('---\ntitle: "Real progress" sought in Moscow\n---\nText.\n')).toBe(
      'articles/story/bad.md:2:8  the title starts with a quotation mark, so YAML expects it to end with the same mark; put the whole title in quotes: title: \'"Real progress" sought in Moscow\'.',
    );
  });

  it('other YAML errors keep the parser’s message', () => {
    expect(messageFor('---\ntitle: Fine\nlabel: [unclosed\n---\nText.\n')).toMatch(/the front matter is not valid YAML/);
  });
});

describe('dates', () => {
  it('a day-first date: what to write', () => {
    expect(messageFor('---\ntitle: T\npublished: 15/12/2015\n---\nText.\n')).toBe(
      "articles/story/bad.md:3:12  “15/12/2015” is not a date the site can read (published is the date of publication); write it as year-month-day in quotes: published: 'YYYY-MM-DD', e.g. 2015-12-15 for 15 December 2015.",
    );
  });

  it('a date with the month in words: the date to write', () => {
    expect(messageFor('---\ntitle: T\npublished: December 15, 2015\n---\nText.\n')).toBe(
      "articles/story/bad.md:3:12  “December 15, 2015” is not a date the site can read (published is the date of publication); write it as year-month-day in quotes: published: '2015-12-15'.",
    );
  });

  it('a day that does not exist, which YAML would quietly move to another date', () => {
    expect(messageFor('---\ntitle: T\npublished: 2015-13-45\n---\nText.\n')).toMatch(
      /^articles\/story\/bad\.md:3:12 {2}“2015-13-45” is not a date the site can read/,
    );
    expect(messageFor("---\ntitle: T\npublished: '2015-02-30'\n---\nText.\n")).toMatch(/:3:12 {2}“2015-02-30” is not a date/);
  });

  it('dates and date-times the site reads pass', () => {
    for (const date of ['2015-12-15', "'2015-12-15'", '"2015-12-15T10:30:00Z"', '2015-12-15T10:30+03:00']) {
      expect(parseArticle(source(`---\ntitle: T\npublished: ${date}\n---\nText.\n`), 's').published).toMatch(/^2015-12-15/);
    }
  });
});

describe('fields the site does not read', () => {
  it('a misspelt field: a warning at its line naming the field meant', () => {
    expect(warningsFor('---\ntitle: T\nlable: AP\n---\nText.\n')).toEqual([
      'articles/story/bad.md:3:1  “lable” is not a field the site reads — did you mean “label”? Rename it, or it is ignored',
    ]);
  });

  it('a field other tools use: pointed to ours', () => {
    expect(warningsFor('---\ntitle: T\ndate: 2015-12-15\n---\nText.\n')).toEqual([
      'articles/story/bad.md:3:1  “date” is not a field the site reads — did you mean “published”? Rename it, or it is ignored',
    ]);
  });

  it('a field like none of ours: the list of fields', () => {
    expect(warningsFor('---\ntitle: T\nphotographer: Jane Doe\n---\nText.\n')).toEqual([
      'articles/story/bad.md:3:1  “photographer” is not a field the site reads and is ignored; the fields are title, label, outlet, author, published, source, url and furniture',
    ]);
  });

  it('known fields, and lines inside a list, give no warning', () => {
    expect(warningsFor('---\ntitle: T\nlabel: AP\nfurniture:\n  - Share this\n  - "Follow us: @x"\n---\nText.\n')).toEqual([]);
  });

  it('index.md has its own fields', () => {
    const warnings: Warning[] = [];
    parseStory(
      {
        id: 's',
        index: source('---\ntitle: S\nsumary: A story\n---\n', 'articles/s/index.md'),
        articles: [source('---\ntitle: T\n---\nText.\n', 'articles/s/a.md')],
      },
      warnings,
    );
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [3, '“sumary” is not a field the site reads — did you mean “summary”? Rename it, or it is ignored'],
    ]);
  });

  it('reach the build’s warnings', async () => {
    const dir = await articlesFolder({ 's/a.md': '---\ntitle: T\noutlte: AP\n---\nText here.\n' });
    const { warnings } = await buildSite({ articlesDir: dir });
    expect(warnings.map((w) => w.message)).toEqual([
      '“outlte” is not a field the site reads — did you mean “outlet”? Rename it, or it is ignored',
    ]);
  });

  it('nearest field: one or two letters off, swaps counted once; nothing for a distant word', () => {
    expect(editDistance('lable', 'label')).toBe(1);
    expect(nearestField('titel', ARTICLE_FIELDS)).toBe('title');
    expect(nearestField('URL', ARTICLE_FIELDS)).toBe('url');
    expect(nearestField('photographer', ARTICLE_FIELDS)).toBeUndefined();
  });
});
