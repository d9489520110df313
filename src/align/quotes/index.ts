// The same quotation across outlets. Quotations are compared on normalised content words: two are the
// same quote when one's words are (nearly all) inside the other's — a fragment of a fuller quotation,
// different wrapping, a few words changed. Candidates come from an inverted index on each quotation's
// rarest words, so the work stays near-linear however many quotations a story holds.

import type { AnalysedStory, Article, Quotation, QuoteGroup, QuoteMember } from '../../types.js';
import { withoutMarks } from '../../letters.js';
import { STEM_SUFFIXES } from '../../lexicon.js';

const STOP = new Set(
  (
    'a an the and or but if of to in on at by for from with as is are was were be been being have has had do does did ' +
    'i we you he she it they me us him her them my our your his its their this that these those there here which who ' +
    'whom what when where how not no so than then too very can could will would shall should may might must just ' +
    'about into over also only some any all both each such own same other more most s t yes yeah ok okay'
  ).split(' '),
);
/** The stop words as quoteTerms stems them ("have" → "hav", "this" → "thi"), so that either form is dropped. */
const STOP_STEMS = new Set([...STOP].map((word) => stem(word)));
const isStop = (term: string) => STOP.has(term) || STOP_STEMS.has(term);

/** Share of the shorter quotation's content words that the longer one holds, for a match. */
export const CONTAINMENT = 0.7;
/** Fewest content words for a non-identical match: one- or two-word fragments match only identically. */
export const MIN_WORDS = 3;
/**
 * Fewest content words of one sentence of a longer quotation to match on its own ("South Dakota has a problem" is too
 * few), and fewest it must share with the other quotation.
 */
export const PIECE_WORDS = 4;
/** Quotations read per looked-up word: a word held by more is too common to tell quotes apart. */
const MAX_POSTINGS = 500;

/** Lower-cased words with a light suffix strip: "dividing"/"divide" → "divid". */
export function quoteTerms(text: string): string[] {
  // An editor's insertion ("of [Capaldi] being", "[BBC head of drama] Ben") is not the speaker's words: another
  // outlet quoting the same remark has the words it replaced, or none.
  const spoken = text.includes('[') ? text.replace(/\[[^\]]*\]/g, ' ') : text;
  // Plain ASCII has no marks to strip (most quotations: the Unicode steps are slow).
  const folded = /^[\x00-\x7f]*$/.test(spoken) ? spoken : withoutMarks(spoken, 'NFKD');
  const words =
    folded
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map(stem);
}

function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  for (const suffix of STEM_SUFFIXES) {
    if (word.endsWith(suffix) && !word.endsWith('ss') && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

interface Entry {
  quotation: Quotation;
  order: number;
  all: string;
  /** Number of words in `all`. */
  wordCount: number;
  content: Set<string>;
  /** The quotation cut at its article's sentence ends (see sentenceParts). */
  parts: QuoteMember[];
  /** For a quotation over several sentences, the content words of each sentence's part; else none. */
  pieces: Array<Set<string>>;
}

export function groupQuotes(analysed: Pick<AnalysedStory, 'story' | 'quotations'>): QuoteGroup[] {
  const articleOrder = new Map(analysed.story.articles.map((article, index) => [article.id, index]));
  const articles = new Map(analysed.story.articles.map((article) => [article.id, article]));
  const contentOf = (terms: string[]) => new Set(terms.filter((term) => !isStop(term)));
  const entries: Entry[] = analysed.quotations
    .filter((quotation) => quotation.kind !== 'scare')
    .map((quotation, order) => {
      const terms = quoteTerms(quotation.text);
      const parts = sentenceParts(quotation, articles.get(quotation.article));
      const pieces = parts.length > 1 ? parts.map((part) => contentOf(quoteTerms(part.text))) : [];
      return { quotation, order, all: terms.join(' '), wordCount: terms.length, content: contentOf(terms), parts, pieces };
    })
    .filter((entry) => entry.all !== '');

  const { postings, exact } = indexEntries(entries);
  const { find, union } = unionFind(entries.length);
  // Identical words group at once — unless they hold no content word at all (“Yes.” and ‘yes’ are not one quote).
  for (const list of exact.values()) if (entries[list[0]].content.size > 0) for (const other of list.slice(1)) union(list[0], other);
  linkContained(entries, postings, find, union);
  linkFragments(entries, postings, find, union);

  const groups = new Map<number, Entry[]>();
  entries.forEach((entry, index) => {
    const root = find(index);
    const list = groups.get(root) ?? [];
    list.push(entry);
    groups.set(root, list);
  });

  // Words quoted inside a quotation are part of it, not a quote of their own — unless another outlet quotes
  // them directly ("she said 'hello Doctor'" here, “Hello Doctor” there).
  const built = [...groups.values()]
    .filter((members) => members.some((member) => !member.quotation.nested))
    .map((members) => {
      members.sort(
        (a, b) => (articleOrder.get(a.quotation.article) ?? 0) - (articleOrder.get(b.quotation.article) ?? 0) || a.order - b.order,
      );
      return {
        members,
        articles: new Set(members.map((member) => member.quotation.article)).size,
        first: Math.min(...members.map((member) => member.order)),
      };
    });
  built.sort((a, b) => b.articles - a.articles || a.first - b.first);
  return built.map(({ members }, index): QuoteGroup => {
    const speakers = members.map((member) => member.quotation.speaker).filter((speaker): speaker is string => speaker !== null);
    return {
      id: `g${index + 1}`,
      speaker: mostCommon(speakers.filter(isName)) ?? mostCommon(speakers),
      members: members.flatMap(({ parts }) => parts),
      speakerConflict: speakersDiffer(speakers),
      truncated: truncatedSomewhere(members),
    };
  });
}

/** Inverted index: content word → quotations holding it; and all words → quotations quoting exactly them. */
function indexEntries(entries: Entry[]): { postings: Map<string, number[]>; exact: Map<string, number[]> } {
  const postings = new Map<string, number[]>();
  const exact = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const term of entry.content) {
      const list = postings.get(term) ?? [];
      list.push(index);
      postings.set(term, list);
    }
    const list = exact.get(entry.all) ?? [];
    list.push(index);
    exact.set(entry.all, list);
  });
  return { postings, exact };
}

