// Word likeness within one story: which of the story's terms mean nearly the same as a given term.
//
// Raw vector cosine over-rates frequent words, which sit close to many others; a word's nearest neighbours
// in the vector table are its near-synonyms and inflections, so two terms count as alike only when one is
// among the other's nearest neighbours (see word-vectors.ts), and then by their cosine.
import { rowNeighbours, rowSimilarity } from './word-vectors.js';
import type { Terms } from './units.js';

/** Two different words count as alike when their vectors' cosine reaches this (and they are neighbours). */
export const WORD_LIKENESS = 0.55;

export interface Partner {
  term: number;
  similarity: number;
}

/** The story's terms alike to each term, found on first use and kept for the story. */
export class WordLikeness {
  private readonly partners = new Map<number, Partner[]>();
  private byRow: Map<number, number[]> | undefined;
  private listedBy: Map<number, number[]> | undefined;

  constructor(private readonly terms: Terms) {}

  /** Terms other than `t` alike to it, most alike first (ties by id). */
  of(t: number): Partner[] {
    let found = this.partners.get(t);
    if (found === undefined) {
      found = this.find(t);
      this.partners.set(t, found);
    }
    return found;
  }

  private find(t: number): Partner[] {
    const row = this.terms.rows[t];
    if (row < 0) return [];
    const { byRow, listedBy } = this.index();
    const rows = new Set<number>([row, ...rowNeighbours(this.terms.vectors, row), ...(listedBy.get(row) ?? [])]);
    const out: Partner[] = [];
    for (const near of rows) {
      const similarity = near === row ? 1 : rowSimilarity(this.terms.vectors, row, near);
      if (similarity < WORD_LIKENESS) continue;
      for (const term of byRow.get(near) ?? []) if (term !== t) out.push({ term, similarity });
    }
    return out.sort((x, y) => y.similarity - x.similarity || x.term - y.term);
  }

  /** The story's terms by vector row, and the story's rows that list each row among their neighbours. */
  private index(): { byRow: Map<number, number[]>; listedBy: Map<number, number[]> } {
    if (this.byRow === undefined || this.listedBy === undefined) {
      const byRow = new Map<number, number[]>();
      this.terms.rows.forEach((row, t) => {
        if (row >= 0) byRow.set(row, [...(byRow.get(row) ?? []), t]);
      });
      const listedBy = new Map<number, number[]>();
      for (const row of byRow.keys()) {
        for (const near of rowNeighbours(this.terms.vectors, row))
          if (byRow.has(near)) listedBy.set(near, [...(listedBy.get(near) ?? []), row]);
      }
      this.byRow = byRow;
      this.listedBy = listedBy;
    }
    return { byRow: this.byRow, listedBy: this.listedBy };
  }
}
