// Sentence segmentation: parse-english (unified collective) first, then small correction rules, each
// in its own file under rules/, for what the library gets wrong in news copy.

import { normalise } from './cover.js';
import { fallbackSentences, librarySentences } from './library.js';
import type { Rule } from './rule.js';
import { keepClosingQuoteWithSentence } from './rules/keep-closing-quote-with-sentence.js';
import { mergeAcrossEllipsis } from './rules/merge-across-ellipsis.js';
import { mergeAfterAbbreviation } from './rules/merge-after-abbreviation.js';
import { mergeAttributionAfterQuote } from './rules/merge-attribution-after-quote.js';
import { mergeInsideShortNameInQuotes } from './rules/merge-inside-short-name-in-quotes.js';
import { mergeSingleWordFullStop } from './rules/merge-single-word-full-stop.js';
import { splitAfterFinalAbbreviation } from './rules/split-after-final-abbreviation.js';
import { splitAfterInitialismBeforeSentenceStarter } from './rules/split-after-initialism-before-sentence-starter.js';
import { splitAfterNumberFullStop } from './rules/split-after-number-full-stop.js';
import { splitAfterPlainWordReadAsUnit } from './rules/split-after-plain-word-read-as-unit.js';
import { splitAtOtherScriptTerminal } from './rules/split-at-other-script-terminal.js';
import { splitMissingSpaceAfterFullStop } from './rules/split-missing-space-after-full-stop.js';

export interface Span {
  start: number;
  end: number;
}

/** The corrections, in the order they run. Merges of the library's splits first, then new splits, then quotation handling. */
export const RULES: readonly Rule[] = [
  mergeAfterAbbreviation,
  splitMissingSpaceAfterFullStop,
  splitAfterNumberFullStop,
  splitAfterInitialismBeforeSentenceStarter,
  splitAfterFinalAbbreviation,
  splitAfterPlainWordReadAsUnit,
  splitAtOtherScriptTerminal,
  keepClosingQuoteWithSentence,
  mergeAcrossEllipsis,
  mergeInsideShortNameInQuotes,
  mergeSingleWordFullStop,
  mergeAttributionAfterQuote,
];

/**
 * splitSentences remembering its answers, for one story: its articles often repeat paragraphs (wire copy).
 * The spans returned are shared between the repeats; callers only read them.
 */
export function rememberingSplitter(): (text: string) => Span[] {
  const known = new Map<string, Span[]>();
  return (text) => {
    let spans = known.get(text);
    if (spans === undefined) known.set(text, (spans = splitSentences(text)));
    return spans;
  };
}

/**
 * Split plain text (one paragraph / block) into sentences. Offsets into `text`; each span trimmed of
 * surrounding whitespace; spans are in order, never overlap, and together cover every non-whitespace
 * character of text. Never throws.
 */
export function splitSentences(text: string): Span[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Line breaks inside a block are just spaces (same length, so offsets carry over).
  const flat = text.replace(/\s/g, ' ');
  let spans: Span[];
  try {
    spans = normalise(flat, librarySentences(flat));
  } catch {
    spans = normalise(flat, fallbackSentences(flat));
  }
  for (const rule of RULES) {
    try {
      const ruled = rule.apply(
        flat,
        spans.map((s) => ({ start: s.start, end: s.end })),
      );
      // Most rules change nothing in most blocks; normalise gives back a valid segmentation unchanged.
      if (!sameSpans(ruled, spans)) spans = normalise(flat, ruled);
    } catch {
      // A rule that fails leaves the segmentation as it was.
    }
  }
  return spans;
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start || a[i].end !== b[i].end) return false;
  return true;
}
