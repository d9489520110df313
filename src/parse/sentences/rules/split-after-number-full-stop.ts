// "…near the Syria border on Nov. 24. Then…": parse-english joins the abbreviated month, the day and
// the next sentence. A number followed by a full stop, a space and a capitalised word ends a sentence
// (unless the number opens the sentence, as in a list: "1. Introduction"), and so does one followed by a
// quotation that opens on a capital ("said Mrs Marchant, 74. “My mother …", "said Mr Munro, 71. “I’ve lived …").

import { splitRule } from '../rule.js';
import { NEAR, OPENING_QUOTES, isDigit, isLower, isSpace, isUpper, wordAt } from '../text.js';

export const splitAfterNumberFullStop = splitRule('split-after-number-full-stop', (text, span) => {
  const cuts: number[] = [];
  for (let i = span.start + 1; i < span.end - 1; i++) {
    if (text[i] !== '.' || !isDigit(text[i - 1]) || !isSpace(text[i + 1])) continue;
    let k = i + 1;
    const stop = Math.min(span.end, k + NEAR);
    while (k < stop && isSpace(text[k])) k++;
    const first = OPENING_QUOTES.includes(text[k]) ? k + 1 : k;
    if (!isUpper(text[first])) continue;
    const next = wordAt(text, first);
    // (A capital and a lower-case letter opens a word, as do "A", "I" and "I’ve", "I'm".)
    if (!(next.length >= 2 && isLower(next[1])) && next !== 'A' && !/^I(?:$|['’])/.test(next)) continue;
    // The number: digits with inner separators; it must not be the sentence's first word.
    let a = i - 1;
    const floor = Math.max(span.start, i - NEAR);
    while (a > floor && (isDigit(text[a - 1]) || ((text[a - 1] === ',' || text[a - 1] === '.') && isDigit(text[a - 2])))) a--;
    if (a === span.start || !isSpace(text[a - 1])) continue;
    cuts.push(k);
    i = k - 1;
  }
  return cuts;
});
