// Word-for-word sharing between every pair of articles: words in runs of ≥ RUN consecutive normalised
// words that the other article also has. Runs are found by hashing every RUN-word shingle once and
// indexing shingle → articles, so the cost follows the amount actually shared, not articles² × length.
import type { Overlap } from '../types.js';
import { RUN } from './claims.js';
import { shingleHashes } from './hash.js';

export interface OverlapInput {
  id: string;
  /** The article's normalised words in reading order (all sentences). */
  words: string[];
}

/** Every pair of articles (in input order) that shares at least one run; pairs sharing nothing are left out. */
export function articleOverlap(articles: OverlapInput[]): Overlap[] {
  const count = articles.length;
  const shingles = articles.map((article) => shingleHashes(article.words, RUN));
  const index = new Map<number, number[]>();
  shingles.forEach((list, a) => {
    for (const h of list) {
      const holders = index.get(h);
      if (!holders) index.set(h, [a]);
      else if (holders[holders.length - 1] !== a) holders.push(a);
    }
  });
  // covered[a * count + b] = words of a in runs shared with b.
  const covered = new Float64Array(count * count);
  const coveredUntil = new Int32Array(count);
  for (let a = 0; a < count; a++) {
    coveredUntil.fill(0);
    const length = articles[a].words.length;
    shingles[a].forEach((h, i) => {
      for (const b of index.get(h) ?? []) {
        if (b === a) continue;
        const from = Math.max(i, coveredUntil[b]);
        const to = Math.min(length, i + RUN);
        if (to > from) covered[a * count + b] += to - from;
        if (to > coveredUntil[b]) coveredUntil[b] = to;
      }
    });
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
