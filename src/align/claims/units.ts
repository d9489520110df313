// Units: each sentence of a story as the claim matcher reads it, and the story-wide facts about its words.
//
// A unit holds the sentence's content terms (token norms put through the name key, so that a word an outlet's
// style capitalises meets the same word in lower case), the terms it carries inside quotation marks, its
// numbers, its word sequence (for copied runs) and a sentence vector. The story gives each term its weight
// (IDF over the story's sentences), whether it is a name (written capitalised mid-sentence), and its word
// vector. Nothing here depends on the order of articles or sentences except through ids and texts.
import type { Token, WordVectors } from '../../types.js';
import { foldMemo, nameKey } from '../../fold.js';
import {
  APPOSITION_BREAKS,
  CLAUSE_WORDS,
  EXACT_ONLY_WORDS,
  FRONTED_CLAUSE_WORDS,
  isYear,
  MONTHS,
  NO_COMMENT_OBJECTS,
  NO_COMMENT_PHRASES,
  NOT_COUNTED_AFTER,
  NUMBER_WORDS,
  POST_VERBS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
  TEXT_NOUNS,
  TITLES,
  roleHead,
} from '../../lexicon.js';
import { startsUpper } from '../../chars.js';
import { byCodePoint, shingleHashes } from '../hash.js';
import { sentenceVectors } from './vectors.js';
import { vectorRow } from './word-vectors.js';

/** What the aligner is given for each sentence. */
export interface UnitInput {
  article: string;
  sentence: string;
  tokens: Token[];
  /** Offsets [start, end) of the quotations in the sentence's article body (marks excluded). */
  quoted?: Array<[number, number]>;
  /**
   * Matching keys (token norms) of what the sentence's pronoun subject stands for ("He is now in talks …" after
   * "John Kerry is in Moscow …": ["keri"]); see analyse/speakers/referents.ts. Matched on, never shown.
   */
  referent?: string[];
  /**
   * Ids of the quote groups (align/quotes: one quotation as different outlets give it) the sentence's quotations
   * belong to: two sentences whose quotations the quote linker calls one carry one quotation.
   */
  quoteGroups?: string[];
}

export interface Unit {
  /** Position among the story's units. */
  n: number;
  /** The input (sentence) it reads. */
  sentence: number;
  /** A clause of the sentence rather than all of it. */
  clause: boolean;
  /** The article's number (by first appearance among the inputs). */
  article: number;
  /** Matching keys of the sentence's words, stop words included, in reading order. */
  words: string[];
  /** Sorted unique content term ids (with the pronoun subject's referent, see UnitInput.referent). */
  terms: number[];
  /** Content term ids of words inside quotation marks, sorted unique. */
  quotedTerms: number[];
  /** Matching keys of the words (stop words included) inside quotation marks, in reading order. */
  quotedWords: string[];
  /** The quote groups of the sentence's quotations (see UnitInput.quoteGroups); none for a clause without quoted words. */
  quoteGroups: string[];
  /** Sum of the idf of `terms`. */
  weight: number;
  /** Hashes of the runs of RUN words, in reading order. */
  runs: Uint32Array;
  /** The same, sorted (for look-ups). */
  sortedRuns: Uint32Array;
  /** Sentence vector (see ./vectors.ts), unit length, or all zero. */
  vector: Float32Array;
  /** Rank in a deterministic order of the sentences (article id, words, sentence id). */
  rank: number;
  /** The sentence's place in its article among sentences with words (0: the first). */
  position: number;
  /** The counts it gives, each with the term it counts ("14 companies": 14 and the term of "companies"). */
  counts: Count[];
  /** It says someone declined to comment, or could not be reached (see NO_COMMENT_PHRASES). */
  noComment: boolean;
}

/** A count of things in a sentence: the number (2–999, not a year, date or time) and the term after it. */
export interface Count {
  value: number;
  term: number;
}

