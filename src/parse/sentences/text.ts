// Character classes shared by the segmenter and its rules (their word lists live in src/lexicon.ts).
// Everything here looks at a bounded neighbourhood of a position, so that every rule stays linear.

import {
  MONTH_ABBREVIATIONS,
  NON_FINAL_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../../lexicon.js';

/** How far any rule looks back or ahead of a position, in UTF-16 units. */
export const NEAR = 64;

// The tests below look at every character of every block; ASCII, most of the text, is answered without a
// regular expression (with the answers the expressions give).

export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /\p{Lu}/u.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /\p{Ll}/u.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Marks that end a sentence in Latin-script text (and Cyrillic, Greek…). */
export const LATIN_TERMINALS = '.!?\u2026\u203D';

export function isLatinTerminal(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && LATIN_TERMINALS.includes(ch);
}

/** Opening quotation marks (the straight ones open or close, depending on context). */
export const OPENING_QUOTES = '“‘«‹„‚"\'';
/** Closing quotation marks and brackets that stay with the sentence they close. */
export const CLOSING_MARKS = '”’»›"\')]}';
export const CLOSING_DOUBLE_QUOTES = '”»"';
export const OPENING_DOUBLE_QUOTES = '“«„"';

export function isClosingMark(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && CLOSING_MARKS.includes(ch);
}

/** Index just past a run of closing marks starting at `i` (at most NEAR of them). */
export function skipClosingMarks(text: string, i: number, limit = text.length): number {
  const stop = Math.min(limit, i + NEAR);
  while (i < stop && isClosingMark(text[i])) i++;
  return i;
}

/**
 * The "word" that ends just before `end`: letters, digits and inner full stops (so "U.S", "a.m", "2.5m").
 * Looks back at most NEAR characters and no further than `from`.
 */
export function wordBefore(text: string, end: number, from = 0): string {
  let i = end;
  const stop = Math.max(from, end - NEAR);
  while (i > stop) {
    const ch = text[i - 1];
    if (isLetter(ch) || isDigit(ch) || (ch === '.' && i - 1 > stop && i < end && (isLetter(text[i - 2]) || isDigit(text[i - 2])))) i--;
    else break;
  }
  return text.slice(i, end);
}

/** The run of letters (with inner apostrophes and hyphens) starting at `start`, at most NEAR long. */
export function wordAt(text: string, start: number): string {
  let i = start;
  const stop = Math.min(text.length, start + NEAR);
  while (i < stop) {
    const ch = text[i];
    if (isLetter(ch) || isDigit(ch)) i++;
    else if ((ch === '’' || ch === "'" || ch === '-') && i > start && isLetter(text[i + 1])) i++;
    else break;
  }
  return text.slice(start, i);
}

/** "U.S", "a.m", "U.N", "e.g": single letters joined by full stops (the final stop excluded). */
export function isInitialism(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Abbreviations (of any kind) after which a glued capital ("Mr.Kerry") does not start a sentence. */
export function isKnownAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(w) || MONTH_ABBREVIATIONS.has(w) || NUMBER_ABBREVIATIONS.has(w) || NON_FINAL_ABBREVIATIONS.has(w);
}

export function isSentenceStarter(word: string): boolean {
  return isUpper(word[0]) && SENTENCE_STARTERS.has(word.toLowerCase());
}

/** Sentence-final marks of other scripts: Arabic/Urdu question mark and full stop, Devanagari danda, CJK, Ethiopic, Armenian. */
export const OTHER_TERMINALS = '\u061F\u06D4\u0964\u0965\u3002\uFF01\uFF1F\uFF0E\u1362\u1367\u0589\u061E\u0700\u0701\u0702';
/** Of those, the ones written without a following space (CJK). */
export const UNSPACED_TERMINALS = '\u3002\uFF01\uFF1F\uFF0E';

export type QuoteMark = 'open' | 'close' | null;

/** Whether `text[i]` opens or closes a double quotation (a straight mark opens after a space or at the start). */
export function doubleQuoteAt(text: string, i: number): QuoteMark {
  const ch = text[i];
  if (ch === '“' || ch === '„' || ch === '«') return 'open';
  if (ch === '”' || ch === '»') return 'close';
  if (ch === '"') return i === 0 || isSpace(text[i - 1]) || text[i - 1] === '(' ? 'open' : 'close';
  return null;
}

/** Is a double quotation open at `end`, judging from the last mark within `reach` before it (not before `floor`)? */
export function quoteOpenAt(text: string, end: number, floor: number, reach: number): boolean {
  for (let i = end - 1; i >= Math.max(floor, end - reach); i--) {
    const mark = doubleQuoteAt(text, i);
    if (mark) return mark === 'open';
  }
  return false;
}
