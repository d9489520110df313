// The word vectors (read by src/load/word-vectors.ts) made ready for look-ups by term key: each word's row by
// the word itself and by its spelling key, since token norms are spelling-folded lemmas.
import type { WordVectorFiles, WordVectors } from '../../types.js';
import { foldMemo, foldSpelling } from '../../fold.js';

export function wordVectors({ words, ...files }: WordVectorFiles): WordVectors {
  const { dimensions, vectors } = files;
  const norms = new Float32Array(words.length);
  const rows = new Map<string, number>();
  const folds = foldMemo();
  words.forEach((word, w) => {
    let sum = 0;
    for (let d = w * dimensions; d < (w + 1) * dimensions; d++) sum += vectors[d] * vectors[d];
    norms[w] = Math.sqrt(sum) || 1;
    // Words come most frequent first, so a key two words share goes to the commoner one.
    if (!rows.has(word)) rows.set(word, w);
    const folded = foldSpelling(word, folds);
    if (!rows.has(folded)) rows.set(folded, w);
  });
  return { ...files, rows, norms };
}