/** The story's terms. */
export interface Terms {
  names: string[];
  idf: Float64Array;
  df: Int32Array;
  /** Written capitalised mid-sentence (names): sharing only those is not sharing a claim. */
  isName: Uint8Array;
  /** Vector row of each term, or -1 (names, numbers, unknown words match exactly or not at all). */
  rows: Int32Array;
  /** A term in more sentences than this is "story-common" (the story's topic and main names). */
  commonDf: number;
  /** The word vectors `rows` point into. */
  vectors: WordVectors;
}

export interface StoryUnits {
  /** The sentences' units (unit n of input n), then their clauses'. */
  units: Unit[];
  terms: Terms;
  /** How many sentences (inputs). */
  sentences: number;
}

/** Consecutive words that count as copied. */
export const RUN = 5;
/** A clause needs this many content words to stand alone. */
const CLAUSE_TERMS = 3;
/** A term in more than this share of the story's sentences is story-common. */
const COMMON_SHARE = 0.08;

const isWordLike = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * The units and terms of one story: one unit per sentence (unit n is input n), then one per clause of the
 * sentences that carry several facts ("X, while Y"; see clauseRanges), so that a sentence can join one group
 * by one clause and another by the other. Term frequencies count sentences, not clauses.
 */
export function storyUnits(inputs: UnitInput[], vectors: WordVectors): StoryUnits {
  const table = new TermTable();
  const raw = inputs.map((input) => readSentence(input, input.tokens, table));
  const parts = inputs.flatMap((input, n) =>
    clauseRanges(input.tokens).map(([from, to]) => ({ n, read: readSentence(input, input.tokens.slice(from, to), table) })),
  );
  const df = new Int32Array(table.names.length);
  for (const sentence of raw) for (const t of sentence.terms) df[t]++;
  const idf = Float64Array.from(df, (count) => Math.log((inputs.length + 1) / Math.max(1, count)));
  const isName = Uint8Array.from(table.names, (_, t) => (table.isName(t) ? 1 : 0));
  const rows = Int32Array.from(table.names, (_, t) => {
    const lemma = table.lemma(t);
    return isName[t] || EXACT_ONLY_WORDS.has(lemma) || !/^\p{L}+$/u.test(lemma) ? -1 : vectorRow(vectors, lemma);
  });
  const terms: Terms = { names: table.names, idf, df, isName, rows, commonDf: Math.max(2, COMMON_SHARE * inputs.length), vectors };
  const articleNumbers = new Map<string, number>();
  const positions = placesInArticle(inputs);
  const unitOf = (n: number, sentence: number, read: ReadSentence, clause: boolean): Unit => {
    const input = inputs[sentence];
    // The pronoun subject's referent belongs to the whole sentence and to its first clause, where it stands.
    const referent = clause && read.from > 0 ? [] : table.known(input.referent).filter((t) => df[t] > 0 && !read.terms.includes(t));
    const all = referent.length > 0 ? sortedUnique([...read.terms, ...referent]) : read.terms;
    let article = articleNumbers.get(input.article);
    if (article === undefined) articleNumbers.set(input.article, (article = articleNumbers.size));
    const runs = shingleHashes(read.words, RUN);
    return {
      n,
      sentence,
      clause,
      article,
      words: read.words,
      terms: all,
      quotedTerms: read.quotedTerms,
      quotedWords: read.quotedWords,
      quoteGroups: read.quotedWords.length > 0 ? (input.quoteGroups ?? []) : [],
      weight: sum(all, idf),
      runs,
      sortedRuns: runs.slice().sort(),
      vector: new Float32Array(0),
      rank: 0,
      position: positions[sentence],
      counts: read.counts,
      noComment: read.noComment,
    };
  };
  const units = [
    ...raw.map((read, n) => unitOf(n, n, read, false)),
    ...parts.map((part, k) => unitOf(raw.length + k, part.n, part.read, true)),
  ];
  const sentences = sentenceVectors(units, terms);
  for (const unit of units) unit.vector = sentences[unit.n];
  const keys = units.map(
    (unit) =>
      `${inputs[unit.sentence].article}\u0000${unit.words.join(' ')}\u0000${inputs[unit.sentence].sentence}\u0000${unit.clause ? 1 : 0}`,
  );
  const order = units.map((unit) => unit.n).sort((a, b) => byCodePoint(keys[a], keys[b]));
  order.forEach((n, rank) => {
    units[n].rank = rank;
  });
  return { units, terms, sentences: inputs.length };
}

