// Features of a pair of sentences: the measurements the decision (./decide.ts) is made on.
import { isYear } from '../../lexicon.js';
import { RUN, type StoryUnits, type Unit } from './units.js';
import { dot } from './vectors.js';
import { rowSimilarity } from './word-vectors.js';
import { WordLikeness } from './words.js';

export interface PairFeatures {
  /** IDF-weighted cosine of the content-term sets (exact terms only). */
  cosine: number;
  /**
   * Soft alignment: each content term of either sentence meets its best match in the other (the same term 1,
   * an alike word its vector similarity, else 0), averaged with IDF weights over both sentences.
   */
  alignment: number;
  /** Cosine of the SIF sentence vectors (see ./vectors.ts). */
  vectors: number;
  /** Share of the shorter / longer sentence's words that lie in runs of RUN words copied from the other. */
  copied: number;
  longCopied: number;
  /** Words of the shorter sentence in copied runs. */
  copiedWords: number;
  /** The two carry one quotation (see sameQuote and linkedQuotation). */
  sameQuote: boolean;
  /** Shared content terms that are not story-common and not names. */
  sharedRareWords: number;
  /** Shared content terms that are not names (of any frequency). */
  sharedWords: number;
  /** Shared content terms of any kind. */
  sharedTerms: number;
  /** Shared content terms that are not story-common (names included). */
  sharedRare: number;
  /**
   * The IDF of the shared content terms added up, in units of the rarest term's IDF: about how many words
   * used nowhere else in the story the two share. Not divided by length, so a long sentence that carries
   * this claim among others is not penalised for the others.
   */
  sharedMass: number;
  /**
   * Both sentences stand at the top of their articles (the lead, where news states its main facts), neither of them
   * mostly someone's quoted words (“Meth is IN SD,” the governor tweeted).
   */
  bothLead: boolean;
  /** Different words matched through their vectors. */
  softMatches: number;
  /** The same words in the same order. */
  identical: boolean;
  /** Shared figures that single out a fact: numbers of three or more digits that are not years ("449,000"). */
  sharedFigures: number;
  /** Both count the same number of the same or a like thing ("14 companies" / "all 14 companies", "five firms"). */
  sameCount: boolean;
  /** Shared content terms that are neither names nor numbers. */
  sharedPlainWords: number;
  /** As sharedMass, over the shared terms that are not names. */
  wordMass: number;
  /** One says someone declined to comment (or could not be reached) and the other does not. */
  oneNoComment: boolean;
}

/** Two counted things are alike from this vector similarity on ("companies" / "firms"). */
const ALIKE_COUNTED = 0.5;

/**
 * One quotation: this many quoted words in a row; or a fragment of this many words that is (nearly) all one
 * sentence quotes ("I think he's great," he says); or this many of the quoted content words and this share.
 */
const QUOTE_FRAGMENT = 4;
const FRAGMENT_SHARE = 0.8;
const QUOTE_RUN = 6;
const QUOTE_TERMS = 3;
const QUOTE_SHARE = 0.7;
/** Quoted words two sentences of one linked quotation share (see linkedQuotation). */
const LINKED_WORDS = 2;

/** The sentences of an article's lead. */
const LEAD_SENTENCES = 3;
/**
 * A lead sentence that gives someone's words for this share of its words or more does not state the story's main
 * facts in the reporter's words (the inverted pyramid's lead does): it counts as no lead.
 */
export const LEAD_QUOTED_SHARE = 0.3;

/** A figure that singles out a fact: three or more digits, not a year ("449000", "2.6"). */
export const isFigure = (term: string): boolean => /^(?=(?:\D*\d){3})\d[\d.]*$/.test(term) && !isYear(term);

/** Whether a unit stands in its article's lead and states facts there rather than quoting someone (LEAD_QUOTED_SHARE). */
const isLead = (unit: Unit): boolean =>
  unit.position < LEAD_SENTENCES && unit.quotedWords.length < LEAD_QUOTED_SHARE * Math.max(1, unit.words.length);

/** What is worked out once per story for scoring pairs. */
export class PairScorer {
  private readonly likeness: WordLikeness;

