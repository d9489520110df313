// Tokens of every sentence, with the forms the aligner matches on.
//
// `Token.norm` is a matching key: the lower-cased lemma with variants folded from general knowledge
// (see ./fold.ts): "U.S."/"US"/"USA"/"United States"/"America" → "united states", "Russian Federation" →
// "russia", "UK"/"Britain"/"United Kingdom" → "united kingdom", "co-ordinate" → "coordinate", "colour" →
// "color", and capitalised names through a phonetic key (Sergey/Sergei → "sergi").
// A token absorbed into the previous token's multi-word name or hyphenated compound ("States" in "United
// States", "-" and "led" in "US-led") has `norm === ''` and `stop === true`: skip empty norms when matching.
import winkNLP from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Token } from '../../types.js';
import { hasWordChar, startsUpper } from '../chars.js';
import { PHRASES, foldSpelling, foldWord, nameKey } from './fold.js';

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
/** Arabic article prefixes of names: "al-Assad" and "Assad" are the same name. */
const NAME_ARTICLES = new Set(['al', 'el', 'ad', 'an', 'as', 'ash', 'at', 'az', 'ar']);

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
export function sentenceTokens(article: Article, tagged?: TaggedBlock[]): Token[][] {
  let block = 0;
  return article.sentences.map((sentence) => {
    const { text, start, end } = sentence;
    let shape = shapes.get(text);
    if (shape === undefined && tagged) {
      while (block < tagged.length && tagged[block].to < end) block++;
      const raws = block < tagged.length ? sentenceRaws(tagged[block], article.body, text, start, end) : undefined;
      if (raws) shape = remember(text, shapeOfRaws(raws));
    }
    return placeTokens(shape ?? shapeOf(text), text, article.body, start, end);
  });
}

/** The raw tokens of body[start, end) within a tagged block, or undefined where they cannot be taken from it. */
function sentenceRaws(block: TaggedBlock, body: string, text: string, start: number, end: number): Raw[] | undefined {
  if (!block.placed || start < block.from || end > block.to || text.trim() === '' || body.slice(start, end) !== text) return undefined;
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
  if (first > 0 && starts[first - 1] + raws[first - 1].text.length > start) return undefined; // a token across the start
  let last = first;
  while (last < starts.length && starts[last] < end) last++;
  if (last === first || starts[last - 1] + raws[last - 1].text.length > end) return undefined; // a token across the end
  const sentence = raws.slice(first, last);
  const head = sentence[0];
  sentence[0] = { text: head.text, lemma: head.lemma, pos: head.pos, stopWord: head.stopWord, spaceBefore: false };
  return sentence;
}

/** Tokens of one piece of text; `body`/`start`/`end` place them in the article (defaults: the text itself). */
export function tokensOf(text: string, body = text, start = 0, end = body.length): Token[] {
  return placeTokens(shapeOf(text), text, body, start, end);
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
 * Tagging and folding depend on the text only, and the same sentence often stands in several articles of a
 * story (wire copy, quotations): the last SHAPES_KEPT texts' shapes are kept, so each is tagged once. The
 * analysis forgets them after each story (see forgetShapes).
 */
const shapes = new Map<string, Shape>();
const SHAPES_KEPT = 4096;

/** Let go of the kept shapes (after a story: sentences rarely repeat across stories). */
export function forgetShapes(): void {
  shapes.clear();
}

function shapeOf(text: string): Shape {
  return shapes.get(text) ?? remember(text, shapeOfRaws(rawsOf(text)));
}

function remember(text: string, shape: Shape): Shape {
  if (shapes.size >= SHAPES_KEPT) shapes.delete(shapes.keys().next().value!);
  shapes.set(text, shape);
  return shape;
}

/** Tagging and folding of one sentence's raw tokens. */
function shapeOfRaws(raws: Raw[]): Shape {
  return normalise(firstWordLowered(raws));
}

/** wink-nlp's tokens of a text, with the tags the analysis reads. */
function rawsOf(text: string): Raw[] {
  const { readDoc, its } = nlpFacade();
  const doc = readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const raws: Raw[] = values.map((value, i) => ({
    text: value,
    lemma: (lemmas[i] ?? value).toLowerCase(),
    pos: pos[i] ?? 'X',
    stopWord: Boolean(stops[i]),
    spaceBefore: i > 0 && (spaces[i] ?? '') !== '',
  }));
  return raws;
}

/** The first word's lemma and tag as the tagger gives them in lower case, once per word. */
const lowered = new Map<string, { lemma: string; pos: string } | null>();
const LOWERED_KEPT = 4096;

function firstWordLowered(raws: Raw[]): Raw[] {
  // A sentence-initial capital hides common words from the tagger ("Talks" → PROPN, lemma "talks"):
  // lemmatise the first word again in lower case and keep that lemma where it differs.
  const first = raws[0];
  if (first && /^\p{Lu}\p{Ll}/u.test(first.text) && first.pos === 'PROPN') {
    let found = lowered.get(first.text);
    if (found === undefined) {
      const { readDoc, its } = nlpFacade();
      const lowerDoc = readDoc(first.text.toLowerCase());
      const lowerLemma = ((lowerDoc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[])[0] ?? '').toLowerCase();
      found = lowerLemma && lowerLemma !== first.text.toLowerCase() ? { lemma: lowerLemma, pos: (lowerDoc.tokens().out(its.pos) as string[])[0] ?? 'NOUN' } : null;
      if (lowered.size >= LOWERED_KEPT) lowered.delete(lowered.keys().next().value!);
      lowered.set(first.text, found);
    }
    if (found) return [{ text: first.text, lemma: found.lemma, pos: found.pos, stopWord: first.stopWord, spaceBefore: first.spaceBefore }, ...raws.slice(1)];
  }
  return raws;
}

function nlpFacade() {
  const instance = nlp();
  return { readDoc: instance.readDoc.bind(instance), its: instance.its };
}

const isWordLike = hasWordChar;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d.]*$/u;
/** Most words start in lower case: the first letter settles those without the regular expression. */
const isAllCaps = (text: string) => startsUpper(text) && ALL_CAPS.test(text) && text.replace(/\./g, '').length >= 2;

