// The aligner's input for each sentence of an analysed story: its tokens, the quotations it carries, and who
// its pronoun subject stands for.
import type { AnalysedStory, Token } from '../../types.js';
import { tokensOf } from '../../analyse/terms/index.js';
import { pronounReferents } from '../../analyse/speakers/referents.js';
import type { UnitInput } from './units.js';

/** One input per sentence, articles in story order, sentences in article order. */
export function unitInputs(analysed: AnalysedStory, tokens: Record<string, Token[][]>): UnitInput[] {
  const articles = analysed.story.articles;
  const referents = pronounReferents(
    articles.map((article) => ({
      title: tokensOf(article.title),
      sentences: article.sentences.map((sentence, s) => ({ tokens: tokens[article.id][s] ?? [], block: sentence.block })),
    })),
  );
  const quoted = new Map<string, Array<[number, number]>>();
  for (const quotation of analysed.quotations) {
    if (quotation.kind === 'scare') continue;
    quoted.set(quotation.article, [...(quoted.get(quotation.article) ?? []), [quotation.start, quotation.end]]);
  }
  return articles.flatMap((article, a) =>
    article.sentences.map((sentence, s): UnitInput => {
      const spans = (quoted.get(article.id) ?? []).filter(([start, end]) => start < sentence.end && end > sentence.start);
      const { referent } = referents[a][s];
      // A dateline is read as a sentence without words: it links to nothing.
      const dateline = analysed.datelines?.[article.id]?.includes(sentence.id) ?? false;
      return { article: article.id, sentence: sentence.id, tokens: dateline ? [] : (tokens[article.id][s] ?? []), quoted: spans, referent };
    }),
  );
}
