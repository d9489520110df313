// "…both sides digging in. One source said …", "She sat. The jury …": parse-english reads a few everyday words
// as abbreviated units or days ("in." for inches, "sat." for Saturday) and never ends a sentence on them. After
// anything but a number, such a word in lower case is the word itself: a full stop after it ends the sentence
// when a capitalised word follows.

import { splitRule } from '../rule.js';
import { PLAIN_WORDS_READ_AS_UNITS } from '../../../lexicon.js';
import { NEAR, OPENING_QUOTES, isDigit, isLower, isSpace, isUpper, wordAt, wordBefore } from '../text.js';

export const splitAfterPlainWordReadAsUnit = splitRule('split-after-plain-word-read-as-unit', (text, span) => {
  const cuts: number[] = [];
  for (let i = span.start + 2; i < span.end - 1; i++) {
    if (text[i] !== '.' || !isSpace(text[i + 1])) continue;
    const word = wordBefore(text, i, span.start);
    if (!PLAIN_WORDS_READ_AS_UNITS.has(word)) continue;
    // ("6 in. of rain": after a number it is the unit.)
    let before = i - word.length - 1;
    while (before > span.start && isSpace(text[before])) before--;
    if (isDigit(text[before])) continue;
    let k = i + 1;
    const stop = Math.min(span.end, k + NEAR);
    while (k < stop && isSpace(text[k])) k++;
    const first = OPENING_QUOTES.includes(text[k]) ? k + 1 : k;
    const next = wordAt(text, first);
    if (!isUpper(text[first]) || !(next.length >= 2 ? isLower(next[1]) : next === 'A' || next === 'I')) continue;
    cuts.push(k);
    i = k - 1;
  }
  return cuts;
});
