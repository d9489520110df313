// Units for the claim matcher's tests: each text one article, its quotations found by their marks.
import { sentenceTokens } from '../../../src/analyse/terms/index.js';
import type { UnitInput } from '../../../src/align/claims/units.js';
import { makeArticle } from '../helpers.js';

/** Offsets of the text between each pair of double quotation marks (straight or curly). */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const marks = [...text.matchAll(/["“”]/g)].map((match) => match.index ?? 0);
  for (let k = 0; k + 1 < marks.length; k += 2) spans.push([marks[k] + 1, marks[k + 1]]);
  return spans;
}

/** One input per sentence of each article (articles a, b, c … in order). */
export function inputsOf(texts: string[]): UnitInput[] {
  return texts.flatMap((text, a) => {
    const article = makeArticle(String.fromCharCode(97 + a), text);
    const tokens = sentenceTokens(article);
    return article.sentences.map((sentence, s) => ({
      article: article.id,
      sentence: sentence.id,
      tokens: tokens[s],
      quoted: quotedSpans(text),
    }));
  });
}
