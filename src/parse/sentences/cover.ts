import type { Span } from './index.js';
import { isSpace } from './text.js';

/**
 * Turn any list of spans into a valid segmentation of `text`: sorted, clamped, trimmed of whitespace,
 * never overlapping, and covering every non-whitespace character (text between spans joins the
 * sentence before it). Only the start of each span matters as a cut point, so a buggy rule can make
 * a wrong split but never a broken result. Linear in the text and the number of spans.
 */
export function normalise(text: string, spans: readonly Span[]): Span[] {
  const cuts: number[] = [];
  for (const s of spans) {
    const start = Math.trunc(s.start);
    if (Number.isFinite(start) && start > 0 && start < text.length) cuts.push(start);
  }
  let sorted = true;
  for (let i = 1; i < cuts.length; i++)
    if (cuts[i] < cuts[i - 1]) {
      sorted = false;
      break;
    }
  if (!sorted) cuts.sort((a, b) => a - b);
  return fromCuts(text, cuts);
}

/** Sentences between consecutive cut points (sorted ascending), trimmed; empty pieces vanish. */
export function fromCuts(text: string, cuts: readonly number[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut <= from) continue;
    pushTrimmed(out, text, from, cut);
    from = cut;
  }
  pushTrimmed(out, text, from, text.length);
  return out;
}

/** text[a, b) trimmed, if anything is left. (A function of its own, not a closure made on every call.) */
function pushTrimmed(out: Span[], text: string, a: number, b: number): void {
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  if (a < b) out.push({ start: a, end: b });
}
