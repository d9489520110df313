// Tokens of every sentence, with the forms the aligner matches on.
//
// `Token.norm` is a matching key: the lower-cased lemma with variants folded from general knowledge
// (see src/fold.ts): "U.S."/"US"/"USA"/"United States"/"America" → "united states", "Russian Federation" →
// "russia", "UK"/"Britain"/"United Kingdom" → "united kingdom", "co-ordinate" → "coordinate", "colour" →
// "color", and capitalised names through a phonetic key (Sergey/Sergei → "sergi").
// A token absorbed into the previous token's multi-word name or hyphenated compound ("States" in "United
// States", "-" and "led" in "US-led") has `norm === ''` and `stop === true`: skip empty norms when matching.
import winkNLP from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Token } from '../../types.js';
import { ADDRESS_FORMS, NAME_ARTICLES, TITLE_ABBREVIATION_WORDS, VERB_CONTRACTION_HOSTS } from '../../lexicon.js';
import { hasWordChar, startsUpper } from '../../chars.js';
import { foldMemo, PHRASES, foldSpelling, nameKey, placeOf, type FoldMemo } from '../../fold.js';
import { withLatin1Letters } from '../../letters.js';

let nlpInstance: WinkMethods | undefined;

/**
 * The wink-nlp instance, loaded once on first use. Only the annotations the analysis reads (sentence
 * boundaries, parts of speech and lemmas): entities, negation and sentiment cost time and change nothing.
 */
export function nlp(): WinkMethods {
  nlpInstance ??= winkNLP(model, ['sbd', 'pos']);
  return nlpInstance;
}

/** Part-of-speech tags of function words: ignored when weighing overlap. */
const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PRON', 'PUNCT', 'SYM', 'INTJ']);
const HYPHENS = new Set(['-', '‐', '‑']);

export interface Raw {
  text: string;
  lemma: string;
  pos: string;
  stopWord: boolean;
  spaceBefore: boolean;
}

/**
 * One block of an article tagged by wink-nlp in one pass: every token's tags, and its place in the body
 * (`start` -1 where wink changed the characters so that it cannot be placed). The analysis reads a block once
 * and takes both the names and speakers (../speakers/mentions.ts) and each sentence's tokens from it.
 */
export interface TaggedBlock {
  from: number;
  to: number;
  raws: Raw[];
  starts: number[];
  /** Every token placed in the body. */
  placed: boolean;
}

/** Tag body[from, to) in one wink-nlp pass. */
export function tagBlock(body: string, from: number, to: number): TaggedBlock {
  const text = body.slice(from, to);
  if (text.trim() === '') return { from, to, raws: [], starts: [], placed: true };
  const raws = rawsOf(text);
  const starts: number[] = new Array(raws.length);
  let placed = true;
  let cursor = 0;
  for (let i = 0; i < raws.length; i++) {
    const value = raws[i].text;
    const at = text.indexOf(value, cursor);
    if (at < 0) {
      starts[i] = -1; // wink normalises some characters; what cannot be placed is skipped
      placed = false;
      continue;
    }
    cursor = at + value.length;
    starts[i] = from + at;
  }
  return { from, to, raws, starts, placed };
}

/**
 * One token list per sentence of the article, in sentence order. Offsets point into `article.body`.
 * With the article's blocks already tagged (`tagged`, one per block range, in order), a sentence written
 * without markdown syntax takes its tags from its block's tagging (wink's tags do not reach across sentence
 * boundaries); any other is tagged on its own.
 */
export function sentenceTokens(article: Article, tagged?: TaggedBlock[], memo: TermMemo = termMemo()): Token[][] {
  let block = 0;
  return article.sentences.map((sentence) => {
    const { text, start, end } = sentence;
    const shape = memo.shapes.get(text);
    if (shape === undefined && tagged) {
      while (block < tagged.length && tagged[block].to < end) block++;
      const first = block < tagged.length ? firstRawOf(tagged[block], article.body, text, start, end) : -1;
      if (first >= 0) {
        // The sentence's own tagging: its tokens stand where the block's tagging placed them, and serve
        // as the shape of later sentences with the same text.
        const tokens = placedTokens(sentenceRaws(tagged[block], first, end), tagged[block].starts, first, memo);
        remember(memo, text, tokens);
        return tokens;
      }
    }
    return placeTokens(shape ?? shapeOf(text, memo), text, article.body, start, end);
  });
}

