// Titles and places the versions of one claim give differently: "Deputy Foreign Minister Ryabkov" against
// "Foreign Minister Ryabkov", "in Moscow" against "in Sochi". Names and places are compared by the analysis's
// matching keys (src/fold.ts), so spelling variants ("Russian Federation"/"Russia", "Sergey"/"Sergei") agree, and a
// detail only one version gives, a courtesy title ("Mr") or a nationality ("Russian Foreign Minister") is no
// disagreement.
import {
  COURTESY_TITLES,
  DESCRIPTIVE_TITLES,
  MONTHS,
  NOT_NAMES,
  PLACE_PREPOSITIONS,
  TITLE_DOMAINS,
  TITLE_RANKS,
  TITLES,
  WEEKDAYS,
} from '../lexicon.js';
import { PHRASES, PLACE_KEYS, nameKey, placeOf } from '../fold.js';

/** A person's title as one version words it: the office (heads), its field (domains) and its rank. */
export interface TitleDetail {
  /** The person's matching key (their last name, folded). */
  person: string;
  heads: string[];
  domains: string[];
  ranks: string[];
  text: string;
}

/** A place a version names after "in"/"near": a country or another place, by its matching key. */
export interface PlaceDetail {
  kind: 'country' | 'place';
  key: string;
  text: string;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORDS = /\p{L}+(?:[.’'-]\p{L}+)*\.?/gu;

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORDS)].map((m) => {
    // A sentence's last word keeps no period, but "Mr." and "U.S." keep theirs.
    const keep = TITLES.has(m[0].toLowerCase()) || /\p{L}\.\p{L}/u.test(m[0]);
    const word = m[0].endsWith('.') && !keep ? m[0].slice(0, -1) : m[0];
    return { text: word, lower: word.toLowerCase(), start: m.index!, end: m.index! + word.length };
  });
}

const isCapitalised = (word: Word): boolean => /^\p{Lu}/u.test(word.text);
const adjacent = (text: string, a: Word, b: Word): boolean => /^\s+$/.test(text.slice(a.end, b.start));
const isNameWord = (word: Word): boolean =>
  isCapitalised(word) && !TITLES.has(word.lower) && !NOT_NAMES.has(word.lower) && !/['’]s$/.test(word.text);
/** A nationality before a title ("Russian", "U.S."): says where the office is, not which office. */
const isNationality = (word: Word, previous: Word | undefined): boolean =>
  placeOf(word.text, word.lower, word.lower, previous?.lower) !== undefined;

/** Every title a sentence puts right before a person's name: "Secretary of State John Kerry". */
export function titlesOf(text: string): TitleDetail[] {
  const words = wordsOf(text);
  const found: TitleDetail[] = [];
  let i = 0;
  while (i < words.length) {
    let end = i;
    while (
      end < words.length &&
      (TITLES.has(words[end].lower) || (end > i && words[end].lower === 'of' && TITLES.has(words[end + 1]?.lower ?? '')))
    ) {
      if (end > i && !adjacent(text, words[end - 1], words[end])) break;
      end++;
    }
    let name = end;
    while (name < words.length && isNameWord(words[name]) && adjacent(text, words[name - 1] ?? words[name], words[name])) name++;
    if (end === i || name === end || !adjacent(text, words[end - 1], words[end])) {
      i = Math.max(end, i + 1);
      continue;
    }
    const run = words
      .slice(i, end)
      .filter((word, k, all) => word.lower !== 'of' && !COURTESY_TITLES.has(word.lower) && !isNationality(word, all[k - 1]));
    const heads = run.filter((w) => !TITLE_RANKS.has(w.lower) && !TITLE_DOMAINS.has(w.lower)).map((w) => w.lower.replace(/\.$/, ''));
    if (heads.length)
      found.push({
        person: nameKey(words[name - 1].text),
        heads: [...new Set(heads)].sort(),
        domains: [...new Set(run.filter((w) => TITLE_DOMAINS.has(w.lower)).map((w) => w.lower))].sort(),
        ranks: [...new Set(run.filter((w) => TITLE_RANKS.has(w.lower)).map((w) => w.lower))].sort(),
        text: text.slice(words[i].start, words[name - 1].end),
      });
    i = name;
  }
  return found;
}

/** Whether two titles of one person name different offices (a descriptive "leader" names none). */
export function titlesDiffer(a: TitleDetail, b: TitleDetail): boolean {
  const same = (x: string[], y: string[]) => x.join(' ') === y.join(' ');
  if (!same(a.ranks, b.ranks)) return true;
  if (a.domains.length && b.domains.length && !same(a.domains, b.domains)) return true;
  const offices = (t: TitleDetail) => t.heads.filter((h) => !DESCRIPTIVE_TITLES.has(h));
  return offices(a).length > 0 && offices(b).length > 0 && !same(offices(a), offices(b));
}

/** Every place a sentence names after "in" or "near" ("in Moscow", "in the Russian Federation"). */
export function placesOf(text: string): PlaceDetail[] {
  const words = wordsOf(text);
  const found: PlaceDetail[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    if (!PLACE_PREPOSITIONS.has(words[i].lower)) continue;
    let start = i + 1;
    if (words[start].text === 'the' && words[start + 1]) start++;
    let end = start;
    while (end < words.length && isPlaceWord(words[end]) && adjacent(text, words[end - 1], words[end])) end++;
    if (end === start) continue;
    const key = placeKey(words.slice(start, end), words[start - 1]);
    if (!namesPlace(text, words, start, end, key)) continue;
    found.push({ kind: PLACE_KEYS.has(key) ? 'country' : 'place', key, text: text.slice(words[i].start, words[end - 1].end) });
    i = end - 1;
  }
  return found;
}

/**
 * Whether the capitalised run words[start, end) after "in" names a place: not a possessive ("in Kerry's view"),
 * a title ("in President Putin"), a modifier of the noun after it ("in the BBC drama", "in Moscow talks") or an
 * acronym no country has ("in the TV").
 */
function namesPlace(text: string, words: Word[], start: number, end: number, key: string): boolean {
  const run = words.slice(start, end);
  if (/['’]s$/.test(run[run.length - 1].text) || (TITLES.has(run[0].lower) && !PLACE_KEYS.has(key))) return false;
  const next = words[end];
  if (next && adjacent(text, words[end - 1], next) && !isCapitalised(next) && !NOT_NAMES.has(next.lower)) return false;
  return !run.every((w) => /^[\p{Lu}.]+$/u.test(w.text)) || PLACE_KEYS.has(key);
}

const isPlaceWord = (word: Word): boolean =>
  isCapitalised(word) && !NOT_NAMES.has(word.lower) && !MONTHS.has(word.lower.replace(/\.$/, '')) && !WEEKDAYS.includes(word.lower);

/** A place's matching key: "Russian Federation" and "Russia", "U.S." and "United States" give one. */
function placeKey(words: Word[], previous: Word): string {
  const lower = words.map((w) => w.lower);
  const phrase = PHRASES.find((p) => p.words.length === lower.length && p.words.every((w, k) => w === lower[k]));
  if (phrase) return nameKey(phrase.norm);
  if (words.length === 1) {
    const place = placeOf(words[0].text, lower[0], lower[0], previous.lower);
    if (place !== undefined) return nameKey(place);
  }
  return nameKey(lower.join(' '));
}
