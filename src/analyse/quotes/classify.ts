// Which kind of quotation: a 'full' utterance, a 'partial' quotation worked into a sentence, or
// 'scare' quotes around a name or term. Decided by rules on the words and their sentence.

import {
  alternation,
  BETWEEN,
  DETERMINERS,
  FUNCTION_WORDS,
  PHRASAL_POST_VERBS,
  POST_VERBS,
  PRONOUNS,
  REPORTING_VERBS,
  ROLE_NOUNS,
  roleHead,
  SAYING_VERBS,
  TERM_MARKERS,
  TITLE_SMALL_WORDS,
  WORK_NOUNS,
  PREPOSITIONS,
} from '../../lexicon.js';

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

export function quoteWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Every word capitalised (small words aside): "Islamic State", "The Fires of Pompeii". */
export function isTitleCase(words: string[]): boolean {
  return (
    words.length > 0 &&
    // A year or number may lead a title ("2019 Harbour Lights Festival"), but a title has a capitalised word.
    (/^\p{Lu}/u.test(words[0]) || (/^\p{N}/u.test(words[0]) && words.some((word) => /^\p{Lu}/u.test(word)))) &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || TITLE_SMALL_WORDS.has(word.toLowerCase()))
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
  /** The rest of the sentence after the closing mark. */
  post?: string;
  /** An attribution in the sentence names whose words they are. */
  attributed?: boolean;
}

/**
 * A whole quoted sentence used as a modifier of the noun after it (the “Stay home. Stay safe.” campaign): the
 * sentence goes on in lower case with a word that is no attribution.
 */
function modifiesNoun(text: string, post: string): boolean {
  if (!/[.!?]$/.test(text)) return false;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(post)?.[1];
  if (next === undefined || PRONOUNS.has(next) || DETERMINERS.has(next) || BETWEEN.has(next) || /^(?:and|but|or|so)$/.test(next))
    return false;
  // “…!” officers shouted: an attribution after all.
  return !quoteWords(post)
    .slice(0, 5)
    .some((word) => POST_VERBS.has(word.toLowerCase()));
}

/** A determiner or possessive right before the marks: the “…” category, his “…” stance. */
const MODIFIER_SLOT = /(?:^|\s)(?:a|an|the|this|that|these|those|its|their|our|his|her|my|your)$/i;

/**
 * A few quoted words between a determiner and the noun they modify (or one quoted word before its noun) (the “poor” category, a “phase one” trade
 * deal) are a term or a name — unless a verb of naming or judging puts them in someone's mouth (analysts called
 * it the “…” deal, she hailed the “…” move). One quoted word in a sentence that says whose words they are is
 * theirs ("Forecasters said smog may reach “emergency” levels"); several between "the" and a noun stay a name
 * ("China said it backs the “one country, two systems” formula").
 */
function termBeforeNoun(words: string[], text: string, before: string, post: string): boolean {
  // One quoted word before a noun modifies it wherever it stands ("results from “exogenic” processes").
  if (words.length > 4 || /[.!?,;:…]$/.test(text) || (words.length > 1 && !MODIFIER_SLOT.test(before))) return false;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?=[\s,.;:!?)]|$)/u.exec(post)?.[1];
  if (next === undefined || FUNCTION_WORDS.has(next) || /ly$/.test(next) || POST_VERBS.has(next) || SAYING_VERBS.has(next)) return false;
  const said = (words: string[]) => words.some((word) => SAYING_VERBS.has(word.toLowerCase()));
  // ("She added that the industry had a “generally good” safety record": words a degree adverb opens judge, as
  // someone does, anywhere in a sentence that says whose words they are.)
  const sentence = before.slice(before.search(/[^.!?…]*$/u));
  if (/^\p{Ll}+ly$/u.test(words[0]) && words.length > 1 && said(quoteWords(sentence))) return false;
  return !said(quoteWords(before).slice(-4, -1));
}

