// What crediting speakers passes around: an article's mentions and context, a credited quotation, the story's people.

import type { Gender } from './gender.js';
import type { FoundQuote } from '../quotes/extract.js';
import type { Article } from '../../types.js';
import { PLACE_WORDS } from '../../lexicon.js';
import type { Mention } from './mentions.js';

/** A name the text mentions, with the block (paragraph) it stands in. */
export type BlockMention = Mention & { block: number };

export interface Credited {
  quote: FoundQuote;
  /** The speaker's name as resolved in the article (before story-wide merging). */
  name: string | null;
  /** A person (so that "he" may point back to them). */
  person: boolean;
  /** Position in the article's list of quotations (what FoundQuote.chain refers to). */
  index: number;
  /** How the speaker was found where the sentence does not name them (Quotation.speakerReason). */
  reason: string | null;
}

export const wordsOf = (body: string, quote: FoundQuote) =>
  (
    body
      .slice(quote.start, quote.end)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');

/** Whether an offset falls inside one of the quotations (between its marks). */
export function insideQuotes(quotes: FoundQuote[]): (offset: number) => boolean {
  const spans = quotes
    .filter((quote) => !quote.nested)
    .map((quote) => [quote.open, quote.after] as const)
    .sort((a, b) => a[0] - b[0]);
  return (offset) => {
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (spans[mid][0] > offset) high = mid - 1;
      else if (spans[mid][1] <= offset) low = mid + 1;
      else return true;
    }
    return false;
  };
}

/** "he" or "she" for a name: by their given name, else as the article has called them already (a guess itself). */
export const genderIn =
  (context: ArticleContext) =>
  (name: string): Gender | undefined =>
    context.people.genderOf(name) ?? context.genders.get(genderKey(context, name));

/**
 * Whom the article called "he" or "she", by surname: "Charlie McDowell" and a later bare "McDowell" are one — by
 * full name where the story has several people of that surname ("Jayden Morris" says nothing of "Kelly Morris").
 */
export const genderKey = (context: Pick<ArticleContext, 'people'>, name: string) => {
  const words = name.split(/\s+/);
  const key = surnameKey(words);
  return words.length > 1 && (context.people.fullNamesBySurname.get(key)?.length ?? 0) > 1 ? name.toLowerCase() : key;
};

/** Not a place by its first word ("Western Syria", "New York", "United States"). */
export const notPlace = (words: string[]) => !PLACE_WORDS.has(words[0].toLowerCase());

/** The matching key of a name's last word. */
export const surnameKey = (words: string[]) =>
  words[words.length - 1]
    .toLowerCase()
    .replace(/^(?:al|el)-/, '')
    .replace(/[’']s$/, '');

export type Credit = Pick<Credited, 'name' | 'person' | 'reason'>;

export const NO_CREDIT: Credit = { name: null, person: false, reason: null };

/** Who the story's people are: by surname, and by the ages it gives them. */
export interface People {
  personSurnames: Set<string>;
  isPerson: (mention: BlockMention) => boolean;
  /** An age held by one person only ("Capaldi, 55,") → that person. */
  ages: Map<number, string>;
  /**
   * A body, or a name nothing marks as a person's (no title, role, age or "who", and a surname the story never
   * uses alone): "Lakeside Records", "Netflix" — what "it said" or "they said" may stand for.
   */
  mayBeBody: (mention: BlockMention) => boolean;
  /** "he" or "she" by a person's given name, or by the given name the story gives their surname elsewhere. */
  genderOf: (name: string) => Gender | undefined;
  /** "he" or "she" as the text gives it (a title, a pronoun after the name), not the name lists. */
  toldGenderOf: (name: string) => Gender | undefined;
  /** The people's full names, by surname key ("obama" → "Michelle Obama", "Barack Obama"). */
  fullNamesBySurname: Map<string, string[]>;
}

/** One article's quotations and the names it mentions, block by block. */
export interface Finding {
  article: Article;
  quotes: FoundQuote[];
  mentions: BlockMention[];
}

/** What crediting an article's quotations reads: its names, its people and the story's name counts. */
export interface ArticleContext {
  article: Article;
  mentions: BlockMention[];
  /** People named outside quotations, not as modifiers. */
  personMentions: BlockMention[];
  inQuote: (offset: number) => boolean;
  /** "he" or "she", as the article has called someone already (by genderKey). */
  genders: Map<string, Gender>;
  people: People;
  count: (name: string, body: boolean) => void;
  descriptions: Map<string, string>;
}
