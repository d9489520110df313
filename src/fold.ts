// Variant folding from general knowledge (never from the story at hand): the keys the aligner matches on.
// Every function here maps a form to a *matching key*: keys need not be words, they only need to be equal
// for variants and (almost always) different for different words.

import { startsUpper } from './chars.js';
import { withoutMarks } from './letters.js';

/** Multi-word names folded to one form: the first token takes the form, the others are absorbed. */
export const PHRASES: Array<{ words: string[]; norm: string }> = [
  { words: ['united', 'states', 'of', 'america'], norm: 'united states' },
  { words: ['united', 'states'], norm: 'united states' },
  { words: ['united', 'kingdom'], norm: 'united kingdom' },
  { words: ['great', 'britain'], norm: 'united kingdom' },
  { words: ['russian', 'federation'], norm: 'russia' },
  { words: ['soviet', 'union'], norm: 'ussr' },
  { words: ['united', 'nations'], norm: 'un' },
  { words: ['european', 'union'], norm: 'eu' },
];

/**
 * A word look-up table without Object.prototype behind it: looking up "constructor" or "toString" in an
 * ordinary object literal finds a function, not undefined (and the build crashed on such words).
 */
const table = (entries: Record<string, string>): Record<string, string> =>
  Object.assign(Object.create(null) as Record<string, string>, entries);

/** Single-word variants, matched on the exact (case-sensitive) text, periods included. */
const EXACT = table({
  'U.S.': 'united states',
  'U.S': 'united states',
  US: 'united states',
  USA: 'united states',
  'U.S.A.': 'united states',
  'U.S.A': 'united states',
  America: 'united states',
  UK: 'united kingdom',
  'U.K.': 'united kingdom',
  'U.K': 'united kingdom',
  Britain: 'united kingdom',
  'U.N.': 'un',
  UN: 'un',
  'E.U.': 'eu',
  EU: 'eu',
});

/** Demonyms and adjectives of place → the place (lower-cased lemma). */
const DEMONYMS = table({
  american: 'united states',
  americans: 'united states',
  british: 'united kingdom',
  briton: 'united kingdom',
  britons: 'united kingdom',
  russian: 'russia',
  russians: 'russia',
  syrian: 'syria',
  syrians: 'syria',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  iranian: 'iran',
  iranians: 'iran',
  iraqi: 'iraq',
  iraqis: 'iraq',
  turkish: 'turkey',
  french: 'france',
  german: 'germany',
  germans: 'germany',
  chinese: 'china',
  israeli: 'israel',
  israelis: 'israel',
  saudi: 'saudi arabia',
  afghan: 'afghanistan',
  egyptian: 'egypt',
  egyptians: 'egypt',
  japanese: 'japan',
  indian: 'india',
  indians: 'india',
  mexican: 'mexico',
  mexicans: 'mexico',
  canadian: 'canada',
  canadians: 'canada',
  australian: 'australia',
  australians: 'australia',
});

/** Words before "America"/"American" that make it a continent, not the United States. */
const CONTINENT_QUALIFIERS = new Set(['latin', 'south', 'north', 'central']);

/** British/American pairs no rule covers. Keys and values are lower-case. */
const SPELLINGS = table({
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'program',
  grey: 'gray',
  sceptic: 'skeptic',
  sceptical: 'skeptical',
  scepticism: 'skepticism',
  tyre: 'tire',
  plough: 'plow',
  cheque: 'check',
  kerb: 'curb',
  aluminium: 'aluminum',
  judgement: 'judgment',
  ageing: 'aging',
  manoeuvre: 'maneuver',
  whilst: 'while',
  amongst: 'among',
  towards: 'toward',
  afterwards: 'afterward',
  jewellery: 'jewelry',
  pyjamas: 'pajamas',
  moustache: 'mustache',
  storey: 'story',
  mould: 'mold',
  smoulder: 'smolder',
  enrol: 'enroll',
  fulfil: 'fulfill',
  ceasefire: 'ceasefire',
});

/**
 * What folding remembers for one story (foldMemo), dropped with it: both folds are pure functions of one
 * string, called for every word of every article, and their Unicode regular expressions made them the
 * build's hottest functions; a story repeats most of its words. Without a memo each call folds afresh.
 */
export interface FoldMemo {
  spellings: Map<string, string>;
  names: Map<string, string>;
}

/** Words a memo keeps before it starts again, so a huge story cannot grow it without end. */
const FOLDS_KEPT = 200_000;

/** An empty memo: one per story, like TermMemo (which holds one). */
export function foldMemo(): FoldMemo {
  return { spellings: new Map(), names: new Map() };
}

function remembered(seen: Map<string, string>, word: string, fold: (word: string) => string): string {
  let key = seen.get(word);
  if (key === undefined) {
    if (seen.size >= FOLDS_KEPT) seen.clear();
    key = fold(word);
    seen.set(word, key);
  }
  return key;
}

