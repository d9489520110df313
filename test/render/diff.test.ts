// The word diff marks what a version adds to and leaves out of the reference, word by word, and gives back
// both texts whole: the same parts as `diffWords`, runs of one kind merged.
import { describe, expect, it } from 'vitest';
import { changedWords, coreParts, diffParts, wordCount } from '../../src/render/diff.js';

const textOf = (parts: { text: string; kind: string }[], drop: string) =>
  parts
    .filter((p) => p.kind !== drop)
    .map((p) => p.text)
    .join('');

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

  it('shows a quotation cut short as one run, even where a word of it comes earlier too', () => {
    const reference = 'Russia made a significant contribution on the deal, and Russia has been a significant contributor to the progress';
    const text = 'a significant contributor to the progress';
    const parts = diffParts(reference, text);
    expect(parts).toEqual([
      { text: 'Russia made a significant contribution on the deal, and Russia has been ', kind: 'removed' },
      { text, kind: 'same' },
    ]);
    expect(diffParts(text, reference)).toEqual([
      { text: 'Russia made a significant contribution on the deal, and Russia has been ', kind: 'added' },
      { text, kind: 'same' },
    ]);
  });

  it('leaves a full stop or quotation mark around a quotation cut short unmarked, as elsewhere', () => {
    expect(diffParts('We are patching a structure.', 'We are patching a structure')).toEqual([
      { text: 'We are patching a structure', kind: 'same' },
    ]);
    expect(diffParts('We are patching a structure', 'We are patching a structure.')).toEqual([
      { text: 'We are patching a structure.', kind: 'same' },
    ]);
  });

  it('does not take a word inside a longer word for the quotation', () => {
    const parts = diffParts('They reinstated the ban on Tuesday', 'stated the ban');
    expect(parts.some((p) => p.kind === 'same' && p.text === 'stated the ban')).toBe(false);
    expect(textOf(parts, 'removed')).toBe('stated the ban');
  });

  it('gives one unmarked part for the same text', () => {
    expect(diffParts('a b', 'a b')).toEqual([{ text: 'a b', kind: 'same' }]);
  });

  it('counts runs of non-whitespace as words', () => {
    expect(wordCount(' a  b\nc ')).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});

describe('variants are not differences', () => {
  it('shows a folded variant as the same text: U.S./US, Russia/Russian Federation, quotation marks', () => {
    for (const [a, b] of [
      ['The U.S. envoy arrived.', 'The US envoy arrived.'],
      ['Talks with Russia began.', 'Talks with the Russian Federation began.'.replace('the ', '')],
      ['He called it “real progress” today.', 'He called it "real progress" today.'],
    ]) {
      const parts = diffParts(a, b);
      expect(
        parts.filter((p) => p.kind !== 'same'),
        `${a} / ${b}`,
      ).toEqual([]);
      expect(parts.map((p) => p.text).join(''), `${a} / ${b}`).toBe(b);
    }
  });

  it('still marks a real change next to a variant', () => {
    const parts = diffParts('The U.S. sent six envoys.', 'The US sent three envoys.');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['three']);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['six']);
  });

  it('marks the shared core of a paraphrase and leaves the rest unmarked', () => {
    const text = 'Secretary Kerry met Lavrov in the Russian capital of the country on Tuesday.';
    const parts = coreParts('Kerry met Lavrov in Moscow on Tuesday.', text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.kind === 'core').map((p) => p.text.trim())).toEqual(['Kerry met Lavrov in', 'on Tuesday.']);
    expect(parts.some((p) => p.kind === 'added' || p.kind === 'removed')).toBe(false);
  });

  it('does not mark a shared run of function words only as core (“that”, “were”)', () => {
    const parts = coreParts('Officials confirmed that a third case was found.', 'Doctors said that the patients were isolated.');
    expect(parts.filter((p) => p.kind === 'core')).toEqual([]);
  });

  it('never marks the core through the middle of a number or a word', () => {
    const text = 'Police were contacting authorities about 4:30 a.m. near Flamingo Road, the site.';
    const parts = coreParts('Police said they were contacting authorities about 4:20 a.m. near Flamingo Road, they said.', text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    const core = parts.filter((p) => p.kind === 'core').map((p) => p.text.trim());
    expect(core).toContain('Police were contacting authorities about');
    expect(core.join(' ')).not.toMatch(/4:|30/);
    expect(core).toContain('a.m. near Flamingo Road,');
  });
});