/** A participle after a comma opens a clause of its own fact: "… opened fire on a Maserati, sending it into a cab". */
const PARTICIPLE = /^\p{Ll}+ing$/u;

/**
 * Where a sentence's clauses of its own facts lie, as token ranges, or [] for a sentence of one fact. A clause
 * begins at a semicolon, at a word of contrast, concession, time or cause ("X, but Y", "X when Y"; "While X, Y"
 * breaks at the first comma), or at ", and" and a participle after a comma ("X, sending Y"); a clause of fewer
 * than CLAUSE_TERMS content words joins its neighbour.
 */
export function clauseRanges(tokens: Token[]): Array<[number, number]> {
  const starts = [0];
  let awaitingComma = tokens.length > 0 && FRONTED_CLAUSE_WORDS.has(tokens[0].text.toLowerCase());
  tokens.forEach((token, i) => {
    if (awaitingComma && token.text === ',') {
      awaitingComma = false;
      starts.push(i + 1);
    } else if (token.text === ';' || (i > 0 && CLAUSE_WORDS.has(token.text.toLowerCase()))) starts.push(i);
    else if (i > 1 && tokens[i - 1].text === ',' && (token.text === 'and' || PARTICIPLE.test(token.text))) starts.push(i);
  });
  const ranges: Array<[number, number]> = [];
  const content = (from: number, to: number) => tokens.slice(from, to).filter((token) => !token.stop && isWordLike(token.norm)).length;
  starts.forEach((from, k) => {
    const to = k + 1 < starts.length ? starts[k + 1] : tokens.length;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && (content(from, to) < CLAUSE_TERMS || content(last[0], last[1]) < CLAUSE_TERMS)) last[1] = to;
    else ranges.push([from, to]);
  });
  return ranges.length > 1 ? ranges : [];
}

interface ReadSentence {
  /** Where the tokens read begin in the sentence. */
  from: number;
  words: string[];
  terms: number[];
  quotedTerms: number[];
  quotedWords: string[];
  counts: Count[];
  noComment: boolean;
}

/** Each input's place in its article, counting only sentences with words (a dateline read as none is passed over). */
function placesInArticle(inputs: UnitInput[]): number[] {
  const seen = new Map<string, number>();
  return inputs.map((input) => {
    const place = seen.get(input.article) ?? 0;
    if (input.tokens.length > 0) seen.set(input.article, place + 1);
    return place;
  });
}

