import { describe, expect, it } from 'vitest';
import { rowsNeighbour, vectorRow, wordSimilarity } from '../../../src/align/claims/word-vectors.js';
import { testWordVectors } from '../../helpers.js';

describe('word vectors', () => {
  const vectors = testWordVectors();
  const row = (word: string) => vectorRow(vectors, word);

  it('knows near-synonyms and forms of one word', () => {
    expect(wordSimilarity(vectors, 'conflict', 'war')).toBeGreaterThan(0.6);
    expect(wordSimilarity(vectors, 'conference', 'meeting')).toBeGreaterThan(0.6);
    expect(rowsNeighbour(vectors, row('conflict'), row('war'))).toBe(true);
    expect(rowsNeighbour(vectors, row('meet'), row('meeting'))).toBe(true);
    // Looked up by spelling key too (token norms are spelling-folded).
    expect(row('defense')).toBeGreaterThanOrEqual(0);
  });

  it('keeps loosely related frequent words apart', () => {
    // Cosine alone says 0.72; neither is among the other's nearest neighbours.
    expect(rowsNeighbour(vectors, row('say'), row('agree'))).toBe(false);
    expect(wordSimilarity(vectors, 'actor', 'doctor')).toBeLessThan(0.6);
  });

  it('answers 0 / -1 for unknown words', () => {
    expect(row('qzxv')).toBe(-1);
    expect(wordSimilarity(vectors, 'qzxv', 'war')).toBe(0);
  });
});
