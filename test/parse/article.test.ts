import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { source } from '../helpers.js';

const seed = (name: string) =>
  source(readFileSync(`articles/kerry-lavrov-moscow-talks/${name}.md`), `articles/kerry-lavrov-moscow-talks/${name}.md`);

describe('parseArticle', () => {
  it('reads the front matter fields and keeps the published date as text', () => {
    const article = parseArticle(seed('real-progress'), 'kerry-lavrov-moscow-talks');
    expect(article).toMatchObject({
      id: 'real-progress',
      storyId: 'kerry-lavrov-moscow-talks',
      title: 'Kerry seeks ‘real progress’ on Syria at Moscow talks',
      label: 'Reuters',
      outlet: 'Reuters',
      published: '2015-12-15',
      source: '003_3c4670c9a2580622.txt',
    });
    expect(article.furniture).toContain('Share this article');
    expect(article.furniture).toContain('Wait a sec, saving restore vars.');
  });

  it('keeps the body faithful to what was published, typos included', () => {
    const article = parseArticle(seed('crisis-talks'), 'kerry-lavrov-moscow-talks');
    expect(article.body).toContain('The United States and Moscow are are at odds');
    expect(article.body).not.toContain('title:');
  });

  it('leaves page furniture out of the body', () => {
    for (const name of ['real-progress', 'bridge-divides']) {
      const { body } = parseArticle(seed(name), 'kerry-lavrov-moscow-talks');
      expect(body).not.toMatch(/Share this article|WhatsApp|Leave a Reply|HTML tags|speaks about the Ukraine crisis/);
    }
  });

  it('gives sentences offsets into the body that map back to their text', () => {
    for (const name of ['crisis-talks', 'peace-process', 'common-ground', 'real-progress', 'bridge-divides']) {
      const article = parseArticle(seed(name), 'kerry-lavrov-moscow-talks');
      expect(article.sentences.length).toBeGreaterThan(5);
      for (const sentence of article.sentences) expect(article.body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('plain-texts inline markdown but keeps offsets inside the body', () => {
    const article = parseArticle(source('---\ntitle: T\n---\nHe said it was *very* good. Then [he left](https://x.org).\n'), 'story');
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['He said it was very good.', 'Then he left.']);
    expect(article.body.slice(article.sentences[0].start, article.sentences[0].end)).toBe('He said it was *very* good.');
  });

  it('labels an article by its outlet, else by a shortened title', () => {
    const withOutlet = parseArticle(source('---\ntitle: A long headline about the talks in Moscow\noutlet: AP\n---\nText.\n'), 's');
    const without = parseArticle(source('---\ntitle: A long headline about the talks in Moscow\n---\nText.\n'), 's');
    expect(withOutlet.label).toBe('AP');
    expect(without.label).toBe('A long headline about the…');
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const article = parseArticle(source('\uFEFF---\r\ntitle: T\r\n---\r\nOne. Two.\r\n\r\nThree.\r\n'), 's');
    expect(article.title).toBe('T');
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('derives a safe id from any file name', () => {
    const article = parseArticle(source('---\ntitle: T\n---\nText.\n', 'articles/s/../../Evil Name (2).md'), 's');
    expect(article.id).toBe('evil-name-2');
  });
});