/** The words, content terms and quoted words of a sentence's tokens (all of them, or a clause's). */
function readSentence(input: UnitInput, tokens: Token[], table: TermTable): ReadSentence {
  const words: string[] = [];
  const terms: number[] = [];
  const quotedTerms: number[] = [];
  const quotedWords: string[] = [];
  const quoted = input.quoted ?? [];
  const attribution = attributionTokens(tokens, (token) => quoted.some(([start, end]) => token.start >= start && token.end <= end));
  const titles = titleTokens(tokens);
  /** The content term each token gave, if any. */
  const termAt: Array<number | undefined> = [];
  tokens.forEach((token, i) => {
    if (token.norm === '' || !isWordLike(token.norm)) return;
    const key = nameKey(token.norm, table.folds);
    words.push(key);
    const inQuote = quoted.some(([start, end]) => token.start >= start && token.end <= end);
    if (inQuote) quotedWords.push(key);
    // A number is a fact however it is written ("three dead" / "3 dead"): number words count as their digits.
    const number = token.stop ? countedNumber(token.norm) : undefined;
    if (number !== undefined) {
      terms.push((termAt[i] = table.add(number, { ...token, text: number, norm: number }, false)));
      return;
    }
    if (token.stop || attribution.has(i) || titles.has(i)) return;
    // A sentence's first word tells nothing by its capital, unless a capitalised word follows ("Sheriff Doug …").
    const initial = i === 0 && !(i + 1 < tokens.length && /^\p{Lu}/u.test(tokens[i + 1].text));
    const t = table.add(key, token, initial);
    terms.push((termAt[i] = t));
    if (inQuote) quotedTerms.push(t);
  });
  // (Tokens joined again as written: "did n't" back to "didn't".)
  const text = tokens
    .map((token) => token.text.toLowerCase().replace(/’/g, "'"))
    .join(' ')
    .replace(/ (?=n't\b)/g, '');
  return {
    from: input.tokens.indexOf(tokens[0]),
    words,
    terms: sortedUnique(terms),
    quotedTerms: sortedUnique(quotedTerms),
    quotedWords,
    counts: countsOf(tokens, termAt),
    // ("did not return" is a refusal only with what was not returned: "… did not return a call seeking comment".)
    noComment:
      NO_COMMENT_PHRASES.some((phrase) => text.includes(phrase)) &&
      tokens.some((token) => NO_COMMENT_OBJECTS.has(token.text.toLowerCase())),
  };
}

/** How many words after a count its noun may stand ("14 companies", "five new landers"). */
const COUNT_REACH = 3;

/**
 * The counts of a sentence's tokens: a number of 2–999 in digits or words, not a year, not after a month (a
 * date) and not before a unit of time, share or size ("9 a.m.", "40 percent", "8 billion"), with the first
 * content term after it that is not a number.
 */
function countsOf(tokens: Token[], termAt: Array<number | undefined>): Count[] {
  const counts: Count[] = [];
  tokens.forEach((token, i) => {
    const digits = /^\d{1,3}$/.test(token.norm) && !isYear(token.norm) ? Number(token.norm) : undefined;
    const value = digits ?? NUMBER_WORDS.get(token.norm.toLowerCase());
    if (value === undefined || value < 2) return;
    if (i > 0 && MONTHS.has(tokens[i - 1].norm.toLowerCase().replace(/\.$/, ''))) return;
    if (i + 1 < tokens.length && NOT_COUNTED_AFTER.has(tokens[i + 1].norm.toLowerCase())) return;
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + COUNT_REACH); j++) {
      const term = termAt[j];
      const isNumber = /^\d/.test(tokens[j].norm) || NUMBER_WORDS.has(tokens[j].norm.toLowerCase());
      if (term === undefined || isNumber) continue;
      counts.push({ value, term });
      return;
    }
  });
  return counts;
}

/** A word of who says something: part of a name, a title, or a role ("police", "officials"). */
const isSourceWord = (token: Token) =>
  token.norm === '' || startsUpper(token.text) || TITLES.has(token.text.toLowerCase()) || ROLE_NOUNS.has(roleHead(token.text));

/**
 * The tokens of a sentence's attribution ("…, Las Vegas Police Sgt. John Sheahan said."; "Police said …";
 * "…, said Sheahan."; "…, according to officials."): who says it is not what is said, and two claims from one
 * source are still two claims.
 */
