// "…Martin Luther King Jr. The march…", "…the wall is 10 ft. The roof…", "…Acme Inc. The firm…":
// parse-english never ends a sentence after an abbreviation it knows. For the abbreviations that
// often stand last (Jr., Inc., Ltd., etc., ft.…), end it when the next word usually opens a sentence.

import { splitRule } from '../rule.js';
import { MAY_END, NEAR, isSentenceStarter, isSpace, wordAt, wordBefore } from '../text.js';

export const splitAfterFinalAbbreviation = splitRule('split-after-final-abbreviation', (text, span) => {
  const cuts: number[] = [];
  for (let i = span.start + 2; i < span.end - 1; i++) {
    if (text[i] !== '.' || !isSpace(text[i + 1])) continue;
    if (!MAY_END.has(wordBefore(text, i, span.start).toLowerCase())) continue;
    let k = i + 1;
    const stop = Math.min(span.end, k + NEAR);
    while (k < stop && isSpace(text[k])) k++;
    if (!isSentenceStarter(wordAt(text, k))) continue;
    cuts.push(k);
    i = k - 1;
  }
  return cuts;
});
