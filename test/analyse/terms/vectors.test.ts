import { describe, expect, it } from 'vitest';
import { rowRelated, rowsNeighbour, vectorRow, wordSimilarity } from '../../../src/analyse/terms/vectors.js';

describe('word vectors', () => {
  it('knows near-synonyms and forms of one word', () => {
    expect(wordSimilarity('conflict', 'war')).toBeGreaterThan(0.6);
    expect(wordSimilarity('conference', 'meeting')).toBeGreaterThan(0.6);
    expect(rowsNeighbour(vectorRow('conflict'), vectorRow('war'))).toBe(true);
    expect(rowsNeighbour(vectorRow('meet'), vectorRow('meeting'))).toBe(true);
    // Looked up by spelling key too (token norms are spelling-folded).
    expect(vectorRow('defense')).toBeGreaterThanOrEqual(0);
  });

  it('keeps loosely related frequent words apart', () => {
    // Cosine alone says 0.72; neither is among the other's nearest neighbours.
    expect(rowsNeighbour(vectorRow('say'), vectorRow('agree'))).toBe(false);
    expect(wordSimilarity('actor', 'doctor')).toBeLessThan(0.6);
  });

  it('knows the synonyms and derivations WordNet lists for a word, where vectors are unsure', () => {
    const related = (a: string, b: string) => [...rowRelated(vectorRow(a))].includes(vectorRow(b));
    expect(related('unveil', 'reveal')).toBe(true);
    expect(related('deny', 'denial')).toBe(true);
    expect(related('endorse', 'support')).toBe(true);
    expect(wordSimilarity('unveil', 'reveal')).toBeLessThan(0.55);
    // A word's rarer senses are left out: "fire" (to shoot) is not "dismiss" here.
    expect(related('fire', 'dismiss')).toBe(false);
    expect(related('actor', 'doctor')).toBe(false);
    expect(rowRelated(-1)).toHaveLength(0);
  });

  it('answers 0 / -1 for unknown words', () => {
    expect(vectorRow('qzxv')).toBe(-1);
    expect(wordSimilarity('qzxv', 'war')).toBe(0);
  });
});
