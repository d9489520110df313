// Whether the text names someone else between a person it makes a subject and a quotation: the one test of the
// rules that credit a quotation to a subject before it, each passing over what its own case needs.

import { type ArticleContext, type BlockMention, surnameKey } from './context.js';

/** What someoneElseNamedBetween passes over; a body named is never someone else. */
export interface OthersNamed {
  /** One of the subject's surname is the subject ("Hegarty" after "Conor Hegarty"), not only one of their name as written. */
  sameBySurname?: boolean;
  /** A name in capitals is no one: "told the ABC". */
  passCapitals?: boolean;
  /** A name used as a modifier is no one: "the Trump administration". */
  passAttributive?: boolean;
  /** A name inside quoted words is the speaker's, not the text's. */
  passQuoted?: boolean;
  /** Only a full name or one the story calls a person counts: a single word ("three SLS rockets") is a thing. */
  fullOrPerson?: boolean;
}

/** Someone other than `subject` is named after it and before `until`. */
export function someoneElseNamedBetween(context: ArticleContext, subject: BlockMention, until: number, options: OthersNamed): boolean {
  const same = options.sameBySurname
    ? (mention: BlockMention) => surnameKey(mention.words) === surnameKey(subject.words)
    : (mention: BlockMention) => mention.name === subject.name;
  return context.mentions.some(
    (mention) =>
      mention.start > subject.end &&
      mention.end <= until &&
      !mention.body &&
      !same(mention) &&
      !(options.passCapitals && /^\p{Lu}{2,}$/u.test(mention.name)) &&
      !(options.passAttributive && mention.attributive) &&
      !(options.passQuoted && context.inQuote(mention.start)) &&
      (!options.fullOrPerson || mention.words.length > 1 || context.people.isPerson(mention)),
  );
}
