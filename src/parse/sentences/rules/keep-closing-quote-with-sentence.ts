// A sentence that ends inside quotation marks or brackets ends with them: `…issues.” Then`, `…go." Then`,
// `…(as agreed.) Then`. If a sentence begins with a closing mark that belongs to the one before it,
// move the mark back.

import type { Span } from '../index.js';
import type { Rule } from '../rule.js';
import { NEAR, isClosingMark, isLatinTerminal, isSpace, OTHER_TERMINALS } from '../text.js';

/** Closing marks that are only ever closing; straight quotes close only when a space or the end follows. */
const ALWAYS_CLOSING = '”»›)]}';

function closingRunEnd(text: string, start: number, end: number): number {
  let j = start;
  const stop = Math.min(end, start + NEAR);
  while (j < stop && isClosingMark(text[j])) {
    const ch = text[j];
    if (!ALWAYS_CLOSING.includes(ch)) {
      // ’ ' " close here only if no letter follows directly.
      const after = text[j + 1];
      if (j + 1 < end && !isSpace(after) && !isClosingMark(after) && !isLatinTerminal(after)) break;
    }
    j++;
  }
  return j;
}

export const keepClosingQuoteWithSentence: Rule = {
  name: 'keep-closing-quote-with-sentence',
  apply(text, spans) {
    const out: Span[] = [];
    for (const span of spans) {
      const previous = out[out.length - 1];
      if (previous && isClosingMark(text[span.start])) {
        const last = text[previous.end - 1];
        if (isLatinTerminal(last) || isClosingMark(last) || OTHER_TERMINALS.includes(last)) {
          const j = closingRunEnd(text, span.start, span.end);
          if (j > span.start) {
            previous.end = j;
            if (j >= span.end) continue;
            out.push({ start: j, end: span.end });
            continue;
          }
        }
      }
      out.push({ start: span.start, end: span.end });
    }
    return out;
  },
};
