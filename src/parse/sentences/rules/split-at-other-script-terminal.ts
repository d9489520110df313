// parse-latin knows only Latin sentence marks. Split after the Arabic question mark "؟", the Urdu
// full stop "۔", the Devanagari danda "।", CJK "。！？", the Ethiopic and Armenian full stops, …
// followed by a space (or by anything, for the CJK marks, which are written without one).

import { splitRule } from '../rule.js';
import { OTHER_TERMINALS, UNSPACED_TERMINALS, isSpace, skipClosingMarks } from '../text.js';

/** Every mark of OTHER_TERMINALS is at or above this code: the many characters below it need no look-up. */
const LOWEST = Math.min(...[...OTHER_TERMINALS].map((mark) => mark.charCodeAt(0)));

export const splitAtOtherScriptTerminal = splitRule('split-at-other-script-terminal', (text, span) => {
  const cuts: number[] = [];
  for (let i = span.start; i < span.end - 1; i++) {
    if (text.charCodeAt(i) < LOWEST) continue;
    const ch = text[i];
    if (!OTHER_TERMINALS.includes(ch)) continue;
    let j = i + 1;
    while (j < span.end && OTHER_TERMINALS.includes(text[j]) && j - i < 16) j++;
    j = skipClosingMarks(text, j, span.end);
    if (j >= span.end) break;
    if (isSpace(text[j]) || UNSPACED_TERMINALS.includes(ch)) cuts.push(j);
    i = j - 1;
  }
  return cuts;
});
