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

/** Pair the quotation marks of body[from, to); spans are returned in order of their opening mark. */
export function scanQuotes(body: string, from: number, to: number): QuoteSpan[] {
  // Most paragraphs hold no mark at all: found out before anything else is set up.
  const firstMark = firstMarkAt(body, from, to);
  if (firstMark >= to) return [];
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  const unclosed: Open[] = [];
  const hasOpen = (double: boolean) => stack.some((entry) => entry.double === double);
  const push = (entry: Open) => {
    // Real copy nests two or three deep; deeper means marks that never close, kept as unclosed siblings.
    if (stack.length >= MAX_DEPTH) {
      const oldest = stack.shift()!;
      if (keeps(oldest)) unclosed.push(oldest);
    }
    stack.push(entry);
  };

  const closeTo = (double: boolean, pos: number): boolean => {
    let at = stack.length - 1;
    while (at >= 0 && stack[at].double !== double) at--;
    if (at < 0) return false;
    // Marks opened inside and never closed: singles were probably apostrophes, doubles run on.
    for (const dropped of stack.splice(at + 1)) if (keeps(dropped)) unclosed.push(dropped);
    const opened = stack.pop()!;
    const span = makeSpan(body, opened, pos + 1, pos);
    if (span) spans.push(span);
    return true;
  };

  for (let i = firstMark; i < to; i++) {
    // Most characters are ASCII and no mark (the ASCII marks are " ' and `): passed over without a look-up.
    const code = body.charCodeAt(i);
    if (code < 128 && code !== 34 && code !== 39 && code !== 96) continue;
    const c = body[i];
    if (!ALL_MARKS.has(c)) continue;
    const prev = i > from ? body[i - 1] : '';
    const next = i + 1 < to ? body[i + 1] : '';
    const doubled = doubledSingle(body, i, to, prev, hasOpen(true));
    if (doubled === 'open') push({ pos: i + 1, double: true });
    else if (doubled === 'close') closeTo(true, i);
    if (doubled !== null) {
      i++;
      continue;
    }
    if (OPEN_DOUBLE.has(c)) {
      // A “ glued to the end of a word and followed by a space is a closing mark typed wrong.
      if (!isSpaceLike(prev) && isAfterSpace(next) && !ALL_MARKS.has(prev) && hasOpen(true)) closeTo(true, i);
      else push({ pos: i, double: true });
    } else if (CLOSE_DOUBLE.has(c)) {
      if (!closeTo(true, i) && (isSpaceLike(prev) || i === from) && isWord(next)) push({ pos: i, double: true });
    } else if (c === '"') {
      // `call, "he said`: a closing mark with a stray space before it.
      if (prev === ' ' && /[,.!?]/.test(body[i - 2] ?? '') && i - 2 >= from && hasOpen(true)) {
        closeTo(true, i);
        continue;
      }
      // At the very start of a paragraph a mark can only open, even with a stray space after it (`" (For …`).
      const atStart =
        (i === from || (i - from < 8 && /^\s*$/.test(body.slice(from, i)))) && /\S/.test(body.slice(i + 1, Math.min(to, i + 4)));
      const opening = atStart || ((isSpaceLike(prev) || ALL_MARKS.has(prev)) && !isAfterSpace(next));
      const closing = !atStart && !isSpaceLike(prev) && isAfterSpace(next);
      if (opening && !closing) push({ pos: i, double: true });
      else if (closing && !opening) closeTo(true, i);
      else if (opening && closing) {
        if (!closeTo(true, i)) push({ pos: i, double: true });
      }
    } else if (c === '`') {
      // The typewriter pair `…' (`Die Hard'): a backtick before a word opens a single quotation.
      if (isSpaceLike(prev) && isWord(next)) push({ pos: i, double: false });
    } else if (c === '‘' || c === '‛' || c === '‚') {
      if (isWord(prev) && isWord(next)) continue; // O‘Brien
      push({ pos: i, double: false, strong: /:\s$/.test(body.slice(Math.max(from, i - 2), i)) && /\p{Lu}/u.test(next) });
    } else {
      // ’ or ': apostrophe unless it can close an open single quote or clearly opens one.
      if (isWord(prev) && isWord(next)) continue; // don’t, Assad’s
      const single = hasOpen(false);
      if ((isAfterSpace(next) || ALL_MARKS.has(next)) && !isSpaceLike(prev)) {
        if (single) closeTo(false, i); // else: Dunkin’ Donuts, students’
        continue;
      }
      if ((isSpaceLike(prev) || ALL_MARKS.has(prev)) && (isWord(next) || ALL_MARKS.has(next))) {
        if (!ELISION.test(body.slice(i + 1, i + 6)))
          push({ pos: i, double: false, strong: /:\s$/.test(body.slice(Math.max(from, i - 2), i)) && /\p{Lu}/u.test(next) });
      }
    }
  }
  for (const left of stack) if (keeps(left)) unclosed.push(left);
  spans.push(...unclosedSpans(body, unclosed, to));
  return spans.sort((a, b) => a.open - b.open || b.end - a.end);
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
