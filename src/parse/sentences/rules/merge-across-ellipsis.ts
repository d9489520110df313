// “…to develop as much as possible…an approach that can try…” is one sentence: an ellipsis marks
// words left out, not the end of a sentence, when it is glued to the next word ("possible…An",
// "possible...an") or when it stands inside a quotation that the next piece closes
// (“as much as possible… An approach that can try,” he said).

import { mergeRule } from '../rule.js';
import { doubleQuoteAt, isLetter, quoteOpenAt } from '../text.js';

/** How far to look for the quotation marks around an ellipsis. */
const REACH = 600;

function endsWithEllipsis(text: string, end: number): boolean {
  return text[end - 1] === '\u2026' || (text[end - 1] === '.' && text[end - 2] === '.' && text[end - 3] === '.');
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
  return quoteOpenAt(text, previous.end, previous.start, REACH) && quoteClosesAfter(text, next.start, next.end);
});