/** First words of PHRASES: only a token with one of these can open a multi-word name. */
const PHRASE_STARTS = new Set(PHRASES.map(({ words }) => words[0]));

function normalise(raws: Raw[]): Shape {
  const tokens: Shape = raws.map((raw) => ({ text: raw.text, lemma: raw.lemma, norm: '', stop: true }));
  const lowers = raws.map((raw) => raw.text.toLowerCase());
  let i = 0;
  while (i < raws.length) {
    // Multi-word names: "Russian Federation", "United States (of America)".
    const phrase = PHRASE_STARTS.has(lowers[i])
      ? PHRASES.find(({ words }) => words.every((word, k) => lowers[i + k] === word && (word === 'of' || startsUpper(raws[i + k].text))))
      : undefined;
    if (phrase) {
      tokens[i].norm = nameKey(phrase.norm);
      tokens[i].stop = false;
      i += phrase.words.length;
      continue;
    }
    // Hyphenated compounds the tokenizer split: "US-led", "cease-fire", "al-Assad".
    let j = i;
    while (j + 2 < raws.length && HYPHENS.has(raws[j + 1].text) && !raws[j + 1].spaceBefore && !raws[j + 2].spaceBefore
      && isWordLike(raws[j].text) && isWordLike(raws[j + 2].text)) j += 2;
    if (j > i) {
      let parts = raws.slice(i, j + 1).filter((_, k) => k % 2 === 0);
      if (parts.length > 1 && NAME_ARTICLES.has(parts[0].text.toLowerCase()) && startsUpper(parts[1].text)) parts = parts.slice(1);
      const norms = parts.map((part, k) => {
        const lemma = k === parts.length - 1 ? part.lemma : part.text.toLowerCase();
        return wordNorm(part, lemma, k === 0 ? lowers[i - 1] : undefined, i === 0 && k === 0);
      });
      tokens[i].norm = norms.join('');
      tokens[i].stop = false;
      i = j + 1;
      continue;
    }
    const raw = raws[i];
    if (!isWordLike(raw.text)) {
      tokens[i].norm = raw.text.replace(/[’‘`]/g, "'").replace(/[“”„]/g, '"');
      tokens[i].stop = true;
    } else if (raw.text === "'s" || raw.text === '’s' || raw.text === "'" || raw.text === '’') {
      tokens[i].norm = "'s";
      tokens[i].stop = true;
    } else {
      const folded = foldWord(raw.text, raw.lemma, lowers[i - 1]);
      if (folded.folded) {
        tokens[i].norm = nameKey(folded.norm);
        tokens[i].stop = false;
      } else if (isAllCaps(raw.text)) {
        // Acronyms keep their letters ("IS" the group is not "is" the verb).
        tokens[i].norm = raw.text.replace(/\./g, '').toLowerCase();
        tokens[i].stop = false;
      } else {
        tokens[i].norm = unfoldedNorm(raw, raw.lemma, folded.norm, i === 0);
        tokens[i].stop = raw.stopWord || FUNCTION_POS.has(raw.pos);
      }
    }
    i += 1;
  }
  return tokens;
}

/** The norm of one word: place variants, spelling key, and a phonetic key for capitalised names. */
function wordNorm(raw: Raw, lemma: string, previous: string | undefined, sentenceInitial: boolean): string {
  const folded = foldWord(raw.text, lemma, previous);
  if (folded.folded) return nameKey(folded.norm);
  return unfoldedNorm(raw, lemma, folded.norm, sentenceInitial);
}

/** wordNorm of a word foldWord left as it was (`spelled`: its lemma's spelling key). */
function unfoldedNorm(raw: Raw, lemma: string, spelled: string, sentenceInitial: boolean): string {
  const capitalised = startsUpper(raw.text) && !isAllCaps(raw.text);
  const isName = capitalised && (raw.pos === 'PROPN' || !sentenceInitial);
  if (isName) return nameKey(foldSpelling(raw.text));
  return spelled;
}

/** Content-word norms of a token list (no stop words, no absorbed tokens, no punctuation). */
export function contentNorms(tokens: Token[]): string[] {
  return tokens.filter((token) => !token.stop && token.norm !== '' && isWordLike(token.norm)).map((token) => token.norm);
}

/** The word sequence matched word for word: every word's norm, stop words included, punctuation excluded. */
export function wordNorms(tokens: Token[]): string[] {
  return tokens.filter((token) => token.norm !== '' && isWordLike(token.norm)).map((token) => token.norm);
}
