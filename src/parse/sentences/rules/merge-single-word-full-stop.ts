// “We are here to Get. It. OUT,” Noem tweeted. and “Meth. We're on it.” are one sentence each: a full stop after
// a word that stands alone as a sentence is emphasis, not the end of a thought — a word per beat, or a slogan's
// first word. The lone word joins the sentence after it, and the one before when that too ends on a capitalised
// word (the beats before it: "Get."). Questions and exclamations ("Why?", "On it!") keep their cut, and so do a
// Roman numeral or an abbreviation.

import type { Span } from '../index.js';
import type { Rule } from '../rule.js';
import { isKnownAbbreviation } from '../text.js';

/** A lone word with its full stop, after an opening mark at most; the word's letters in group 1. */
const LONE_WORD = /^[“"‘']?(\p{L}{2,})\.[”"’']?$/u;
const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** A sentence ending on a capitalised word and its full stop. */
const ENDS_CAPITALISED = /\s\p{Lu}\p{L}*\.[”"’']?$/u;

function isLoneWord(text: string, span: Span): boolean {
  const word = LONE_WORD.exec(text.slice(span.start, span.end))?.[1];
  return word !== undefined && !ROMAN_NUMERAL.test(word) && !isKnownAbbreviation(word);
}

export const mergeSingleWordFullStop: Rule = {
  name: 'merge-single-word-full-stop',
  apply(text, spans) {
    const out: Span[] = [];
    spans.forEach((span, i) => {
      const previous = out[out.length - 1];
      const beat = isLoneWord(text, span) && ENDS_CAPITALISED.test(text.slice(spans[i - 1]?.start ?? 0, spans[i - 1]?.end ?? 0));
      const joins = previous !== undefined && (beat || isLoneWord(text, spans[i - 1]));
      if (joins) previous.end = span.end;
      else out.push({ start: span.start, end: span.end });
    });
    return out;
  },
};
