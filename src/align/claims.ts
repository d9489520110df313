// Claims: sentences of different articles that report the same fact, grouped.
//
// 1. Each sentence becomes a unit: its content-word norms (a set) and its word sequence (for copied runs).
// 2. Terms are weighed by IDF over the story's sentences, so names every sentence carries count little.
// 3. Candidate pairs come from an inverted index over content terms. Short posting lists give all their
//    pairs; long ones (a term in more than LONG_POSTING sentences) only pair each sentence with its
//    neighbours in an order sorted by a MinHash of the sentences, so work grows near-linearly.
// 4. Each candidate pair is scored and classified (verbatim / near-verbatim / paraphrase / none).
// 5. Linked pairs are merged strongest first (union-find); a merge must keep one member per article
//    (unless an article repeats itself word for word) and the two groups must agree with each other.
// Nothing depends on the order of articles or sentences: ties break on article id and sentence text.
import type { ClaimKind, Token } from '../types.js';
import { contentNorms, wordNorms } from '../analyse/terms/index.js';
import { byCodePoint, hashString, mix, shingleHashes } from './hash.js';

export interface UnitInput {
  article: string;
  sentence: string;
  tokens: Token[];
}

interface Unit extends UnitInput {
  /** Position in the input list. */
  n: number;
  words: string[];
  sequenceKey: string;
  /** Sorted unique term ids of content words. */
  terms: number[];
  weight: number;
  /** Hashes of 5-word runs. */
  runs: number[];
  /** Sort key for deterministic tie-breaking that does not depend on input order. */
  key: string;
}

export type PairKind = Exclude<ClaimKind, 'exclusive'>;

export interface PairScore {
  kind: PairKind | null;
  /** 0..1: how alike the two sentences are. */
  score: number;
  /** IDF-weighted cosine of the content-word sets. */
  cosine: number;
  /** Share of the shorter sentence's words that lie in runs of ≥ RUN words copied from the other. */
  copied: number;
  /** Number of words of the shorter sentence in copied runs. */
  copiedWords: number;
  sharedTerms: number;
  /** Shared content terms that are not story-common (IDF above the story's "everywhere" level). */
  sharedRare: number;
  /** Of those, the ones that are not names (a fact shares more than who it is about). */
  sharedRareWords: number;
}

export interface ClaimGroup {
  members: number[];
  kind: PairKind | 'exclusive';
  score: number;
}

export interface ClaimStats {
  sentences: number;
  candidatePairs: number;
  linkedPairs: number;
}

/** Consecutive words that count as copied. */
export const RUN = 5;
/** Posting lists longer than this are paired by neighbourhood instead of all pairs. */
export const LONG_POSTING = 64;
/** Neighbours on each side within a long posting list. */
const WINDOW = 4;
/** Long-list terms used per sentence (its rarest ones). */
const LONG_TERMS_PER_UNIT = 6;

/** Decision rule, set on general grounds: copying is judged on runs of words, paraphrase on rare shared content words that are not only names. */
export const RULE = {
  /** Near-verbatim: at least this share of the shorter sentence is copied in long runs… */
  copiedShare: 0.4,
  /** …and at least this many words. */
  copiedWords: 8,
  /** Paraphrase: IDF-weighted cosine of content words at least this… */
  cosine: 0.34,
  /** …sharing at least this many content terms, of which this many are not story-common. */
  sharedTerms: 4,
  sharedRare: 2,
  /** Sentences whose shared rare terms are all names must be this alike… */
  namesOnlyCosine: 0.5,
  /** …and below this, they must share two rare terms that are not names. */
  firmCosine: 0.4,
  /** A copied run this long (a reused quotation, a wire phrase) links two sentences as paraphrases when… */
  longRun: 10,
  /** …their content words also agree this much. */
  longRunCosine: 0.2,
  /** A term in more than this share of the story's sentences is "story-common" (names, the topic). */
  commonShare: 0.08,
  /** Groups agree when their representatives' mean similarity reaches this. */
  agreement: 0.3,
};

export class ClaimIndex {
  readonly units: Unit[];
  private readonly idf: Float64Array;
  private readonly df: Int32Array;
  private readonly termNames: string[];
  private readonly commonDf: number;
  /** Terms written capitalised mid-sentence (names): sharing only those is not sharing a claim. */
  private readonly isName: Uint8Array;