  constructor(readonly story: StoryUnits) {
    this.likeness = new WordLikeness(story.terms);
  }

  features(x: Unit, y: Unit): PairFeatures {
    const { idf, df, isName, commonDf } = this.story.terms;
    let shared = 0;
    let sharedTerms = 0;
    let sharedWords = 0;
    let sharedRareWords = 0;
    let sharedRare = 0;
    let sharedFigures = 0;
    let sharedPlainWords = 0;
    let wordMass = 0;
    for (const t of x.terms) {
      if (!sortedHas(y.terms, t)) continue;
      if (isFigure(this.story.terms.names[t])) sharedFigures++;
      shared += idf[t];
      sharedTerms++;
      if (df[t] <= commonDf) sharedRare++;
      if (isName[t]) continue;
      sharedWords++;
      wordMass += idf[t];
      if (!/^\d/.test(this.story.terms.names[t])) sharedPlainWords++;
      if (df[t] <= commonDf) sharedRareWords++;
    }
    const norm = Math.sqrt(x.weight * y.weight);
    const rarest = Math.log(this.story.sentences + 1);
    const [toY, softX] = this.bestMatches(x, y);
    const [toX, softY] = this.bestMatches(y, x);
    const [short, long] = x.words.length <= y.words.length ? [x, y] : [y, x];
    const copiedWords = copiedCount(short.runs, long.sortedRuns, short.words.length);
    const longCopiedWords = copiedWords === 0 ? 0 : copiedCount(long.runs, short.sortedRuns, long.words.length);
    return {
      cosine: norm > 0 ? shared / norm : 0,
      alignment: x.weight + y.weight > 0 ? (toY + toX) / (x.weight + y.weight) : 0,
      vectors: dot(x.vector, y.vector),
      copied: short.words.length > 0 ? copiedWords / short.words.length : 0,
      longCopied: long.words.length > 0 ? longCopiedWords / long.words.length : 0,
      copiedWords,
      sameQuote: sameQuote(x, y) || linkedQuotation(x, y),
      sharedRareWords,
      sharedWords,
      sharedTerms,
      sharedRare,
      sharedMass: rarest > 0 ? shared / rarest : 0,
      bothLead: isLead(x) && isLead(y),
      softMatches: Math.min(softX, softY),
      identical: x.words.length > 0 && x.words.length === y.words.length && x.words.every((w, i) => w === y.words[i]),
      sharedFigures,
      sameCount: this.sameCount(x, y),
      sharedPlainWords: sharedPlainWords - this.countedShared(x, y),
      wordMass: rarest > 0 ? wordMass / rarest : 0,
      oneNoComment: x.noComment !== y.noComment,
    };
  }

  /** How many of the shared terms are things both count ("14 companies" in each): no words besides the count. */
  private countedShared(x: Unit, y: Unit): number {
    const counted = new Set(x.counts.filter((a) => y.counts.some((b) => a.value === b.value && a.term === b.term)).map((a) => a.term));
    return counted.size;
  }

  /** Whether the two give one count of one thing, or of things whose vectors are alike. */
  private sameCount(x: Unit, y: Unit): boolean {
    const { rows, vectors } = this.story.terms;
    return x.counts.some((a) =>
      y.counts.some(
        (b) => a.value === b.value && (a.term === b.term || rowSimilarity(vectors, rows[a.term], rows[b.term]) >= ALIKE_COUNTED),
      ),
    );
  }

  /**
   * Whether the pair can be linked at all (see ./decide.ts), by what is cheap to see: a paraphrase shares a
   * word that is not a name, a copy shares a run of words, one quotation needs a quotation in each, and the
   * same words are the same words.
   */
  mayLink(x: Unit, y: Unit): boolean {
    const { isName } = this.story.terms;
    if (x.terms.some((t) => !isName[t] && sortedHas(y.terms, t))) return true;
    if (x.runs.some((run) => sortedHas(y.sortedRuns, run))) return true;
    if (x.quotedWords.length > 0 && y.quotedWords.length > 0) return true;
    return x.words.length < RUN && x.words.length === y.words.length && x.words.every((w, i) => w === y.words[i]);
  }

