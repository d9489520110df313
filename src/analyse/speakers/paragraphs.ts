// Where paragraphs and sentences of an article body start and end (paragraphs are lines of the body).

import type { Article } from '../../types.js';

/** Where the paragraph holding body[offset] starts (paragraphs are lines of the body). */
export const paragraphStartOf = (body: string, offset: number) => body.lastIndexOf('\n', offset) + 1;

/** Nothing but space and block-quote markers stands in the paragraph before `offset`: it opens the paragraph. */
export const opensParagraph = (body: string, offset: number) => /^[\s>]*$/.test(body.slice(paragraphStartOf(body, offset), offset));

/** Where the paragraph holding `offset` ends (its line break, or the body's end). */
export const paragraphEndOf = (body: string, offset: number) => {
  const end = body.indexOf('\n', offset);
  return end < 0 ? body.length : end;
};

/** Where the paragraph before the one holding `offset` starts (blank lines between are skipped). */
export const previousParagraphStartOf = (body: string, offset: number) => {
  let end = paragraphStartOf(body, offset) - 1;
  while (end > 0 && body[end] === '\n') end--;
  return paragraphStartOf(body, Math.max(0, end));
};

/** Where the paragraph after the one holding `offset` ends. */
export const nextParagraphEndOf = (body: string, offset: number) =>
  paragraphEndOf(body, Math.min(body.length, paragraphEndOf(body, offset) + 2));

/** How many sentence ends body[from, to) holds. */
export function sentencesBetween(body: string, from: number, to: number): number {
  return body.slice(from, to).match(/[.!?]["”’)]?\s/g)?.length ?? 0;
}

/** The id of the sentence holding `offset` (`starts`: the sentences' start offsets, in order). */
export function sentenceAt(article: Article, starts: number[], offset: number): string {
  if (article.sentences.length === 0) return '';
  let low = 0;
  let high = starts.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return article.sentences[found].id;
}
