// "Gen. Jones", "Sen. Brown", "No. 5", "vs. Russia", "Jan. 1": parse-english knows many abbreviations
// but splits after some (and after month abbreviations before a day). Join them back.

import { mergeRule } from '../rule.js';
import { BEFORE_NUMBER, MAY_END, MONTHS, NEVER_FINAL, TITLES, isDigit, isSentenceStarter, wordAt, wordBefore } from '../text.js';

export const mergeAfterAbbreviation = mergeRule('merge-after-abbreviation', (text, previous, next) => {
  const stop = previous.end - 1;
  if (text[stop] !== '.' || text[stop - 1] === '.') return false;
  const word = wordBefore(text, stop, previous.start).toLowerCase();
  if (word === '') return false;
  const following = text[next.start];
  if (TITLES.has(word)) return !(MAY_END.has(word) && isSentenceStarter(wordAt(text, next.start)));
  if (MONTHS.has(word) || BEFORE_NUMBER.has(word)) return isDigit(following);
  return NEVER_FINAL.has(word);
});
