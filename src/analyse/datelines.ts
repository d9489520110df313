// Datelines and time stamps kept in an article's text ("Published Sunday, Aug 4 2013, 19:30 BST"): lines
// of the page that say when it was published, not what happened. They are not claims, and two outlets'
// stamps must not be paired as "the same fact".
import type { Article, Token } from '../types.js';
import { DATELINE_WORDS, MONTHS, WEEKDAYS } from '../lexicon.js';

const WORD = /[\p{L}\p{N}]/u;
/** A day or year number, an ordinal, or a clock time ("19:30", "2.29"). */
const NUMBER_OR_TIME = /^(\d{1,4}(st|nd|rd|th)?|\d{1,2}[:.]\d{2}(am|pm)?)$/;

/** Whether a sentence is only a date, perhaps with a time, a time zone and "published"/"updated". */
export function isDateline(tokens: Token[]): boolean {
  let dated = false;
  let words = 0;
  for (const token of tokens) {
    if (!WORD.test(token.text)) continue;
    words++;
    const word = token.text.toLowerCase().replace(/\.$/, '');
    if (MONTHS.has(word) || WEEKDAYS.includes(word)) dated = true;
    else if (!NUMBER_OR_TIME.test(word) && !DATELINE_WORDS.has(word)) return false;
  }
  return dated && words > 1;
}

/** The ids of an article's sentences that are datelines, given the sentences' tokens. */
export function datelineSentences(article: Article, tokens: Token[][]): string[] {
  return article.sentences.filter((_, s) => isDateline(tokens[s] ?? [])).map((sentence) => sentence.id);
}