export function attributionTokens(tokens: Token[], isQuoted: (token: Token) => boolean = () => false): Set<number> {
  const out = new Set<number>();
  const mark = (from: number, to: number) => {
    for (let k = from; k < to; k++) out.add(k);
  };
  tokens.forEach((token, i) => {
    const sourced = accordingTo(tokens, i, isQuoted);
    if (sourced > 0) mark(i, sourced);
    if (!POST_VERBS.has(token.text.toLowerCase()) || isQuoted(token)) return;
    // "X, a spokesman for Y, said": the name before the apposition.
    const appositionStart = i > 0 && tokens[i - 1].text === ',' ? appositionBefore(tokens, i - 1, isQuoted) : -1;
    let from = appositionStart >= 0 ? appositionStart : i;
    while (from > 0 && isSourceWord(tokens[from - 1])) from--;
    const before = from === 0 || /^[,“”"'‘’:—–-]$/.test(tokens[from - 1].text);
    if (from < (appositionStart >= 0 ? appositionStart : i) && before) mark(from, i + 1);
    let to = i + 1;
    while (to < tokens.length && isSourceWord(tokens[to])) to++;
    const after = to >= tokens.length || /^[.,;:!?]$/.test(tokens[to].text);
    if (to > i + 1 && after && i > 0 && /^[,“”"'‘’]$/.test(tokens[i - 1].text)) {
      // "…, said X, vice president of Y.": the apposition after the name, to the sentence's end.
      const end = tokens[to]?.text === ',' ? appositionAfter(tokens, to, isQuoted) : -1;
      mark(i, end >= 0 ? end : to);
    }
  });
  return out;
}

/** A word of a source's description: "two people familiar with the matter", "a report in the Argus Leader". */
const isSourcePhraseWord = (token: Token) => {
  const lower = token.text.toLowerCase();
  return token.stop || isSourceWord(token) || SOURCE_NOUNS.has(lower) || TEXT_NOUNS.has(lower.replace(/s$/, ''));
};

/** A source named after "according to" is a phrase of this many words at most. */
const SOURCE_WORDS = 12;

/**
 * Where "according to <source>" starting at tokens[at] ends (its comma or full stop left out), or -1: "…, according
 * to two people familiar with the matter." names who says it, as "X said" does. The source is names, roles and
 * words that describe a source, up to punctuation; "according to a paper published Monday" tells a fact too.
 */
function accordingTo(tokens: Token[], at: number, isQuoted: (token: Token) => boolean): number {
  if (tokens[at].text.toLowerCase() !== 'according' || tokens[at + 1]?.text.toLowerCase() !== 'to' || isQuoted(tokens[at])) return -1;
  for (let k = at + 2; k < tokens.length && k - at <= SOURCE_WORDS + 2; k++) {
    if (/^[.,;:!?—–()]$/.test(tokens[k].text)) return k > at + 2 ? k : -1;
    if (isQuoted(tokens[k]) || !isSourcePhraseWord(tokens[k])) return -1;
  }
  return at + 2 < tokens.length && tokens.length - at <= SOURCE_WORDS + 2 ? tokens.length : -1;
}

/** An apposition says who a speaker is in a few words; a clause of its own ("adding that …") is no apposition. */
const APPOSITION_WORDS = 16;
const isAppositionWord = (token: Token, first: boolean, isQuoted: (token: Token) => boolean) => {
  const lower = token.text.toLowerCase();
  if (isQuoted(token) || POST_VERBS.has(lower) || CLAUSE_WORDS.has(lower) || APPOSITION_BREAKS.has(lower)) return false;
  return !(first && /^\p{Ll}+ing$/u.test(token.text));
};

/** Where the apposition ending at the comma `comma` (", vice president of Y, said") begins, or -1. */
function appositionBefore(tokens: Token[], comma: number, isQuoted: (token: Token) => boolean): number {
  let k = comma - 1;
  while (k >= 0 && tokens[k].text !== ',' && comma - k <= APPOSITION_WORDS) {
    if (!isAppositionWord(tokens[k], tokens[k - 1]?.text === ',', isQuoted)) return -1;
    k--;
  }
  return k >= 0 && tokens[k].text === ',' && k < comma - 1 ? k : -1;
}

/** Where the apposition after the comma `comma` ends (the sentence's end or its full stop), or -1. */
function appositionAfter(tokens: Token[], comma: number, isQuoted: (token: Token) => boolean): number {
  let k = comma + 1;
  while (k < tokens.length && !/^[.!?]$/.test(tokens[k].text)) {
    if (k - comma > APPOSITION_WORDS || !isAppositionWord(tokens[k], k === comma + 1, isQuoted)) return -1;
    k++;
  }
  return k > comma + 1 ? k : -1;
}

/**
 * The words of a title before a name ("Russian Foreign Minister Sergei Lavrov", "US Secretary of State John
 * Kerry"): they say who someone is, not what is claimed, and two sentences that name the same minister share
 * no claim by it. A title word is capitalised and in TITLES ("of" may join two), and the run ends at a name.
 */
export function titleTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  const isTitle = (token: Token) => startsUpper(token.text) && TITLES.has(token.text.toLowerCase());
  let i = 0;
  while (i < tokens.length) {
    if (!isTitle(tokens[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (
      end < tokens.length &&
      (isTitle(tokens[end]) || (tokens[end].text === 'of' && end + 1 < tokens.length && isTitle(tokens[end + 1])))
    )
      end++;
    const next = tokens[end];
    if (next && !next.stop && startsUpper(next.text) && /^\p{L}/u.test(next.text)) for (let k = i; k < end; k++) out.add(k);
    i = end;
  }
  return out;
}

/** The digits of a number word that counts ("three" → "3"), or undefined; "one" is too often a pronoun. */
function countedNumber(word: string): string | undefined {
  const value = NUMBER_WORDS.get(word.toLowerCase());
  return value === undefined || value === 1 ? undefined : String(value);
}

/** Term ids by key, in order of first sight, with what is needed to tell names and find vectors. */
class TermTable {
  readonly names: string[] = [];
  /** The story's name keys, each worked out once. */
  readonly folds = foldMemo();
  private readonly ids = new Map<string, number>();
  private readonly lowerLemma: string[] = [];
  private readonly capitalLemma: string[] = [];
  private readonly seen: number[] = [];
  private readonly capitalised: number[] = [];

  add(key: string, token: Token, sentenceInitial: boolean): number {
    let t = this.ids.get(key);
    if (t === undefined) {
      t = this.names.length;
      this.ids.set(key, t);
      this.names.push(key);
      this.seen.push(0);
      this.capitalised.push(0);
    }
    const capital = /^\p{Lu}/u.test(token.text);
    // The smallest norm (so that input order does not matter), lower-case occurrences first.
    const lemmas = capital ? this.capitalLemma : this.lowerLemma;
    if (lemmas[t] === undefined || byCodePoint(token.norm, lemmas[t]) < 0) lemmas[t] = token.norm;
    if (!sentenceInitial) {
      this.seen[t]++;
      if (capital) this.capitalised[t]++;
    }
    return t;
  }

  /** The ids of those keys the story has (keys are token norms). */
  known(norms: string[] | undefined): number[] {
    return (norms ?? []).map((norm) => this.ids.get(nameKey(norm, this.folds))).filter((t): t is number => t !== undefined);
  }

  isName(t: number): boolean {
    return this.seen[t] > 0 && this.capitalised[t] >= 0.8 * this.seen[t];
  }

  /** The word a term's vector is looked up by: its norm as written in lower case where it ever is. */
  lemma(t: number): string {
    return this.lowerLemma[t] ?? this.capitalLemma[t] ?? this.names[t];
  }
}

function sum(terms: number[], weights: Float64Array): number {
  let total = 0;
  for (const t of terms) total += weights[t];
  return total;
}

/** The distinct values of a list of ids, ascending (a new list). */
export function sortedUnique(list: readonly number[]): number[] {
  const out = [...list].sort((a, b) => a - b);
  return out.filter((value, i) => i === 0 || value !== out[i - 1]);
}
