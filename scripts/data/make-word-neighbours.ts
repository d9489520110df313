// Regenerates src/load/word-vectors/neighbours.u16 from vectors.i8 (see make-word-vectors.ts): each
// word's NEIGHBOURS nearest words by cosine, as row numbers. The aligner accepts two different words as a
// soft match only when one is among the other's nearest neighbours: raw cosine alone over-rates frequent
// words, which sit close to many others in vector space ("hubness": "say" is 0.72 from "agree"), whereas
// a word's nearest neighbours are its near-synonyms and inflections. Takes a few minutes (40,000² dot
// products): `npx tsx scripts/data/make-word-neighbours.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NEIGHBOURS = 20;
const DIMENSIONS = 100;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'src/load/word-vectors');
const words = readFileSync(path.join(dir, 'words.txt'), 'utf8').split('\n').filter(Boolean);
const bytes = readFileSync(path.join(dir, 'vectors.i8'));
const count = words.length;
const unit = new Float32Array(count * DIMENSIONS);
for (let w = 0; w < count; w++) {
  let sum = 0;
  for (let d = 0; d < DIMENSIONS; d++) sum += ((bytes[w * DIMENSIONS + d] << 24) >> 24) ** 2;
  const norm = Math.sqrt(sum) || 1;
  for (let d = 0; d < DIMENSIONS; d++) unit[w * DIMENSIONS + d] = ((bytes[w * DIMENSIONS + d] << 24) >> 24) / norm;
}
const out = new Uint16Array(count * NEIGHBOURS);
const bestSim = new Float32Array(NEIGHBOURS);
const bestRow = new Int32Array(NEIGHBOURS);
const started = Date.now();
for (let u = 0; u < count; u++) {
  bestSim.fill(-2);
  bestRow.fill(-1);
  const x = u * DIMENSIONS;
  for (let v = 0; v < count; v++) {
    if (v === u) continue;
    const y = v * DIMENSIONS;
    let dot = 0;
    for (let d = 0; d < DIMENSIONS; d++) dot += unit[x + d] * unit[y + d];
    if (dot <= bestSim[NEIGHBOURS - 1]) continue;
    let k = NEIGHBOURS - 1;
    while (k > 0 && bestSim[k - 1] < dot) {
      bestSim[k] = bestSim[k - 1];
      bestRow[k] = bestRow[k - 1];
      k--;
    }
    bestSim[k] = dot;
    bestRow[k] = v;
  }
  for (let k = 0; k < NEIGHBOURS; k++) out[u * NEIGHBOURS + k] = bestRow[k];
  if (u % 5000 === 0) console.log(`${u}/${count} ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
writeFileSync(path.join(dir, 'neighbours.u16'), out);
console.log(`${count} words × ${NEIGHBOURS} neighbours → ${dir}`);
