// Small deterministic hashes (no dependence on Map iteration order or on the runtime's string hashing).

/** FNV-1a, 32 bits, over the UTF-16 code units of a string. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 32-bit integer mix (murmur3 finaliser) of a value with a seed. */
export function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of every run of `k` consecutive words (one per start position; empty if fewer than k words). */
export function shingleHashes(words: string[], k: number): number[] {
  const wordHashes = words.map((word) => hashString(word));
  const out: number[] = [];
  for (let i = 0; i + k <= words.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < k; j++) h = mix(h ^ wordHashes[i + j], 0x5bd1e995 + j);
    out.push(h);
  }
  return out;
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
