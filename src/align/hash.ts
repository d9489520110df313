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
export function shingleHashes(words: string[], k: number): Uint32Array {
  const out = new Uint32Array(Math.max(0, words.length - k + 1));
  if (out.length === 0) return out;
  const wordHashes = Uint32Array.from(words, (word) => hashString(word));
  for (let i = 0; i < out.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < k; j++) h = mix(h ^ wordHashes[i + j], 0x5bd1e995 + j);
    out[i] = h;
  }
  return out;
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Dense numbers 0, 1, 2… for 32-bit hashes, in order of first sight: an open-addressed table of typed arrays,
 * much cheaper than a Map for keys above the small-integer range. The hashes are well mixed already, so their
 * low bits place them.
 */
export class HashSlots {
  private readonly keys: Uint32Array;
  /** Slot + 1 at each place; 0 where the place is free. */
  private readonly places: Int32Array;
  private readonly mask: number;
  size = 0;

  /** `capacity`: at least the number of distinct hashes that will be added. */
  constructor(capacity: number) {
    let places = 16;
    while (places < capacity * 2) places *= 2;
    this.keys = new Uint32Array(places);
    this.places = new Int32Array(places);
    this.mask = places - 1;
  }

  /** The slot of `hash`, a new one if it has none yet. */
  add(hash: number): number {
    let at = hash & this.mask;
    for (;;) {
      const slot = this.places[at];
      if (slot === 0) {
        this.keys[at] = hash;
        this.places[at] = ++this.size;
        return this.size - 1;
      }
      if (this.keys[at] === hash) return slot - 1;
      at = (at + 1) & this.mask;
    }
  }
}
