// Plain-text articles (headline, blank line, body) read as markdown articles.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { plainTextArticle } from '../../src/parse/plain-text.js';

const file = (name: string, text: string) => ({ path: `s/${name}`, bytes: new TextEncoder().encode(text) });

describe('plainTextArticle', () => {
  it('takes line 1 as the title and each later line as a paragraph', () => {
    const article = parseArticle(file('01.txt', 'Dam opens early\n\nThe dam opened on Monday.\nIt cost $3m.\n'), 's');
    expect(article).toMatchObject({ id: '01', title: 'Dam opens early' });
    expect(article.blocks).toHaveLength(2);
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['The dam opened on Monday.', 'It cost $3m.']);
  });

  it('takes the first sentence for a title where line 1 is empty', () => {
    expect(parseArticle(file('02.txt', '\n\nThe dam opened on Monday. It cost $3m.\n'), 's').title).toBe('The dam opened on Monday.');
  });

  it('keeps a line that starts like a list, heading or quote a paragraph of its own words', () => {
    const article = parseArticle(file('03.txt', 'T\n\n1. The first point stands.\n# Not a heading.\n> Not a quote.\n'), 's');
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      '1. The first point stands.',
      '# Not a heading.',
      '> Not a quote.',
    ]);
  });

  it('gives a markdown article with the title and source in its front matter', () => {
    expect(plainTextArticle('Dam opens\n\nBody.\n', '01.txt')).toBe('---\ntitle: "Dam opens"\nsource: "01.txt"\n---\nBody.\n');
  });
});
