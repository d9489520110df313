// The aligner's input for each sentence of an analysed story: its tokens, the quotations it carries, and who
// its pronoun subject stands for.
import type { AnalysedStory } from '../../types.js';
import type { UnitInput } from './units.js';

/** One input per sentence, articles in story order, sentences in article order. */
export function unitInputs(analysed: AnalysedStory): UnitInput[] {
  const quoted = new Map<string, Array<[number, number]>>();
  for (const quotation of analysed.quotations) {
    if (quotation.kind === 'scare') continue;
    quoted.set(quotation.article, [...(quoted.get(quotation.article) ?? []), [quotation.start, quotation.end]]);
  }
  return analysed.story.articles.flatMap((article) =>
    article.sentences.map((sentence, s): UnitInput => {
      const spans = (quoted.get(article.id) ?? []).filter(([start, end]) => start < sentence.end && end > sentence.start);
      const referent = analysed.referents[article.id]?.[s] ?? [];
      // A dateline is read as a sentence without words: it links to nothing.
      const dateline = analysed.datelines?.[article.id]?.includes(sentence.id) ?? false;
      const tokens = dateline ? [] : (analysed.tokens[article.id]?.[s] ?? []);
      return { article: article.id, sentence: sentence.id, tokens, quoted: spans, referent };
    }),
  );
}
