// Letters written with marks, for the tools that read plain letters: wink-nlp's tokenizer knows letters up to
// Latin-1 only ("Świątek" and "Ayşe" fall apart into pieces), the name lists spell given names without accents,
// and the aligner's name and quotation keys drop accents. Marks are taken off here (withoutMarks),
// except in ids.ts: see there.

/** Letters whose plain form is no decomposition of theirs. */
const PLAIN_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ı', 'i'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ħ', 'h'],
  ['Ħ', 'H'],
  ['ø', 'o'],
  ['Ø', 'O'],
]);

/**
 * The text decomposed (canonically, or with `form` NFKD also its compatibility forms: "ﬁ" → "fi") and every
 * combining mark taken off: "Tomás" → "Tomas". A letter with no decomposition keeps its stroke or slash ("ł", "ø").
 */
export function withoutMarks(text: string, form: 'NFD' | 'NFKD' = 'NFD'): string {
  return text.normalize(form).replace(/\p{M}/gu, '');
}

/** The letter without its marks, where that is one character ("ş" → "s", "Ś" → "S", "ł" → "l"); else the letter. */
function plainLetter(letter: string): string {
  const plain = PLAIN_LETTERS.get(letter) ?? withoutMarks(letter);
  return plain.length === 1 ? plain : letter;
}

/** Letters beyond Latin-1 (Latin Extended-A and -B, Latin Extended Additional). */
const BEYOND_LATIN_1 = /[\u0100-\u024F\u1E00-\u1EFF]/u;
/** (The same, for replace: a global pattern's lastIndex is replace's own, never shared with test.) */
const EVERY_BEYOND_LATIN_1 = /[\u0100-\u024F\u1E00-\u1EFF]/gu;

/**
 * The text with each letter beyond Latin-1 written plain, one character for one, so that offsets into it are
 * offsets into the text ("Iga Świątek" → "Iga Swiatek").
 */
export function withLatin1Letters(text: string): string {
  return BEYOND_LATIN_1.test(text) ? text.replace(EVERY_BEYOND_LATIN_1, plainLetter) : text;
}

/** A word with every mark taken off ("Tomás" → "Tomas", "Łukasz" → "Lukasz"), as the name lists spell it. */
export function withoutAccents(word: string): string {
  return [...word.normalize('NFC')].map(plainLetter).join('');
}
