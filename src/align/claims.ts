// Claims: sentences of different articles that report the same fact, grouped.
//
// 1. Each sentence becomes a unit: its content-word keys (a set), its clauses, and its word sequence (for
//    copied runs). Keys are the token norms put through the name key, so that a word an outlet's style
//    capitalises ("Foreign Ministry", "Western Syria") meets the same word written in lower case. A sentence
//    whose subject is a pronoun ("He is now in talks with …") also holds its referent's name ("Kerry"; see
//    analyse/speakers/referents.ts) for scoring, though not for proposing candidates or counting frequencies.
// 2. Terms are weighed by IDF over the story's sentences, so names every sentence carries count little.
// 3. Candidate pairs come from an inverted index over content terms. Short posting lists give all their
//    pairs; long ones (a term in more than LONG_POSTING sentences) only pair each sentence with its
//    neighbours in an order sorted by a MinHash of the sentences, so work grows near-linearly.
// 4. Each candidate pair is scored and classified (verbatim / near-verbatim / paraphrase / none). Paraphrase
//    is judged on a soft cosine: content words that are not the same word but mean nearly the same
//    ("conflict"/"war", "meeting"/"conference", by general-purpose word vectors) count in part. It is judged
//    on the whole sentences and on their clauses, since a sentence often carries two facts ("X, while Y")
//    and another article may report only one of them.
// 5. Linked pairs are merged strongest first (union-find); a merge must keep one member per article
//    (unless an article repeats itself word for word) and the two groups must agree with each other.
// Nothing depends on the order of articles or sentences: ties break on article id and sentence text.
import type { ClaimKind, Token } from '../types.js';
import { wordNorms } from '../analyse/terms/index.js';
import { nameKey } from '../analyse/terms/fold.js';
import { NEIGHBOURS, rowNeighbours, rowSimilarity, rowsNeighbour, vectorRow } from '../analyse/terms/vectors.js';
import { byCodePoint, HashSlots, hashString, mix, shingleHashes } from './hash.js';

export interface UnitInput {
  article: string;
  sentence: string;
  tokens: Token[];
  /** The sentence's word norms (wordNorms(tokens)), where the caller has them already. */
  words?: string[];
  /**
   * Matching keys (token norms) of what the sentence's pronoun subject stands for ("He is now in talks …" after
   * "John Kerry is in Moscow …": ["keri"]); see analyse/speakers/referents.ts. Matched on, never shown.
   */
  referent?: string[];
  /** Matching keys of the names that are subjects of its clauses, other than of a verb of saying. */
  subjects?: string[];
}

interface Unit {
  /** Position in the input list. */
  n: number;
  article: string;
  /** The article's number (by first appearance among the inputs): compared instead of the id. */
  articleNumber: number;
  /** Matching keys of the sentence's words, in reading order. */
  words: string[];
  sequenceKey: string;
  /** Sorted unique term ids of content words (with the pronoun subject's referent, see UnitInput.referent). */
  terms: number[];
  /** Term ids of the referent added to `terms`, sorted. */
  referentTerms: number[];
  /** Term ids of the sentence's actors: the referent and the named subjects (see UnitInput.subjects). */
  actorTerms: number[];
  weight: number;
  /** The sentence's clauses (see splitClauses), as sorted term ids with their weights; empty for one clause. */
  clauses: Array<{ terms: number[]; weight: number }>;
  /** Hashes of 5-word runs, in reading order. */
  runs: Uint32Array;
  /**
   * Those runs another sentence of the story also has, sorted (for look-ups by binary search): a run one
   * sentence copies from another is in both sentences' lists.
   */
  sharedRuns: Uint32Array;
  /** The same runs as numbers (dense, one per distinct run of the story), for marking. */
  sharedRunSlots: Int32Array;
  /** One bit (of 32) per shared run, chosen by its hash: two sentences whose masks do not meet share no run. */
  sharedRunMask: number;
  /** Rank in the order of `key` (an integer stand-in for comparing keys). */
  rank: number;
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
  /** Different words matched through their vectors (counted in the cosine only). */
  softMatches: number;
  /** The paraphrase was found between a clause of each sentence rather than the whole sentences. */
  clause: boolean;
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
  /** Paraphrase: IDF-weighted (soft) cosine of content words at least this… */
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
  /**
   * Two different words count as a partial match when their vectors' cosine reaches this. In GloVe-style
   * vectors 0.6 keeps near-synonyms and inflections ("implement"/"implementation" 0.79, "conference"/
   * "meeting" 0.86, "conflict"/"war" 0.77) and drops loosely related words ("visit"/"talk" 0.50).
   */
  softSimilarity: 0.6,
  /**
   * A partial match is worth this share of an exact one (times the similarity). Vectors also make co-hyponyms
   * and opposites alike ("killed"/"wounded", "north"/"south"), so a soft match never weighs as much as the
   * same word, and the rule's counts of shared terms take exact matches only (see compare).
   */
  softWeight: 1,
  /**
   * Words ranked below this in general frequency (the vector table lists words commonest first) are light
   * in meaning and sit in crowded neighbourhoods ("see"/"know", "year"/"end", "take"/"return"): a match
   * between two of them refines the cosine but is no evidence that a pair sharing names shares a fact.
   * "conflict"/"war" (ranks 1202/118) and "outcome"/"result" count.
   */
  specificRank: 1000,
  /** A clause needs this many content terms to be scored on its own (shorter ones join a neighbour). */
  clauseTerms: 3,
};

/** Words that begin a clause of their own: contrast and concession ("X, but Y", "X while Y", "X; Y"). */
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though']);
/** The same words opening a sentence put the break at the first comma ("While X, Y"). */
const FRONTED_CLAUSE_WORDS = new Set(['while', 'whereas', 'although', 'though']);
/**
 * Words whose vectors sit close to words of different meaning, so that they must match exactly: numbers
 * ("two" and "three" are 0.98 alike, yet a different count is a different fact), and ordinals.
 */