  /** For diagnosis: the shared terms, and the alike words matched, as "word~word 0.71". */
  explain(x: Unit, y: Unit): string[] {
    const { names } = this.story.terms;
    const out = x.terms.filter((t) => sortedHas(y.terms, t)).map((t) => names[t]);
    for (const t of x.terms) {
      if (sortedHas(y.terms, t)) continue;
      const partner = this.likeness.of(t).find((p) => sortedHas(y.terms, p.term));
      if (partner !== undefined) out.push(`${names[t]}~${names[partner.term]} ${partner.similarity.toFixed(2)}`);
    }
    return out;
  }

  /** IDF-weighted sum of each of x's terms' best match in y, and how many matched through vectors only. */
  private bestMatches(x: Unit, y: Unit): [number, number] {
    const { idf } = this.story.terms;
    let total = 0;
    let soft = 0;
    for (const t of x.terms) {
      if (sortedHas(y.terms, t)) {
        total += idf[t];
        continue;
      }
      const partner = this.likeness.of(t).find((p) => sortedHas(y.terms, p.term));
      if (partner === undefined) continue;
      total += idf[t] * partner.similarity;
      soft++;
    }
    return [total, soft];
  }
}

/**
 * Whether the two sentences carry one quotation, with the small differences outlets make in quoting one remark
 * ("It is so wonderful not to keep this secret any more" / "It's so wonderful not to keep this secret any
 * longer"): a run of QUOTE_RUN quoted words in both, a run that is nearly all of the shorter quotation, or most
 * of the shorter quotation's content words (at least QUOTE_TERMS) in the other's.
 */
function sameQuote(x: Unit, y: Unit): boolean {
  if (Math.min(x.quotedWords.length, y.quotedWords.length) < Math.min(QUOTE_FRAGMENT, QUOTE_TERMS)) return false;
  const run = longestCommonRun(x.quotedWords, y.quotedWords);
  const shorter = Math.min(x.quotedWords.length, y.quotedWords.length);
  if (run >= QUOTE_RUN || (run >= QUOTE_FRAGMENT && run >= FRAGMENT_SHARE * shorter)) return true;
  const [small, big] = x.quotedTerms.length <= y.quotedTerms.length ? [x.quotedTerms, y.quotedTerms] : [y.quotedTerms, x.quotedTerms];
  if (small.length < QUOTE_TERMS) return false;
  const common = small.filter((t) => sortedHas(big, t)).length;
  return common >= QUOTE_TERMS && common >= QUOTE_SHARE * small.length;
}

/**
 * Whether the quote linker (align/quotes) put the two sentences' quotations in one group and they share LINKED_WORDS
 * quoted words that are not function words (all of them where a quotation has fewer): one short remark ("she said
 * 'hello Doctor'" / "saying: \"Hello Doctor\"") or one worded a little differently, too short for sameQuote's runs.
 * The shared words keep apart the other sentences of a quotation that runs over several, which are claims of their
 * own and may share a common word by chance ("… are found all over the solar system." / "But the third … is
 * somewhat hard to find beyond Earth").
 */
function linkedQuotation(x: Unit, y: Unit): boolean {
  if (!x.quoteGroups.some((group) => y.quoteGroups.includes(group))) return false;
  const shared = x.quotedTerms.filter((t) => sortedHas(y.quotedTerms, t)).length;
  return shared > 0 && shared >= Math.min(LINKED_WORDS, x.quotedTerms.length, y.quotedTerms.length);
}

/** Length of the longest run of words two lists share. */
function longestCommonRun(x: string[], y: string[]): number {
  let best = 0;
  let previous = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      current[j] = x[i - 1] === y[j - 1] ? previous[j - 1] + 1 : 0;
      if (current[j] > best) best = current[j];
    }
    [previous, current] = [current, previous];
  }
  return best;
}

/** Words of a sentence (`length` words, run hashes `own`) lying in a run of RUN words that `other` (sorted) also has. */
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

export function sortedHas(sorted: ArrayLike<number>, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
