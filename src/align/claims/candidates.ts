// Candidates: the pairs of sentences worth scoring, near-linear in the story's size.
//
// Two sentences can only be linked if they share a content term or a copied run (see ./decide.ts: without
// a shared term the likelihood cannot reach the bar). An inverted index over terms gives those pairs. A term
// in more than LONG_POSTING sentences (the story's main names and topic, in a story of many articles) would
// give too many: there each sentence posts only its rarest such terms, and is paired with its neighbours in
// an order of the list sorted by a MinHash of the sentences' terms, so look-alikes sit together.
import { byCodePoint, hashString, mix } from '../hash.js';
import type { StoryUnits } from './units.js';

/** Posting lists longer than this are paired by neighbourhood instead of all pairs. */
export const LONG_POSTING = 64;
/** Neighbours on each side within a long posting list. */
const WINDOW = 4;
/** Long-list terms posted per sentence (its rarest ones). */
const LONG_TERMS_PER_UNIT = 6;

/** Pairs [a, b] of units of different articles, a of lower rank, each once, in a deterministic order. */
export function candidatePairs({ units, terms }: StoryUnits): Array<[number, number]> {
  const order = units.map((unit) => unit.n).sort((a, b) => units[a].rank - units[b].rank);
  const postings: number[][] = terms.names.map(() => []);
  for (const n of order) for (const t of postedTerms(units[n].terms, terms.df, terms.names)) postings[t].push(n);
  const partners = units.map(() => new Set<number>());
  const pair = (a: number, b: number) => {
    if (units[a].article === units[b].article) return;
    if (units[a].rank < units[b].rank) partners[a].add(b);
    else partners[b].add(a);
  };
  postings.forEach((list, t) => {
    if (list.length <= LONG_POSTING) {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pair(list[i], list[j]);
      return;
    }
    const seed = hashString(terms.names[t]);
    const signature = (n: number) => Math.min(...units[n].terms.filter((u) => u !== t).map((u) => mix(hashString(terms.names[u]), seed)));
    const sorted = list.map((n) => ({ n, sig: signature(n) })).sort((x, y) => x.sig - y.sig || units[x.n].rank - units[y.n].rank);
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j <= i + WINDOW && j < sorted.length; j++) pair(sorted[i].n, sorted[j].n);
  });
  return order.flatMap((a) => [...partners[a]].sort((x, y) => units[x].rank - units[y].rank).map((b): [number, number] => [a, b]));
}

/** A sentence's terms found in other sentences: all those of short lists, and its rarest of the long ones. */
function postedTerms(unitTerms: number[], df: Int32Array, names: string[]): number[] {
  const shared = unitTerms.filter((t) => df[t] >= 2);
  const long = shared.filter((t) => df[t] > LONG_POSTING).sort((a, b) => df[a] - df[b] || byCodePoint(names[a], names[b]));
  return [...shared.filter((t) => df[t] <= LONG_POSTING), ...long.slice(0, LONG_TERMS_PER_UNIT)];
}
