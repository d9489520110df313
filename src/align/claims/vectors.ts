// Sentence vectors: SIF-weighted averages of word vectors with the story's common component removed (Arora,
// Liang & Ma 2017, "A simple but tough-to-beat baseline for sentence embeddings"). A word weighs a / (a + p(w)),
// p(w) its frequency in general English, read from its rank in the vector table (commonest first; Zipf's law
// p ≈ 0.1 / rank), so that light words count little. The direction all of the story's sentences share (its
// topic, the register of news) is taken out, so what is left tells sentences of one story apart.
import { addRowVector } from './word-vectors.js';
import type { Terms, Unit } from './units.js';

/** SIF's smoothing constant a over Zipf's p(rank) = 0.1 / rank: weight = rank / (rank + 0.1 / a). */
const SIF_RANK = 100;

export function sentenceVectors(units: Unit[], terms: Terms): Float32Array[] {
  const { dimensions } = terms.vectors;
  const vectors = units.map((unit) => {
    const vector = new Float32Array(dimensions);
    for (const t of unit.terms) {
      const row = terms.rows[t];
      if (row >= 0) addRowVector(terms.vectors, vector, row, (row + 1) / (row + 1 + SIF_RANK));
    }
    return vector;
  });
  removeComponent(vectors, principalDirection(vectors, dimensions));
  for (const vector of vectors) normalise(vector);
  return vectors;
}

/** The first principal direction of the vectors (uncentred, as SIF does), by power iteration from a fixed start. */
export function principalDirection(vectors: Float32Array[], dimensions: number): Float32Array {
  let direction = new Float32Array(dimensions).fill(1 / Math.sqrt(dimensions));
  for (let round = 0; round < 30; round++) {
    const next = new Float32Array(dimensions);
    for (const vector of vectors) {
      const along = dot(vector, direction);
      for (let d = 0; d < dimensions; d++) next[d] += along * vector[d];
    }
    if (normalise(next) === 0) return next;
    direction = next;
  }
  return direction;
}

function removeComponent(vectors: Float32Array[], direction: Float32Array): void {
  for (const vector of vectors) {
    const along = dot(vector, direction);
    for (let d = 0; d < direction.length; d++) vector[d] -= along * direction[d];
  }
}

export function dot(x: Float32Array, y: Float32Array): number {
  let total = 0;
  for (let d = 0; d < x.length; d++) total += x[d] * y[d];
  return total;
}

/** Scales a vector to unit length in place; returns its former length. */
function normalise(vector: Float32Array): number {
  const length = Math.sqrt(dot(vector, vector));
  if (length > 0) for (let d = 0; d < vector.length; d++) vector[d] /= length;
  return length;
}
