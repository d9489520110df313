// Word-for-word sharing between every pair of articles: words in runs of ≥ RUN consecutive normalised
// words that the other article also has. Runs are found by hashing every RUN-word shingle once and
// indexing shingle → articles (in typed arrays), so the cost follows the amount actually shared, not
// articles² × length.
import type { Overlap, Token } from '../types.js';
import { hasWordChar } from '../chars.js';
import { RUN } from './claims/index.js';
import { HashSlots, shingleHashes } from './hash.js';

export interface OverlapInput {
  id: string;
  /** The article's normalised words in reading order (all sentences). */
  words: string[];
}

/** The word sequence matched word for word: every word's norm, stop words included, punctuation excluded. */
export function wordNorms(tokens: Token[]): string[] {
  return tokens.filter((token) => token.norm !== '' && hasWordChar(token.norm)).map((token) => token.norm);
}

/** Every pair of articles (in input order) that shares at least one run; pairs sharing nothing are left out. */
export function articleOverlap(articles: OverlapInput[]): Overlap[] {
  const count = articles.length;
  const shingles = articles.map((article) => shingleHashes(article.words, RUN));
  // Each distinct shingle gets a slot; holders[holderStart[slot] .. holderStart[slot + 1]) are the articles
  // that have it, in input order.
  let total = 0;
  for (const list of shingles) total += list.length;
  const slots = new HashSlots(total);
  const slotsOf = shingles.map((list) => {
    const slotList = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) slotList[i] = slots.add(list[i]);
    return slotList;
  });
  const lastHolder = new Int32Array(slots.size).fill(-1);
  const holderStart = new Int32Array(slots.size + 1);
  slotsOf.forEach((list, a) => {
    for (const slot of list) {
      if (lastHolder[slot] === a) continue;
      lastHolder[slot] = a;
      holderStart[slot + 1]++;
    }
  });
  for (let slot = 0; slot < slots.size; slot++) holderStart[slot + 1] += holderStart[slot];
  const holders = new Int32Array(holderStart[slots.size]);
  const filled = holderStart.slice(0, slots.size);
  lastHolder.fill(-1);
  slotsOf.forEach((list, a) => {
    for (const slot of list) {
      if (lastHolder[slot] === a) continue;
      lastHolder[slot] = a;
      holders[filled[slot]++] = a;
    }
  });
  // covered[a * count + b] = words of a in runs shared with b.
  const covered = new Int32Array(count * count);
  const coveredUntil = new Int32Array(count);
  for (let a = 0; a < count; a++) {
    coveredUntil.fill(0);
    const length = articles[a].words.length;
    const list = slotsOf[a];
    const row = a * count;
    for (let i = 0; i < list.length; i++) {
      const slot = list[i];
      const end = holderStart[slot + 1];
      const to = Math.min(length, i + RUN);
      for (let k = holderStart[slot]; k < end; k++) {
        const b = holders[k];
        const until = coveredUntil[b];
        if (b === a || until >= to) continue;
        covered[row + b] += to - Math.max(i, until);
        coveredUntil[b] = to;
      }
    }
  }
  const out: Overlap[] = [];
  const round = (value: number) => Math.round(value * 1000) / 1000;
  for (let a = 0; a < count; a++) {
    for (let b = a + 1; b < count; b++) {
      const ofA = covered[a * count + b];
      const ofB = covered[b * count + a];
      if (ofA === 0 && ofB === 0) continue; // a pair that shares nothing is left out
      out.push({
        a: articles[a].id,
        b: articles[b].id,
        shareOfA: round(articles[a].words.length ? ofA / articles[a].words.length : 0),
        shareOfB: round(articles[b].words.length ? ofB / articles[b].words.length : 0),
        sharedWords: Math.min(ofA, ofB),
      });
    }
  }
  return out;
}
