import type { Span } from './index.js';
import { NEAR, isSentenceStarter, isSpace, isUpper, wordAt, wordBefore } from './text.js';

/** Double quotation marks that open a quotation (straight ones open too, after a space). */
const DOUBLE_OPENING_QUOTES = '“„«"';

/**
 * A correction applied to the library's segmentation. Gets valid spans (sorted, trimmed, disjoint,
 * covering) and returns spans; the result is normalised again, so a rule can only move cut points.
 * Every rule must be linear: look at a bounded neighbourhood of each boundary or candidate.
 */
export interface Rule {
  name: string;
  apply(text: string, spans: Span[]): Span[];
}

/** A rule that may cut sentences: `cuts` lists, in order, positions strictly inside the span where a new sentence starts. */
export function splitRule(name: string, cuts: (text: string, span: Span) => number[]): Rule {
  return {
    name,
    apply(text, spans) {
      const out: Span[] = [];
      for (const span of spans) {
        let start = span.start;
        for (const cut of cuts(text, span)) {
          if (cut <= start || cut >= span.end) continue;
          out.push({ start, end: cut });
          start = cut;
        }
        out.push({ start, end: span.end });
      }
      return out;
    },
  };
}

/** A rule that may join a sentence to the one before it (possibly already joined). */
export function mergeRule(name: string, join: (text: string, previous: Span, next: Span) => boolean): Rule {
  return {
    name,
    apply(text, spans) {
      const out: Span[] = [];
      for (const span of spans) {
        const previous = out[out.length - 1];
        if (previous && join(text, previous, span)) previous.end = span.end;
        else out.push({ start: span.start, end: span.end });
      }
      return out;
    },
  };
}

/**
 * A rule that cuts after a full stop that the library never ends a sentence on (after "Jr.", "U.S."…)
 * when `endsHere` accepts the word before it and the next word usually opens a sentence ("The", "He"…) —
 * or, with `quotationOpens`, when a double quotation mark and a capital follow ("…of Woman Inc. “The system …").
 */
export function splitBeforeSentenceStarter(name: string, endsHere: (wordBefore: string) => boolean, quotationOpens = false): Rule {
  return splitRule(name, (text, span) => {
    const cuts: number[] = [];
    for (let i = span.start + 2; i < span.end - 1; i++) {
      if (text[i] !== '.' || !isSpace(text[i + 1])) continue;
      if (!endsHere(wordBefore(text, i, span.start))) continue;
      let k = i + 1;
      const stop = Math.min(span.end, k + NEAR);
      while (k < stop && isSpace(text[k])) k++;
      const quotation = quotationOpens && DOUBLE_OPENING_QUOTES.includes(text[k]) && isUpper(text[k + 1] ?? '');
      if (!quotation && !isSentenceStarter(wordAt(text, k))) continue;
      cuts.push(k);
      i = k - 1;
    }
    return cuts;
  });
}
