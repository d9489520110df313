// "…made in the U.S. The talks…", "…at 9 a.m. He left": parse-english never ends a sentence after an
// initialism. When the next word is one that usually opens a sentence ("The", "He", "But"…), do.
// "U.S. Secretary of State" and "The U.S. has" stay whole.

import { splitRule } from '../rule.js';
import { NEAR, isInitialism, isSentenceStarter, isSpace, wordAt, wordBefore } from '../text.js';

export const splitAfterInitialismBeforeSentenceStarter = splitRule('split-after-initialism-before-sentence-starter', (text, span) => {
  const cuts: number[] = [];
  for (let i = span.start + 2; i < span.end - 1; i++) {
    if (text[i] !== '.' || !isSpace(text[i + 1])) continue;
    if (!isInitialism(wordBefore(text, i, span.start))) continue;
    let k = i + 1;
    const stop = Math.min(span.end, k + NEAR);
    while (k < stop && isSpace(text[k])) k++;
    if (!isSentenceStarter(wordAt(text, k))) continue;
    cuts.push(k);
    i = k - 1;
  }
  return cuts;
});