  constructor(inputs: UnitInput[]) {
    const termIds = new Map<string, number>();
    const termNames: string[] = [];
    const rawTerms = inputs.map((input) => {
      const ids = new Set<number>();
      for (const norm of contentNorms(input.tokens)) {
        let id = termIds.get(norm);
        if (id === undefined) {
          id = termNames.length;
          termIds.set(norm, id);
          termNames.push(norm);
        }
        ids.add(id);
      }
      return [...ids].sort((a, b) => a - b);
    });
    this.termNames = termNames;
    const capitalised = new Int32Array(termNames.length);
    const seen = new Int32Array(termNames.length);
    for (const input of inputs) {
      input.tokens.forEach((token, i) => {
        if (token.stop || token.norm === '') return;
        const id = termIds.get(token.norm);
        if (id === undefined || i === 0) return;
        seen[id]++;
        if (/^\p{Lu}/u.test(token.text)) capitalised[id]++;
      });
    }
    this.isName = new Uint8Array(termNames.length);
    for (let t = 0; t < termNames.length; t++) this.isName[t] = seen[t] > 0 && capitalised[t] >= 0.8 * seen[t] ? 1 : 0;
    const df = new Int32Array(termNames.length);
    for (const terms of rawTerms) for (const t of terms) df[t]++;
    const total = inputs.length;
    const idf = new Float64Array(termNames.length);
    for (let t = 0; t < termNames.length; t++) idf[t] = Math.log((total + 1) / df[t]);
    this.idf = idf;
    this.df = df;
    this.commonDf = Math.max(2, RULE.commonShare * total);
    this.units = inputs.map((input, n) => {
      const words = wordNorms(input.tokens);
      const terms = rawTerms[n];
      let weight = 0;
      for (const t of terms) weight += idf[t];
      const sequenceKey = words.join(' ');
      return { ...input, n, words, sequenceKey, terms, weight, runs: shingleHashes(words, RUN), key: `${input.article}\u0000${sequenceKey}\u0000${input.sentence}` };
    });
  }

