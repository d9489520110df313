// `South Dakota's viral “Meth. We're on it.” awareness campaign` and `“Meth. We're on it” is rolling out` are
// one sentence each: a full stop inside a few quoted words whose closing mark the sentence runs on after, in
// lower case, ends no sentence — the quoted words are a slogan or a title the sentence names. A quotation of
// speech that runs on to its attribution closes after a comma (“We won. We're happy,” he said) and is still
// cut, one sentence of it at a time.

import { mergeRule } from '../rule.js';
import { doubleQuoteAt, isLower, isSpace, quoteOpenAt } from '../text.js';

/** At most this many words between the marks: a slogan or a title, not a passage of speech. */
const NAME_WORDS = 10;
/** How far back to look for the opening mark. */
const REACH = 120;

export const mergeInsideShortNameInQuotes = mergeRule('merge-inside-short-name-in-quotes', (text, previous, next) => {
  if (!quoteOpenAt(text, previous.end, previous.start, REACH)) return false;
  let close = next.start;
  while (close < next.end && doubleQuoteAt(text, close) === null) close++;
  if (close >= next.end || doubleQuoteAt(text, close) !== 'close' || text[close - 1] === ',') return false;
  let open = previous.end - 1;
  while (doubleQuoteAt(text, open) !== 'open') open--;
  if ((text.slice(open + 1, close).match(/\S+/g) ?? []).length > NAME_WORDS) return false;
  let after = close + 1;
  while (after < next.end && isSpace(text[after])) after++;
  return after > close + 1 && isLower(text[after]);
});
