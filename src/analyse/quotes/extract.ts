// The quotations of one article: marks paired, wrappers removed, nesting found, kind decided, and the
// attribution read (still raw: pronouns and "the official" are resolved story-wide in ../index.ts).

import type { Article } from '../../types.js';
import { attributionAfter, attributionBefore, tokenize, type RawSpeaker } from '../speakers/attribution.js';
import { POST_VERBS, SAYING_NOUNS, SAYING_VERBS } from '../lexicon.js';
import { quoteKind } from './classify.js';
import { scanQuotes, type QuoteSpan } from './scan.js';

export interface FoundQuote {
  start: number;
  end: number;
  open: number;
  /** Offset just after the closing mark (or the end of an unclosed quotation). */
  after: number;
  /** End of the sentence the quotation closes in. */
  sentenceEnd: number;
  block: number;
  kind: 'full' | 'partial' | 'scare';
  nested: boolean;
  raw: RawSpeaker | null;
  /** Where the attribution came from. */
  via: 'after' | 'before' | null;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sgt gen col lt capt gov sen rep prof jr sr inc ltd co corp vs no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m'.split(' '),
);

/** The paragraphs (blocks) of the article as body ranges; blank-line paragraphs if the parser gave none. */
export function blockRanges(article: Pick<Article, 'body' | 'blocks'>): Array<{ start: number; end: number }> {
  if (article.blocks.length > 0) return article.blocks.map(({ start, end }) => ({ start, end }));
  const ranges: Array<{ start: number; end: number }> = [];
  const pattern = /\n\s*\n/g;
  let from = 0;
  for (let match = pattern.exec(article.body); match; match = pattern.exec(article.body)) {
    ranges.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  ranges.push({ start: from, end: article.body.length });
  return ranges;
}

/** Sentence starts within body[from, to), ignoring full stops inside closed quotations. */
function sentenceStarts(body: string, from: number, to: number, spans: QuoteSpan[]): number[] {
  const starts = [from];
  const text = body.slice(from, to);
  const pattern = /[.!?…]+[”"’'»)]*(?=\s+[\p{Lu}\p{N}“"‘'«(]|\s*$)|[.!?][”"’]?(?=\p{Lu}\p{Ll})/gu;
  const closed = spans.filter((span) => !span.unclosed);
  let cursor = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = from + match.index;
    const endAt = at + match[0].length;
    const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(from, at - 12), at))?.[1]?.toLowerCase() ?? '';
    if (match[0][0] === '.' && (ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) continue;
    while (cursor < closed.length && closed[cursor].close < at) cursor++;
    // Inside a closed quotation that goes on after this mark: not a sentence end of the article's sentence.
    let inside = false;
    for (let index = cursor; index < closed.length && closed[index].open < at; index++) {
      if (closed[index].close > at && closed[index].close >= endAt) {
        inside = true;
        break;
      }
    }
    if (inside) continue;
    let next = endAt;
    while (next < to && /\s/.test(body[next])) next++;
    if (next < to) starts.push(next);
  }
  return starts;
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = sorted[0];
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= value) {
      found = sorted[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function firstAfter(sorted: number[], value: number, fallback: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = fallback;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] > value) {
      found = sorted[mid];
      high = mid - 1;
    } else low = mid + 1;
  }
  return found;
}

const WINDOW = 400;

const WRAPPER_END = /\b(?:said|says|told(?:\s+[\p{L}’'.-]+){1,3}|added|asked|wrote|replied|declared)\s*[:,]\s*$/u;

export function extractQuotes(article: Pick<Article, 'body' | 'blocks'>): FoundQuote[] {
  const { body } = article;
  const found: FoundQuote[] = [];
  blockRanges(article).forEach((range, block) => {
    const spans = scanQuotes(body, range.start, range.end);
    if (spans.length === 0) return;
    // Nesting: a span inside another's marks.
    const parent = new Array<number>(spans.length).fill(-1);
    const open: number[] = [];
    spans.forEach((span, index) => {
      while (open.length && limitOf(spans[open[open.length - 1]]) <= span.open) open.pop();
      if (open.length && span.end <= limitOf(spans[open[open.length - 1]])) parent[index] = open[open.length - 1];
      open.push(index);
    });
    // A wrapper: an outlet put marks round a whole sentence that itself introduces the quotation
    // (“Kerry … told Lavrov: ‘Even when …'”). The outer marks are dropped; the inner quotation stands.
    const dropped = new Set<number>();
    spans.forEach((span, index) => {
      const outer = parent[index];
      if (outer < 0 || parent[outer] >= 0) return;
      if (WRAPPER_END.test(body.slice(spans[outer].start, span.open))) dropped.add(outer);
    });
    const kept = spans.map((span, index) => ({ span, index })).filter(({ index }) => !dropped.has(index));
    const topLevel = kept.filter(({ index }) => parent[index] < 0 || dropped.has(parent[index])).map(({ span }) => span);
    const starts = sentenceStarts(body, range.start, range.end, topLevel);
    for (const { span, index } of kept) {
      const nested = parent[index] >= 0 && !dropped.has(parent[index]);
      const sentenceStart = lastAtOrBefore(starts, span.open);
      const after = span.close >= 0 ? span.close + 1 : span.end;
      const sentenceEnd = firstAfter(starts, after, range.end);
      // Attributions sit close to the marks; the windows keep huge run-on "sentences" cheap.
      const pre = body.slice(Math.max(sentenceStart, span.open - WINDOW), span.open);
      const post = body.slice(after, Math.max(after, Math.min(sentenceEnd, after + WINDOW)));
      const text = body.slice(span.start, span.end);
      let raw: RawSpeaker | null = null;
      let via: FoundQuote['via'] = null;
      const postRaw = nested ? null : attributionAfter(post);
      const preRaw = nested ? null : attributionBefore(pre);
      const cue = [...tokenize(pre), ...tokenize(post)].some((token) => {
        const word = token.toLowerCase();
        return SAYING_VERBS.has(word) || SAYING_NOUNS.has(word) || POST_VERBS.has(word);
      });
      // “…,” Kerry said — the comma (or ? !) at the closing mark is what ties an attribution to the quotation.
      const tied = (span.close >= 0 && /[,!?]\s*$/.test(body.slice(span.start, span.close))) || /^\s*,/.test(post);
      const kind = quoteKind({ text, pre, nested, cue: cue || Boolean(preRaw || postRaw), attributedAfter: Boolean(postRaw) && tied });
      if (kind !== 'scare') {
        const order: Array<['after' | 'before', RawSpeaker | null]> =
          kind === 'full' ? [['after', postRaw], ['before', preRaw]] : [['before', preRaw], ['after', postRaw]];
        // A named speaker before the quotation beats a bare "he said" after it.
        if (postRaw?.kind === 'pronoun' && preRaw && preRaw.kind !== 'pronoun') order.reverse();
        const first = order.find(([, speaker]) => speaker !== null);
        if (first) [via, raw] = first;
      }
      found.push({ start: span.start, end: span.end, open: span.open, after, sentenceEnd, block, kind, nested, raw, via });
    }
  });
  return found;
}

const limitOf = (span: QuoteSpan) => (span.close >= 0 ? span.close : span.end);
