// "…to end Syria’s civil war.He is now in talks…": copy-pasted text often loses the space after a
// full stop, and parse-english then sees one word "war.He". Split where a terminal mark is glued to a
// capitalised word, but not in "U.S.", "J.K.Rowling", "Mr.Kerry", "2.5", "example.com", "a.m.",
// "www.Example.com", nor after an ellipsis ("possible…An approach" stays one sentence).

import { splitRule } from '../rule.js';
import { TOP_LEVEL_DOMAINS } from '../../../lexicon.js';
import {
  isClosingMark,
  isDigit,
  isInitialism,
  isKnownAbbreviation,
  isLetter,
  isLower,
  isSentenceStarter,
  isSpace,
  isUpper,
  skipClosingMarks,
  wordAt,
  wordBefore,
} from '../text.js';

const MARKS = '.!?\u203D';
/** MARKS.includes for a character code: the test runs on every character. */
const isMarkCode = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x203d;

/** Does a capitalised word that can open a sentence start at `k`? */
function opensSentence(text: string, k: number, end: number): boolean {
  if (!isUpper(text[k])) return false;
  const word = wordAt(text, k);
  if (word.length >= 2) return isLower(word[1]);
  // "A US-led coalition", "I think"
  return (word === 'A' || word === 'I') && (k + 1 >= end || isSpace(text[k + 1]));
}

/** "www.Example.com", "john.Smith@example.org", "site.com/News.Today": parts of an address, not sentences. */
function looksLikeAddress(text: string, wordStart: number, nextEnd: number, word: string): boolean {
  if (word.toLowerCase() === 'www') return true;
  const before = text[wordStart - 1];
  if (before === '/' || before === '@' || before === ':' || before === '.') return true;
  const after = text[nextEnd];
  return (after === '.' || after === '@' || after === '/' || after === ':') && (isLetter(text[nextEnd + 1]) || isDigit(text[nextEnd + 1]));
}

export const splitMissingSpaceAfterFullStop = splitRule('split-missing-space-after-full-stop', (text, span) => {
  const cuts: number[] = [];
  for (let i = span.start + 1; i < span.end - 1; i++) {
    if (!isMarkCode(text.charCodeAt(i))) continue;
    const ch = text[i];
    if (MARKS.includes(text[i + 1]) || text[i - 1] === '.' || text[i - 1] === '\u2026') continue;
    const k = skipClosingMarks(text, i + 1, span.end);
    if (k >= span.end || !opensSentence(text, k, span.end)) continue;
    if (ch === '.') {
      const before = text[i - 1];
      if (isLetter(before) || isDigit(before)) {
        const word = wordBefore(text, i, span.start);
        const next = wordAt(text, k);
        if (word.includes('.') || isInitialism(word)) {
          if (!isSentenceStarter(next)) continue;
        } else if (word.length === 1 && isLetter(word)) {
          continue;
        } else if (isKnownAbbreviation(word)) {
          continue;
        } else if (
          k === i + 1 &&
          ((TOP_LEVEL_DOMAINS.has(next.toLowerCase()) && !isLetter(text[k + next.length])) ||
            looksLikeAddress(text, i - word.length, k + next.length, word))
        ) {
          continue;
        }
      } else if (isSpace(before) || !(isClosingMark(before) || before === '%')) {
        continue;
      }
    }
    cuts.push(k);
    i = k - 1;
  }
  return cuts;
});
