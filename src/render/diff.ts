// Word-level differences between two versions of a sentence or quotation, as structured parts for the
// templates (which mark them up as <ins>/<del>); nothing here builds markup. The comparison is `diffWords`
// from the `diff` package; the renderer keeps one result per pair of texts for the story (see model.ts).
// Variants the aligner folds ("U.S."/"US", "Russia"/"Russian Federation", straight/curly quotation marks)
// are not differences: a change whose words fold to the same key is shown as the same text.
import { diffWords } from 'diff';
import { isDemonym, nameKey, PHRASES, PLACE_KEYS, placeOf } from '../fold.js';
import { FUNCTION_WORDS } from '../lexicon.js';

/** 'core': words a paraphrase shares with the version it is compared with (see coreParts). */
export type DiffKind = 'same' | 'added' | 'removed' | 'core';

export interface DiffPart {
  text: string;
  kind: DiffKind;
}

/**
 * `text` compared with `reference`: the words they share ('same'), the words only `text` has ('added') and
 * the words of `reference` that `text` lacks ('removed'), in reading order, runs of one kind merged.
 */
export function diffParts(reference: string, text: string): DiffPart[] {
  if (reference === text) return plainParts(text);
  const cut = cutParts(reference, text);
  if (cut !== undefined) return cut;
  const parts: DiffPart[] = [];
  const push = (kind: DiffKind, value: string): void => appendPart(parts, kind, value);
  const changes = diffWords(reference, text);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    const next = changes[i + 1];
    // A word swapped for a folded variant of itself: its new form, unmarked.
    if (change.removed && next?.added && variantKey(change.value) === variantKey(next.value)) {
      push('same', next.value);
      i++;
    } else if ((change.added || change.removed) && variantKey(change.value) === '') {
      // Only punctuation or quotation marks changed: what this version has, unmarked.
      if (change.added) push('same', change.value);
    } else {
      push(change.added ? 'added' : change.removed ? 'removed' : 'same', change.value);
    }
  }
  return parts;
}

/** Adds `text` of `kind` to the end of `parts`, joining the last part when it is of the same kind. */
function appendPart(parts: DiffPart[], kind: DiffKind, text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ text, kind });
}

/**
 * One text found whole inside the other (a quotation cut short): one shared run with what the other has
 * before and after it. The word diff, among alignments of the same length, may take a repeated word from
 * further back ("made a significant contribution … a significant contributor") and cut the run in pieces.
 */
function cutParts(reference: string, text: string): DiffPart[] | undefined {
  const inside = (outer: string, inner: string, kind: DiffKind): DiffPart[] | undefined => {
    const at = wholeWordsAt(outer, inner);
    if (at < 0) return undefined;
    // Only punctuation or quotation marks around it: what this version has, unmarked (as diffParts does).
    const around = (piece: string): DiffPart[] =>
      piece === '' ? [] : variantKey(piece) !== '' ? [{ text: piece, kind }] : kind === 'added' ? [{ text: piece, kind: 'same' }] : [];
    const parts: DiffPart[] = [];
    for (const part of [...around(outer.slice(0, at)), { text: inner, kind: 'same' as const }, ...around(outer.slice(at + inner.length))])
      appendPart(parts, part.kind, part.text);
    return parts;
  };
  return inside(reference, text, 'removed') ?? inside(text, reference, 'added');
}

/** Where `inner` first stands in `outer` as whole words (not inside a longer word), or -1. */
function wholeWordsAt(outer: string, inner: string): number {
  if (inner.trim() === '') return -1;
  const wordChar = /[\p{L}\p{N}]/u;
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const before = outer[at - 1] ?? ' ';
    const after = outer[at + inner.length] ?? ' ';
    if (!(wordChar.test(before) && wordChar.test(inner[0])) && !(wordChar.test(after) && wordChar.test(inner[inner.length - 1]))) return at;
  }
  return -1;
}

/**
 * A paraphrase against the row's statement: the runs of words they share ('core') and the rest of its own
 * words unmarked; nothing left out is shown (a paraphrase leaves out most words, which says little). A run of
 * short words and function words only ("of the", "that", "were") is not core.
 */
export function coreParts(reference: string, text: string): DiffPart[] {
  if (reference === text) return [{ text, kind: 'core' }];
  const parts: DiffPart[] = [];
  for (const part of wholeTokens(diffParts(reference, text).filter((p) => p.kind !== 'removed'))) {
    appendPart(parts, part.kind === 'same' && hasContentWord(part.text) ? 'core' : 'same', part.text);
  }
  return parts;
}

/** A word of four letters or more that is not a function word ("that", "were" share nothing worth marking). */
const hasContentWord = (text: string): boolean =>
  (text.match(/[\p{L}\p{N}]{4,}/gu) ?? []).some((word) => !FUNCTION_WORDS.has(word.toLowerCase()));