const EXACT_ONLY = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'first', 'second',
  'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'half', 'twice', 'once',
]);

const NO_RUNS = new Uint32Array(0);
const NO_SLOTS = new Int32Array(0);

const isWordLike = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** The terms one term may match softly, with their similarities (see ClaimIndex.softPartners). */
interface SoftPartners {
  terms: number[];
  sims: number[];
}

const NO_PARTNERS: SoftPartners = { terms: [], sims: [] };

/** Soft matches between the terms of two sentences (u of one, v of the other), in reusable arrays. */
class SoftMatches {
  count = 0;
  u = new Int32Array(16);
  v = new Int32Array(16);
  sim = new Float64Array(16);

  add(u: number, v: number, sim: number): void {
    if (this.count === this.u.length) {
      const [u, v, sim] = [this.u, this.v, this.sim];
      this.u = new Int32Array(u.length * 2);
      this.v = new Int32Array(v.length * 2);
      this.sim = new Float64Array(sim.length * 2);
      this.u.set(u);
      this.v.set(v);
      this.sim.set(sim);
    }
    this.u[this.count] = u;
    this.v[this.count] = v;
    this.sim[this.count] = sim;
    this.count++;
  }

  /** Most similar first, then by u and v (an insertion sort: a pair of sentences has a few matches). */
  sortBySimilarity(): void {
    const { u, v, sim } = this;
    for (let i = 1; i < this.count; i++) {
      const iu = u[i];
      const iv = v[i];
      const isim = sim[i];
      let j = i - 1;
      while (j >= 0 && (sim[j] < isim || (sim[j] === isim && (u[j] > iu || (u[j] === iu && v[j] > iv))))) {
        u[j + 1] = u[j];
        v[j + 1] = v[j];
        sim[j + 1] = sim[j];
        j--;
      }
      u[j + 1] = iu;
      v[j + 1] = iv;
      sim[j + 1] = isim;
    }
  }
}

/** The story's terms by vector row (see ClaimIndex.softPartners). */
interface RowIndex {
  /** By row (up to the largest the story has): its number among the story's rows, or -1. */
  slot: Int32Array;
  /** By that number: the terms with the row. */
  terms: number[][];
  /** By that number: the row. */
  rows: number[];
  /** By that number: the rows that list the row among their nearest neighbours, as [their number, rank in their list, …]. */
  listedBy: number[][];
}

/**
 * rowSimilarity of each vector row with its k-th nearest neighbour (at row × NEIGHBOURS + k; NaN until first
 * asked), kept for the process: it depends on the vectors only, and the same words recur from story to story.
 */
let neighbourSimilarities = new Float64Array(0);

function neighbourSimilarity(row: number, k: number, near: number): number {
  const at = row * NEIGHBOURS + k;
  if (at >= neighbourSimilarities.length) {
    const grown = new Float64Array(Math.max((row + 1) * NEIGHBOURS, 2 * neighbourSimilarities.length)).fill(NaN);
    grown.set(neighbourSimilarities);
    neighbourSimilarities = grown;
  }
  let sim = neighbourSimilarities[at];
  if (Number.isNaN(sim)) {
    // The dot product sums exact integer products, so the similarity is the same either way round.
    sim = rowSimilarity(row, near);
    neighbourSimilarities[at] = sim;
  }
  return sim;
}

/** Overlap of two bags of terms: the counts the rule reads. */
interface Overlap {
  /** Soft cosine: exact shared terms plus vector matches. */
  cosine: number;
  /**
   * Cosine of the exact shared terms and of the firmer vector matches: forms of one word ("meet"/"meeting")
   * and pairs in which one word is not among the commonest of the language (see RULE.specificRank).
   */
  exactCosine: number;
  sharedTerms: number;
  sharedRare: number;
  sharedRareWords: number;
  /** Shared terms that are not names (of any frequency). */
  sharedWords: number;
  /** Pairs of different words matched through their vectors. */
  softMatches: number;
}

export class ClaimIndex {
  readonly units: Unit[];
  private readonly idf: Float64Array;
  private readonly df: Int32Array;
  private readonly termNames: string[];
  private readonly commonDf: number;
  /** Terms written capitalised mid-sentence (names): sharing only those is not sharing a claim. */
  private readonly isName: Uint8Array;

  /** Vector row of each term, or -1 (names, numbers, unknown words: those match exactly or not at all). */
  private readonly rows: Int32Array;
  /** The word each term's vector was looked up by. */
  private readonly lemmas: string[];
  /** Scratch buffers of overlap(): the terms of each side the other lacks. */
  private xLeft = new Int32Array(64);
  private yLeft = new Int32Array(64);
  /** Per term, the terms it may match softly (filled on first use; see softPartners). */
  private readonly partners: Array<SoftPartners | undefined> = [];
  /** Scratch list of overlap(): the soft matches found between two sentences. */
  private readonly found = new SoftMatches();
  private rowIndex: RowIndex | undefined;
  /** Marks of the terms softPartners() has considered, by a stamp that changes with every call. */
  private partnerMarks = new Int32Array(0);
  private partnerStamp = 0;
  /** Marks of the other side's terms in overlap(), by a stamp that changes with every call. */
  private marks = new Int32Array(0);
  private stamp = 0;
  /** hashString of each term's name (for the MinHash signatures). */
  private termHashes: Uint32Array | undefined;
  /** How many distinct runs the story's sentences have (the range of Unit.sharedRunSlots). */
  private readonly runCount: number;