/**
 * Index in the block's tokens of the first token of body[start, end), or -1 where the sentence's tokens
 * cannot be taken from the block (a token across either end, or tokens the block could not place).
 */
function firstRawOf(block: TaggedBlock, body: string, text: string, start: number, end: number): number {
  if (!block.placed || start < block.from || end > block.to || text.trim() === '' || body.slice(start, end) !== text) return -1;
  const { raws, starts } = block;
  // First token at or after the sentence's start (starts ascend).
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] < start) low = mid + 1;
    else high = mid;
  }
  const first = low;
  if (first > 0 && starts[first - 1] + raws[first - 1].text.length > start) return -1; // a token across the start
  let last = first;
  while (last < starts.length && starts[last] < end) last++;
  if (last === first || starts[last - 1] + raws[last - 1].text.length > end) return -1; // a token across the end
  return first;
}

/** The raw tokens of body[start, end) within a tagged block, from its token `first` on (see firstRawOf). */
function sentenceRaws(block: TaggedBlock, first: number, end: number): Raw[] {
  const { raws, starts } = block;
  let last = first;
  while (last < starts.length && starts[last] < end) last++;
  const sentence = raws.slice(first, last);
  const head = sentence[0];
  sentence[0] = { text: head.text, lemma: head.lemma, pos: head.pos, stopWord: head.stopWord, spaceBefore: false };
  return sentence;
}

/**
 * Tokens of a sentence's raw tokens where the block's tagging placed them (`starts[first + i]` for raws[i]):
 * what placeTokens finds for them, since each is the first occurrence of its text after the one before.
 */
function placedTokens(raws: Raw[], starts: number[], first: number, memo: TermMemo): Token[] {
  const lowered = firstWordLowered(raws, memo);
  const { norms, stops } = normalise(lowered, memo.folds);
  const tokens: Token[] = new Array(lowered.length);
  for (let i = 0; i < lowered.length; i++) {
    const { text, lemma } = lowered[i];
    const at = starts[first + i];
    tokens[i] = { text, lemma, norm: norms[i], start: at, end: at + text.length, stop: stops[i] };
  }
  return tokens;
}

/** Tokens of one piece of text; `body`/`start`/`end` place them in the article (defaults: the text itself). */
export function tokensOf(text: string, body = text, start = 0, end = body.length, memo: TermMemo = termMemo()): Token[] {
  return placeTokens(shapeOf(text, memo), text, body, start, end);
}

function placeTokens(shape: Shape, text: string, body: string, start: number, end: number): Token[] {
  const tokens: Token[] = new Array(shape.length);
  let bodyCursor = start;
  let textCursor = 0;
  for (let i = 0; i < shape.length; i++) {
    const { text: value, lemma, norm, stop } = shape[i];
    const inText = text.indexOf(value, textCursor);
    if (inText >= 0) textCursor = inText + value.length;
    // Sentence text has markdown syntax removed, so look the word up in the body; fall back to the text offset.
    const inBody = body.indexOf(value, bodyCursor);
    let tokenStart: number;
    if (inBody >= 0 && inBody + value.length <= Math.max(end, start + text.length)) tokenStart = inBody;
    else tokenStart = Math.min(start + Math.max(inText, 0), Math.max(start, end - value.length));
    bodyCursor = tokenStart + value.length;
    tokens[i] = { text: value, lemma, norm, start: tokenStart, end: tokenStart + value.length, stop };
  }
  return tokens;
}

/** A token without its place in the article: what tagging and folding make of a sentence's text alone. */
type Shape = Array<Pick<Token, 'text' | 'lemma' | 'norm' | 'stop'>>;

/**
 * What tagging remembers while one story is analysed, made per story (termMemo) and dropped with it:
 * tagging and folding depend on the text only, and the same sentence often stands in several articles of a
 * story (wire copy, quotations), so the last SHAPES_KEPT texts' shapes are kept and each is tagged once;
 * likewise the lower-case lemma of a sentence's first word (see firstWordLowered).
 */
export interface TermMemo {
  shapes: Map<string, Shape>;
  lowered: Map<string, { lemma: string; pos: string } | null>;
  /** Spelling and name keys of the story's words (see foldMemo). */
  folds: FoldMemo;
}

