// Character classes and word lists shared by the segmenter and its rules.
// Everything here looks at a bounded neighbourhood of a position, so that every rule stays linear.

/** How far any rule looks back or ahead of a position, in UTF-16 units. */
export const NEAR = 64;

// The tests below look at every character of every block; ASCII, most of the text, is answered without a
// regular expression (with the answers the expressions give).

export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /\p{Lu}/u.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /\p{Ll}/u.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Marks that end a sentence in Latin-script text (and Cyrillic, Greek…). */
export const LATIN_TERMINALS = '.!?\u2026\u203D';

export function isLatinTerminal(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && LATIN_TERMINALS.includes(ch);
}

/** Opening quotation marks (the straight ones open or close, depending on context). */
export const OPENING_QUOTES = '“‘«‹„‚"\'';
/** Closing quotation marks and brackets that stay with the sentence they close. */
export const CLOSING_MARKS = '”’»›"\')]}';
export const CLOSING_DOUBLE_QUOTES = '”»"';
export const OPENING_DOUBLE_QUOTES = '“«„"';

export function isClosingMark(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && CLOSING_MARKS.includes(ch);
}

/** Index just past a run of closing marks starting at `i` (at most NEAR of them). */
export function skipClosingMarks(text: string, i: number, limit = text.length): number {
  const stop = Math.min(limit, i + NEAR);
  while (i < stop && isClosingMark(text[i])) i++;
  return i;
}

/**
 * The "word" that ends just before `end`: letters, digits and inner full stops (so "U.S", "a.m", "2.5m").
 * Looks back at most NEAR characters and no further than `from`.
 */
export function wordBefore(text: string, end: number, from = 0): string {
  let i = end;
  const stop = Math.max(from, end - NEAR);
  while (i > stop) {
    const ch = text[i - 1];
    if (isLetter(ch) || isDigit(ch) || (ch === '.' && i - 1 > stop && i < end && (isLetter(text[i - 2]) || isDigit(text[i - 2])))) i--;
    else break;
  }
  return text.slice(i, end);
}

/** The run of letters (with inner apostrophes and hyphens) starting at `start`, at most NEAR long. */
export function wordAt(text: string, start: number): string {
  let i = start;
  const stop = Math.min(text.length, start + NEAR);
  while (i < stop) {
    const ch = text[i];
    if (isLetter(ch) || isDigit(ch)) i++;
    else if ((ch === '’' || ch === "'" || ch === '-') && i > start && isLetter(text[i + 1])) i++;
    else break;
  }
  return text.slice(start, i);
}

/** "U.S", "a.m", "U.N", "e.g": single letters joined by full stops (the final stop excluded). */
export function isInitialism(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Abbreviations that always stand before a name: a full stop after them never ends a sentence. */
export const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'mmes',
  'mme',
  'mlle',
  'dr',
  'drs',
  'prof',
  'profs',
  'rev',
  'revd',
  'fr',
  'hon',
  'pres',
  'gen',
  'gens',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'govs',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'cmdr',
  'cdr',
  'adm',
  'brig',
  'sgt',
  'cpl',
  'pvt',
  'supt',
  'insp',
  'det',
  'amb',
  'atty',
  'sec',
  'st',
  'mt',
  'ft',
  'sr',
  'jr',
  'sra',
  'srta',
]);

/**
 * Abbreviations that often end a sentence as well ("… Martin Luther King Jr. The …", "… 10 ft. The …",
 * "… Acme Inc. The …"): before a word that opens a sentence, their full stop ends one.
 */
export const MAY_END = new Set(['jr', 'sr', 'st', 'ft', 'mt', 'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'llc', 'etc', 'al']);

/** Month abbreviations: before a number ("Jan. 1") the full stop does not end a sentence. */
export const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Abbreviations that stand before a number ("No. 5", "p. 12"). */
export const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'vol',
  'vols',
  'p',
  'pp',
  'fig',
  'figs',
  'art',
  'arts',
  'ch',
  'para',
  'op',
  'ed',
  'approx',
]);

/** Abbreviations that are almost never the last word of a sentence. */
export const NEVER_FINAL = new Set(['vs', 'v', 'cf', 'e.g', 'i.e', 'viz', 'approx', 'ca', 'incl', 'esp', 'dept', 'est']);

/** Abbreviations (of any kind) after which a glued capital ("Mr.Kerry") does not start a sentence. */
export function isKnownAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return TITLES.has(w) || MONTHS.has(w) || BEFORE_NUMBER.has(w) || NEVER_FINAL.has(w);
}

/**
 * Capitalised words that usually begin a sentence rather than continue a name. After an ambiguous
 * full stop ("in the U.S. The talks…", "at 9 a.m. He left") they tip the balance towards a break.
 */
export const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'however',
  'meanwhile',
  'moreover',
  'still',
  'also',
  'then',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'as',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'some',
  'many',
  'most',
  'both',
  'all',
  'no',
  'not',
  'what',
  'who',
  'why',
  'how',
  'where',
  'although',
  'though',
  'despite',
  'instead',
  'officials',
  'earlier',
  'later',
]);

export function isSentenceStarter(word: string): boolean {
  return isUpper(word[0]) && SENTENCE_STARTERS.has(word.toLowerCase());
}

/** Top-level domains, so that "Example.Com" is not read as two sentences. */
export const DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'int', 'mil', 'io', 'co', 'uk', 'ru', 'de', 'fr', 'info', 'biz']);

/** Sentence-final marks of other scripts: Arabic/Urdu question mark and full stop, Devanagari danda, CJK, Ethiopic, Armenian. */
export const OTHER_TERMINALS = '\u061F\u06D4\u0964\u0965\u3002\uFF01\uFF1F\uFF0E\u1362\u1367\u0589\u061E\u0700\u0701\u0702';
/** Of those, the ones written without a following space (CJK). */
export const UNSPACED_TERMINALS = '\u3002\uFF01\uFF1F\uFF0E';