  constructor(inputs: UnitInput[]) {
    const termIds = new Map<string, number>();
    const termNames: string[] = [];
    const keys = new Map<string, string>();
    const keyOf = (norm: string) => {
      let key = keys.get(norm);
      if (key === undefined) {
        key = nameKey(norm);
        keys.set(norm, key);
      }
      return key;
    };
    const idOf = (key: string) => {
      let id = termIds.get(key);
      if (id === undefined) {
        id = termNames.length;
        termIds.set(key, id);
        termNames.push(key);
      }
      return id;
    };
    // The term of a content word's norm, or -1 for a norm that is not a word; looked up once per norm. Ids are
    // given in order of first use, which fixes the order terms are summed in.
    const termOfNorm = new Map<string, number>();
    const termOf = (norm: string) => {
      let id = termOfNorm.get(norm);
      if (id === undefined) {
        id = norm !== '' && isWordLike(norm) ? idOf(keyOf(norm)) : -1;
        termOfNorm.set(norm, id);
      }
      return id;
    };
    // The word a term's vector is looked up by: its norm as written in lower case where it ever is.
    const lemmas: string[] = [];
    const capitalLemmas: string[] = [];
    const capitalisedCount: number[] = [];
    const seenCount: number[] = [];
    const rawClauses = inputs.map((input) => {
      // Content terms by clause, in reading order.
      const tokens = input.tokens;
      const clauses: number[][] = [[]];
      let awaitingComma = tokens.length > 0 && FRONTED_CLAUSE_WORDS.has(tokens[0].text.toLowerCase());
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (awaitingComma && token.text === ',') {
          awaitingComma = false;
          clauses.push([]);
          continue;
        }
        if (token.text === ';' || (i > 0 && isClauseWord(token.text))) {
          clauses.push([]);
          continue;
        }
        if (token.stop) continue;
        const id = termOf(token.norm);
        if (id < 0) continue;
        clauses[clauses.length - 1].push(id);
        // The smallest norm (so that input order does not matter), lower-case occurrences first.
        const capitalised = startsUpperCase(token.text);
        const slot = capitalised ? capitalLemmas : lemmas;
        if (slot[id] === undefined || byCodePoint(token.norm, slot[id]) < 0) slot[id] = token.norm;
        if (i === 0) continue;
        // Terms written capitalised mid-sentence are names.
        seenCount[id] = (seenCount[id] ?? 0) + 1;
        if (capitalised) capitalisedCount[id] = (capitalisedCount[id] ?? 0) + 1;
      }
      return clauses;
    });
    const rawTerms = rawClauses.map((clauses) => sortedUnique(clauses.length === 1 ? clauses[0] : clauses.flat()));
    // A pronoun subject's referent: its terms join the sentence's (and its first clause's, where the pronoun
    // stands) for matching, but not the counts of how many sentences hold a term.
    const termsOfNorms = (norms: string[] | undefined): number[] =>
      norms === undefined || norms.length === 0 ? [] : norms.map((norm) => termIds.get(keyOf(norm))).filter((t): t is number => t !== undefined);
    const referents = inputs.map((input) => termsOfNorms(input.referent));
    this.termNames = termNames;
    this.isName = new Uint8Array(termNames.length);
    for (let t = 0; t < termNames.length; t++) {
      const seen = seenCount[t] ?? 0;
      this.isName[t] = seen > 0 && (capitalisedCount[t] ?? 0) >= 0.8 * seen ? 1 : 0;
    }
    const df = new Int32Array(termNames.length);
    for (const terms of rawTerms) for (const t of terms) df[t]++;
    const total = inputs.length;
    const idf = new Float64Array(termNames.length);
    for (let t = 0; t < termNames.length; t++) idf[t] = Math.log((total + 1) / df[t]);
    this.idf = idf;
    this.df = df;
    this.commonDf = Math.max(2, RULE.commonShare * total);
    this.rows = new Int32Array(termNames.length).fill(-1);
    this.marks = new Int32Array(termNames.length);
    this.lemmas = termNames.map((name, t) => lemmas[t] ?? capitalLemmas[t] ?? name);
    for (let t = 0; t < termNames.length; t++) {
      const lemma = this.lemmas[t];
      if (this.isName[t] || EXACT_ONLY.has(lemma) || !/^\p{L}+$/u.test(lemma)) continue;
      this.rows[t] = vectorRow(lemma);
    }
    const articleNumbers = new Map<string, number>();
    let previousNumber = 0;
    const weigh = (terms: number[]) => {
      let sum = 0;
      for (const t of terms) sum += idf[t];
      return sum;
    };
    this.units = inputs.map((input, n): Unit => {
      const words = (input.words ?? wordNorms(input.tokens)).map(keyOf);
      let terms = rawTerms[n];
      let referent = referents[n];
      if (referent.length > 0) {
        referent = referent.filter((t) => df[t] > 0 && !rawTerms[n].includes(t));
        if (referent.length > 0) {
          terms = sortedUnique([...rawTerms[n], ...referent]);
          if (rawClauses[n].length > 0) rawClauses[n][0].unshift(...referent);
          referent.sort((a, b) => a - b);
        }
      }
      const subjects = termsOfNorms(input.subjects);
      const sequenceKey = words.join(' ');
      const runs = shingleHashes(words, RUN);
      // A sentence of one clause is scored as a whole only.
      const merged = rawClauses[n].length > 1 ? mergeShortClauses(rawClauses[n]) : [];
      const clauses = merged.length > 1 ? merged.map((list) => {
        const unique = sortedUnique(list);
        return { terms: unique, weight: weigh(unique) };
      }) : [];
      // An article's sentences mostly come one after another.
      let articleNumber = n > 0 && inputs[n - 1].article === input.article ? previousNumber : articleNumbers.get(input.article);
      if (articleNumber === undefined) articleNumbers.set(input.article, (articleNumber = articleNumbers.size));
      previousNumber = articleNumber;
      return {
        n, article: input.article, articleNumber, words, sequenceKey, terms, referentTerms: referent,
        actorTerms: referent.length > 0 || subjects.length > 0 ? [...referent, ...subjects] : referent, weight: weigh(terms), clauses,
        runs, sharedRuns: NO_RUNS, sharedRunSlots: NO_SLOTS, sharedRunMask: 0, rank: 0, key: `${input.article}\u0000${sequenceKey}\u0000${input.sentence}`,
      };
    });
    const byKey = this.units.map((unit) => unit.n).sort((a, b) => byCodePoint(this.units[a].key, this.units[b].key));
    byKey.forEach((n, rank) => (this.units[n].rank = rank));
    this.runCount = markSharedRuns(this.units);
  }

  /**
   * Pairs worth scoring: sentences sharing a content term, near-linear in the story's size. Each pair once, the
   * unit of lower key first, as consecutive entries: [a1, b1, a2, b2, …].
   */
  candidatePairs(): number[] {
    const df = this.df;
    const units = this.units;
    const postings: number[][] = this.termNames.map(() => []);
    /** By unit: the terms whose posting lists hold it. */
    const posted: number[][] = [];
    // Units in key order so that posting lists do not depend on input order.
    const order: number[] = [];
    for (const unit of units) order[unit.rank] = unit.n;
    for (const n of order) {
      const unit = units[n];
      const terms: number[] = [];
      let common: number[] | undefined;
      for (const t of unit.terms) {
        // The sentence's own words only: a referent helps score a pair, it does not propose one.
        if (df[t] < 2 || (unit.referentTerms.length > 0 && unit.referentTerms.includes(t))) continue;
        if (df[t] > LONG_POSTING) (common ??= []).push(t);
        else terms.push(t);
      }
      // In long lists, only the sentence's rarest terms.
      if (common !== undefined && common.length > LONG_TERMS_PER_UNIT) {
        common.sort((a, b) => df[a] - df[b] || byCodePoint(this.termNames[a], this.termNames[b]));
        common.length = LONG_TERMS_PER_UNIT;
      }
      if (common !== undefined) terms.push(...common);
      for (const t of terms) postings[t].push(n);
      posted[n] = terms;
    }
    // Long lists: each unit's neighbours in an order sorted by a MinHash of the content set (seeded by the
    // term), so look-alikes sit together. By the unit of lower key.
    const windowed: Array<number[] | undefined> = [];
    for (let t = 0; t < postings.length; t++) {
      const list = postings[t];
      if (list.length <= LONG_POSTING) continue;
      const termHashes = (this.termHashes ??= Uint32Array.from(this.termNames, (name) => hashString(name)));
      const seed = termHashes[t];
      const signature = (n: number) => {
        let best = 0xffffffff;
        for (const u of units[n].terms) if (u !== t && !units[n].referentTerms.includes(u)) best = Math.min(best, mix(termHashes[u], seed));
        return best;
      };
      const keyed = list.map((n) => ({ n, sig: signature(n) }));
      keyed.sort((a, b) => a.sig - b.sig || units[a.n].rank - units[b.n].rank);
      for (let i = 0; i < keyed.length; i++) {
        for (let j = i + 1; j <= i + WINDOW && j < keyed.length; j++) {
          const [x, y] = units[keyed[i].n].rank < units[keyed[j].n].rank ? [keyed[i].n, keyed[j].n] : [keyed[j].n, keyed[i].n];
          (windowed[x] ??= []).push(y);
        }
      }
    }
    // Short lists give all their pairs. Units come in key order, as they were posted, so each unit's later
    // partners in a list are the entries after it (`next` counts the entries passed).
    const next = new Int32Array(postings.length);
    const pairedWith = new Int32Array(units.length).fill(-1);
    const pairs: number[] = [];
    for (const x of order) {
      pairedWith[x] = x;
      for (const t of posted[x]) {
        const list = postings[t];
        const from = ++next[t];
        if (list.length > LONG_POSTING) continue;
        for (let k = from; k < list.length; k++) {
          const y = list[k];
          if (pairedWith[y] === x) continue;
          pairedWith[y] = x;
          pairs.push(x, y);
        }
      }
      for (const y of windowed[x] ?? []) {
        if (pairedWith[y] === x) continue;
        pairedWith[y] = x;
        pairs.push(x, y);
      }
    }
    return pairs;
  }

  /** How alike two sentences are, and whether (and how) they report the same thing. */
  compare(a: number, b: number): PairScore {
    const x = this.units[a];
    const y = this.units[b];
    const whole = this.overlap(x.terms, x.weight, y.terms, y.weight);
    const [short, long] = x.words.length <= y.words.length ? [x, y] : [y, x];
    // Runs of one sentence found in another are shared runs of both (a sentence compared with itself has them all).
    const [shortRuns, longRuns] = a === b ? [x.runs.slice().sort(), x.runs.slice().sort()] : [short.sharedRuns, long.sharedRuns];
    const copiedWords = copiedCount(short.runs, longRuns, short.words.length);
    const copied = short.words.length > 0 ? copiedWords / short.words.length : 0;
    // No run of the shorter sentence in the longer one means no shared run at all, so nothing to count the other way.
    const longCopied = copiedWords === 0 ? 0 : copiedCount(long.runs, shortRuns, long.words.length) / Math.max(1, long.words.length);
    let kind: PairKind | null = null;
    let best = whole;
    let clause = false;
    if (x.words.length > 0 && (x.sequenceKey === y.sequenceKey || (copied >= 0.9 && longCopied >= 0.9))) kind = 'verbatim';
    else if (copied >= RULE.copiedShare && copiedWords >= RULE.copiedWords) kind = 'near-verbatim';
    else if (isParaphrase(whole, this.sharesReferent(x, y))) kind = 'paraphrase';
    else if (copiedWords >= RULE.longRun && whole.cosine >= RULE.longRunCosine) kind = 'paraphrase';
    else if ((x.clauses.length > 0 || y.clauses.length > 0) && whole.sharedRare > 0) {
      // One fact of a two-fact sentence: score clause against clause (a sentence of one clause as a whole).
      const xs = x.clauses.length > 0 ? x.clauses : [{ terms: x.terms, weight: x.weight }];
      const ys = y.clauses.length > 0 ? y.clauses : [{ terms: y.terms, weight: y.weight }];
      for (const cx of xs) {
        for (const cy of ys) {
          const part = this.overlap(cx.terms, cx.weight, cy.terms, cy.weight);
          if (isParaphrase(part) && (kind === null || part.cosine > best.cosine)) {
            kind = 'paraphrase';
            best = part;
            clause = true;
          }
        }
      }
    }
    // A clause match is a match of part of each sentence: it scores below an equally close whole.
    const cosine = clause ? (best.cosine + whole.cosine) / 2 : whole.cosine;
    const score = kind === 'verbatim' ? 1 : Math.min(1, Math.max(cosine, (copied + longCopied) / 2));
    return {
      kind, score, cosine: best.cosine, copied, copiedWords, sharedTerms: best.sharedTerms, sharedRare: best.sharedRare,
      sharedRareWords: best.sharedRareWords, softMatches: best.softMatches, clause,
    };
  }

  /**
   * Whether compare() can find the two sentences linked, by necessary conditions cheap enough to spare most
   * candidate pairs the full scoring. Verbatim needs the same words or a copied run; near-verbatim and a long
   * run, a copied run; a paraphrase (whole or by clauses: a clause's terms are some of its sentence's, so its
   * counts never exceed the sentence's) RULE.sharedTerms shared terms of which RULE.sharedRare rare. Two
   * sentences of one article link only as verbatim.
   */
  private mayLink(x: Unit, y: Unit, sameArticle: boolean): boolean {
    if (!sameArticle && this.sharesEnoughTerms(x.terms, y.terms)) return true;
    if (x.words.length > 0 && x.sequenceKey === y.sequenceKey) return true;
    return (x.sharedRunMask & y.sharedRunMask) !== 0 && sharesRun(x.sharedRuns, y.sharedRuns);
  }

  /**
   * mayLink for units a and b, for pairs that come in runs of one a (as candidatePairs gives them): a's
   * terms and shared runs are marked once for its run (by a stamp of its own, a + 1), so that each pair
   * walks b's lists only instead of merging both.
   */
  private pairFilter(): (a: number, b: number) => boolean {
    const units = this.units;
    const termMarks = new Int32Array(this.termNames.length);
    const runMarks = new Int32Array(this.runCount);
    let marked = -1;
    return (a, b) => {
      const x = units[a];
      if (a !== marked) {
        marked = a;
        for (const t of x.terms) termMarks[t] = a + 1;
        for (const slot of x.sharedRunSlots) runMarks[slot] = a + 1;
      }
      const y = units[b];
      return this.mayLinkMarked(x, y, x.articleNumber === y.articleNumber, termMarks, runMarks, a + 1);
    };
  }

  /** mayLink(x, y), x's terms and shared runs marked with `stamp` in termMarks and runMarks. */
  private mayLinkMarked(x: Unit, y: Unit, sameArticle: boolean, termMarks: Int32Array, runMarks: Int32Array, stamp: number): boolean {
    if (!sameArticle && this.sharesEnoughMarkedTerms(x.terms.length, y.terms, termMarks, stamp)) return true;
    if (x.words.length > 0 && x.sequenceKey === y.sequenceKey) return true;
    if ((x.sharedRunMask & y.sharedRunMask) === 0) return false;
    const slots = y.sharedRunSlots;
    for (let k = 0; k < slots.length; k++) if (runMarks[slots[k]] === stamp) return true;
    return false;
  }

  /** sharesEnoughTerms(x's terms, yt), x's `xCount` terms marked with `stamp`. */
  private sharesEnoughMarkedTerms(xCount: number, yt: number[], marks: Int32Array, stamp: number): boolean {
    const df = this.df;
    const commonDf = this.commonDf;
    let shared = 0;
    let rare = 0;
    for (let j = 0; j < yt.length; j++) {
      // Stop as soon as the terms left (of y, and of x not yet matched) cannot make up the counts.
      const left = Math.min(xCount - shared, yt.length - j);
      if (shared + left < RULE.sharedTerms || rare + left < RULE.sharedRare) return false;
      const t = yt[j];
      if (marks[t] !== stamp) continue;
      shared++;
      if (df[t] <= commonDf) rare++;
      if (shared >= RULE.sharedTerms && rare >= RULE.sharedRare) return true;
    }
    return false;
  }

  /** At least RULE.sharedTerms shared terms, of which RULE.sharedRare are not story-common (as overlap() counts them). */
  private sharesEnoughTerms(xt: number[], yt: number[]): boolean {
    const df = this.df;
    const commonDf = this.commonDf;
    let shared = 0;
    let rare = 0;
    let i = 0;
    let j = 0;
    while (i < xt.length && j < yt.length) {
      // Stop as soon as the terms left on the shorter side cannot make up the counts.
      const left = Math.min(xt.length - i, yt.length - j);
      if (shared + left < RULE.sharedTerms || rare + left < RULE.sharedRare) return false;
      const u = xt[i];
      const v = yt[j];
      if (u === v) {
        shared++;
        if (df[u] <= commonDf) rare++;
        if (shared >= RULE.sharedTerms && rare >= RULE.sharedRare) return true;
        i++;
        j++;
      } else if (u < v) i++;
      else j++;
    }
    return false;
  }

  /**
   * One sentence's pronoun subject stands for someone who is the other sentence's subject too ("He is now in
   * talks with Lavrov" after "John Kerry …", and "Kerry was meeting Lavrov"): the two tell what one actor does.
   */
  private sharesReferent(x: Unit, y: Unit): boolean {
    return x.referentTerms.some((t) => y.actorTerms.includes(t)) || y.referentTerms.some((t) => x.actorTerms.includes(t));
  }

  /** Overlap of two sorted term lists: exact shared terms, then different words matched by their vectors. */
  private overlap(xt: number[], xw: number, yt: number[], yw: number): Overlap {
    const idf = this.idf;
    const df = this.df;
    const rows = this.rows;
    const commonDf = this.commonDf;
    const isName = this.isName;
    // Terms of each side that the other lacks and that have a vector, in scratch buffers (no allocation per pair).
    if (this.xLeft.length < xt.length) this.xLeft = new Int32Array(xt.length * 2);
    if (this.yLeft.length < yt.length) this.yLeft = new Int32Array(yt.length * 2);
    const xLeft = this.xLeft;
    const yLeft = this.yLeft;
    let xCount = 0;
    let yCount = 0;
    let shared = 0;
    let sharedTerms = 0;
    let sharedRare = 0;
    let sharedRareWords = 0;
    let sharedWords = 0;
    let i = 0;
    let j = 0;
    while (i < xt.length && j < yt.length) {
      const u = xt[i];
      const v = yt[j];
      if (u === v) {
        shared += idf[u];
        sharedTerms++;
        if (!isName[u]) sharedWords++;
        if (df[u] <= commonDf) {
          sharedRare++;
          if (!isName[u]) sharedRareWords++;
        }
        i++;
        j++;
      } else if (u < v) {
        if (rows[u] >= 0) xLeft[xCount++] = u;
        i++;
      } else {
        if (rows[v] >= 0) yLeft[yCount++] = v;
        j++;
      }
    }
    // Soft matches, only where the sentences already share a rare term (vectors refine a likeness, they do
    // not create one) — which also keeps the cost to the few pairs worth it. Best pairs first, one to one.
    let softMatches = 0;
    const exact = shared;
    let sameWord = 0;
    if (sharedRare > 0) {
      for (; i < xt.length; i++) if (rows[xt[i]] >= 0) xLeft[xCount++] = xt[i];
      for (; j < yt.length; j++) if (rows[yt[j]] >= 0) yLeft[yCount++] = yt[j];
    }
    if (sharedRare > 0 && xCount > 0 && yCount > 0) {
      // Only a term's soft partners (see softPartners) can reach the bar: look those up among y's terms.
      const stamp = ++this.stamp;
      const marks = this.marks;
      for (let q = 0; q < yCount; q++) marks[yLeft[q]] = stamp;
      const found = this.found;
      found.count = 0;
      for (let p = 0; p < xCount; p++) {
        const u = xLeft[p];
        const partners = this.softPartners(u);
        for (let k = 0; k < partners.terms.length; k++) {
          const v = partners.terms[k];
          if (marks[v] === stamp) found.add(u, v, partners.sims[k]);
        }
      }
      if (found.count > 0) {
        found.sortBySimilarity();
        // A term is used once; the x side's and the y side's left terms are different terms, so one stamp marks both.
        const used = ++this.stamp;
        let soft = 0;
        for (let k = 0; k < found.count; k++) {
          const u = found.u[k];
          const v = found.v[k];
          const sim = found.sim[k];
          if (marks[u] === used || marks[v] === used) continue;
          marks[u] = used;
          marks[v] = used;
          const credit = RULE.softWeight * sim * Math.min(idf[u], idf[v]);
          soft += credit;
          if (sameStem(this.lemmas[u], this.lemmas[v]) || Math.max(rows[u], rows[v]) >= RULE.specificRank) sameWord += credit;
          softMatches++;
        }
        // Vectors refine a likeness the exact words show; they may at most double it.
        shared += Math.min(soft, shared);
      }
    }
    const norm = xw > 0 && yw > 0 ? Math.sqrt(xw * yw) : Infinity;
    return { cosine: Math.min(1, shared / norm), exactCosine: Math.min(1, (exact + Math.min(sameWord, exact)) / norm), sharedTerms, sharedRare, sharedRareWords, sharedWords, softMatches };
  }

  /** For diagnosis: the shared terms and the soft word matches between two sentences, as "word~word 0.71". */
  explain(a: number, b: number): string[] {
    const x = this.units[a];
    const y = this.units[b];
    const out = x.terms.filter((t) => y.terms.includes(t)).map((t) => `${this.termNames[t]}${this.df[t] <= this.commonDf ? (this.isName[t] ? '*' : '+') : ''}`);
    for (const u of x.terms) {
      if (y.terms.includes(u) || this.rows[u] < 0) continue;
      for (const v of y.terms) {
        if (x.terms.includes(v) || this.rows[v] < 0) continue;
        const sim = this.similarity(u, v);
        if (sim >= RULE.softSimilarity) out.push(`${this.termNames[u]}~${this.termNames[v]} ${sim.toFixed(2)}`);
      }
    }
    return out;
  }

  /**
   * The story's terms whose similarity to term `u` reaches RULE.softSimilarity (other than `u` itself), with
   * those similarities. Only rows that are the same or one among the other's nearest neighbours can (see
   * similarity), so the candidates are found through the neighbour table instead of trying every term.
   */
  private softPartners(u: number): SoftPartners {
    let partners = this.partners[u];
    if (partners !== undefined) return partners;
    const index = (this.rowIndex ??= this.buildRowIndex());
    const row = this.rows[u];
    const slot = index.slot[row];
    const stamp = ++this.partnerStamp;
    this.partnerMarks[u] = stamp;
    // Terms of the same row, of the rows this row lists among its neighbours, and of the rows that list it.
    partners = this.addPartners(NO_PARTNERS, index.terms[slot], 1, stamp);
    const neighbours = rowNeighbours(row);
    for (let k = 0; k < neighbours.length; k++) {
      const near = neighbours[k];
      const nearSlot = near < index.slot.length ? index.slot[near] : -1;
      if (nearSlot >= 0) partners = this.addPartners(partners, index.terms[nearSlot], neighbourSimilarity(row, k, near), stamp);
    }
    const listing = index.listedBy[slot];
    for (let i = 0; i < listing.length; i += 2) {
      const listingSlot = listing[i];
      partners = this.addPartners(partners, index.terms[listingSlot], neighbourSimilarity(index.rows[listingSlot], listing[i + 1], row), stamp);
    }
    this.partners[u] = partners;
    return partners;
  }

  /**
   * softPartners(): `candidates` (all of one row) not yet seen under `stamp`, added to `partners` if their
   * similarity reaches RULE.softSimilarity (NO_PARTNERS gives way to a new list). Each candidate is a neighbour
   * by construction, so its similarity is the vectors' (see similarity).
   */
  private addPartners(partners: SoftPartners, candidates: readonly number[], sim: number, stamp: number): SoftPartners {
    const marks = this.partnerMarks;
    for (const v of candidates) {
      if (marks[v] === stamp) continue;
      marks[v] = stamp;
      if (sim < RULE.softSimilarity) continue;
      if (partners === NO_PARTNERS) partners = { terms: [], sims: [] };
      partners.terms.push(v);
      partners.sims.push(sim);
    }
    return partners;
  }

  /** The story's terms by their vector row, and by the rows that list theirs among their neighbours. */
  private buildRowIndex(): RowIndex {
    let maxRow = -1;
    for (const row of this.rows) if (row > maxRow) maxRow = row;
    const slot = new Int32Array(maxRow + 1).fill(-1);
    const terms: number[][] = [];
    const rows: number[] = [];
    for (let t = 0; t < this.rows.length; t++) {
      const row = this.rows[t];
      if (row < 0) continue;
      if (slot[row] < 0) {
        slot[row] = terms.length;
        terms.push([]);
        rows.push(row);
      }
      terms[slot[row]].push(t);
    }
    const listedBy = terms.map((): number[] => []);
    for (let s = 0; s < terms.length; s++) {
      const neighbours = rowNeighbours(rows[s]);
      for (let k = 0; k < neighbours.length; k++) {
        const near = neighbours[k];
        if (near < slot.length && slot[near] >= 0) listedBy[slot[near]].push(s, k);
      }
    }
    this.partnerMarks = new Int32Array(this.rows.length);
    return { slot, terms, rows, listedBy };
  }

  /** Vector similarity of two terms, 0 unless one is among the other's nearest neighbours. */
  private similarity(u: number, v: number): number {
    const a = this.rows[u];
    const b = this.rows[v];
    const sim = rowSimilarity(a, b);
    return sim >= RULE.softSimilarity && !rowsNeighbour(a, b) ? 0 : sim;
  }

  /** Group the units into claims. */
  group(): { groups: ClaimGroup[]; stats: ClaimStats } {
    const units = this.units;
    const candidates = this.candidatePairs();
    const edges: Array<{ a: number; b: number; score: number; kind: PairKind }> = [];
    const mayLinkPair = this.pairFilter();
    for (let p = 0; p < candidates.length; p += 2) {
      const a = candidates[p];
      const b = candidates[p + 1];
      if (!mayLinkPair(a, b)) continue;
      const sameArticle = units[a].articleNumber === units[b].articleNumber;
      const pair = this.compare(a, b);
      if (!pair.kind) continue;
      if (sameArticle && pair.kind !== 'verbatim') continue;
      edges.push({ a, b, score: pair.score, kind: pair.kind });
    }
    edges.sort((p, q) => q.score - p.score || units[p.a].rank - units[q.a].rank || units[p.b].rank - units[q.b].rank);

    const parent = units.map((unit) => unit.n);
    // A group's lists are made at its first merge; most sentences stay alone.
    const members: Array<number[] | undefined> = [];
    const articles: Array<Set<string> | undefined> = [];
    const treeKinds: Array<PairKind[] | undefined> = [];
    const treeScores: Array<number[] | undefined> = [];
    const membersOf = (root: number) => (members[root] ??= [root]);
    const articlesOf = (root: number) => (articles[root] ??= new Set([units[root].article]));
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
        const [small, big] = articlesOf(ra).size <= articlesOf(rb).size ? [articlesOf(ra), articlesOf(rb)] : [articlesOf(rb), articlesOf(ra)];
        let conflict = false;
        for (const article of small) {
          if (!big.has(article)) continue;
          conflict = true;
          break;
        }
        if (conflict) continue;
        if (!this.agree(membersOf(ra), membersOf(rb))) continue;
      }
      const [keep, gone] = membersOf(ra).length >= membersOf(rb).length ? [ra, rb] : [rb, ra];
      parent[gone] = keep;
      for (const m of membersOf(gone)) membersOf(keep).push(m);
      for (const article of articlesOf(gone)) articlesOf(keep).add(article);
      (treeKinds[keep] ??= []).push(...(treeKinds[gone] ?? []), edge.kind);
      (treeScores[keep] ??= []).push(...(treeScores[gone] ?? []), edge.score);
      members[gone] = [];
    }
    const groups: ClaimGroup[] = [];
    for (const unit of units) {
      if (find(unit.n) !== unit.n) continue;
      const list = membersOf(unit.n);
      const carried = articles[unit.n]?.size ?? 1;
      const kinds = treeKinds[unit.n] ?? [];
      const kind: ClaimGroup['kind'] = carried < 2 ? 'exclusive'
        : kinds.includes('paraphrase') ? 'paraphrase' : kinds.includes('near-verbatim') ? 'near-verbatim' : 'verbatim';
      const scores = treeScores[unit.n] ?? [];
      const score = carried < 2 ? 1 : scores.reduce((s, v) => s + v, 0) / scores.length;
      groups.push({ members: list, kind, score: Math.round(score * 1000) / 1000 });
    }
    return { groups, stats: { sentences: units.length, candidatePairs: candidates.length / 2, linkedPairs: edges.length } };
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

