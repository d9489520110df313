// Character tests with an ASCII fast path. They answer exactly as the Unicode property escapes in their
// comments; those escapes, run on every token of every article, were a large share of the analysis's time.

const UPPER_FIRST = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/** /^\p{Lu}/u: the text starts with an upper-case letter. */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_FIRST.test(text);
}

/** /[\p{L}\p{N}]/u: the text holds a letter or a number. */
export function hasWordChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return LETTER_OR_DIGIT.test(text);
    if (isAsciiLetter(code) || isAsciiDigit(code)) return true;
  }
  return false;
}

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