  /** Pairs worth scoring: sentences sharing a content term, near-linear in the story's size. */
  candidatePairs(): Array<[number, number]> {
    const postings: number[][] = this.termNames.map(() => []);
    // Units in key order so that posting lists do not depend on input order.
    const order = this.units.map((unit) => unit.n).sort((a, b) => byCodePoint(this.units[a].key, this.units[b].key));
    const longBudget = new Int32Array(this.units.length);
    for (const n of order) {
      const unit = this.units[n];
      const byRarity = [...unit.terms].sort((a, b) => this.df[a] - this.df[b] || byCodePoint(this.termNames[a], this.termNames[b]));
      for (const t of byRarity) {
        if (this.df[t] < 2) continue;
        if (this.df[t] > LONG_POSTING) {
          if (longBudget[n] >= LONG_TERMS_PER_UNIT) continue;
          longBudget[n]++;
        }
        postings[t].push(n);
      }
    }
    const seen = new Set<number>();
    const pairs: Array<[number, number]> = [];
    const size = this.units.length;
    const add = (a: number, b: number) => {
      if (a === b) return;
      const [x, y] = this.units[a].key < this.units[b].key ? [a, b] : [b, a];
      const code = x * size + y;
      if (seen.has(code)) return;
      seen.add(code);
      pairs.push([x, y]);
    };
    for (let t = 0; t < postings.length; t++) {
      const list = postings[t];
      if (list.length < 2) continue;
      if (list.length <= LONG_POSTING) {
        for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) add(list[i], list[j]);
        continue;
      }
      // Long list: sort by a MinHash of the content set (seeded by the term) so look-alikes sit together.
      const seed = hashString(this.termNames[t]);
      const signature = (n: number) => {
        let best = 0xffffffff;
        for (const u of this.units[n].terms) if (u !== t) best = Math.min(best, mix(hashString(this.termNames[u]), seed));
        return best;
      };
      const keyed = list.map((n) => ({ n, sig: signature(n) }));
      keyed.sort((a, b) => a.sig - b.sig || byCodePoint(this.units[a.n].key, this.units[b.n].key));
      for (let i = 0; i < keyed.length; i++) for (let j = i + 1; j <= i + WINDOW && j < keyed.length; j++) add(keyed[i].n, keyed[j].n);
    }
    return pairs;
  }

  /** How alike two sentences are, and whether (and how) they report the same thing. */
  compare(a: number, b: number): PairScore {
    const x = this.units[a];
    const y = this.units[b];
    let shared = 0;
    let sharedTerms = 0;
    let sharedRare = 0;
    let sharedRareWords = 0;
    for (let i = 0, j = 0; i < x.terms.length && j < y.terms.length;) {
      if (x.terms[i] === y.terms[j]) {
        const t = x.terms[i];
        shared += this.idf[t];
        sharedTerms++;
        if (this.df[t] <= this.commonDf) {
          sharedRare++;
          if (!this.isName[t]) sharedRareWords++;
        }
        i++;
        j++;
      } else if (x.terms[i] < y.terms[j]) i++;
      else j++;
    }
    const cosine = x.weight > 0 && y.weight > 0 ? shared / Math.sqrt(x.weight * y.weight) : 0;
    const [short, long] = x.words.length <= y.words.length ? [x, y] : [y, x];
    const copiedWords = copiedCount(short.runs, long.runs, short.words.length);
    const copied = short.words.length > 0 ? copiedWords / short.words.length : 0;
    const longCopied = copiedCount(long.runs, short.runs, long.words.length) / Math.max(1, long.words.length);
    let kind: PairKind | null = null;
    if (x.words.length > 0 && (x.sequenceKey === y.sequenceKey || (copied >= 0.9 && longCopied >= 0.9))) kind = 'verbatim';
    else if (copied >= RULE.copiedShare && copiedWords >= RULE.copiedWords) kind = 'near-verbatim';
    else if (cosine >= RULE.cosine && sharedTerms >= RULE.sharedTerms && sharedRare >= RULE.sharedRare
      && sharedRareWords >= (cosine >= RULE.namesOnlyCosine ? 0 : cosine >= RULE.firmCosine ? 1 : 2)) kind = 'paraphrase';
    else if (copiedWords >= RULE.longRun && cosine >= RULE.longRunCosine) kind = 'paraphrase';
    const score = kind === 'verbatim' ? 1 : Math.min(1, Math.max(cosine, (copied + longCopied) / 2));
    return { kind, score, cosine, copied, copiedWords, sharedTerms, sharedRare, sharedRareWords };
  }

  /** Group the units into claims. */
  group(): { groups: ClaimGroup[]; stats: ClaimStats } {
    const units = this.units;
    const candidates = this.candidatePairs();
    const edges: Array<{ a: number; b: number; score: number; kind: PairKind }> = [];
    for (const [a, b] of candidates) {
      const sameArticle = units[a].article === units[b].article;
      const pair = this.compare(a, b);
      if (!pair.kind) continue;
      if (sameArticle && pair.kind !== 'verbatim') continue;
      edges.push({ a, b, score: pair.score, kind: pair.kind });
    }
    edges.sort((p, q) => q.score - p.score || byCodePoint(units[p.a].key, units[q.a].key) || byCodePoint(units[p.b].key, units[q.b].key));

    const parent = units.map((unit) => unit.n);
    const members = units.map((unit) => [unit.n]);
    const articles = units.map((unit) => new Set([unit.article]));
    const treeKinds: Array<PairKind[]> = units.map(() => []);
    const treeScores: number[][] = units.map(() => []);
    const find = (n: number): number => {
      while (parent[n] !== n) {
        parent[n] = parent[parent[n]];
        n = parent[n];
      }
      return n;
    };
    for (const edge of edges) {
      const ra = find(edge.a);
      const rb = find(edge.b);
      if (ra === rb) continue;
      const sameArticleRepeat = units[edge.a].article === units[edge.b].article;
      if (!sameArticleRepeat) {
        const [small, big] = articles[ra].size <= articles[rb].size ? [articles[ra], articles[rb]] : [articles[rb], articles[ra]];
        let conflict = false;
        for (const article of small) if (big.has(article)) conflict = true;
        if (conflict) continue;
        if (!this.agree(members[ra], members[rb])) continue;
      }
      const [keep, gone] = members[ra].length >= members[rb].length ? [ra, rb] : [rb, ra];
      parent[gone] = keep;
      for (const m of members[gone]) members[keep].push(m);
      for (const article of articles[gone]) articles[keep].add(article);
      treeKinds[keep].push(...treeKinds[gone], edge.kind);
      treeScores[keep].push(...treeScores[gone], edge.score);
      members[gone] = [];
    }
    const groups: ClaimGroup[] = [];
    for (const unit of units) {
      if (find(unit.n) !== unit.n) continue;
      const list = members[unit.n];
      const carried = articles[unit.n].size;
      const kinds = treeKinds[unit.n];
      const kind: ClaimGroup['kind'] = carried < 2 ? 'exclusive'
        : kinds.includes('paraphrase') ? 'paraphrase' : kinds.includes('near-verbatim') ? 'near-verbatim' : 'verbatim';
      const scores = treeScores[unit.n];
      const score = carried < 2 ? 1 : scores.reduce((s, v) => s + v, 0) / scores.length;
      groups.push({ members: list, kind, score: Math.round(score * 1000) / 1000 });
    }
    return { groups, stats: { sentences: units.length, candidatePairs: candidates.length, linkedPairs: edges.length } };
  }

  /** Two groups agree when their first members (the strongest-linked ones) are alike on average. */
  private agree(x: number[], y: number[]): boolean {
    if (x.length === 1 && y.length === 1) return true;
    let sum = 0;
    let count = 0;
    for (const a of x.slice(0, 3)) {
      for (const b of y.slice(0, 3)) {
        const pair = this.compare(a, b);
        sum += pair.kind ? Math.max(pair.score, RULE.agreement) : pair.score;
        count++;
      }
    }
    return count === 0 || sum / count >= RULE.agreement;
  }
}

/** Words of `words` (length `length`, run hashes `own`) lying in a run of RUN words also found in `other`. */
function copiedCount(own: number[], other: number[], length: number): number {
  if (own.length === 0 || other.length === 0) return 0;
  const set = new Set(other);
  let covered = 0;
  let coveredUntil = 0;
  for (let i = 0; i < own.length; i++) {
    if (!set.has(own[i])) continue;
    const from = Math.max(i, coveredUntil);
    const to = Math.min(length, i + RUN);
    if (to > from) covered += to - from;
    coveredUntil = Math.max(coveredUntil, to);
  }
  return covered;
}
