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

interface Raw {
  text: string;
  lemma: string;
  pos: string;
  stopWord: boolean;
  spaceBefore: boolean;
}

/** One token list per sentence of the article, in sentence order. Offsets point into `article.body`. */
export function sentenceTokens(article: Article): Token[][] {
  return article.sentences.map((sentence) => tokensOf(sentence.text, article.body, sentence.start, sentence.end));
}

/** Tokens of one piece of text; `body`/`start`/`end` place them in the article (defaults: the text itself). */
export function tokensOf(text: string, body = text, start = 0, end = body.length): Token[] {
  const shape = shapeOf(text);
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
  let shape = shapes.get(text);
  if (shape === undefined) {
    shape = normalise(analyse(text)).map(({ text, lemma, norm, stop }) => ({ text, lemma, norm, stop }));
    if (shapes.size >= SHAPES_KEPT) shapes.delete(shapes.keys().next().value!);
    shapes.set(text, shape);
  }
  return shape;
}

function analyse(text: string): Raw[] {
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
  // A sentence-initial capital hides common words from the tagger ("Talks" → PROPN, lemma "talks"):
  // lemmatise the first word again in lower case and keep that lemma where it differs.
  const first = raws[0];
  if (first && /^\p{Lu}\p{Ll}/u.test(first.text) && first.pos === 'PROPN') {
    const lowerDoc = readDoc(first.text.toLowerCase());
    const lowerLemma = ((lowerDoc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[])[0] ?? '').toLowerCase();
    if (lowerLemma && lowerLemma !== first.text.toLowerCase()) {
      first.lemma = lowerLemma;
      first.pos = ((lowerDoc.tokens().out(its.pos) as string[])[0] ?? 'NOUN');
    }
  }
  return raws;
}

function nlpFacade() {
  const instance = nlp();
  return { readDoc: instance.readDoc.bind(instance), its: instance.its };
}

const isWordLike = (text: string) => /[\p{L}\p{N}]/u.test(text);
const isAllCaps = (text: string) => /^\p{Lu}[\p{Lu}\d.]*$/u.test(text) && text.replace(/\./g, '').length >= 2;

function normalise(raws: Raw[]): Shape {
  const tokens: Shape = raws.map((raw) => ({ text: raw.text, lemma: raw.lemma, norm: '', stop: true }));
  const lowers = raws.map((raw) => raw.text.toLowerCase());
  let i = 0;
  while (i < raws.length) {
    // Multi-word names: "Russian Federation", "United States (of America)".
    const phrase = PHRASES.find(({ words }) => words.every((word, k) => lowers[i + k] === word && (word === 'of' || /^\p{Lu}/u.test(raws[i + k].text))));
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
      if (parts.length > 1 && NAME_ARTICLES.has(parts[0].text.toLowerCase()) && /^\p{Lu}/u.test(parts[1].text)) parts = parts.slice(1);
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
        tokens[i].norm = wordNorm(raw, raw.lemma, lowers[i - 1], i === 0);
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
  const capitalised = /^\p{Lu}/u.test(raw.text) && !isAllCaps(raw.text);
  const isName = capitalised && (raw.pos === 'PROPN' || !sentenceInitial);
  if (isName) return nameKey(foldSpelling(raw.text));
  return foldSpelling(lemma);
}

/** Content-word norms of a token list (no stop words, no absorbed tokens, no punctuation). */
export function contentNorms(tokens: Token[]): string[] {
  return tokens.filter((token) => !token.stop && token.norm !== '' && isWordLike(token.norm)).map((token) => token.norm);
}

/** The word sequence matched word for word: every word's norm, stop words included, punctuation excluded. */
export function wordNorms(tokens: Token[]): string[] {
  return tokens.filter((token) => token.norm !== '' && isWordLike(token.norm)).map((token) => token.norm);
}
