import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/parse/sentences/cover.js';
import { fallbackSentences, librarySentences } from '../../../src/parse/sentences/library.js';

const STORY = path.join(import.meta.dirname, '../../../articles/kerry-lavrov-moscow-talks');
const ARTICLES = ['bridge-divides', 'common-ground', 'crisis-talks', 'peace-process', 'real-progress'];

/** All five article bodies as one flat block (line breaks as spaces, as splitSentences hands it over). */
const ALL = ARTICLES.map((name) => matter(readFileSync(path.join(STORY, `${name}.md`), 'utf8')).content.trim())
  .join(' ')
  .replace(/\s/g, ' ');

describe('the parse-english base segmentation', () => {
  it('gives the same sentences whatever the window size', () => {
    const whole = normalise(ALL, librarySentences(ALL, ALL.length + 1));
    for (const window of [300, 700, 1500, 4000]) {
      expect(normalise(ALL, librarySentences(ALL, window))).toEqual(whole);
    }
  });

  it('keeps a sentence longer than the window whole', () => {
    const long = `Then ${'word '.repeat(2000)}end.`;
    const text = `Before. ${long} After.`;
    const spans = normalise(text, librarySentences(text, 500));
    const start = text.indexOf(long);
    expect(spans).toEqual([
      { start: 0, end: 7 },
      { start, end: start + long.length },
      { start: text.length - 6, end: text.length },
    ]);
  });

  it('cuts windows without splitting surrogate pairs', () => {
    const text = '😀'.repeat(5000);
    expect(normalise(text, librarySentences(text, 301))).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('normalise', () => {
  it('turns any spans into a valid covering segmentation', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 100 }), end: fc.integer({ min: -5, max: 100 }) })),
        (text, spans) => {
          const out = normalise(text, spans);
          let covered = 0;
          for (const s of out) {
            expect(s.start).toBeGreaterThanOrEqual(covered);
            expect(s.end).toBeGreaterThan(s.start);
            expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
            expect(text.slice(covered, s.start).trim()).toBe('');
            covered = s.end;
          }
          expect(text.slice(covered).trim()).toBe('');
        },
      ),
    );
  });
});

describe('the fallback segmentation', () => {
  it('splits after terminal marks and closing quotes followed by a space', () => {
    const text = 'One. “Two?” Three… four';
    expect(normalise(text, fallbackSentences(text)).map((s) => text.slice(s.start, s.end))).toEqual(['One.', '“Two?”', 'Three…', 'four']);
  });
});
