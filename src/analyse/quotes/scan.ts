// Finding quotation marks in a stretch of text and pairing them, tolerant of the mess real copy contains:
// curly and straight marks, nested single quotes closed by the wrong mark, quotes that never close,
// and apostrophes (Assad’s, don’t, Dunkin’ Donuts) that look like closing single quotes.

import { alternation, POST_VERBS } from '../../lexicon.js';

/** A pair of marks (or an opening mark whose quotation runs to an attribution or the end of the block). */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quotation never closes. */
  close: number;
  /** The quoted words, marks excluded and surrounding spaces and trailing commas trimmed. */
  start: number;
  end: number;
  double: boolean;
  unclosed: boolean;
}

const OPEN_DOUBLE = new Set(['“', '„', '«', '‟']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const ALL_MARKS = new Set(['“', '„', '«', '‟', '”', '»', '‘', '’', '"', "'", '‚', '‛', '`']);
/** Elisions that begin with an apostrophe: 'til, 'em, '90s. */
const ELISION = /^(?:til|tis|twas|em|n|cause|bout|round|\d{2}s?)\b/i;

/** Longest stretch an unclosed quotation may run when the text gives no attribution to end it. */
const MAX_UNCLOSED = 3000;
const MAX_DEPTH = 6;

const isWord = (c: string | undefined): boolean => c !== undefined && c !== '' && /[\p{L}\p{N}]/u.test(c);
const isSpaceLike = (c: string | undefined): boolean => c === undefined || c === '' || /[\s([{\u2014\u2013\-/]/.test(c);
const isAfterSpace = (c: string | undefined): boolean => c === undefined || c === '' || /[\s.,;:!?)\]}\u2014\u2013…]/.test(c);

interface Open {
  pos: number;
  double: boolean;
  /** A single mark that can only be an opening quotation mark (after a colon, before a capital): kept if unclosed. */
  strong?: boolean;
}

/** `said: 'I'll miss …` — British copy opens quotations with single marks; after a colon it is no apostrophe. */
const keeps = (entry: Open) => entry.double || entry.strong === true;

/** An attribution that ends an unclosed quotation: `, the statement says`, `,” he said`. */
const ENDING_ATTRIBUTION = new RegExp(
  `[,.!?…]\\s*(?=(?:he|she|they|we|i|(?:the|a|an)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}[\\p{L}.’'-]+|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)\\s+(?:${alternation(POST_VERBS)})\\b)`,
  'u',
);

/** An attribution right after a closing mark: `, admits Andrew Hill`, ` says Groene`, ` he said`. */
const ORPHAN_ATTRIBUTION = new RegExp(
  `^\\s*(?:(?:${alternation(POST_VERBS)})\\s+(?:\\p{Lu}|the\\s)|(?:he|she|\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)\\s+(?:${alternation(POST_VERBS)})\\b)`,
  'u',
);

/** Pair the quotation marks of body[from, to); spans are returned in order of their opening mark. */
export function scanQuotes(body: string, from: number, to: number): QuoteSpan[] {
  // Most paragraphs hold no mark at all: found out before anything else is set up.
  const firstMark = firstMarkAt(body, from, to);
  if (firstMark >= to) return [];
  const pairing = new MarkPairing(body, from, to);
  for (let i = firstMark; i < to; i++) {
    // Most characters are ASCII and no mark (the ASCII marks are " ' and `): passed over without a look-up.
    const code = body.charCodeAt(i);
    if (code < 128 && code !== 34 && code !== 39 && code !== 96) continue;
    if (!ALL_MARKS.has(body[i])) continue;
    const prev = i > from ? body[i - 1] : '';
    const doubled = doubledSingle(body, i, to, prev, pairing.hasOpen(true));
    if (doubled === null) {
      pairMark(pairing, i, prev);
    } else {
      if (doubled === 'open') pairing.open({ pos: i + 1, double: true });
      else pairing.close(true, i);
      i++; // the pair's second mark
    }
  }
  return pairing.finish();
}

/** Pairing the marks of body[from, to): the marks open so far, those left unclosed, the spans found. */
class MarkPairing {
  private readonly spans: QuoteSpan[] = [];
  private readonly stack: Open[] = [];
  private readonly unclosed: Open[] = [];

  /** Where the last quotation closed so far ends (the block's start before any). */
  private closedUpTo: number;

  constructor(
    readonly body: string,
    readonly from: number,
    readonly to: number,
  ) {
    this.closedUpTo = from;
  }

  /** Whether a single-mark quotation has closed in the block so far (British copy quotes in single marks). */
  hasClosedSingle(): boolean {
    return this.spans.some((span) => !span.double);
  }

  hasOpen(double: boolean): boolean {
    return this.stack.some((entry) => entry.double === double);
  }

  open(entry: Open): void {
    // Real copy nests two or three deep; deeper means marks that never close, kept as unclosed siblings.
    if (this.stack.length >= MAX_DEPTH) {
      const oldest = this.stack.shift()!;
      if (keeps(oldest)) this.unclosed.push(oldest);
    }
    this.stack.push(entry);
  }

  /** Close the innermost open mark of this kind with the mark at `pos`; false when none is open. */
  close(double: boolean, pos: number): boolean {
    const stack = this.stack;
    let at = stack.length - 1;
    while (at >= 0 && stack[at].double !== double) at--;
    if (at < 0) return double && this.closeOrphan(pos);
    // Marks opened inside and never closed: singles were probably apostrophes, doubles run on.
    for (const dropped of stack.splice(at + 1)) if (keeps(dropped)) this.unclosed.push(dropped);
    const opened = stack.pop()!;
    const span = makeSpan(this.body, opened, pos + 1, pos);
    if (span) this.spans.push(span);
    this.closedUpTo = pos + 1;
    return true;
  }

  /**
   * `product," admits Andrew Hill`: a closing double mark with none open, right before an attribution, closes a
   * quotation whose opening mark the source left out — from the paragraph's start, or from the sentence after the
   * last quotation closed in it.
   */
  private closeOrphan(pos: number): boolean {
    const { body } = this;
    if (this.stack.length > 0 || !/[,.!?]$/.test(body.slice(pos - 1, pos)) || !ORPHAN_ATTRIBUTION.test(body.slice(pos + 1, pos + 60)))
      return false;
    let start = this.closedUpTo;
    if (start > this.from) {
      const sentenceEnd = /[.!?]\s+(?=\p{Lu})/u.exec(body.slice(start, pos));
      if (!sentenceEnd) return false;
      start += sentenceEnd.index + sentenceEnd[0].length;
    }
    const span = makeSpan(body, { pos: start - 1, double: true }, pos + 1, pos);
    if (span) this.spans.push({ ...span, open: start });
    this.closedUpTo = pos + 1;
    return span !== null;
  }

  /** The spans, those of marks never closed included, in order of their opening mark. */
  finish(): QuoteSpan[] {
    for (const left of this.stack) if (keeps(left)) this.unclosed.push(left);
    this.spans.push(...unclosedSpans(this.body, this.unclosed, this.to));
    return this.spans.sort((a, b) => a.open - b.open || b.end - a.end);
  }
}

/** Open, close or pass over the mark at body[i] (not one of two singles typed for a double). */
function pairMark(pairing: MarkPairing, i: number, prev: string): void {
  const { body, from, to } = pairing;
  const c = body[i];
  const next = i + 1 < to ? body[i + 1] : '';
  if (OPEN_DOUBLE.has(c)) {
    // A “ glued to the end of a word and followed by a space is a closing mark typed wrong.
    if (!isSpaceLike(prev) && isAfterSpace(next) && !ALL_MARKS.has(prev) && pairing.hasOpen(true)) pairing.close(true, i);
    else pairing.open({ pos: i, double: true });
  } else if (CLOSE_DOUBLE.has(c)) {
    if (!pairing.close(true, i) && (isSpaceLike(prev) || i === from) && isWord(next)) pairing.open({ pos: i, double: true });
  } else if (c === '"') {
    pairStraightDouble(pairing, i, prev, next);
  } else if (c === '`') {
    // The typewriter pair `…' (`Die Hard'): a backtick before a word opens a single quotation.
    if (isSpaceLike(prev) && isWord(next)) pairing.open({ pos: i, double: false });
  } else if (c === '‘' || c === '‛' || c === '‚') {
    if (isWord(prev) && isWord(next)) return; // O‘Brien
    pairing.open({ pos: i, double: false, strong: opensOnly(pairing, i, next) });
  } else {
    pairClosingSingle(pairing, i, prev, next);
  }
}

/** A straight double mark: opening or closing, told by what is around it. */
function pairStraightDouble(pairing: MarkPairing, i: number, prev: string, next: string): void {
  const { body, from, to } = pairing;
  // `call, "he said`: a closing mark with a stray space before it.
  if (prev === ' ' && /[,.!?]/.test(body[i - 2] ?? '') && i - 2 >= from && pairing.hasOpen(true)) {
    pairing.close(true, i);
    return;
  }
  // At the very start of a paragraph a mark can only open, even with a stray space after it (`" (For …`).
  const atStart = (i === from || (i - from < 8 && /^\s*$/.test(body.slice(from, i)))) && /\S/.test(body.slice(i + 1, Math.min(to, i + 4)));
  const opening = atStart || ((isSpaceLike(prev) || ALL_MARKS.has(prev)) && !isAfterSpace(next));
  const closing = !atStart && !isSpaceLike(prev) && isAfterSpace(next);
  if (opening && !closing) pairing.open({ pos: i, double: true });
  else if (closing && !opening) pairing.close(true, i);
  else if (opening && closing) {
    if (!pairing.close(true, i)) pairing.open({ pos: i, double: true });
  }
  // `told Lee. " You have …`: with no quotation open, a mark between spaces before a word opens one (a stray space).
  else if (!opening && !closing && !pairing.hasOpen(true) && /\s/.test(prev) && next === ' ' && isWord(body[i + 2])) {
    pairing.open({ pos: i, double: true });
  }
}

/** ’ or ': an apostrophe unless it can close an open single quotation or clearly opens one. */
function pairClosingSingle(pairing: MarkPairing, i: number, prev: string, next: string): void {
  if (isWord(prev) && isWord(next)) return; // don’t, Assad’s
  if ((isAfterSpace(next) || ALL_MARKS.has(next)) && !isSpaceLike(prev)) {
    if (pairing.hasOpen(false)) pairing.close(false, i); // else: Dunkin’ Donuts, students’
    return;
  }
  if ((isSpaceLike(prev) || ALL_MARKS.has(prev)) && (isWord(next) || ALL_MARKS.has(next))) {
    if (!ELISION.test(pairing.body.slice(i + 1, i + 6))) pairing.open({ pos: i, double: false, strong: opensOnly(pairing, i, next) });
  }
}

/**
 * A single mark after a colon, opening its paragraph, or opening a sentence after a quotation in single marks, before
 * a capital can only open a quotation (see `keeps`):
 * British copy opens each paragraph of a quotation that runs on with one (“Dr Lowe said: ¶ ‘We set out …”).
 */
function opensOnly(pairing: MarkPairing, i: number, next: string): boolean {
  const before = pairing.body.slice(Math.max(pairing.from, i - 2), i);
  const opensParagraph = /^[\s>]*$/.test(pairing.body.slice(pairing.from, i));
  // ("‘…,’ she said. ‘I got an arm round him. …" running on: a new sentence after a quotation in single marks.)
  const opensSentence = /[.!?]\s$/.test(before) && pairing.hasClosedSingle();
  return (opensParagraph || opensSentence || /:\s$/.test(before)) && /\p{Lu}/u.test(next);
}

/**
 * Two single marks typed for a double one: ``…'' (typewriter), ‘‘…’’ or “…’’. Closing: glued to a word with an
 * open double mark to close (‘go’’ inside singles only stays two single marks). Opening: `` or ‘‘ before a word.
 */
function doubledSingle(body: string, i: number, to: number, prev: string, doubleOpen: boolean): 'open' | 'close' | null {
  const c = body[i];
  if (i + 1 >= to || body[i + 1] !== c) return null;
  const after = i + 2 < to ? body[i + 2] : '';
  if ((c === '’' || c === "'") && doubleOpen && !isSpaceLike(prev) && (isAfterSpace(after) || ALL_MARKS.has(after))) return 'close';
  if ((c === '`' || c === '‘') && isSpaceLike(prev) && isWord(after)) return 'open';
  return null;
}

/** The first quotation mark of body[from, to), or `to`. */
function firstMarkAt(body: string, from: number, to: number): number {
  let at = from;
  for (; at < to; at++) {
    const code = body.charCodeAt(at);
    if (code < 128 && code !== 34 && code !== 39 && code !== 96) continue;
    if (ALL_MARKS.has(body[at])) break;
  }
  return at;
}

/** Unclosed quotations are siblings: each runs to its attribution, the next unclosed mark, or the block end. */
function unclosedSpans(body: string, unclosed: Open[], to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  unclosed.sort((a, b) => a.pos - b.pos);
  unclosed.forEach((opened, index) => {
    const limit = Math.min(index + 1 < unclosed.length ? unclosed[index + 1].pos : to, opened.pos + 1 + MAX_UNCLOSED, to);
    const window = body.slice(opened.pos + 1, limit);
    const match = ENDING_ATTRIBUTION.exec(window);
    let end = match ? opened.pos + 1 + match.index : limit;
    if (!match && limit === opened.pos + 1 + MAX_UNCLOSED && limit < to) {
      const space = body.lastIndexOf(' ', limit);
      if (space > opened.pos + 1) end = space;
    }
    const span = makeSpan(body, opened, end, -1);
    if (span) spans.push({ ...span, unclosed: true });
  });
  return spans;
}

function makeSpan(body: string, opened: Open, limit: number, close: number): QuoteSpan | null {
  let start = opened.pos + 1;
  let end = close >= 0 ? close : limit;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /[\s,;:]/.test(body[end - 1])) end--;
  if (end <= start || !/[\p{L}\p{N}]/u.test(body.slice(start, end))) return null;
  return { open: opened.pos, close, start, end, double: opened.double, unclosed: close < 0 };
}