/** Where `left` and `right` meet inside one word or number ("Flam|ingo", "4:|30", "4|:30"). */
const splitsToken = (left: string, right: string): boolean =>
  (/[\p{L}\p{N}]$/u.test(left) && /^[\p{L}\p{N}]/u.test(right)) ||
  (/\p{N}[:.,/-]$/u.test(left) && /^\p{N}/u.test(right)) ||
  (/\p{N}$/u.test(left) && /^[:.,/-]\p{N}/u.test(right));
const TOKEN_END = /[\p{L}\p{N}][\p{L}\p{N}:.,'’/-]*$/u;
const TOKEN_START = /^[\p{L}\p{N}:.,'’/-]+/u;

/**
 * Shared runs that begin or end inside a word or number ("about 4:" of "4:30" against "4:20") give the
 * partial token to the neighbouring change, so a shared core is never marked through the middle of one.
 */
function wholeTokens(parts: DiffPart[]): DiffPart[] {
  const out = parts.map((part) => ({ ...part }));
  for (let i = 0; i < out.length; i++) {
    if (out[i].kind !== 'same') continue;
    const next = out[i + 1];
    if (next && splitsToken(out[i].text, next.text)) {
      const tail = TOKEN_END.exec(out[i].text)?.[0] ?? '';
      out[i].text = out[i].text.slice(0, out[i].text.length - tail.length);
      next.text = tail + next.text;
    }
    const previous = out[i - 1];
    if (previous && splitsToken(previous.text, out[i].text)) {
      const head = TOKEN_START.exec(out[i].text)?.[0] ?? '';
      out[i].text = out[i].text.slice(head.length);
      previous.text += head;
    }
  }
  return out.filter((part) => part.text !== '');
}

/** The key the words of a change fold to: places and their variants as one, case, dots and marks left out. */
export function variantKey(text: string): string {
  const words = text.match(/\p{L}[\p{L}.]*|\p{N}+/gu) ?? [];
  const keys: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const lower = words.slice(i).map((word) => word.toLowerCase().replace(/\./g, ''));
    const phrase = PHRASES.find((p) => p.words.every((word, k) => lower[k] === word));
    if (phrase) {
      keys.push(phrase.norm);
      i += phrase.words.length - 1;
      continue;
    }
    keys.push(placeOf(words[i], words[i].toLowerCase(), lower[0], i > 0 ? words[i - 1].toLowerCase() : undefined) ?? lower[0]);
  }
  return keys.join(' ');
}

/** The text as one unmarked part (for the version the others are compared with). */
export function plainParts(text: string): DiffPart[] {
  return [{ text, kind: 'same' }];
}

/** How many of the words in `parts` are marked as different. */
export function changedWords(parts: DiffPart[]): number {
  let count = 0;
  for (const part of parts) if (part.kind === 'added' || part.kind === 'removed') count += wordCount(part.text);
  return count;
}

/** How many runs of non-whitespace `text` has. */
export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** A country or body as a text names it, and the key its variants share ("Russian Federation" → russia). */
export interface NamedVariant {
  text: string;
  key: string;
}

/**
 * The names of countries and bodies in `text` whose variants the comparison folds ("Russian Federation",
 * "Russia", "U.S.", "USA"), in reading order. Demonyms ("Russian forces") are not names of the place, and
 * are left out.
 */
export function namedVariants(text: string): NamedVariant[] {
  const words = [...text.matchAll(/\p{L}[\p{L}.]*|\p{N}+/gu)].map((match) => {
    // A full stop ends the sentence, not the name, unless the name is dotted throughout ("U.S.").
    const word = /\.\p{L}/u.test(match[0]) ? match[0] : match[0].replace(/\.+$/, '');
    return { word, lower: word.toLowerCase().replace(/\./g, ''), at: match.index };
  });
  const found: NamedVariant[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = PHRASES.find((p) => p.words.every((word, k) => words[i + k]?.lower === word));
    if (phrase && startsUpperCase(words[i].word)) {
      const last = words[i + phrase.words.length - 1];
      found.push({ text: text.slice(words[i].at, last.at + last.word.length), key: phrase.norm });
      i += phrase.words.length - 1;
      continue;
    }
    const { word, lower } = words[i];
    if (!startsUpperCase(word) || isDemonym(word)) continue;
    const key = placeOf(word, word.toLowerCase(), lower, i > 0 ? words[i - 1].word.toLowerCase() : undefined) ?? lower;
    if (PLACE_KEYS.has(nameKey(key))) found.push({ text: word, key });
  }
  return found;
}

const startsUpperCase = (word: string): boolean => /^\p{Lu}/u.test(word);