const SHAPES_KEPT = 4096;
const LOWERED_KEPT = 4096;

/** An empty memo: one per story (sentences rarely repeat across stories), or one per call by default. */
export function termMemo(): TermMemo {
  return { shapes: new Map(), lowered: new Map(), folds: foldMemo() };
}

function shapeOf(text: string, memo: TermMemo): Shape {
  return memo.shapes.get(text) ?? remember(memo, text, shapeOfRaws(rawsOf(text), memo));
}

function remember(memo: TermMemo, text: string, shape: Shape): Shape {
  const { shapes } = memo;
  if (shapes.size >= SHAPES_KEPT) shapes.delete(shapes.keys().next().value!);
  shapes.set(text, shape);
  return shape;
}

/** Tagging and folding of one sentence's raw tokens. */
function shapeOfRaws(raws: Raw[], memo: TermMemo): Shape {
  const lowered = firstWordLowered(raws, memo);
  const { norms, stops } = normalise(lowered, memo.folds);
  const shape: Shape = new Array(lowered.length);
  for (let i = 0; i < lowered.length; i++) shape[i] = { text: lowered[i].text, lemma: lowered[i].lemma, norm: norms[i], stop: stops[i] };
  return shape;
}

/** wink-nlp's tokens of a text, with the tags the analysis reads. */
function rawsOf(text: string): Raw[] {
  const { readDoc, its } = nlpFacade();
  // The tagger reads the text with plain letters ("Świątek" as "Swiatek"); each token keeps the text's own.
  const plain = withLatin1Letters(text);
  const tokens = readDoc(plain).tokens();
  const values = plain === text ? (tokens.out(its.value) as string[]) : asWritten(text, plain, tokens.out(its.value) as string[]);
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = tokens.out(its.pos) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const raws: Raw[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    raws[i] = {
      text: value,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      stopWord: Boolean(stops[i]),
      spaceBefore: i > 0 && (spaces[i] ?? '') !== '',
    };
  }
  return raws;
}

/** Tokens of `plain` as `text` writes them (the two differ letter for letter, never in length). */
function asWritten(text: string, plain: string, values: string[]): string[] {
  let cursor = 0;
  return values.map((value) => {
    const at = plain.indexOf(value, cursor);
    if (at < 0) return value;
    cursor = at + value.length;
    return text.slice(at, cursor);
  });
}

/** The raws with the first word's lemma and tag as the tagger gives them in lower case (looked up once per word and story). */
function firstWordLowered(raws: Raw[], memo: TermMemo): Raw[] {
  const { lowered } = memo;
  // A sentence-initial capital hides common words from the tagger ("Talks" → PROPN, lemma "talks"):
  // lemmatise the first word again in lower case and keep that lemma where it differs.
  const first = raws[0];
  if (first && /^\p{Lu}\p{Ll}/u.test(first.text) && first.pos === 'PROPN') {
    let found = lowered.get(first.text);
    if (found === undefined) {
      const { readDoc, its } = nlpFacade();
      const lowerDoc = readDoc(first.text.toLowerCase());
      const lowerLemma = ((lowerDoc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[])[0] ?? '').toLowerCase();
      found =
        lowerLemma && lowerLemma !== first.text.toLowerCase()
          ? { lemma: lowerLemma, pos: (lowerDoc.tokens().out(its.pos) as string[])[0] ?? 'NOUN' }
          : null;
      if (lowered.size >= LOWERED_KEPT) lowered.delete(lowered.keys().next().value!);
      lowered.set(first.text, found);
    }
    if (found)
      return [
        { text: first.text, lemma: found.lemma, pos: found.pos, stopWord: first.stopWord, spaceBefore: first.spaceBefore },
        ...raws.slice(1),
      ];
  }
  return raws;
}

let facade: { readDoc: WinkMethods['readDoc']; its: WinkMethods['its'] } | undefined;

/** readDoc bound once (binding it for every block cost more than a little). */
function nlpFacade() {
  if (facade === undefined) {
    const instance = nlp();
    facade = { readDoc: instance.readDoc.bind(instance), its: instance.its };
  }
  return facade;
}

const isWordLike = hasWordChar;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d.]*$/u;
/** Most words start in lower case: the first letter settles those without the regular expression. */
const isAllCaps = (text: string) => startsUpper(text) && ALL_CAPS.test(text) && text.replace(/\./g, '').length >= 2;
/** One of HYPHENS, without a set look-up for every token. */
const isHyphen = (text: string) => text.length === 1 && HYPHENS.has(text);

