// “We are here to Get. It. OUT,” Noem tweeted. and “Meth. We're on it.” are one sentence each: inside a quotation,
// a full stop after a word that stands alone as a sentence is emphasis, not the end of a thought — a word per
// beat, or a slogan's first word. The lone word joins the sentence after it, and the one before when that too ends
// on a capitalised word (the beats before it: "Get."). Outside quotation marks ("It failed. Period. The board
// met."), a quoted reply of one word (“Never.”), a question or an exclamation ("Why?", "On it!"), a Roman numeral
// and an abbreviation keep their cut.

import type { Span } from '../index.js';
import type { Rule } from '../rule.js';
import { isKnownAbbreviation, quoteOpenAt } from '../text.js';

/** A lone word with its full stop, after an opening mark at most; the word's letters in group 1. */
const LONE_WORD = /^([“"‘']?)(\p{L}{2,})\.$/u;
const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** A sentence ending on a capitalised word and its full stop. */
const ENDS_CAPITALISED = /\s\p{Lu}\p{L}*\.$/u;
/** How far back to look for the quotation's opening mark. */
const REACH = 600;

function isLoneWord(text: string, span: Span | undefined): boolean {
  if (span === undefined) return false;
  const found = LONE_WORD.exec(text.slice(span.start, span.end));
  if (!found || ROMAN_NUMERAL.test(found[2]) || isKnownAbbreviation(found[2])) return false;
  return found[1] !== '' || quoteOpenAt(text, span.start, 0, REACH);
}

export const mergeSingleWordFullStop: Rule = {
  name: 'merge-single-word-full-stop',
  apply(text, spans) {
    const out: Span[] = [];
    spans.forEach((span, i) => {
      const previous = out[out.length - 1];
      const before = spans[i - 1];
      const beat = isLoneWord(text, span) && before !== undefined && ENDS_CAPITALISED.test(text.slice(before.start, before.end));
      const joins = previous !== undefined && (beat || isLoneWord(text, before));
      if (joins) previous.end = span.end;
      else out.push({ start: span.start, end: span.end });
    });
    return out;
  },
};
