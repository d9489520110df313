// The quotations of one article: marks paired, wrappers removed, nesting found, kind decided, and the
// attribution read (still raw: pronouns and "the official" are resolved story-wide in ../index.ts).

import { escapeRegExp } from '../../chars.js';
import type { Article } from '../../types.js';
import { attributionAfter, attributionBefore, headingName, signature } from '../speakers/attribution.js';
import { nounPhraseBefore } from '../speakers/noun-phrase-before.js';
import { tokenize, type RawSpeaker } from '../speakers/tokens.js';
import { tokenNorm } from '../speakers/names.js';
import { alternation, AS_VERBS, INDEFINITE_PRONOUNS, isSayingParticiple, POST_VERBS, SAYING_NOUNS, SAYING_VERBS } from '../../lexicon.js';
import { isTitleCase, quoteKind, quoteWords } from './classify.js';
import { scanQuotes, type QuoteSpan } from './scan.js';

export interface FoundQuote {
  start: number;
  end: number;
  open: number;
  /** Offset just after the closing mark (or the end of an unclosed quotation). */
  after: number;
  /** End of the sentence the quotation closes in. */
  sentenceEnd: number;
  /** Start of the sentence the quotation opens in (an attribution before the marks lies after it). */
  sentenceStart: number;
  /** Where a pronoun or "the 55-year-old" before the marks stands: what it points back to comes before. */
  speakerAt?: number;
  block: number;
  kind: 'full' | 'partial' | 'scare';
  nested: boolean;
  raw: RawSpeaker | null;
  /**
   * Where the attribution came from ('lead': the sentence before, which introduces the quotation; 'signed': a
   * signature line below it).
   */
  via: 'after' | 'before' | 'lead' | 'signed' | 'heading' | null;
  /** A plain verb of saying ("said", "told": POST_VERBS) or its -ing form stands in the quotation's sentence. */
  cued: boolean;
  /**
   * A quotation running over several paragraphs is one FoundQuote per paragraph; all of them carry the index
   * (in the returned list) of the first one, so that one attribution credits them all.
   */
  chain?: number;
  /** Quoted inside a quotation after "I said", "we told them": the outer quotation's speaker quoting themselves. */
  selfQuoted?: boolean;
  /** Signed after a dash in its own paragraph (a pull quote), not on the line below (via 'signed'). */
  signedAfter?: boolean;
}

/** The paragraphs (blocks) of the article as body ranges; blank-line paragraphs if the parser gave none. */
export function blockRanges(article: Pick<Article, 'body' | 'blocks'>): Array<{ start: number; end: number }> {
  if (article.blocks.length > 0) return article.blocks.map(({ start, end }) => ({ start, end }));
  const ranges: Array<{ start: number; end: number }> = [];
  const pattern = /\n\s*\n/g;
  let from = 0;
  for (let match = pattern.exec(article.body); match; match = pattern.exec(article.body)) {
    ranges.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  ranges.push({ start: from, end: article.body.length });
  return ranges;
}

/**
 * Where the sentences of body[from, to) start, as the parse stage cut them (`starts`: every sentence start of
 * the article, in order); the block's own start always counts.
 */
function blockSentenceStarts(starts: number[], from: number, to: number): number[] {
  const found = [from];
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= from) low = mid + 1;
    else high = mid;
  }
  for (let at = low; at < starts.length && starts[at] < to; at++) found.push(starts[at]);
  return found;
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = sorted[0];
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= value) {
      found = sorted[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function firstAfter(sorted: number[], value: number, fallback: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = fallback;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] > value) {
      found = sorted[mid];
      high = mid - 1;
    } else low = mid + 1;
  }
  return found;
}

const WINDOW = 400;

const WRAPPER_END = new RegExp(`\\b(?:told(?:\\s+[\\p{L}’'.-]+){1,3}|${alternation(POST_VERBS)})\\s*[:,]\\s*$`, 'u');

/** How far a quotation may run on through paragraphs that carry no marks at all, looking for its closing mark. */
const MAX_MARKLESS = 4;

