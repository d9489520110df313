// Look-ups in the word vectors (src/types.ts WordVectors: read by load, keyed by analyse). Raw cosine
// over-rates frequent words, which sit close to many others ("say" is 0.72 from "agree"); a word's nearest
// neighbours are its near-synonyms and its inflections, so neighbourhood is the safer test of "means nearly
// the same".
import type { WordVectors } from '../../types.js';

/** Row of a term key in the table, or -1 where the resource does not know the word. */
export function vectorRow(vectors: WordVectors, key: string): number {
  return vectors.rows.get(key) ?? -1;
}

/** Cosine similarity of two rows (−1..1); 0 where either is unknown. */
export function rowSimilarity({ vectors, norms, dimensions }: WordVectors, a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return 1;
  let dot = 0;
  const x = a * dimensions;
  const y = b * dimensions;
  for (let d = 0; d < dimensions; d++) dot += vectors[x + d] * vectors[y + d];
  return dot / (norms[a] * norms[b]);
}

/** Adds row `row`'s vector, scaled to length `weight`, to `into` (`dimensions` long). */
export function addRowVector({ vectors, norms, dimensions }: WordVectors, into: Float32Array, row: number, weight: number): void {
  if (row < 0) return;
  const scale = weight / norms[row];
  for (let d = 0; d < dimensions; d++) into[d] += vectors[row * dimensions + d] * scale;
}

/** Cosine similarity of two words' vectors, by their term keys; 0 where either is unknown. */
export function wordSimilarity(vectors: WordVectors, a: string, b: string): number {
  return rowSimilarity(vectors, vectorRow(vectors, a), vectorRow(vectors, b));
}

/** Whether one row is among the other's nearest neighbours. */
export function rowsNeighbour({ neighbours, neighboursPerWord: count }: WordVectors, a: number, b: number): boolean {
  if (a < 0 || b < 0) return false;
  if (a === b) return true;
  for (let k = 0; k < count; k++) if (neighbours[a * count + k] === b || neighbours[b * count + k] === a) return true;
  return false;
}

/** The rows of one row's nearest neighbours, nearest first (empty for an unknown row). */
export function rowNeighbours({ neighbours, neighboursPerWord: count }: WordVectors, row: number): Uint16Array {
  if (row < 0) return new Uint16Array(0);
  return neighbours.subarray(row * count, (row + 1) * count);
}
