// The word diff marks what a version adds to and leaves out of the reference, word by word, and gives back
// both texts whole: the same parts as `diffWords`, runs of one kind merged.
import { describe, expect, it } from 'vitest';
import { changedWords, diffParts, wordCount } from '../../src/render/diff.js';

const textOf = (parts: { text: string; kind: string }[], drop: string) => parts.filter((p) => p.kind !== drop).map((p) => p.text).join('');

describe('word diff', () => {
  it('marks added and left-out words, and rebuilds both texts', () => {
    const reference = 'Kerry met Lavrov in Moscow on Tuesday.';
    const text = 'Kerry met Sergei Lavrov in Moscow.';
    const parts = diffParts(reference, text);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['Sergei']);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['on Tuesday']);
    expect(textOf(parts, 'removed')).toBe(text);
    expect(textOf(parts, 'added')).toBe(reference);
    expect(changedWords(parts)).toBe(3);
  });

  it('gives one unmarked part for the same text', () => {
    expect(diffParts('a b', 'a b')).toEqual([{ text: 'a b', kind: 'same' }]);
  });

  it('counts runs of non-whitespace as words', () => {
    expect(wordCount(' a  b\nc ')).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});
