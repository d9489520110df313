// Who speaks where an attribution's word names no one as such: the body "it" stands for, the spokesperson or
// group "they" stands for, and the person whose sentence reports a few quoted words.

import {
  ROLE_NOUNS,
  roleHead,
  PLAIN_SPEAKING_VERBS,
  alternation,
  SPOKESPERSON_NOUNS,
  PLURAL_SUBJECT_OPENERS,
  PLURAL_GROUP_NOUNS,
  isBetweenWord,
  SAYING_VERBS,
} from '../../lexicon.js';
import type { ArticleContext } from './context.js';
import type { FoundQuote } from '../quotes/extract.js';
import { previousParagraphStartOf } from './paragraphs.js';

/**
 * "Pompeo said that … Washington had concluded the settlements were “not, per se, inconsistent …”": a few quoted
 * words whose nearest verb has a place or body for subject, inside what a person of the same sentence says, are
 * that person's — the reporter quotes whom they heard.
 */
export function reportingPerson(context: ArticleContext, quote: FoundQuote, inner: string): string | undefined {
  if (quote.kind !== 'partial' || quote.via !== 'before') return undefined;
  const innerAt = context.mentions.findLast((mention) => mention.name === inner && mention.end <= quote.open)?.start ?? quote.open;
  return context.personMentions.find(
    (mention) => mention.sayer && mention.start >= quote.sentenceStart && mention.end <= innerAt && mention.name !== inner,
  )?.name;
}

/**
 * The person named before the quotation's pronoun, in its sentence, as saying something — unless the pronoun
 * itself speaks the words ("Ann Lowe said that when she asked Tom Reed, he said it was “dead”": Reed's).
 */
export function sayerInSentence(context: ArticleContext, quote: FoundQuote, pronoun: string): string | undefined {
  const at = quote.speakerAt ?? quote.open;
  const verb = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(context.article.body.slice(at + pronoun.length, at + pronoun.length + 40))?.[1];
  if (verb !== undefined && PLAIN_SPEAKING_VERBS.has(verb)) return undefined;
  return context.personMentions.findLast((mention) => mention.sayer && mention.start >= quote.sentenceStart && mention.end <= at)?.name;
}

/** ", a spokesperson for Instagram,": the apposition that names someone's job as speaking for a body. */
const SPOKESPERSON_APPOSITION = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation(SPOKESPERSON_NOUNS)})\\b`, 'iu');

/**
 * A singular "they": "Kym Lino, a spokesperson for Instagram, confirmed … “…,” they said in an email." — the
 * person introduced in the paragraph as speaking for a body, when no one else is named between.
 */
export function spokespersonBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
  const at = quote.speakerAt ?? quote.open;
  const before = context.personMentions.filter((mention) => mention.block === quote.block && mention.end <= at);
  const last = before.at(-1);
  if (!last || !(last.subject || last.sayer) || !SPOKESPERSON_APPOSITION.test(context.article.body.slice(last.end, last.end + 80)))
    return undefined;
  return last.name;
}

/**
 * What "they said" stands for where no body does: the latest sentence, in the quotation's paragraph or the one
 * before, that opens on people named by a plural role ("Police arrested two men. ¶ “…,” they said.", "The
 * study's authors cautioned …"), as written; none if a person is named after it.
 */
export function pluralSubjectBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
  const body = context.article.body;
  const at = quote.speakerAt ?? quote.open;
  const from = previousParagraphStartOf(body, at);
  const openers = [...PLURAL_SUBJECT_OPENERS].join('|');
  const opening = new RegExp(`(?:^|[.!?]["”’)]?\\s+)((?:(?:${openers})\\s+(?:[\\p{L}’'-]+\\s+){0,2}?)?(\\p{L}+))\\s+\\p{Ll}`, 'gu');
  let found: { text: string; end: number } | undefined;
  for (const match of body.slice(from, at).matchAll(opening)) {
    const head = match[2].toLowerCase();
    const plural = PLURAL_GROUP_NOUNS.has(head) || (/s$/.test(head) && ROLE_NOUNS.has(roleHead(head)));
    if (plural) found = { text: match[1], end: from + match.index + match[0].length };
    // "The men were later charged": other people became the subject since.
    else if (/(?:s|men)$/.test(head) && PLURAL_SUBJECT_OPENERS.has(match[1].split(/\s/)[0])) found = undefined;
  }
  if (!found || context.personMentions.some((mention) => mention.start >= found.end && mention.end <= at)) return undefined;
  return /^The\s/.test(found.text) ? `the${found.text.slice(3)}` : found.text;
}

/** A name right after a preposition ("for Instagram", "in the Kandahar province") is its object, not a subject. */
export const AFTER_PREPOSITION = /\b(?:for|of|at|from|with|by|to|on|in|near|into)\s+(?:the\s+)?$/i;

/**
 * The first word after a subject that is no auxiliary or adverb ("have twice denied" → "denied"; past a relative
 * clause between commas: ", which regulates campaign finances, issued" → "issued"), lower case.
 */
function verbAfter(text: string): string {
  const rest = text.replace(/^,\s+(?:which|who)\b[^,.!?]{0,80},/, '');
  const words = /^,?\s+([a-z]+(?:\s+[a-z]+){0,3})/.exec(rest)?.[1].split(/\s+/) ?? [];
  return words.find((word) => !isBetweenWord(word)) ?? '';
}

/**
 * What "it said" stands for: the latest body that was the subject of a clause, in the quotation's paragraph or
 * the one before ("The Harbour Board said the ferry would stop. ¶ “…,” it added."); none if a person came after it.
 */
export function speakingBodyBefore(context: ArticleContext, quote: FoundQuote, sayerOnly = false): string | null {
  const { mentions, inQuote } = context;
  const text = context.article.body;
  const at = quote.speakerAt ?? quote.open;
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index];
    if (mention.start >= at || inQuote(mention.start)) continue;
    if (mention.block < quote.block - 1) break;
    // "The Harbour Board said": a determiner keeps a body from counting as a subject in the mentions.
    const verb = verbAfter(text.slice(mention.end, mention.end + 140));
    // "a spokesperson for Instagram, confirmed": the object of a preposition is no one's subject.
    if (AFTER_PREPOSITION.test(text.slice(Math.max(0, mention.start - 12), mention.start))) continue;
    const body = context.people.mayBeBody(mention);
    // A name only guessed to be a body must itself say something ("Lakeside Records denies …"), not merely
    // be a clause's subject ("Many in Hong Kong will deplore that decision").
    const says = SAYING_VERBS.has(verb) || (mention.body && (sayerOnly ? mention.sayer : mention.subject));
    if (body && (says || (!sayerOnly && mention.subject))) return mention.name;
    if ((!body || sayerOnly) && mention.subject) return null;
  }
  return null;
}