/** A word's spelling folded to one key: hyphens dropped, -our/-or, -ise/-ize, -yse/-yze, -tre/-ter, -ogue/-og. */
export function foldSpelling(word: string, memo?: FoldMemo): string {
  return memo ? remembered(memo.spellings, word, foldSpellingOnce) : foldSpellingOnce(word);
}

function foldSpellingOnce(word: string): string {
  let w = word.toLowerCase().replace(/[’']/g, "'");
  if (/^[\d.,]+$/.test(w) && /\d/.test(w)) return w.replace(/,(?=\d{3}\b)/g, '');
  w = w.replace(/(?<=\p{L})[-‐‑–](?=\p{L})/gu, '');
  if (SPELLINGS[w]) return SPELLINGS[w];
  // colour, honoured, favourite, labourers; the stem must be ≥ 3 letters so four/hour/your/tour stay apart.
  w = w.replace(/^(\p{L}{3,})our(s|ed|ing|ite|ites|able|er|ers|ful|less|ism)?$/u, '$1or$2');
  // organise/organize, realisation/realization, paralyse/paralyze (both directions end up in "-ize").
  w = w.replace(/^(\p{L}{3,})is(e|es|ed|er|ers|ing|ation|ations|able)$/u, '$1iz$2');
  w = w.replace(/^(\p{L}{2,})ys(e|es|ed|ing)$/u, '$1yz$2');
  // centre/center, theatre, metre, fibre, litre (not "genre", "acre", "store").
  w = w.replace(/^(\p{L}{2,}[tb])re(s|d)?$/u, '$1er$2');
  w = w.replace(/^(\p{L}{3,})ogue(s)?$/u, '$1og$2');
  return w;
}

/**
 * A phonetic key for names, so that transliteration variants meet: Sergey/Sergei/Sergej, Zelensky/Zelenskiy/
 * Zelenskyy, Qaddafi/Kaddafi, Mikhail/Mihail, Tchaikovsky/Chaikovsky. Applied to capitalised names only.
 */
export function nameKey(name: string, memo?: FoldMemo): string {
  return memo ? remembered(memo.names, name, nameKeyOnce) : nameKeyOnce(name);
}

function nameKeyOnce(name: string): string {
  let k = withoutMarks(name.toLowerCase());
  k = k.replace(/tch/g, 'ch').replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/dh/g, 'd').replace(/ck/g, 'k').replace(/q/g, 'k');
  k = k
    .replace(/ou/g, 'u')
    .replace(/j(?=[aeiou])/g, 'y')
    .replace(/w/g, 'v');
  k = k.replace(/(\p{L})\1+/gu, '$1');
  // Final -y/-ey/-ei/-ej/-iy/-ii/-yi all transliterate the same sound.
  k = k.replace(/(?:ey|ei|ej|iy|ii|yi|yj|ij|y)$/u, 'i');
  k = k.replace(/(?<=\p{L})y(?=[^aeiou]|$)/gu, 'i');
  return k;
}

/**
 * The place a word names (a country variant or a demonym), or undefined; `lower`: the text in lower case,
 * `previous`: the word before it in lower case. Every variant is capitalised, so most words are settled by
 * their first letter without a table look-up.
 */
export function placeOf(text: string, lower: string, lemma: string, previous: string | undefined): string | undefined {
  if (!startsUpper(text)) return undefined;
  const exact = EXACT[text];
  if (exact !== undefined) {
    if (text === 'America' && previous !== undefined && CONTINENT_QUALIFIERS.has(previous)) return 'america';
    return exact;
  }
  const demonym = DEMONYMS[lower] ?? DEMONYMS[lemma];
  if (demonym === undefined) return undefined;
  if ((lower === 'american' || lower === 'americans') && previous !== undefined && CONTINENT_QUALIFIERS.has(previous)) return 'america';
  return demonym;
}

/** Matching keys of countries (the folded forms above): "Russia", "Russian Federation", "U.S." all give one. */
export const PLACE_KEYS: ReadonlySet<string> = new Set(
  [
    ...Object.values(EXACT),
    ...Object.values(DEMONYMS),
    ...PHRASES.map((phrase) => phrase.norm),
    'syria',
    'russia',
    'ukraine',
    'iran',
    'iraq',
    'turkey',
    'france',
    'germany',
    'china',
    'israel',
    'japan',
    'india',
    'mexico',
    'canada',
    'australia',
    'egypt',
    'afghanistan',
    'saudi arabia',
  ].map((name) => nameKeyOnce(name)),
);

/** A demonym or adjective of place ("Russian", "Syrians"): folded to its country, yet not the country itself. */
export function isDemonym(text: string): boolean {
  return DEMONYMS[text.toLowerCase()] !== undefined;
}
