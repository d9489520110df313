import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { parseArticle } from '../../src/parse/article.js';
import { parseStory } from '../../src/parse/story.js';
import { source } from '../helpers.js';

const PATH = 'articles/story/bad.md';

/** The message the CLI would print for this file. */
function messageFor(text: string | Uint8Array): string {
  try {
    parseArticle(source(text, PATH), 'story');
  } catch (error) {
    expect(error).toBeInstanceOf(BuildError);
    return (error as BuildError).format();
  }
  throw new Error('expected the article to be rejected');
}

describe('a malformed article stops the build with path:line:column, what is wrong and what to do', () => {
  it('invalid YAML points at the bad line', () => {
    const message = messageFor('---\ntitle: Fine\nlabel: [unclosed\noutlet: X\n---\nBody.\n');
    expect(message).toMatch(/^articles\/story\/bad\.md:\d+:\d+ {2}the front matter is not valid YAML/);
    const line = Number(message.split(':')[1]);
    expect(line).toBeGreaterThanOrEqual(3);
    expect(line).toBeLessThanOrEqual(5);
    expect(message).toContain('fix the YAML');
  });

  it('a missing title', () => {
    expect(messageFor('---\nlabel: X\n---\nBody.\n')).toBe(
      'articles/story/bad.md:1:1  the article has no title; add a line “title: The headline as published” to the front matter.',
    );
  });

  it('a file without front matter has no title', () => {
    expect(messageFor('Just text.\n')).toMatch(/^articles\/story\/bad\.md:1:1 {2}the article has no title/);
  });

  it('a title that is not text names its line', () => {
    expect(messageFor('---\nlabel: X\ntitle: [a, b]\n---\nBody.\n')).toMatch(
      /^articles\/story\/bad\.md:3:1 {2}the title is not text but a list/,
    );
    expect(messageFor('---\ntitle: 42\n---\nBody.\n')).toMatch(/:2:1 {2}the title is not text but a number/);
  });

  it('an empty title', () => {
    expect(messageFor('---\ntitle: ""\n---\nBody.\n')).toMatch(/:2:1 {2}the title is empty/);
  });

  it('an empty file', () => {
    expect(messageFor('')).toMatch(/:1:1 {2}the file is empty/);
    expect(messageFor('\n  \n')).toMatch(/the file is empty/);
  });

  it('front matter and nothing else', () => {
    expect(messageFor('---\ntitle: T\n---\n\n')).toMatch(/:4:1 {2}the article has front matter but no text/);
  });

  it('bytes that are not UTF-8, at the line and column of the first bad byte', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('---\ntitle: T\n---\nCaf'),
      0xe9,
      ...new TextEncoder().encode(' au lait.\n'),
    ]);
    expect(messageFor(bytes)).toBe(
      'articles/story/bad.md:4:4  the file is not valid UTF-8 text; save the file as UTF-8 (most editors: “Save with encoding → UTF-8”).',
    );
  });

  it('two articles with the same id in one story', () => {
    const files = [source('---\ntitle: A\n---\nOne.\n', 'articles/s/Same.md'), source('---\ntitle: B\n---\nTwo.\n', 'articles/s/same.md')];
    expect(() => parseStory({ id: 's', articles: files })).toThrow(/two articles in this story have the id “same”/);
  });

  it('never includes a stack trace in the message', () => {
    expect(messageFor('---\ntitle: "unclosed\n---\nB.\n')).not.toMatch(/\n\s+at /);
  });
});
