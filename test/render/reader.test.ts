// What a reader sees of an article's origin and of a story's summary: the outlet and a link to the
// original, never the file it was taken from; a summary cut between sentences or words, never inside one.
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build.js';
import { excerpt } from '../../src/render/excerpt.js';
import { articlesFolder } from '../helpers.js';

describe('an article’s origin', () => {
  it('shows the outlet and a link to the original, not the source file', async () => {
    const dir = await articlesFolder({
      's/a.md':
        '---\ntitle: Kerry in Moscow\noutlet: Reuters\nsource: 003_3c4670c9a2580622.txt\nurl: https://www.reuters.com/article/kerry-moscow\n---\nKerry met Lavrov.\n',
      's/b.md': '---\ntitle: Talks go on\nsource: 004_ffff.txt\n---\nThe talks went on.\n',
    });
    const { files } = await buildSite({ articlesDir: dir });
    const a = String(files.get('s/articles/a.html'));
    expect(a).toMatch(
      /<p class="meta">Reuters · .*<a href="https:\/\/www\.reuters\.com\/article\/kerry-moscow" rel="noopener">the original at reuters\.com<\/a><\/p>/,
    );
    const b = String(files.get('s/articles/b.html'));
    for (const page of [a, b]) {
      expect(page).not.toContain('source:');
      expect(page).not.toMatch(/00[34]_[0-9a-f]+\.txt/);
    }
  });
});

describe('excerpt (home-page summaries)', () => {
  const sentence = (words: number, start = 'Word') => `${start} ${Array.from({ length: words - 1 }, (_, i) => `w${i}`).join(' ')}.`;

  it('keeps a short summary whole', () => {
    expect(excerpt('Kerry met Lavrov.  They talked.')).toBe('Kerry met Lavrov. They talked.');
  });

  it('ends a long one after the last whole sentence that fits', () => {
    const text = `${sentence(20, 'First')} ${sentence(20, 'Second')} ${sentence(30, 'Third')}`;
    const cut = excerpt(text, 200);
    expect(cut).toBe(`${sentence(20, 'First')} ${sentence(20, 'Second')}`);
    expect(cut.length).toBeLessThanOrEqual(200);
  });

  it('does not end a sentence at an abbreviation followed by a small letter, or inside a quotation', () => {
    const text = `The U.S. envoy said “we will see.” Then ${'more words '.repeat(30)}end.`;
    expect(excerpt(text, 60)).toBe('The U.S. envoy said “we will see.”');
  });

  it('cuts a first sentence longer than the limit at a word, with an ellipsis', () => {
    const cut = excerpt(sentence(80), 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(101);
    const words = sentence(80).split(' ');
    expect(words).toContain(cut.slice(0, -1).split(' ').pop());
  });
});