/**
 * The paraphrase rule on one overlap (whole sentences or two clauses). The soft cosine must reach the bar,
 * but how many shared words that are not names it takes is decided on the firm cosine (exact words, forms
 * of one word, specific near-synonyms): matches between the commonest words may bring two wordings of one
 * fact together, but never make sentences that share only names into one claim: some shared word must not be
 * a name (`sharedWords`), however alike the names make them. `sameActor`: one sentence's pronoun subject
 * stands for the other's subject (see ClaimIndex.sharesReferent); that agreement stands in for one of the
 * rare shared words that are not names, never for the word that is not a name.
 */
function isParaphrase(o: Overlap, sameActor = false): boolean {
  const wordsNeeded = o.exactCosine >= RULE.namesOnlyCosine ? 0 : o.exactCosine >= RULE.firmCosine ? 1 : 2;
  return o.cosine >= RULE.cosine && o.sharedTerms >= RULE.sharedTerms && o.sharedRare >= RULE.sharedRare && o.sharedWords > 0
    && o.sharedRareWords + (sameActor ? 1 : 0) >= wordsNeeded;
}

/** Two forms of one word: one starts with the other's first four letters and most of the shorter word ("meet"/"meeting", "implement"/"implementation"). */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return k >= 4 && k >= short.length - 1;
}