/** Groups as a union-find over n items; a group is named by its lowest member. */
function unionFind(n: number): { find: (index: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: n }, (_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]];
      index = parent[index];
    }
    return index;
  };
  const union = (a: number, b: number) => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  return { find, union };
}

/** Each quotation looks up the quotations that share its rarest words (a bounded number per word) and joins those it holds or is held by. */
function linkContained(
  entries: Entry[],
  postings: Map<string, number[]>,
  find: (index: number) => number,
  union: (a: number, b: number) => void,
): void {
  const frequency = (term: string) => postings.get(term)?.length ?? 0;
  /**
   * If a quotation holds at least CONTAINMENT of these words, it holds at least one of the rarest
   * ⌊n·(1−CONTAINMENT)⌋+1 of them: those are the only ones looked up.
   */
  const keysOf = (words: Set<string>) =>
    [...words]
      .sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, Math.floor(words.size * (1 - CONTAINMENT) + 1e-9) + 1);
  const seenBy = new Int32Array(entries.length).fill(-1);
  let round = 0;
  // Each quotation, and each sentence of one that runs over several: outlets cut one remark into quotations
  // at different places (“…,” she said, “…” against one quotation), and a sentence of it is still the remark.
  const lookUp = (index: number, words: Set<string>, piece = false) => {
    if (words.size < MIN_WORDS) return;
    round++;
    seenBy[index] = round;
    for (const key of keysOf(words)) {
      const list = postings.get(key) ?? [];
      for (let k = 0; k < list.length && k < MAX_POSTINGS; k++) {
        const other = list[k];
        if (seenBy[other] === round) continue;
        seenBy[other] = round;
        if (find(other) !== find(index) && sameQuote(entries[index], words, entries[other], piece)) union(index, other);
      }
    }
  };
  entries.forEach((entry, index) => {
    lookUp(index, entry.content);
    for (const piece of entry.pieces) if (piece.size >= PIECE_WORDS) lookUp(index, piece, true);
  });
}

/** Fewest content words of a short fragment linked by the phrase it quotes: "incendiary combination". */
const FRAGMENT_WORDS = 2;

/**
 * A fragment too short for the containment test (“incendiary combination”, “that moment has arrived”) joins
 * the quote of another outlet that holds its words as one phrase, in order — if they are all one quote.
 */
function linkFragments(
  entries: Entry[],
  postings: Map<string, number[]>,
  find: (index: number) => number,
  union: (a: number, b: number) => void,
): void {
  const sizes = new Map<number, number>();
  for (let index = 0; index < entries.length; index++) {
    const root = find(index);
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
  }
  entries.forEach((entry, index) => {
    if (entry.content.size >= MIN_WORDS) return;
    // A phrase with one content word ("so excited") is too common to link on its words alone: only to the
    // same speaker's quotation.
    const sameSpeakerOnly = entry.content.size < FRAGMENT_WORDS;
    if (sameSpeakerOnly && (entry.content.size === 0 || entry.wordCount < 2 || entry.quotation.speaker === null)) return;
    // Quoted word for word elsewhere already (“Hello Doctor” / ‘hello Doctor’): that is its quote.
    if ((sizes.get(find(index)) ?? 0) > 1) return;
    const phrase = ` ${entry.all} `;
    const [key] = [...entry.content].sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0));
    const roots = new Set<number>();
    for (const other of (postings.get(key) ?? []).slice(0, MAX_POSTINGS)) {
      const candidate = entries[other];
      if (
        candidate.quotation.article !== entry.quotation.article &&
        candidate.wordCount > entry.wordCount &&
        ` ${candidate.all} `.includes(phrase) &&
        (!sameSpeakerOnly || sameSpeaker(entry.quotation.speaker, candidate.quotation.speaker))
      )
        roots.add(find(other));
    }
    if (roots.size === 1) union(index, [...roots][0]);
  });
}

