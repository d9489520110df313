// Where an article placed a sentence: in its headline's paragraph (the lead) or further down. Readers ask
// whether an outlet led with a claim or buried it in paragraph 14.
import type { Article, Sentence } from '../types.js';

export interface Place {
  /** 1-based paragraph among the article's text blocks (sub-headings not counted). */
  paragraph: number;
  paragraphs: number;
  lead: boolean;
  /** "lead" or "¶ 3 of 12". */
  label: string;
  /** 0 for the lead … 1 for the last paragraph. */
  depth: number;
}

/** Each block's paragraph number (0 for a sub-heading), and how many paragraphs the article has. */
export function paragraphNumbers(article: Article): { numbers: number[]; count: number } {
  let count = 0;
  const numbers = article.blocks.map((block) => (block.kind === 'heading' ? 0 : ++count));
  return { numbers, count };
}

/** The place of `sentence` in its article; `numbers` from paragraphNumbers, worked out once per article. */
export function placeIn(sentence: Sentence, numbers: { numbers: number[]; count: number }): Place {
  const paragraphs = Math.max(1, numbers.count);
  // A sentence of a sub-heading counts as the paragraph after it.
  let paragraph = numbers.numbers[sentence.block] ?? 0;
  if (paragraph === 0)
    paragraph = Math.min(
      paragraphs,
      (numbers.numbers
        .slice(0, sentence.block)
        .filter((n) => n > 0)
        .pop() ?? 0) + 1,
    );
  const lead = paragraph === 1;
  return {
    paragraph,
    paragraphs,
    lead,
    label: lead ? 'lead' : `¶ ${paragraph} of ${paragraphs}`,
    depth: paragraphs > 1 ? (paragraph - 1) / (paragraphs - 1) : 0,
  };
}
