// The aligner's input for each sentence of an analysed story: its tokens, the quotations it carries (and the
// quote groups they belong to), and who its pronoun subject stands for.
import type { AnalysedStory, QuoteGroup } from '../../types.js';
import type { UnitInput } from './units.js';

/** One input per sentence, articles in story order, sentences in article order; `quotes` as align/quotes groups them. */
export function unitInputs(analysed: AnalysedStory, quotes: QuoteGroup[] = []): UnitInput[] {
  const groupsOf = quoteGroupsBySentence(quotes);
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
      const quoteGroups = groupsOf.get(`${article.id}\u0000${sentence.id}`) ?? [];
      return { article: article.id, sentence: sentence.id, tokens, quoted: spans, referent, quoteGroups };
    }),
  );
}

/** Each sentence's quote groups (by "article\0sentence"), scare quotes left out as above, ids sorted. */
function quoteGroupsBySentence(quotes: QuoteGroup[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of quotes) {
    for (const member of group.members) {
      if (member.kind === 'scare') continue;
      const key = `${member.article}\u0000${member.sentence}`;
      const known = out.get(key) ?? [];
      if (!known.includes(group.id)) out.set(key, [...known, group.id].sort());
    }
  }
  return out;
}
