// "Gen. Jones", "Sen. Brown", "No. 5", "vs. Russia", "Jan. 1": parse-english knows many abbreviations
// but splits after some (and after month abbreviations before a day). Join them back.

import { mergeRule } from '../rule.js';
import {
  ENDING_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NON_FINAL_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from '../../../lexicon.js';
import { isDigit, isSentenceStarter, wordAt, wordBefore } from '../text.js';

export const mergeAfterAbbreviation = mergeRule('merge-after-abbreviation', (text, previous, next) => {
  const stop = previous.end - 1;
  if (text[stop] !== '.' || text[stop - 1] === '.') return false;
  const word = wordBefore(text, stop, previous.start).toLowerCase();
  if (word === '') return false;
  const following = text[next.start];
  if (TITLE_ABBREVIATIONS.has(word)) return !(ENDING_ABBREVIATIONS.has(word) && isSentenceStarter(wordAt(text, next.start)));
  if (MONTH_ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word)) return isDigit(following);
  return NON_FINAL_ABBREVIATIONS.has(word);
});
