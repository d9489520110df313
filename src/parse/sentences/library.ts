// The base segmentation, from parse-english (unified collective, nlcst with positions).
// parse-english is quadratic on long inputs and can overflow the stack on pathological ones, so it
// is run over windows of bounded size; each window's last sentence is re-read with the next window.

import { ParseEnglish } from 'parse-english';
import type { Span } from './index.js';
import { isDigit, isLetter, isLatinTerminal, isSpace, skipClosingMarks } from './text.js';

/** Largest piece of text handed to parse-english at once. */
export const WINDOW = 4000;

/** Sentences of `text` as parse-english sees them. `text` must have no line breaks (one paragraph). */
export function librarySentences(text: string, window = WINDOW): Span[] {
  const out: Span[] = [];
  let pos = skipSpace(text, 0);
  /** Start of a sentence that runs on past the previous window, or -1. */
  let pending = -1;
  const emit = (start: number, end: number): void => {
    out.push({ start: pending >= 0 ? pending : start, end });
    pending = -1;
  };
  while (pos < text.length) {
    const last = pos + window >= text.length;
    const end = last ? text.length : cutPoint(text, pos, pos + window);
    const local = parseWindow(text.slice(pos, end));
    if (local.length === 0) {
      pos = skipSpace(text, end);
      continue;
    }
    if (last) {
      for (const s of local) emit(pos + s.start, pos + s.end);
      break;
    }
    if (local.length >= 2 && local[local.length - 1].start > 0) {
      for (let i = 0; i < local.length - 1; i++) emit(pos + local[i].start, pos + local[i].end);
      pos += local[local.length - 1].start;
    } else {
      // One sentence fills the window: it goes on into the next one.
      if (pending < 0) pending = pos + local[0].start;
      pos = skipSpace(text, end);
    }
  }
  if (pending >= 0) out.push({ start: pending, end: text.length });
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/**
 * Where to end a window that would otherwise end at `limit`: preferably at a space between two words
 * (which no reading takes for a sentence break), else at any space, else at `limit` itself, never
 * inside a surrogate pair. Looks back over at most half a window.
 */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  let anySpace = -1;
  for (let i = limit; i > floor; i--) {
    if (!isSpace(text[i])) continue;
    const before = text[i - 1];
    if (isLetter(before) || isDigit(before) || before === ',') return i;
    if (anySpace < 0 && !isSpace(before)) anySpace = i;
  }
  if (anySpace > 0) return anySpace;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

interface Positioned {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** One window through parse-english; on any failure, a plain full-stop split instead. */
function parseWindow(piece: string): Span[] {
  try {
    const paragraph = new ParseEnglish().tokenizeParagraph(piece);
    const spans: Span[] = [];
    for (const node of paragraph.children as Positioned[]) {
      if (node.type !== 'SentenceNode') continue;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || end <= start) continue;
      spans.push({ start, end });
    }
    return spans;
  } catch {
    return fallbackSentences(piece);
  }
}

/** Split after terminal punctuation (and closing marks) followed by a space. No regex, linear. */
export function fallbackSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    if (isLatinTerminal(text[i])) {
      let j = i + 1;
      while (j < text.length && isLatinTerminal(text[j])) j++;
      j = skipClosingMarks(text, j);
      if (j >= text.length || isSpace(text[j])) {
        spans.push({ start, end: j });
        start = skipSpace(text, j);
        i = start;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
