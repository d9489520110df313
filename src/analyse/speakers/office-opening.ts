// "The Taoiseach is expected to address the Dáil on Tuesday. In a post on X, he wrote: “…”": an office that opens
// the pronoun's paragraph as its subject is whom "he" or "she" goes on about.

import { BODY_HEADS, TEXT_NOUNS, TITLES, isAge, isRoleWord, roleHead } from '../../lexicon.js';
import { isDemonym } from '../../fold.js';
import type { ArticleContext, Credit, Credited } from './context.js';
import type { FoundQuote } from '../quotes/extract.js';
import { fromDescription } from './described.js';
import { nounGender } from './gender.js';
import { paragraphStartOf } from './paragraphs.js';
import { sentenceSubject } from './sentence-subject.js';
import { tokenize, norm } from './tokens.js';

/** "The Taoiseach", "The minister", "The chief executive": "the", at most one word more, and a person's office or role. */
function officeWords(words: string[]): string[] | undefined {
  if (words.length < 2 || words.length > 3 || !/^the$/i.test(words[0])) return undefined;
  const head = roleHead(norm(words[words.length - 1]));
  // ("The 21-year-old German" is someone named before, by age and people; not an office.)
  if (words.some((word) => isAge(word)) || isDemonym(head)) return undefined;
  if (BODY_HEADS.has(head) || TEXT_NOUNS.has(head)) return undefined;
  return TITLES.has(head) || isRoleWord(head) ? words : undefined;
}

/**
 * For "he" or "she" in a paragraph whose first sentence, before the pronoun's, has an office as its subject and names
 * no one: the one the text gives that office (or the office as written), resolved as "the Taoiseach said" would be.
 */
export function officeOpeningTheParagraph(
  context: ArticleContext,
  quote: FoundQuote,
  items: Credited[],
  pronoun: 'he' | 'she',
): Credit | null {
  const body = context.article.body;
  const at = quote.speakerAt ?? quote.open;
  const start = paragraphStartOf(body, at);
  const first = /^[^.!?\n“”"]+[.!?](?=\s)/.exec(body.slice(start, at));
  if (!first) return null;
  const subject = sentenceSubject(tokenize(first[0]));
  const words = subject && subject.kind !== 'pronoun' ? officeWords(subject.words) : undefined;
  if (!words) return null;
  const head = roleHead(norm(words[words.length - 1]));
  const sex = nounGender(head);
  if (sex && sex !== pronoun) return null;
  if (context.personMentions.some((mention) => mention.start >= start && mention.end <= at)) return null;
  const credit = fromDescription(context, { ...quote, speakerAt: start }, { kind: 'description', words, head }, items);
  return credit.name ? credit : null;
}