/** First words of PHRASES: only a token with one of these can open a multi-word name. */
const PHRASE_STARTS = new Set(PHRASES.map(({ words }) => words[0]));

/** The norm and stop flag of every token of one sentence, filled in token by token. */
interface Normalised {
  norms: string[];
  stops: boolean[];
}

/**
 * The norm and stop flag of every token of one sentence. A token absorbed into the one before (a multi-word
 * name, a hyphenated compound) gets '' and true.
 */
function normalise(raws: Raw[], folds: FoldMemo): Normalised {
  const out: Normalised = { norms: new Array(raws.length), stops: new Array(raws.length) };
  let i = 0;
  while (i < raws.length) i += normaliseAt(raws, i, out, folds);
  return out;
}

/** Normalise raws[i] and the tokens it absorbs; returns how many tokens that took. */
function normaliseAt(raws: Raw[], i: number, out: Normalised, folds: FoldMemo): number {
  const text = raws[i].text;
  // Every multi-word name opens with a capital: most words need no lower-casing here.
  const lower = startsUpper(text) ? text.toLowerCase() : undefined;
  const phrase = lower !== undefined && PHRASE_STARTS.has(lower) ? phraseAt(raws, i) : undefined;
  if (phrase) {
    put(out, i, nameKey(phrase.norm, folds), false);
    absorb(out, i + 1, i + phrase.words.length);
    return phrase.words.length;
  }
  const last = lastCompoundPart(raws, i);
  if (last > i) {
    put(out, i, compoundNorm(raws, i, last, folds), false);
    absorb(out, i + 1, last + 1);
    return last + 1 - i;
  }
  const written = writtenOut(raws, i);
  if (written !== undefined) {
    put(out, i, writtenOutNorm(raws, i, written.norm, folds), ADDRESS_FORMS.has(written.norm));
    absorb(out, i + 1, i + written.length);
    return written.length;
  }
  normaliseWord(raws, i, lower, out, folds);
  return 1;
}

function put(out: Normalised, i: number, norm: string, stop: boolean): void {
  out.norms[i] = norm;
  out.stops[i] = stop;
}

/** Tokens from..to-1 absorbed into the token before them. */
function absorb(out: Normalised, from: number, to: number): void {
  for (let k = from; k < to; k++) put(out, k, '', true);
}

const lowerAt = (raws: Raw[], at: number): string | undefined => (at >= 0 && at < raws.length ? raws[at].text.toLowerCase() : undefined);

/** The multi-word name that opens at raws[i]: "Russian Federation", "United States (of America)". */
function phraseAt(raws: Raw[], i: number): (typeof PHRASES)[number] | undefined {
  return PHRASES.find(({ words }) =>
    words.every((word, k) => lowerAt(raws, i + k) === word && (word === 'of' || startsUpper(raws[i + k].text))),
  );
}

/** The last word of a hyphenated compound the tokenizer split ("US-led", "cease-fire", "al-Assad") opening at raws[i]; i if none does. */
function lastCompoundPart(raws: Raw[], i: number): number {
  let j = i;
  while (
    j + 2 < raws.length &&
    isHyphen(raws[j + 1].text) &&
    !raws[j + 1].spaceBefore &&
    !raws[j + 2].spaceBefore &&
    isWordLike(raws[j].text) &&
    isWordLike(raws[j + 2].text)
  )
    j += 2;
  return j;
}

/** The norm of the compound raws[i..last]: its words' norms run together, a name's article ("al-") left out. */
function compoundNorm(raws: Raw[], i: number, last: number, folds: FoldMemo): string {
  let parts = raws.slice(i, last + 1).filter((_, k) => k % 2 === 0);
  if (parts.length > 1 && NAME_ARTICLES.has(parts[0].text.toLowerCase()) && startsUpper(parts[1].text)) parts = parts.slice(1);
  const previous = lowerAt(raws, i - 1);
  const partNorms = parts.map((part, k) => {
    const lemma = k === parts.length - 1 ? part.lemma : part.text.toLowerCase();
    return wordNorm(part, lemma, k === 0 ? previous : undefined, i === 0 && k === 0, folds);
  });
  return partNorms.join('');
}

