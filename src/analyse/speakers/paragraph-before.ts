// A paragraph that is all quotation, with no attribution, after a paragraph about one person: theirs.

import { type ArticleContext, type Credited, type Credit, genderIn, type BlockMention } from './context.js';
import type { FoundQuote } from '../quotes/extract.js';
import { askedInSentence } from './asked-before.js';
import { someoneElseNamedBetween } from './named-between.js';
import { paragraphStartOf, previousParagraphStartOf } from './paragraphs.js';
import { mainSubject } from './pronouns.js';

/**
 * “Addressing supporters, Varela struck a conciliatory note. ¶ “Tonight is not a night for celebration. …””: a
 * paragraph that is all quotation, with no attribution, after a paragraph without quotations whose last sentence
 * is about one person (its main subject) — theirs, when no one else is named after them.
 */
export function subjectOfParagraphBefore(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credit | null {
  const body = context.article.body;
  const paragraphStart = paragraphStartOf(body, quote.open);
  if (!/^\s*["“‘'«]?\s*$/.test(body.slice(paragraphStart, quote.open)) || paragraphStart === 0) return null;
  // (A title or a name in marks there is no one's words: "under what it marketed as its “Nairobi Moves” expansion".)
  if (items.some((item) => item.quote.block === quote.block - 1 && item.quote.kind !== 'scare')) return null;
  const previousStart = previousParagraphStartOf(body, quote.open);
  const previous = body.slice(previousStart, paragraphStart).trimEnd();
  if (!/[.!]["”’)]?$/.test(previous)) return null;
  const lastSentence = /(?:^|[.!?]["”’)]?\s+)([^.!?]+[.!?]["”’)]?)$/.exec(previous);
  if (!lastSentence) return null;
  const sentenceStart = previousStart + lastSentence.index + lastSentence[0].indexOf(lastSentence[1]);
  const inSentence = (mention: BlockMention) => mention.start >= sentenceStart && mention.end <= paragraphStart;
  const subject =
    mainSubject(
      context.personMentions.filter((person) => inSentence(person) && person.subject),
      body,
    ) ??
    pronounSubjectsReferent(context, lastSentence[1], previousStart, sentenceStart, {
      items,
      block: quote.block - 2,
    });
  // ("We spoke to the lead author, Dr Nurul Aina Ismail, about …": or the one it asked.)
  const asked = subject ? undefined : askedInSentence(context, sentenceStart, paragraphStart);
  const mention = subject ?? asked;
  // (The sentence ends the paragraph: anyone named after the subject up to there is named in it.)
  if (
    !mention ||
    someoneElseNamedBetween(context, mention, paragraphStart, {
      passAttributive: true,
      fullOrPerson: true,
      passOwnRelative: true,
      passQuoted: true,
      // ("Lillian Chebet … “…,” Dr Chebet said.": called again by her surname, she is no one else.)
      sameBySurname: true,
    })
  )
    return null;
  // (“I'd walk into his office, and he'd go …” after "Parcells would sigh.": the quotation speaks of them.)
  const gender = genderIn(context)(mention.name);
  const spokenOf = gender === 'he' ? /\b(?:he|him|his)\b/i : gender === 'she' ? /\b(?:she|her|hers)\b/i : undefined;
  const firstSentence = /^[^.!?]*/.exec(body.slice(quote.start, quote.end))?.[0] ?? '';
  if (spokenOf?.test(firstSentence)) return null;
  return { name: mention.name, person: true, reason: asked ? 'asked in the paragraph before' : 'subject of the paragraph before' };
}

/**
 * "Pat Quaid has known the pair for years. He could barely contain himself as he spoke to the Leader.": a last
 * sentence whose subject is "he" or "she" is about the main subject of its paragraph before it, where the
 * pronoun fits them; opening its paragraph ("“…,” he said. ¶ He went further in a longer conversation with us."),
 * about the one quoted last in the paragraph before.
 */
function pronounSubjectsReferent(
  context: ArticleContext,
  sentence: string,
  from: number,
  to: number,
  before: { items: Credited[]; block: number },
): BlockMention | undefined {
  // ("Speaking to RNZ's Morning Report, he described the moment …": after an opening phrase and its comma too.)
  const pronoun = /^(?:[^,.;:!?“”"]{1,80},\s+)?(He|She|he|she)\s/.exec(sentence)?.[1].toLowerCase();
  if (!pronoun) return undefined;
  const fits = (name: string) => [pronoun, undefined].includes(genderIn(context)(name));
  const subjects = context.personMentions.filter((person) => person.start >= from && person.end <= to && person.subject);
  const mention = mainSubject(subjects, context.article.body);
  if (mention) return fits(mention.name) ? mention : undefined;
  if (from !== to) return undefined;
  const quoted = before.items.findLast((item) => item.quote.block === before.block && item.person && item.name);
  if (!quoted?.name || !fits(quoted.name)) return undefined;
  return context.personMentions.findLast((person) => person.name === quoted.name && person.end <= from);
}