/** Clauses too short to stand alone (a trailing "but not yet") join the clause before (the first, the next). */
function mergeShortClauses(clauses: number[][]): number[][] {
  const out: number[][] = [];
  for (const clause of clauses) {
    if (out.length > 0 && (clause.length < RULE.clauseTerms || out[out.length - 1].length < RULE.clauseTerms)) out[out.length - 1].push(...clause);
    else out.push([...clause]);
  }
  return out.filter((clause) => clause.length > 0);
}

/** Whether a word is one of CLAUSE_WORDS in any case. Those all begin with a, b, t or w: most words are answered by their first letter. */
function isClauseWord(text: string): boolean {
  // Lower-casing never shortens a text and lengthens it only by a combining dot; the words are of 3 to 8 plain letters.
  if (text.length < 3 || text.length > 8) return false;
  const first = text.charCodeAt(0) | 0x20;
  if (text.charCodeAt(0) < 128 && first !== 0x61 && first !== 0x62 && first !== 0x74 && first !== 0x77) return false;
  return CLAUSE_WORDS.has(text.toLowerCase());
}

/** Whether a word is written with a capital (ASCII answered without the Unicode test, which most words need not reach). */
function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text);
}

/** The distinct values of a list of term ids, ascending (a new list). Insertion sort: sentences are short. */
function sortedUnique(list: readonly number[]): number[] {
  const out = list.slice();
  if (out.length > 64) out.sort((a, b) => a - b);
  else {
    for (let i = 1; i < out.length; i++) {
      const value = out[i];
      let j = i - 1;
      while (j >= 0 && out[j] > value) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = value;
    }
  }
  let kept = 0;
  for (let i = 0; i < out.length; i++) if (kept === 0 || out[i] !== out[kept - 1]) out[kept++] = out[i];
  out.length = kept;
  return out;
}

