// Which kind of quotation: a 'full' utterance, a 'partial' quotation worked into a sentence, or
// 'scare' quotes around a name or term. Decided by rules on the words and their sentence.

import { alternation, POST_VERBS, REPORTING_VERBS } from '../lexicon.js';

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;
const SMALL = new Set('of the and a an in on for to at by de du la le von van al'.split(' '));

export function quoteWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Every word capitalised (small words aside): "Islamic State", "The Fires of Pompeii". */
export function isTitleCase(words: string[]): boolean {
  return (
    words.length > 0 &&
    // A year or number may lead a title ("2019 Harbour Lights Festival"), but a title has a capitalised word.
    (/^\p{Lu}/u.test(words[0]) || (/^\p{N}/u.test(words[0]) && words.some((word) => /^\p{Lu}/u.test(word)))) &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || SMALL.has(word.toLowerCase()))
  );
}

export interface KindContext {
  text: string;
  /** The sentence before the opening mark. */
  pre: string;
  /** Inside another quotation (not a wrapper). */
  nested: boolean;
  /** The sentence has a verb or noun of saying, or an attribution names a speaker. */
  cue: boolean;
  /** An attribution follows the closing mark ("…,” he said). */
  attributedAfter: boolean;
}

/** A verb of saying or thinking, or a colon, right before the marks. */
const SAID_BEFORE = new RegExp(`(?:\\b(?:${alternation(REPORTING_VERBS)})\\b,?|:)$`, 'i');
/** A verb of saying right before the marks ("said “…”"): the quotation opens an utterance. */
const VERB_BEFORE = new RegExp(`\\b(?:${alternation(POST_VERBS)}),?$`, 'i');

export function quoteKind({ text, pre, nested, cue, attributedAfter }: KindContext): 'full' | 'partial' | 'scare' {
  const words = quoteWords(text);
  const title = isTitleCase(words) && (words.length <= 5 || (!cue && words.length <= 10));
  const before = pre.replace(/[\s“"‘'«„`]+$/u, '');
  // An editor's insertion or an aside may open an utterance: “[Capaldi came into consideration] a fair …”.
  const startsUtterance = /^[([]?[\p{Lu}\p{N}]|^(?:…|\.\.\.)/u.test(text);
  if (nested) {
    // Words someone is quoted as saying or thinking inside a quotation (“everyone said ‘yes, that's it’”)
    // are an utterance however short; other short or title-case nested quotations are names and terms.
    if (SAID_BEFORE.test(before) && !title) return 'full';
    return words.length <= 4 || title ? 'scare' : 'partial';
  }
  if (before.endsWith(':') && startsUtterance) return 'full';
  if (title && !attributedAfter) return 'scare';
  const opensSentence = before === '' || /[.!?…]$/.test(before) || VERB_BEFORE.test(before);
  if (startsUtterance && (opensSentence || (attributedAfter && words.length >= 4))) return 'full';
  if (words.length <= 3 && !cue) return 'scare';
  return 'partial';
}
