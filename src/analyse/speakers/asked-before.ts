// "We asked GM Elena Voronova how such cases are assessed. ¶ “…,” she told us.": the one just asked answers.

import { type ArticleContext, type BlockMention, genderIn } from './context.js';
import type { FoundQuote } from '../quotes/extract.js';

/**
 * Verbs that put a question to the person named right after them — or after a role in apposition ("We spoke to the
 * lead author, Dr Nurul Aina Ismail,").
 */
const ASKED_BEFORE_NAME =
  /\b(?:asked|interviewed|(?:spoke|talked)\s+(?:to|with)|put\s+(?:it|the\s+question)\s+to)\s+(?:(?:the|a|an|its|our)\s+[\p{Ll}\s-]{1,40},\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/**
 * For "“…,” she told us" opening its sentence: the person the sentence before asked, spoke to or interviewed, when
 * no one is named after them, and "he" or "she" fits them.
 */
export function askedJustBefore(context: ArticleContext, quote: FoundQuote, pronoun: 'he' | 'she'): string | undefined {
  if (quote.sentenceStart !== quote.open || quote.via !== 'after') return undefined;
  const body = context.article.body;
  const last = context.personMentions.findLast((mention) => mention.end <= quote.open);
  if (!last || last.block < quote.block - 1) return undefined;
  // (Only the sentence right before: nothing of it after the name but its end.)
  if (!/^[^.!?“”"]*[.!?]\s*$/.test(body.slice(last.end, quote.open))) return undefined;
  if (!ASKED_BEFORE_NAME.test(body.slice(Math.max(0, last.start - 60), last.start))) return undefined;
  const sex = genderIn(context)(last.name);
  return sex === undefined || sex === pronoun ? last.name : undefined;
}

/**
 * "We spoke to the lead author, Dr Nurul Aina Ismail, about what comes next. ¶ “…”": the person a sentence asked,
 * spoke to or interviewed, named last in it (between `from` and `to`), if any.
 */
export function askedInSentence(context: ArticleContext, from: number, to: number): BlockMention | undefined {
  const body = context.article.body;
  const last = context.personMentions.findLast((mention) => mention.start >= from && mention.end <= to);
  return last && ASKED_BEFORE_NAME.test(body.slice(Math.max(from, last.start - 80), last.start)) ? last : undefined;
}
