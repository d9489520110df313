import { describe, expect, it } from 'vitest';
import { buildAlignment } from '../../src/align/build.js';
import { articleOverlap } from '../../src/align/overlap.js';
import { makeStory } from './helpers.js';

describe('overlap', () => {
  it('counts words in shared runs of five or more', () => {
    const [pair] = articleOverlap([
      { id: 'a', words: 'one two three four five six seven eight'.split(' ') },
      { id: 'b', words: 'x y one two three four five six z'.split(' ') },
    ]);
    expect(pair).toEqual({ a: 'a', b: 'b', shareOfA: 0.75, shareOfB: 0.667, sharedWords: 6 });
  });

  it('ignores runs shorter than five', () => {
    // Nothing shared in runs of five: the pair is not listed at all.
    expect(
      articleOverlap([
        { id: 'a', words: 'one two three four'.split(' ') },
        { id: 'b', words: 'one two three four'.split(' ') },
      ]),
    ).toEqual([]);
  });

  it('detects a copied passage between articles, listing only pairs that share words', () => {
    const copied =
      'Police believe an altercation earlier at an unspecified casino resort prompted the car-to-car attack in the heart of the Strip.';
    const analysed = makeStory([
      { id: 'ap', text: `Three people died on the Strip early Thursday. ${copied}` },
      { id: 'sun', text: `${copied} The crossroads is the site of several major hotel-casinos.` },
      { id: 'times', text: 'A shooting in Las Vegas left three dead, according to a report in the afternoon.' },
    ]);
    const alignment = buildAlignment(analysed, []);
    // ap–times and sun–times share nothing, so they are not listed (a missing pair shares nothing).
    expect(alignment.overlap.map((o) => `${o.a}-${o.b}`)).toEqual(['ap-sun']);
    const apSun = alignment.overlap[0];
    expect(apSun.sharedWords).toBeGreaterThanOrEqual(20);
    expect(apSun.shareOfA).toBeGreaterThan(0.6);
  });
});