/** The norm of what an abbreviation or symbol at raws[i] stands for (see writtenOut). */
function writtenOutNorm(raws: Raw[], i: number, norm: string, folds: FoldMemo): string {
  if (norm === 'percent' || ADDRESS_FORMS.has(norm)) return norm;
  return wordNorm({ ...raws[i], text: norm, lemma: norm }, norm, lowerAt(raws, i - 1), i === 0, folds);
}

/** A token that stands alone: punctuation, a clitic, a place, "I'm", an acronym or a plain word. */
function normaliseWord(raws: Raw[], i: number, lower: string | undefined, out: Normalised, folds: FoldMemo): void {
  const raw = raws[i];
  const text = raw.text;
  if (!isWordLike(text)) {
    put(out, i, text.replace(/[’‘`]/g, "'").replace(/[“”„]/g, '"'), true);
  } else if ((text === "'s" || text === '’s') && VERB_CONTRACTION_HOSTS.has(lowerAt(raws, i - 1) ?? '')) {
    // "it's" is "it is": an outlet that writes the words out quotes the same words.
    put(out, i, 'be', true);
  } else if (text === "'s" || text === '’s' || text === "'" || text === '’') {
    put(out, i, "'s", true);
  } else {
    const place = lower === undefined ? undefined : placeOf(text, lower, raw.lemma, lowerAt(raws, i - 1));
    if (place !== undefined) {
      put(out, i, nameKey(place, folds), false);
    } else if (/^i['’]m$/i.test(text)) {
      // The tagger keeps "I'm" whole: a function word like "I am", not a content word.
      put(out, i, 'i', true);
    } else if (isAllCaps(text)) {
      // Acronyms keep their letters ("IS" the group is not "is" the verb).
      put(out, i, text.replace(/\./g, '').toLowerCase(), false);
    } else {
      put(out, i, unfoldedNorm(raw, raw.lemma, i === 0, folds), raw.stopWord || FUNCTION_POS.has(raw.pos));
    }
  }
}

/** Abbreviations and symbols read as the words they stand for: "%" and "per cent" → percent, "Gov." before a name → governor, "Mr." → mr. */
function writtenOut(raws: Raw[], i: number): { norm: string; length: number } | undefined {
  const text = raws[i].text;
  if (text === '%') return { norm: 'percent', length: 1 };
  const lower = text.toLowerCase();
  if (lower === 'per' && raws[i + 1]?.text.toLowerCase() === 'cent') return { norm: 'percent', length: 2 };
  if (!/^\p{Lu}\p{Ll}{0,4}\.?$/u.test(text)) return undefined;
  const bare = lower.replace(/\.$/, '');
  if (ADDRESS_FORMS.has(bare)) return { norm: bare, length: 1 };
  const word = TITLE_ABBREVIATION_WORDS.get(bare);
  return word !== undefined && word !== bare && startsUpper(raws[i + 1]?.text ?? '') ? { norm: word, length: 1 } : undefined;
}

/** The norm of one word: place variants, spelling key, and a phonetic key for capitalised names. */
function wordNorm(raw: Raw, lemma: string, previous: string | undefined, sentenceInitial: boolean, folds: FoldMemo): string {
  const place = placeOf(raw.text, raw.text.toLowerCase(), lemma, previous);
  if (place !== undefined) return nameKey(place, folds);
  return unfoldedNorm(raw, lemma, sentenceInitial, folds);
}

/** wordNorm of a word that names no place: a capitalised name's phonetic key, else its lemma's spelling key. */
function unfoldedNorm(raw: Raw, lemma: string, sentenceInitial: boolean, folds: FoldMemo): string {
  const capitalised = startsUpper(raw.text) && !isAllCaps(raw.text);
  // A function word is no name, wherever its capital comes from ("“We started …" after a quotation mark).
  const isName = capitalised && (raw.pos === 'PROPN' || (!sentenceInitial && !FUNCTION_POS.has(raw.pos)));
  if (isName) return nameKey(foldSpelling(raw.text, folds), folds);
  return foldSpelling(lemma, folds);
}

/** Content-word norms of a token list (no stop words, no absorbed tokens, no punctuation). */
export function contentNorms(tokens: Token[]): string[] {
  return tokens.filter((token) => !token.stop && token.norm !== '' && isWordLike(token.norm)).map((token) => token.norm);
}
