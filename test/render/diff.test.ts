// The word diff must give exactly what `diffWords` from the `diff` package gives (the pages were made
// with it): checked on every pair of sentences of the real story and on many edited random texts.
import { diffWords, wordDiff } from 'diff';
import { describe, expect, it } from 'vitest';
import { WordDiffer, wordCount, wordTokens, type DiffPart } from '../../src/render/diff.js';
import { loadFixtureStory } from './fixture.js';

/** What the renderer did with `diffWords` before it had its own search: the changes, merged by kind. */
function referenceParts(reference: string, text: string): DiffPart[] {
  if (reference === text) return [{ text, kind: 'same' }];
  const parts: DiffPart[] = [];
  for (const change of diffWords(reference, text)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ text: change.value, kind });
  }
  return parts;
}

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['the', 'minister', 'said', 'talks', 'Moscow', 'Kerry', 'Lavrov', 'would', 'not', 'be', 'café', 'naïve', '2015', 'U.S.', 'it', 'a', 'and', 'on', 'Syria'];
const GLUE = [' ', ' ', ' ', ' ', '  ', '\n', '\t', ', ', '. ', ' — ', ' “', '” ', "'s ", '-', ' (', ') ', '; ', ' \n '];

function randomText(next: () => number, length: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < length; i++) {
    pieces.push(WORDS[Math.floor(next() * WORDS.length)]);
    pieces.push(GLUE[Math.floor(next() * GLUE.length)]);
  }
  return pieces;
}

function edited(next: () => number, pieces: string[]): string[] {
  const copy = [...pieces];
  const edits = Math.floor(next() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (copy.length + 1));
    const what = next();
    if (what < 0.3) copy.splice(at, 1);
    else if (what < 0.6) copy.splice(at, 0, WORDS[Math.floor(next() * WORDS.length)]);
    else if (what < 0.8) copy.splice(at, 1, GLUE[Math.floor(next() * GLUE.length)]);
    else copy.splice(at, 2);
  }
  return copy;
}

describe('word diff', () => {
  it('matches diffWords on every pair of sentences in the real story', () => {
    const story = loadFixtureStory();
    const sentences = story.articles.flatMap((article) => article.sentences.map((sentence) => sentence.text));
    const differ = new WordDiffer();
    let compared = 0;
    for (let i = 0; i < sentences.length; i += 2) {
      for (let j = 1; j < sentences.length; j += 3) {
        expect(differ.diffParts(sentences[i], sentences[j])).toEqual(referenceParts(sentences[i], sentences[j]));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('matches diffWords on edited random texts, with odd whitespace and punctuation', () => {
    const next = random(20240611);
    const differ = new WordDiffer();
    for (let round = 0; round < 3000; round++) {
      const pieces = randomText(next, 1 + Math.floor(next() * 25));
      const reference = pieces.join('');
      const text = edited(next, pieces).join('');
      expect(differ.diffParts(reference, text), JSON.stringify([reference, text])).toEqual(referenceParts(reference, text));
      expect(differ.diffParts(text, reference), JSON.stringify([text, reference])).toEqual(referenceParts(text, reference));
    }
  });

  it('matches diffWords on empty and whitespace-only texts', () => {
    const differ = new WordDiffer();
    for (const [a, b] of [['', 'a b'], ['a b', ''], [' ', 'a'], ['a', '  '], ['\n', ' '], ['', ''], ['a  b', 'a b'], [' a', 'a ']]) {
      expect(differ.diffParts(a, b)).toEqual(referenceParts(a, b));
    }
  });

  it("cuts tokens as diff's tokenize and counts words as /\\S+/g, whitespace of every kind included", () => {
    const next = random(977);
    const odd = ['\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u00ad', '\u00d7', 'é', 'Ω', '😀', '\u200b', '\u180e', '\v', '\f', '\r\n', ' ', 'x', '\ud800', '\udc00', '\ud83d'];
    for (let round = 0; round < 3000; round++) {
      let text = randomText(next, Math.floor(next() * 12)).join('');
      for (let k = Math.floor(next() * 6); k > 0; k--) {
        const at = Math.floor(next() * (text.length + 1));
        text = text.slice(0, at) + odd[Math.floor(next() * odd.length)] + text.slice(at);
      }
      expect(wordTokens(text), JSON.stringify(text)).toEqual((wordDiff.tokenize(text, {}) as string[]).filter(Boolean));
      expect(wordCount(text), JSON.stringify(text)).toBe(text.match(/\S+/g)?.length ?? 0);
    }
  });

  it('counts as whitespace exactly the code units \\s matches, and cuts every code unit as tokenize does', () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(wordCount(text), code.toString(16)).toBe(text.match(/\S+/g)?.length ?? 0);
      expect(wordTokens(text), code.toString(16)).toEqual(wordDiff.tokenize(text, {}));
      expect(wordTokens(` ${String.fromCharCode(code)} `), code.toString(16)).toEqual(wordDiff.tokenize(` ${String.fromCharCode(code)} `, {}));
    }
  });
});