const DOUBLE_MARKS = /[“„«‟”»"]/g;

/**
 * The first double quotation mark of body[from, to) and whether it closes: ” » always; a straight " glued to the
 * end of a word (`started,"`) or after `, ` (`call, "he said`); a “ glued to a word and followed by a space.
 */
function firstDoubleMark(body: string, from: number, to: number): { pos: number; closing: boolean } | null {
  DOUBLE_MARKS.lastIndex = from;
  const match = DOUBLE_MARKS.exec(body);
  if (!match || match.index >= to) return null;
  const i = match.index;
  const c = body[i];
  const prev = i > from ? body[i - 1] : '';
  const next = i + 1 < to ? body[i + 1] : '';
  const gluedClose = prev !== '' && /[^\s([{—–\-/]/.test(prev) && (next === '' || /[\s.,;:!?)\]}—–…]/.test(next));
  if (c === '”' || c === '»') return { pos: i, closing: true };
  if (c === '"') return { pos: i, closing: i > from && (gluedClose || (prev === ' ' && /[,.!?]/.test(body[i - 2] ?? ''))) };
  return { pos: i, closing: i > from && gluedClose };
}

/**
 * The quotations of an article. Its sentences are the parse stage's; without them (a bare body) each paragraph
 * counts as one sentence.
 */
export function extractQuotes(article: Pick<Article, 'body' | 'blocks'> & Partial<Pick<Article, 'sentences'>>): FoundQuote[] {
  const { body } = article;
  const articleStarts = (article.sentences ?? []).map((sentence) => sentence.start);
  const found: FoundQuote[] = [];
  const ranges = blockRanges(article);
  const marks = paragraphMarks(body, ranges);
  // A quotation still open at the end of the previous paragraph: the index of its first part in `found`.
  let carry: number | null = null;
  ranges.forEach((range, block) => {
    const { lead, from, continuing } =
      carry === null ? { lead: [], from: range.start, continuing: false } : continuation(body, range, block, marks);
    const chainId = continuing ? carry : null;
    carry = null;
    const spans = [...lead, ...scanQuotes(body, from, range.end)];
    if (spans.length === 0) return;
    const { kept, topLevel } = nesting(body, spans);
    const place = {
      range,
      block,
      starts: blockSentenceStarts(articleStarts, range.start, range.end),
      articleStarts,
      next: ranges[block + 1] ?? null,
      previous: ranges[block - 1] ?? null,
    };
    // The paragraph ends inside a quotation that is still open: it may go on in the next paragraph.
    const last = topLevel.at(-1);
    const runsOn = last !== undefined && last.close < 0 && /^[\s,;:]*$/.test(body.slice(last.end, range.end));
    let previous: FoundQuote | null = null;
    for (const { span, nested, outer } of kept) {
      const quote = quoteAt(body, span, outer, place);
      if (!nested && span === topLevel[0] && chainId !== null) {
        // A later paragraph of a quotation: utterance like its first part, credited with it.
        quote.chain = chainId;
        quote.kind = 'full';
      }
      if (!nested && previous && resumesAfterAttribution(body, previous, quote)) {
        // “We are ready,” said Ann Lowe, “and we will win.”: one utterance cut by its attribution.
        // Its own "attribution" is the previous part's inverted one read backwards ("The people …,” says Munn,").
        previous.chain ??= found.indexOf(previous);
        quote.chain = previous.chain;
        quote.kind = previous.kind === 'partial' ? 'partial' : 'full';
        quote.raw = null;
      }
      if (!nested && previous && listedAfterTerm(body, previous, quote)) quote.kind = 'scare';
      if (!nested) previous = quote;
      if (!nested && span === last && runsOn) {
        quote.chain ??= found.length;
        carry = quote.chain;
      }
      found.push(quote);
    }
  });
  return found;
}

/** Words of a term listed after another: words like “market valuation,” “expected yield,” and “externality”. */
const LIST_JOIN = /^[\s,;]*(?:(?:and|or)\s+)?$/;
const LISTED_TERM_WORDS = 5;

/** A few quoted words listed right after a term or name are one too: the list names things, no one says them. */
function listedAfterTerm(body: string, previous: FoundQuote, quote: FoundQuote): boolean {
  if (previous.kind !== 'scare' || quote.kind === 'scare') return false;
  const text = body.slice(quote.start, quote.end);
  const words = text.split(/\s+/).filter(Boolean).length;
  // A title in a list of titles stays one, however long and whoever the sentence credits ("According to Live
  // Nation, expect hits including “Black Water,” … “Jesus Is Just Alright With Me” and others").
  const title = isTitleCase(quoteWords(text)) && words <= 2 * LISTED_TERM_WORDS;
  return (title || (!quote.raw && words <= LISTED_TERM_WORDS)) && LIST_JOIN.test(body.slice(previous.after, quote.open));
}

interface ParagraphMarks {
  /** The first double mark of a paragraph, and whether it closes. */
  firstMarkOf(block: number): { pos: number; closing: boolean } | null;
  /** Paragraphs after `block` without marks, then one whose first mark closes: the quotation goes on through them. */
  closesLater(block: number): boolean;
}

/** The first marks of the article's paragraphs, each looked for once. */
function paragraphMarks(body: string, ranges: Array<{ start: number; end: number }>): ParagraphMarks {
  const firstMarks = new Map<number, { pos: number; closing: boolean } | null>();
  const firstMarkOf = (block: number) => {
    if (!firstMarks.has(block)) firstMarks.set(block, firstDoubleMark(body, ranges[block].start, ranges[block].end));
    return firstMarks.get(block)!;
  };
  const closesLater = (block: number) => {
    for (let next = block + 1; next < ranges.length && next <= block + MAX_MARKLESS; next++) {
      const mark = firstMarkOf(next);
      if (!mark) continue;
      if (mark.closing) return true;
      // The quotation reopens after the paragraphs without marks: they are part of it if they read as speech
      // (first or second person, or naming no one), not as the reporter's narrative resuming.
      if (!/^\s*$/.test(body.slice(ranges[next].start, mark.pos))) return false;
      for (let between = block; between < next; between++)
        if (!speechLike(body.slice(ranges[between].start, ranges[between].end))) return false;
      return true;
    }
    return false;
  };
  return { firstMarkOf, closesLater };
}

/**
 * How a paragraph goes on with a quotation left open by the one before. The convention: each paragraph of the
 * quotation reopens with a mark and only the last closes. Copy that puts each sentence on its own line also
 * leaves lines with no marks at all, and closes on a line that never opened. A paragraph continues the open
 * quotation when it reopens at its start, when its first mark is a closing one, or when it has no marks and a
 * later paragraph closes. `lead`: the words before the closing mark; `from`: where scanning for marks resumes.
 */
function continuation(
  body: string,
  range: { start: number; end: number },
  block: number,
  marks: ParagraphMarks,
): { lead: QuoteSpan[]; from: number; continuing: boolean } {
  const mark = marks.firstMarkOf(block);
  const lead = (limit: number, close: number) => {
    const span = continuationSpan(body, range.start, limit, close);
    return span ? [span] : [];
  };
  if (mark?.closing) return { lead: lead(mark.pos, mark.pos), from: mark.pos + 1, continuing: true };
  if (!mark && marks.closesLater(block)) return { lead: lead(range.end, -1), from: range.start, continuing: true };
  // Reopened: the paragraph's first quotation is the continuation.
  const reopened = mark !== null && /^\s*$/.test(body.slice(range.start, mark.pos));
  return { lead: [], from: range.start, continuing: reopened };
}

/** First person as a subject: the words are the speaker's own. */
const FIRST_PERSON = /(?:^|[\s“"‘'])(?:I|we|We)\s/u;

/** Between the end of a wrapped quotation and the end of its wrapper: marks, punctuation and spaces only. */
const ENDS_WITH_INNER = /^[\s\p{P}]*$/u;

/** How far after a closing mark its attribution is looked for. */
const ATTRIBUTION_AFTER_REACH = 120;

/** Whether an attribution follows the closing mark in the same sentence ("…’” she said). */
function attributedAfter(body: string, span: QuoteSpan): boolean {
  if (span.close < 0) return false;
  const post = body.slice(span.close + 1, span.close + 1 + ATTRIBUTION_AFTER_REACH).split(/\n/)[0];
  return attributionAfter(post) !== null;
}

/**
 * How far before a quotation another may close for it to read as the same speaker going on (past a long attribution:
 * "…,” said Joy Samuels-Tracey, director of the Kingston-based advocacy group Woman Inc. “…”).
 */
const CONTINUATION_REACH = 200;

/** “…,” Haddad testified. “He said, ‘…’”: marks that open right after another quotation and its attribution. */
function continuesQuotation(body: string, span: QuoteSpan): boolean {
  const before = body.slice(Math.max(0, span.open - CONTINUATION_REACH), span.open);
  return /[”"][^“”"\n]*[.!?]\s*$/u.test(before);
}

/** Where a quotation's closing mark ends (its words' end when it never closes). */
const innerEnd = (span: QuoteSpan): number => (span.close >= 0 ? span.close + 1 : span.end);

/**
 * Which spans lie inside another's marks, with wrappers dropped: an outlet put marks round a whole sentence
 * that itself introduces the quotation and ends with it (“Kerry … told Lavrov: ‘Even when …'”); the outer
 * marks go, the inner quotation stands. A quotation that goes on after the one it quotes (“The president
 * told me, ‘Just say it,’ and hung up”) is a quotation of its own, the inner one nested in it.
 */
function nesting(
  body: string,
  spans: QuoteSpan[],
): { kept: Array<{ span: QuoteSpan; nested: boolean; outer: QuoteSpan | null }>; topLevel: QuoteSpan[] } {
  const parent = new Array<number>(spans.length).fill(-1);
  const open: number[] = [];
  spans.forEach((span, index) => {
    while (open.length && limitOf(spans[open[open.length - 1]]) <= span.open) open.pop();
    if (open.length && span.end <= limitOf(spans[open[open.length - 1]])) parent[index] = open[open.length - 1];
    open.push(index);
  });
  const dropped = new Set<number>();
  spans.forEach((span, index) => {
    const outer = parent[index];
    if (outer < 0 || parent[outer] >= 0) return;
    const lead = body.slice(spans[outer].start, span.open);
    // “And I said, ‘…’”: a speaker telling what they said is speech, not an outlet's sentence in marks.
    // (“My father used to say, ‘…,’” she said: marks with their own attribution after them are someone's words.)
    const wrapped =
      WRAPPER_END.test(lead) &&
      !FIRST_PERSON.test(lead) &&
      ENDS_WITH_INNER.test(body.slice(innerEnd(span), spans[outer].end)) &&
      !attributedAfter(body, spans[outer]) &&
      !continuesQuotation(body, spans[outer]);
    if (wrapped) dropped.add(outer);
  });
  const kept = spans
    .map((span, index) => ({ span, index }))
    .filter(({ index }) => !dropped.has(index))
    .map(({ span, index }) => {
      const nested = parent[index] >= 0 && !dropped.has(parent[index]);
      return { span, nested, outer: nested ? spans[parent[index]] : null };
    });
  return { kept, topLevel: kept.filter(({ nested }) => !nested).map(({ span }) => span) };
}

/** Where a span stands: its paragraph, the paragraph's index and its sentence starts. */
interface Place {
  range: { start: number; end: number };
  block: number;
  starts: number[];
  /** Every sentence start of the article (empty for a bare body). */
  articleStarts: number[];
  /** The next paragraph, if any: a signature line below a quotation. */
  next: { start: number; end: number } | null;
  /** The paragraph before, if any: a heading that names the one quoted below it. */
  previous: { start: number; end: number } | null;
}

/**
 * One quotation: its sentence, its kind and the attribution before or after the marks. A quotation nested in
 * another (`outer`) is attributed only by what the outer quotation's own words say ("The president told me,
 * ‘…’"), never by a pronoun: inside a quotation "he" and "me" are the quoted speaker's, not the article's.
 */
function quoteAt(body: string, span: QuoteSpan, outer: QuoteSpan | null, place: Place): FoundQuote {
  const { range, block, starts, articleStarts } = place;
  const nested = outer !== null;
  const sentenceStart = lastAtOrBefore(starts, span.open);
  const after = span.close >= 0 ? span.close + 1 : span.end;
  const sentenceEnd = firstAfter(starts, after, range.end);
  // Attributions sit close to the marks; the windows keep huge run-on "sentences" cheap.
  const from = Math.max(sentenceStart, span.open - WINDOW, outer?.start ?? 0);
  const to = Math.min(sentenceEnd, after + WINDOW, outer?.end ?? Number.POSITIVE_INFINITY);
  const pre = body.slice(from, span.open);
  const post = body.slice(after, Math.max(after, to));
  const text = body.slice(span.start, span.end);
  // Each side's words are cut once, for the attribution rules and the cue test.
  const preTokens = tokenize(pre);
  const postTokens = tokenize(post);
  const postRaw = named(nested, attributionAfter(post, postTokens));
  const preFound = attributionBefore(pre, preTokens);
  const preRaw = named(nested, preFound);
  const selfQuoted = nested && preFound?.kind === 'pronoun' && (preFound.pronoun === 'i' || preFound.pronoun === 'we');
  const cue = hasCue(preTokens) || hasCue(postTokens);
  // “…,” Kerry said — the comma (or ? !) at the closing mark is what ties an attribution to the quotation.
  const tied = (span.close >= 0 && /[,!?]\s*$/.test(body.slice(span.start, span.close))) || /^\s*,/.test(post);
  const attributed = Boolean(preRaw || postRaw);
  // After hitting “Takin’ It to the Streets,” the singer told the crowd, “…”: an attribution that goes on to
  // introduce another quotation is that one's; a title before it stays a title.
  const titleBeforeQuotation = () => /[“"]\s*[\p{L}\p{N}]/u.test(post) && isTitleCase(quoteWords(text));
  const attributedAfter = Boolean(postRaw) && tied && !titleBeforeQuotation();
  let kind = quoteKind({ text, pre, nested, cue: cue || attributed, attributedAfter, post, attributed });
  const wholeParagraph =
    !nested &&
    span.close >= 0 &&
    /^[\s“"‘'«]*$/.test(body.slice(range.start, span.open)) &&
    /^[\s”"’'»]*$/.test(body.slice(span.close + 1, range.end));
  // A paragraph that is nothing but a few quoted words with no full stop is a heading quoting a phrase
  // (a sub-head ‘Incredible incarnation’), not an utterance.
  if (kind === 'full' && wholeParagraph && !preRaw && !postRaw && !/[.!?…]$/.test(text) && text.split(/\s+/).length <= 5) kind = 'partial';
  const unattributed = !preRaw && !postRaw && !nested && kind === 'full';
  const lead = unattributed ? leadIn(body, span.open, sentenceStart, articleStarts) : null;
  const around = unattributed && !lead ? nameAround(body, span, place, wholeParagraph) : null;
  const [via, raw]: [FoundQuote['via'], RawSpeaker | null] =
    kind === 'scare'
      ? [null, null]
      : lead
        ? ['lead', lead.raw]
        : around
          ? around
          : chooseAttribution(
              kind,
              preRaw,
              postRaw,
              introducedBy(preTokens),
              tied && !hasSayingVerb(preTokens) && !/^\s*,?\s*(?:and|but|while)\b/i.test(post),
            );
  const quote: FoundQuote = {
    start: span.start,
    end: span.end,
    open: span.open,
    after,
    sentenceEnd,
    sentenceStart,
    block,
    kind,
    nested,
    raw,
    via,
    cued: speaksPlainly(preTokens) || speaksPlainly(postTokens),
  };
  if (selfQuoted && kind !== 'scare') quote.selfQuoted = true;
  if (via === 'signed' && !wholeParagraph) quote.signedAfter = true;
  if ((via === 'before' || via === 'lead') && (raw?.kind === 'pronoun' || raw?.kind === 'anaphor')) {
    const word = raw.kind === 'pronoun' ? raw.pronoun : raw.words[0];
    const [text, end] = lead ? [lead.text, lead.end] : [pre, span.open];
    // The word itself, not letters inside another ("he" in "the plan").
    const at = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu'))].at(-1)?.index ?? -1;
    if (at >= 0) quote.speakerAt = end - text.length + at;
  }
  return quote;
}

/**
 * A quotation with no attribution in its sentence named by the lines around it: signed below it or after a dash
 * (see signer), or under a heading that names a person ("##### Donated by Ann Lowe, Gwynedd, Pa." ¶ “…”).
 */
function nameAround(body: string, span: QuoteSpan, place: Place, wholeParagraph: boolean): ['signed' | 'heading', RawSpeaker] | null {
  const signed = signer(body, span, place.range, place.next, wholeParagraph);
  if (signed) return ['signed', signed];
  const headed = wholeParagraph && place.previous ? headingName(body.slice(place.previous.start, place.previous.end)) : null;
  return headed ? ['heading', headed] : null;
}

/**
 * Who signs a quotation that makes up its paragraph: on the line below it (“…” ¶ – Ann Lowe), or after a dash
 * at the paragraph's end (a pull quote: “…” — Ann Lowe).
 */
function signer(
  body: string,
  span: QuoteSpan,
  range: { start: number; end: number },
  next: { start: number; end: number } | null,
  wholeParagraph: boolean,
): RawSpeaker | null {
  if (wholeParagraph) return next ? signature(body.slice(next.start, next.end)) : null;
  const opens = /^[\s“"‘'«]*$/.test(body.slice(range.start, span.open));
  const tail = span.close >= 0 ? body.slice(span.close + 1, range.end) : '';
  return opens && /^\s*[–—―]/.test(tail) ? signature(tail) : null;
}

/**
 * Between two parts of an utterance cut by its attribution: `, said Ann Lowe in a statement, ` (an apostrophe
 * after a letter is a possessive: `, says Jerry, who saw every snap of the Scots’ season, `).
 */
const CUT_BY_ATTRIBUTION = /^\s*(?:[^“”"‘’.!?;:]|(?<=\p{L})’){1,120},\s*$/u;

/** The quotation goes on the previous one, after the attribution that follows it (see CUT_BY_ATTRIBUTION). */
function resumesAfterAttribution(body: string, previous: FoundQuote, quote: FoundQuote): boolean {
  return (
    previous.via === 'after' &&
    previous.raw !== null &&
    previous.kind !== 'scare' &&
    /,\s*[”"’»]$/.test(body.slice(previous.start, previous.after)) &&
    CUT_BY_ATTRIBUTION.test(body.slice(previous.after, quote.open)) &&
    /^\p{Ll}/u.test(body.slice(quote.start, quote.end))
  );
}

/** A sentence that introduces what follows: "X wrote on Instagram:", "the ministry said the following." */
const INTRODUCES = /(?::|\b(?:the following|as follows)[.:]?)$/i;

/**
 * The attribution of a quotation that opens its sentence with none of its own, given by the sentence just
 * before it when that sentence introduces it ("Ann Lowe wrote on Facebook:" ¶ “…”): `text` is that sentence,
 * ending at `end`.
 */
function leadIn(
  body: string,
  open: number,
  sentenceStart: number,
  articleStarts: number[],
): { raw: RawSpeaker; text: string; end: number } | null {
  if (!/^[\s“"‘'«]*$/.test(body.slice(sentenceStart, open))) return null;
  let end = sentenceStart;
  while (end > 0 && /[\s>]/.test(body[end - 1])) end--;
  if (end === 0 || !INTRODUCES.test(body.slice(Math.max(0, end - 20), end))) return null;
  const start = articleStarts.length > 0 ? lastAtOrBefore(articleStarts, end - 1) : body.lastIndexOf('\n', end - 1) + 1;
  const from = Math.max(start, end - WINDOW);
  const text = body.slice(from, end).replace(INTRODUCES, '');
  const raw = named(false, attributionBefore(text) ?? relativeOwner(text));
  return raw ? { raw, text, end: from + text.length } : null;
}

/** "…, which reads:", "…, which contains the following statement:": a text or sign introduced by a relative. */
const RELATIVE_TEXT =
  /,?\s+(?:which|that)\s+(?:reads?|read|says|said|contains?|contained|states?|stated)(?:\s+the\s+following(?:\s+[\p{L}-]+)?)?\s*$/iu;

/**
 * What a lead-in's relative clause stands for: "She shared onmeth.com, the website for the initiative, which
 * contains the following statement:" — the website's words; the antecedent read as a speaker before a verb.
 */
function relativeOwner(text: string): RawSpeaker | null {
  const found = RELATIVE_TEXT.exec(text);
  if (!found || found.index === 0) return null;
  // The noun phrase that ends where the relative begins, read as a verb's subject would be; "the website for the
  // initiative": what it is for follows the head.
  const antecedent = (words: string) => {
    const tokens = tokenize(words);
    return nounPhraseBefore(tokens, tokens.length);
  };
  const before = text.slice(0, found.index);
  return antecedent(before) ?? antecedent(before.replace(/\s+(?:for|of)\s+[^,]*$/, ''));
}

/**
 * An attribution that can credit someone: never an indefinite pronoun ("Everyone said ‘yes’"), and for a
 * nested quotation never a personal pronoun either.
 */
function named(nested: boolean, raw: RawSpeaker | null): RawSpeaker | null {
  if (raw === null || (nested && raw.kind === 'pronoun')) return null;
  const words = raw.kind === 'pronoun' ? [raw.pronoun] : raw.words;
  return words.length === 1 && INDEFINITE_PRONOUNS.has(words[0].toLowerCase()) ? null : raw;
}

/** Words a verb of saying may stand before the comma or colon that introduces a quotation ("told officers,"). */
const INTRODUCER_REACH = 3;

/** The words before the marks end on a verb of saying and a comma or colon: "he said, “…”", "told officers: “…”". */
function introducedBy(preTokens: string[]): boolean {
  const last = preTokens.length - 1;
  if (last < 1 || (preTokens[last] !== ',' && preTokens[last] !== ':')) return false;
  for (let at = last - 1; at >= 0 && last - at <= INTRODUCER_REACH; at--) {
    if (/^[,;:()—–]$/.test(preTokens[at])) return false;
    if (SAYING_VERBS.has(tokenNorm(preTokens[at]))) return true;
  }
  return false;
}

/**
 * After the marks for a full quotation, before them for a partial one — but a name before beats a bare "he said"
 * after, and a verb of saying that introduces the marks beats an attribution after them: in "… recalled that he
 * said, “I'll do it,” the office said." the office reports what he said.
 */
function chooseAttribution(
  kind: 'full' | 'partial',
  preRaw: RawSpeaker | null,
  postRaw: RawSpeaker | null,
  introduced = false,
  // “The Fed's statement “didn't mention …,” said Ann Lowe”: with no verb of saying before the marks, the
  // attribution tied after them says who quoted the words (the noun before is what they are about).
  saidAfter = false,
): [FoundQuote['via'], RawSpeaker | null] {
  if (kind === 'partial' && saidAfter && postRaw) return ['after', postRaw];
  const order: Array<['after' | 'before', RawSpeaker | null]> =
    kind === 'full'
      ? [
          ['after', postRaw],
          ['before', preRaw],
        ]
      : [
          ['before', preRaw],
          ['after', postRaw],
        ];
  // (A name after beats a description that introduces: "the crowd cheered, “…,” Ann Lowe said".)
  const namedAfter = postRaw?.kind === 'name' && preRaw?.kind === 'description';
  if (kind === 'full' && preRaw && ((introduced && !namedAfter) || (postRaw?.kind === 'pronoun' && preRaw.kind !== 'pronoun')))
    order.reverse();
  return order.find(([, speaker]) => speaker !== null) ?? [null, null];
}

/** A word in lower case among the tokens that passes `test` (a verb is lower case: "Islamic State" holds none). */
const hasLowerCaseWord = (tokens: string[], test: (word: string) => boolean): boolean =>
  tokens.some((token) => /^\p{Ll}/u.test(token) && test(tokenNorm(token)));

/** A plain verb of saying ("said", "told") or the -ing form of one ("telling") among the words. */
const speaksPlainly = (tokens: string[]): boolean => hasLowerCaseWord(tokens, (word) => POST_VERBS.has(word) || isSayingParticiple(word));

/** A verb of saying or judging among the words. */
const hasSayingVerb = (tokens: string[]): boolean =>
  hasLowerCaseWord(tokens, (word) => SAYING_VERBS.has(word) || POST_VERBS.has(word) || AS_VERBS.has(word));

/** A verb or noun of saying among the words (not a gerund after a possessive: "Lowe's declaring an end to …"). */
function hasCue(tokens: string[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    // A verb that ends the sentence keeps its full stop in the token ("said.").
    const word = tokenNorm(tokens[at]);
    if (word.endsWith('ing') && at > 0 && /[’']s$/.test(tokens[at - 1])) continue;
    if (SAYING_VERBS.has(word) || SAYING_NOUNS.has(word) || POST_VERBS.has(word)) return true;
  }
  return false;
}

/** First or second person, or no proper name after the first word. */
function speechLike(text: string): boolean {
  if (/\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|we|we're|we’re|my|our|me|us|you|your)\b/i.test(text)) return true;
  return !/\s\p{Lu}/u.test(text.trim());
}

/** A paragraph's words up to the closing mark at `close` (or all of them), as a span that opened before it. */
function continuationSpan(body: string, from: number, limit: number, close: number): QuoteSpan | null {
  let start = from;
  let end = limit;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /[\s,;:]/.test(body[end - 1])) end--;
  if (end <= start || !/[\p{L}\p{N}]/u.test(body.slice(start, end))) return null;
  return { open: from, close, start, end, double: true, unclosed: close < 0 };
}

const limitOf = (span: QuoteSpan) => (span.close >= 0 ? span.close : span.end);