/** Fills each unit's sharedRuns (and their slots): the runs that some other unit holds too. Returns the number of distinct runs. */
function markSharedRuns(units: Unit[]): number {
  let total = 0;
  for (const unit of units) total += unit.runs.length;
  const slots = new HashSlots(total);
  // The slot of every run of every unit, one unit after another.
  const slotOfRun = new Int32Array(total);
  const holders = new Int32Array(total);
  const lastHolder = new Int32Array(total).fill(-1);
  let at = 0;
  for (const unit of units) {
    for (const run of unit.runs) {
      const slot = slots.add(run);
      slotOfRun[at++] = slot;
      if (lastHolder[slot] === unit.n) continue;
      lastHolder[slot] = unit.n;
      holders[slot]++;
    }
  }
  at = 0;
  for (const unit of units) {
    const from = at;
    let shared = 0;
    for (let i = 0; i < unit.runs.length; i++) if (holders[slotOfRun[at++]] > 1) shared++;
    if (shared === 0) continue;
    const sharedRuns = new Uint32Array(shared);
    const sharedRunSlots = new Int32Array(shared);
    shared = 0;
    for (let i = 0; i < unit.runs.length; i++) {
      const slot = slotOfRun[from + i];
      if (holders[slot] > 1) {
        sharedRunSlots[shared] = slot;
        sharedRuns[shared++] = unit.runs[i];
      }
    }
    unit.sharedRuns = sharedRuns.length > 1 ? sharedRuns.sort() : sharedRuns;
    unit.sharedRunSlots = sharedRunSlots;
    for (const run of sharedRuns) unit.sharedRunMask |= 1 << (run & 31);
  }
  return slots.size;
}

/** Words of `words` (length `length`, run hashes `own`) lying in a run of RUN words also found in `other` (sorted). */
function copiedCount(own: Uint32Array, other: Uint32Array, length: number): number {
  if (own.length === 0 || other.length === 0) return 0;
  let covered = 0;
  let coveredUntil = 0;
  for (let i = 0; i < own.length; i++) {
    if (!sortedHas(other, own[i])) continue;
    const from = Math.max(i, coveredUntil);
    const to = Math.min(length, i + RUN);
    if (to > from) covered += to - from;
    coveredUntil = Math.max(coveredUntil, to);
  }
  return covered;
}

/** Whether two sorted lists of run hashes share one. */
function sharesRun(x: Uint32Array, y: Uint32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) return true;
    if (x[i] < y[j]) i++;
    else j++;
  }
  return false;
}

function sortedHas(sorted: Uint32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle];
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