/** A term mentioned, not words quoted: the so-called “…”, the word “…”; “…” — the term for. */
const MARKED_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(TERM_MARKERS)})$`, 'i');
const MARKED_AFTER = /^\s*[,—–(-]*\s*(?:the|a)\s+(?:term|word|name)\s+for\b/i;
/** A slogan or motto closes its sentence with the full stop inside the marks: the slogan “Stay home, stay safe.” */
const ENDS_SENTENCE = /^\s*$/;
const isMarkedTerm = (words: string[], text: string, before: string, post: string): boolean =>
  words.length <= 5 &&
  ((!/[.!?]$/.test(text) && (MARKED_BEFORE.test(before) || MARKED_AFTER.test(post))) ||
    (/[^.!?][.!]$/.test(text) && ENDS_SENTENCE.test(post) && MARKED_BEFORE.test(before)));

/**
 * A thing named right before the marks: "a scheme called “…”", "something called “…”", "an app named “…”". A
 * person or role who "called" something says it ("the mayor called “…”"); a thing named has no voice.
 */
const NAMED_THING_BEFORE =
  /(?:^|\s)(?:(?:a|an|the|some|this|that|one)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)|something|anything|what|one)\s+(?:called|named)$/u;
const isNamedThing = (words: string[], text: string, before: string, post: string): boolean => {
  const named = NAMED_THING_BEFORE.exec(before);
  const closes = !/[.!?]$/.test(text) || (/[^.!?][.]$/.test(text) && ENDS_SENTENCE.test(post));
  return named !== null && words.length <= 5 && closes && !PREPOSITIONS.has(words[0]) && !(named[1] && ROLE_NOUNS.has(roleHead(named[1])));
};

/** A work's noun right before the marks: the title-case words after it are its title (his book “…”). */
const WORK_BEFORE = new RegExp(`\\b(?:${alternation(WORK_NOUNS)})$`, 'i');

/**
 * An owner or "on"/"in" right before title-case words: a programme or work's title, even with an attribution after
 * it ("appearing on NBC's “Meet the Press,” said he …", "told CNN's “State of the Union”").
 */
const PROGRAMME_BEFORE = /(?:\p{L}[’']s|\b(?:on|in))$/u;

/** A verb of saying or thinking, or a colon, right before the marks. */
const SAID_BEFORE = new RegExp(`(?:\\b(?:${alternation(REPORTING_VERBS)})\\b,?|:)$`, 'i');
/** A verb of saying right before the marks ("said “…”", "declaring, “…”"): the quotation opens an utterance. */
const PARTICIPLES = [...SAYING_VERBS].filter((verb) => verb.endsWith('ing'));
const VERB_BEFORE = new RegExp(`\\b(?:${alternation([...POST_VERBS, ...PARTICIPLES, ...PHRASAL_POST_VERBS])}),?$`, 'i');

export function quoteKind({
  text,
  pre,
  nested,
  cue,
  attributedAfter,
  post = '',
  attributed = false,
}: KindContext): 'full' | 'partial' | 'scare' {
  const words = quoteWords(text);
  const before = pre.replace(/[\s“"‘'«„`]+$/u, '');
  // A quoted sentence of its own that ends with a full stop (“Please.”) is said, not a title.
  const ownSentence = /\.$/.test(text) && (before === '' || /[.!?…]$/.test(before));
  const title = isTitleCase(words) && (words.length <= 5 || (!cue && words.length <= 10)) && !ownSentence;
  // An editor's insertion or an aside may open an utterance: “[Capaldi came into consideration] a fair …”.
  // A post may open with a handle or a tag (“@Lena and I …”).
  const startsUtterance = /^[([]?[\p{Lu}\p{N}]|^(?:…|\.\.\.)|^[@#][\p{L}\p{N}_]/u.test(text);
  if (nested) {
    // Words someone is quoted as saying or thinking inside a quotation (“everyone said ‘yes, that's it’”)
    // are an utterance however short; other short or title-case nested quotations are names and terms.
    if (SAID_BEFORE.test(before) && !title) return 'full';
    return words.length <= 4 || title ? 'scare' : 'partial';
  }
  // The title of a work after its noun is a name, however long ("his book “A Proven Path to All the Money”").
  if (WORK_BEFORE.test(before) && isTitleCase(words)) return 'scare';
  if (
    !nested &&
    (modifiesNoun(text, post) ||
      isMarkedTerm(words, text, before, post) ||
      isNamedThing(words, text, before, post) ||
      ((!attributed || words.length > 1) && termBeforeNoun(words, text, before, post)))
  )
    return 'scare';
  if (before.endsWith(':') && startsUtterance) return 'full';
  if (title && (!attributedAfter || PROGRAMME_BEFORE.test(before))) return 'scare';
  const opensSentence = before === '' || /[.!?…]$/.test(before) || VERB_BEFORE.test(before);
  if (startsUtterance && (opensSentence || (attributedAfter && words.length >= 4))) return 'full';
  if (words.length <= 3 && !cue) return 'scare';
  return 'partial';
}
