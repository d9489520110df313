// Whether the text names someone else between a person it makes a subject and a quotation: the one test of the
// rules that credit a quotation to a subject before it, each passing over what its own case needs.

import { type ArticleContext, type BlockMention, surnameKey } from './context.js';
import { sentencesBetween } from './paragraphs.js';

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
  /** A name in what a subject who speaks says is whom they speak of ("said he stopped to protect Ethan"). */
  passReported?: boolean;
  /** A name in the subject's own relative clause is part of saying who they are ("Shane Mulvey, who came through the academy with Kinsella, spoke"). */
  passOwnRelative?: boolean;
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
      (!options.fullOrPerson || mention.words.length > 1 || context.people.isPerson(mention)) &&
      !(options.passReported && subject.sayer && inReportedClause(context.article.body, subject, mention)) &&
      !(options.passOwnRelative && inOwnRelative(context.article.body, subject, mention)),
  );
}

/** `mention` stands in the relative clause set off by commas right after `subject` (", who … ,"). */
function inOwnRelative(body: string, subject: BlockMention, mention: BlockMention): boolean {
  const relative = /^,\s+who\b[^,.;:!?]*,/.exec(body.slice(subject.end, subject.end + 200));
  return relative !== null && mention.end <= subject.end + relative[0].length;
}

/**
 * `mention` stands in the clause the speaking `subject` reports: the same sentence, with no comma, semicolon or colon
 * between ("said the committee would go on, and thanked Mary Holt" has moved on to another verb of the subject's).
 */
export function inReportedClause(body: string, subject: BlockMention, mention: BlockMention): boolean {
  // (The comma that closes the subject's apposition is no break: "A witness, taxi driver Rizwan Ahmed, said".)
  const between = body.slice(subject.end, mention.start).replace(/^,/, '');
  return sentencesBetween(body, subject.end, mention.start) === 0 && !/[,;:]/.test(between);
}
