// The holder of a role the text gives ("the president", "chief executive Jane Doe"), looked for before an attribution.

import {
  TITLE_ABBREVIATION_WORDS,
  TITLE_DOMAINS,
  TITLE_RANKS,
  TITLES_HOLDING_ROLES,
  NOT_NAMES,
  OPENING_PHRASE_PREPOSITIONS,
  SAYING_VERBS,
  alternation,
  TITLES,
} from '../../lexicon.js';
import type { ArticleContext } from './context.js';
import { nameParts } from './names.js';

/** Verbs of saying, as a pattern's alternatives: a role right before one opens a clause, it is no apposition. */
const SAYING_ALTERNATION = alternation([...SAYING_VERBS]);

/** How far back a role ("the president") is looked for in a title or an apposition. */
const ROLE_WINDOW = 3000;

/** The article's text within a role's reach before `at`, where its holder is looked for. */
export function textBefore(context: ArticleContext, at: number): string {
  return context.article.body.slice(Math.max(0, at - ROLE_WINDOW), at);
}

/**
 * A regular expression source for a role written as a title, capitalised or in capitals: "Prime Minister",
 * "PRIME MINISTER", and "PM" holds "the PM".
 */
export function titlePattern(head: string): string {
  const capitalFirst = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1).replace(/[^\p{L}-]/gu, '')}`;
  return head
    .split(' ')
    .map((word) => `(?:${capitalFirst(word)}|${word.toUpperCase().replace(/[^\p{L}-]/gu, '')})`)
    .join('\\s+');
}

/**
 * Who the text gives a role, latest first: by title ("President Donald Trump", "spokesman Peter Carr") or
 * apposition ("Peter Carr, a spokesman for the special counsel"). Null where no one holds it.
 */
export function roleHolder(text: string, head: string, modifiers: string[] = [], apposition = true): string | null {
  // "the foreign minister" is the foreign minister where a title names one ("Foreign Minister Anna Kessler"), else
  // whoever the text calls "minister". (Not by apposition: in "aboard the USS Higgins, the Pentagon chief said"
  // the comma ends an opening phrase.)
  if (modifiers.length > 0) {
    const fitting = roleHolder(text, [...modifiers, head].join(' '), [], false);
    if (fitting) return fitting;
    // ("the prime minister" is not "The schools minister, Helen Marchbank": an office's field names another office.)
    if (modifiers.some((word) => TITLE_DOMAINS.has(word))) return roleHolder(text, [...modifiers, head].join(' '));
    // ("the acting mayor" is not "Mayor Rodolfo Manalastas": a rank names another holder of the office.)
    if (modifiers.some((word) => TITLE_RANKS.has(word))) return null;
  }
  const role = titlePattern(head);
  // "Sen. Ruth Ballard" holds "the senator" as "Senator Ruth Ballard" would.
  const short = [...TITLE_ABBREVIATION_WORDS].filter(
    ([, word]) => word === head || (head.startsWith('congress') && word === 'representative'),
  );
  // ("Dr Thandeka Mokoena" holds "the doctor" as "Dr. Mokoena" would; "Justice Mwiche Banda-Siame" holds "the judge".)
  const title = [
    role,
    ...short.map(([abbreviation]) => `${abbreviation[0].toUpperCase()}${abbreviation.slice(1)}\\.?`),
    ...(TITLES_HOLDING_ROLES.get(head) ?? []).map(titlePattern),
  ].join('|');
  const name = "((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]+)";
  // (Not "Vice President X" for "the president", nor "former President X"; an office's field may follow its title
  // written as one: "Minister for Health Colm Ó Riada", not "a spokesperson for Northgate Housing".)
  const field = "(?:(?<=(?<![\\p{L}])\\p{Lu}\\p{L}*)\\s+(?:for|of)(?:\\s+the)?(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}’'-]*){1,4}?)?";
  const titled = new RegExp(`(?<![\\p{L}]|[Vv]ice[\\s-]|[Ff]ormer\\s)(?:${title})${field}\\s+${name}`, 'gu');
  // (An apposition goes on with its own words or ends at a mark: in "provided by Lotto NZ, the wife said" the role
  // opens the next clause. Its article may be left out before a role in lower case: "Dr Hannah Broadbent, senior
  // veterinarian at the zoo,"; not "Sentencing, Judge Helen Marsh said".)
  const apposed = new RegExp(
    `${name},\\s+(?:(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?|(?:[\\p{Ll}-]+\\s+){0,3}?(?=\\p{Ll}))${role}(?![\\p{L}])(?!\\s+(?:\\p{Ll}+ed|${SAYING_ALTERNATION})\\b)`,
    'gu',
  );
  // "The health secretary, Wes Harding, …", "Lim’s lawyer, Mr Ramesh Tiwary, …", "The Ogun State Sector Commander,
  // Mrs Florence Okpe, …", "A Lagos-based lawyer, Barrister Tunde Adebayo, …": the role first, the name in apposition.
  // ("The chief monk of the temple, Ven. Ratnagiriye Dhammaloka Thera, …": where the role is held may follow it, and
  // a title may open the name.)
  const where = "(?:\\s+(?:of|at|for)\\s+(?:the\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,2}?)?";
  const leading = new RegExp(
    `(?<![\\p{L}])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\\p{L}+[’']s)\\s+(?:[\\p{L}-]+\\s+){0,3}?${role}${where},\\s+((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]+)(?=,)`,
    'gu',
  );
  // "Minister for Youth and Sports, Hon. Abena Osei-Bonsu, said": an office with its field, its holder in apposition —
  // a field of several parts too ("Minister of Health, Wellness and the Environment, the Hon. Carla Benjamin, told").
  const fields =
    "(?:(?<=(?<![\\p{L}])\\p{Lu}\\p{L}*)\\s+(?:for|of)(?:\\s+the)?\\s+\\p{Lu}[\\p{L}’'-]*(?:(?:,\\s+|\\s+and\\s+|\\s+)(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*){0,6})?";
  const officeFirst = new RegExp(`(?<![\\p{L}])(?:${title})${fields},\\s+(?:the\\s+)?${name}(?=,)`, 'gu');
  const patterns = [titled, ...(apposition ? [apposed] : []), leading, officeFirst];
  let best: { at: number; words: string[] } | null = null;
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const words = match[1].split(/\s+/);
      // "However, the group said": a sentence adverb before the comma, not a name in apposition.
      if (NOT_NAMES.has(words[0].toLowerCase())) continue;
      if (pattern === apposed && OPENING_PHRASE_PREPOSITIONS.has(wordBefore(text, match.index))) continue;
      // ("Minister for Maritime Transport, Semi Koroitamana": the office's own words are no one's name.)
      const office = pattern === titled ? nameParts(match[0].split(/\s+/)) : null;
      if (office?.titled && TITLES.has(office.words[0].toLowerCase())) continue;
      // (At the same place, an office with its holder in apposition is read whole: in "Minister of Creative Arts, Hon.
      // Carla Benjamin," the field's last word is no one titled.)
      const whole = pattern === officeFirst;
      if (!best || match.index > best.at || (match.index === best.at && whole)) best = { at: match.index, words };
    }
  }
  const parts = best ? nameParts(best.words) : null;
  return parts && !parts.body ? parts.name : null;
}

/** The word right before text[at], lower-cased ("" at the start). */
const wordBefore = (text: string, at: number): string =>
  /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1].toLowerCase() ?? '';