/**
 * The quotation cut at the article's sentence ends: one member per sentence it runs over, each with the words
 * that sentence carries (a sentence of nothing but marks or punctuation carries none).
 */
export function sentenceParts(quotation: Quotation, article: Article | undefined): QuoteMember[] {
  const member = (sentence: string, text: string): QuoteMember => ({
    article: quotation.article,
    sentence,
    quotation: quotation.id,
    text,
    speaker: quotation.speaker,
    speakerReason: quotation.speakerReason,
    kind: quotation.kind,
  });
  const spanned = (article?.sentences ?? []).filter((sentence) => sentence.start < quotation.end && sentence.end > quotation.start);
  if (spanned.length <= 1) return [member(quotation.sentence, quotation.text)];
  const parts: QuoteMember[] = [];
  for (const sentence of spanned) {
    const from = Math.max(sentence.start, quotation.start) - quotation.start;
    const to = Math.min(sentence.end, quotation.end) - quotation.start;
    const text = quotation.text.slice(from, to).replace(/^[\s“”"‘’'«»]+|[\s“”"‘’'«»,;:]+$/gu, '');
    if (/[\p{L}\p{N}]/u.test(text)) parts.push(member(sentence.id, text));
  }
  return parts.length > 0 ? parts : [member(quotation.sentence, quotation.text)];
}

/**
 * The shorter one's content words are (nearly) all in the longer one: `words` (of quotation a, or of one of its
 * sentences) against quotation b's.
 */
function sameQuote(a: Entry, words: Set<string>, b: Entry, piece: boolean): boolean {
  // Two different quotations in one article are two quotes, however many words they share.
  if (a.quotation.article === b.quotation.article) return false;
  const [short, long] = words.size <= b.content.size ? [words, b.content] : [b.content, words];
  if (short.size < MIN_WORDS) return false;
  const shared = sharedCount(short, long);
  // (A sentence of a longer quotation shares PIECE_WORDS words at least: three words of the story's topic —
  // "households", "one", "language" — are in many of its quotations.)
  return shared / short.size >= CONTAINMENT && (!piece || shared >= PIECE_WORDS);
}

function sharedCount(short: Set<string>, long: Set<string>): number {
  let shared = 0;
  for (const term of short) if (long.has(term)) shared++;
  return shared;
}

/**
 * Some outlet quotes less of the remark than another: each article's quotations in the group taken together
 * (an outlet that quotes it in two pieces around its attribution quotes it whole).
 */
function truncatedSomewhere(members: Entry[]): boolean {
  const byArticle = new Map<string, Entry>();
  for (const member of members) {
    const known = byArticle.get(member.quotation.article);
    byArticle.set(
      member.quotation.article,
      known
        ? {
            ...known,
            all: `${known.all} ${member.all}`,
            wordCount: known.wordCount + member.wordCount,
            content: new Set([...known.content, ...member.content]),
          }
        : member,
    );
  }
  const versions = [...byArticle.values()];
  return versions.some((a) => versions.some((b) => a !== b && partOf(a, b)));
}

/** a quotes strictly less of the same words than b. */
function partOf(a: Entry, b: Entry): boolean {
  if (a.all === b.all || a.wordCount >= b.wordCount) return false;
  if (b.all.includes(a.all)) return true;
  // A word or two changed is rewording, not truncation: the longer must hold clearly more.
  return (
    a.content.size >= MIN_WORDS && a.content.size + 2 <= b.content.size && sharedCount(a.content, b.content) / a.content.size >= CONTAINMENT
  );
}

/** Two credited speakers that are one: the same name, or one name's words all in the other's ("Lowe", "Ann Lowe"). */
function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [x, y]: string[][] = [nameWords(a), nameWords(b)];
  return x.every((word) => y.includes(word)) || y.every((word) => x.includes(word));
}

/** A proper name ("Peter Carr", "BBCOne"), not a description ("a spokesman for the special counsel", "the statement"). */
// ("Douglas’s lawyer": an owner and a lower-case noun describe someone, as "the lawyer" would.)
const isName = (speaker: string) =>
  /^\p{Lu}/u.test(speaker) && !/^(?:the|a|an|one|another)\s/i.test(speaker) && !/^\S+['’]s?\s+\p{Ll}/u.test(speaker);
const nameWords = (name: string) => name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Outlets credit the words to different people or bodies: two names neither of which holds the other
 * ("Sergei Lavrov" / "Lavrov" agree, as do "BBC One" / "BBCOne"). A description agrees with any name: "a
 * spokesman for the special counsel" may be Peter Carr, "Douglas’s lawyer" Robert Singh, "the statement" the ministry's.
 */
export function speakersDiffer(speakers: string[]): boolean {
  const names = [...new Set(speakers.filter(isName))].map(nameWords);
  const agree = (a: string[], b: string[]) =>
    a.every((word) => b.includes(word)) || b.every((word) => a.includes(word)) || a.join('') === b.join('');
  return names.some((a, i) => names.some((b, j) => j > i && !agree(a, b)));
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}
