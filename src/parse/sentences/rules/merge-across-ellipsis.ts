// “…to develop as much as possible…an approach that can try…” is one sentence: an ellipsis marks
// words left out, not the end of a sentence, when it is glued to the next word ("possible…An",
// "possible...an") or when it stands inside a quotation that the next piece closes
// (“as much as possible… An approach that can try,” he said).

import { mergeRule } from '../rule.js';
import { isLetter, isSpace } from '../text.js';

/** How far to look for the quotation marks around an ellipsis. */
const REACH = 600;

function endsWithEllipsis(text: string, end: number): boolean {
  return text[end - 1] === '\u2026' || (text[end - 1] === '.' && text[end - 2] === '.' && text[end - 3] === '.');
}

type Mark = 'open' | 'close' | null;

function doubleQuoteAt(text: string, i: number): Mark {
  const ch = text[i];
  if (ch === '“' || ch === '„' || ch === '«') return 'open';
  if (ch === '”' || ch === '»') return 'close';
  if (ch === '"') return i === 0 || isSpace(text[i - 1]) || text[i - 1] === '(' ? 'open' : 'close';
  return null;
}

/** Is a double quotation open at `end`, judging from the last mark within REACH before it? */
function quoteOpenAt(text: string, end: number, floor: number): boolean {
  for (let i = end - 1; i >= Math.max(floor, end - REACH); i--) {
    const mark = doubleQuoteAt(text, i);
    if (mark) return mark === 'open';
  }
  return false;
}

/** Is the first double quotation mark within REACH after `start` a closing one? */
function quoteClosesAfter(text: string, start: number, end: number): boolean {
  for (let i = start; i < Math.min(end, start + REACH); i++) {
    const mark = doubleQuoteAt(text, i);
    if (mark) return mark === 'close';
  }
  return false;
}

export const mergeAcrossEllipsis = mergeRule('merge-across-ellipsis', (text, previous, next) => {
  if (!endsWithEllipsis(text, previous.end)) return false;
  if (next.start === previous.end && isLetter(text[next.start])) return true;
  return quoteOpenAt(text, previous.end, previous.start) && quoteClosesAfter(text, next.start, next.end);
});
