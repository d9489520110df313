// The two-outlet view: any two articles side by side, each in its own order, a sentence and its counterpart
// on one row wherever the two orders allow (the longest run of claims both tell in the same order, as
// Juxta lines up two witnesses); a counterpart told elsewhere is linked instead.
import type { ArticleView, ClaimView, StoryView } from './model.js';
import type { Place } from './place.js';

/** Up to this many articles a story has a page per pair (n(n−1)/2 pages: 28 for 8). */
export const PAIR_PAGES_MAX = 8;

export interface PairSentence {
  /** The anchor on the pair page: "a-s3" or "b-s7". */
  anchor: string;
  text: string;
  place: Place;
  claim: ClaimView;
  /** The article page's sentence, relative to the story folder. */
  href: string;
  /** The other article's copy of the claim where it is not on this row, as an anchor on the pair page. */
  elsewhere?: { anchor: string; label: string };
}

export interface PairRow {
  a?: PairSentence;
  b?: PairSentence;
  /** Both sides carry the row's claim. */
  matched: boolean;
}

export interface PairView {
  a: ArticleView;
  b: ArticleView;
  /** Relative to the story folder. */
  href: string;
  rows: PairRow[];
  /** Claims both carry. */
  shared: number;
}

/** The file of a pair's page, relative to the story folder: the two ids in article order. */
export function pairHref(a: ArticleView, b: ArticleView): string {
  return `pairs/${a.id}--${b.id}.html`;
}

/** Every pair of articles, in article order (a before b). */
export function articlePairs(view: StoryView): Array<[ArticleView, ArticleView]> {
  if (view.articles.length > PAIR_PAGES_MAX) return [];
  const pairs: Array<[ArticleView, ArticleView]> = [];
  view.articles.forEach((a, i) => {
    for (const b of view.articles.slice(i + 1)) pairs.push([a, b]);
  });
  return pairs;
}

/**
 * One article's sentences in reading order, each once, with the claim the story's pages link it to (a
 * sentence in two claims is shown at the first; one an editor hid is left out, as everywhere).
 */
function sentencesOf(view: StoryView, article: ArticleView, side: 'a' | 'b'): PairSentence[] {
  const sentences = view.story.articles.find((a) => a.id === article.id)?.sentences ?? [];
  const out: PairSentence[] = [];
  for (const sentence of sentences) {
    const claim = view.claimOf.get(`${article.id}/${sentence.id}`);
    const version = claim?.versions.find((v) => v.article.id === article.id && v.sentence.id === sentence.id);
    if (!claim || !version) continue;
    out.push({ anchor: `${side}-${sentence.id}`, text: sentence.text, place: version.place, claim, href: version.href });
  }
  return out;
}

/** The longest common subsequence of two lists of keys (empty keys never match), as index pairs in order. */
export function commonRun(x: string[], y: string[]): Array<[number, number]> {
  const table: Uint32Array[] = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i][j] = x[i] !== '' && x[i] === y[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] !== '' && x[i] === y[j]) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

export function buildPairView(view: StoryView, a: ArticleView, b: ArticleView): PairView {
  const left = sentencesOf(view, a, 'a');
  const right = sentencesOf(view, b, 'b');
  const inB = new Set(right.map((s) => s.claim.id));
  const inA = new Set(left.map((s) => s.claim.id));
  const key = (s: PairSentence, other: Set<string>) => (s.claim.carriers > 1 && other.has(s.claim.id) ? s.claim.id : '');
  const matches = commonRun(
    left.map((s) => key(s, inB)),
    right.map((s) => key(s, inA)),
  );
  const rows: PairRow[] = [];
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...matches, [left.length, right.length] as [number, number]]) {
    // Between two shared claims, what each tells alone, side by side in each one's order.
    while (i < mi || j < mj) rows.push({ a: i < mi ? left[i++] : undefined, b: j < mj ? right[j++] : undefined, matched: false });
    if (mi < left.length && mj < right.length) rows.push({ a: left[i++], b: right[j++], matched: true });
  }
  // A counterpart not on the same row is linked: the first copy of the claim on the other side.
  const firstA = new Map<string, PairSentence>();
  const firstB = new Map<string, PairSentence>();
  for (const s of left) if (!firstA.has(s.claim.id)) firstA.set(s.claim.id, s);
  for (const s of right) if (!firstB.has(s.claim.id)) firstB.set(s.claim.id, s);
  for (const row of rows) {
    if (row.matched) continue;
    const inOther = row.a && row.a.claim.carriers > 1 ? firstB.get(row.a.claim.id) : undefined;
    if (row.a && inOther) row.a.elsewhere = { anchor: inOther.anchor, label: `${b.name}, ${inOther.place.label}` };
    const inThis = row.b && row.b.claim.carriers > 1 ? firstA.get(row.b.claim.id) : undefined;
    if (row.b && inThis) row.b.elsewhere = { anchor: inThis.anchor, label: `${a.name}, ${inThis.place.label}` };
  }
  const shared = new Set(left.filter((s) => inB.has(s.claim.id) && s.claim.carriers > 1).map((s) => s.claim.id)).size;
  return { a, b, href: pairHref(a, b), rows, shared };
}
