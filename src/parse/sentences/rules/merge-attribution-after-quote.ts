// “Really?” Kerry asked. / “We will go.” Lavrov said. — a quotation that ends with its own mark is
// followed by who said it; the attribution belongs to the quotation's sentence (its last, where it runs over
// several: “… his name. What do you say to that?” Morrison said). (Lower-case
// attributions, “…,” he said, parse-english already keeps.) Only short attributions: a few words,
// then a verb of saying.

import { ATTRIBUTION_VERBS, TITLE_ABBREVIATIONS } from '../../../lexicon.js';
import { mergeRule } from '../rule.js';
import { NEAR, OPENING_QUOTES, isClosingMark, isLatinTerminal, isLetter, isSpace, isUpper, wordAt } from '../text.js';

/** How many words may stand before the verb ("a senior State Department official said"). */
const MAX_WORDS = 6;
/** How far an apposition between the name and the verb may run ("Ann Lowe, the mayor of Leeds, said"). */
const APPOSITION_REACH = 160;

function isQuotationSentence(text: string, start: number, end: number): boolean {
  return OPENING_QUOTES.includes(text[start]) && isQuotationEnd(text, start, end);
}

/** The sentence ending at `end` ends on a closing mark after a full stop, question or exclamation mark or comma. */
function isQuotationEnd(text: string, start: number, end: number): boolean {
  const last = text[end - 1];
  if (!isClosingMark(last) || last === ')' || last === ']' || last === '}') return false;
  let i = end - 1;
  while (i > start && isClosingMark(text[i]) && end - i < NEAR) i--;
  // `…ourselves? " she wrote`: a closing mark typed after a stray space.
  if (isSpace(text[i]) && i + 1 < end) i--;
  return isLatinTerminal(text[i]) || text[i] === ',';
}

/**
 * The sentence is the last of a quotation opened in a sentence before: “We walked under his name. What do you say
 * to that?” — it holds no opening double mark (or an odd number of straight ones) and ends on a closing one.
 */
function closesEarlierQuotation(text: string, start: number, end: number): boolean {
  let straight = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === '“' || text[i] === '„') return false;
    if (text[i] === '"') straight++;
  }
  return text[end - 1] === '”' ? straight === 0 : text[end - 1] === '"' && straight % 2 === 1;
}

function isAttribution(text: string, start: number, end: number): boolean {
  let i = start;
  for (let n = 0; n <= MAX_WORDS && i < end; n++) {
    const word = wordAt(text, i);
    if (word === '' || !isLetter(word[0])) return false;
    if (ATTRIBUTION_VERBS.has(word.toLowerCase())) return n > 0;
    i += word.length;
    // (“…?” Mr. Brabender said: a title written short keeps its full stop.)
    if (text[i] === '.' && TITLE_ABBREVIATIONS.has(word.toLowerCase())) i++;
    // "He Jianxiong, the former director for China at the IMF, said": a name, its apposition, the verb.
    if (text[i] === ',') return isUpper(text[start]) && verbAfterApposition(text, i + 1, end);
    if (!isSpace(text[i])) return false;
    while (i < end && isSpace(text[i])) i++;
  }
  return false;
}

/** After the comma that opens an apposition at `from`: its closing comma, then a verb of saying. */
function verbAfterApposition(text: string, from: number, end: number): boolean {
  // Looked for within reach only: a rule looks at a bounded neighbourhood of each boundary.
  const limit = Math.min(end, from + APPOSITION_REACH + 1);
  let close = from;
  while (close < limit && text[close] !== ',') close++;
  if (close >= limit) return false;
  let i = close + 1;
  while (i < end && isSpace(text[i])) i++;
  return ATTRIBUTION_VERBS.has(wordAt(text, i).toLowerCase());
}

/**
 * The first verb of saying in the sentence goes on with "that" or "this": "Martha added that …" reports words of its
 * own, "Micah says this standing by the wall" tells of the words before.
 */
function reportsThat(text: string, start: number, end: number): boolean {
  let i = start;
  for (let n = 0; n <= MAX_WORDS && i < end; n++) {
    const word = wordAt(text, i);
    if (word === '') return false;
    i += word.length;
    while (i < end && (isSpace(text[i]) || text[i] === ',')) i++;
    if (ATTRIBUTION_VERBS.has(word.toLowerCase())) return /^(?:that|this)$/.test(wordAt(text, i).toLowerCase());
  }
  return false;
}

export const mergeAttributionAfterQuote = mergeRule('merge-attribution-after-quote', (text, previous, next) => {
  // The previous sentence must be the quotation alone: it begins with the opening mark — or it ends one opened
  // sentences before, and then the next must be an attribution only, not a sentence reporting more.
  if (!isAttribution(text, next.start, next.end)) return false;
  if (OPENING_QUOTES.includes(text[previous.start])) return isQuotationSentence(text, previous.start, previous.end);
  return (
    closesEarlierQuotation(text, previous.start, previous.end) &&
    isQuotationEnd(text, previous.start, previous.end) &&
    !reportsThat(text, next.start, next.end)
  );
});
