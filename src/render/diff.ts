// Word-level differences between two versions of a sentence or quotation, as structured parts for the
// templates (which mark them up as <ins>/<del>); nothing here builds markup.
//
// The result is exactly that of `diffWords` from the `diff` package (same tokens, same Myers search with
// the same tie-breaks, same whitespace clean-up), but faster: the package compares tokens by trimming
// both on every comparison and keeps its search frontier in an array indexed by negative numbers. Here
// each distinct trimmed token becomes a small integer once, the frontier and the paths are rows of
// reusable typed arrays (see EditSearch), and a text's tokens are worked out once however many versions
// it is compared with. Tokens are cut as the
// package's `tokenize` cuts them (see cutTokens) and joined back into text as its `join` does, and the
// package still does the whitespace clean-up (its documented `postProcess` step).
import { wordDiff } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  text: string;
  kind: DiffKind;
}

/** A change as `diff` reports it (before and after its whitespace clean-up). */
interface Change {
  value: string;
  added: boolean;
  removed: boolean;
  count: number;
}

/**
 * A text cut into tokens, each token as an id equal for tokens `diff` counts as equal and as where it
 * lies in the text (tokens overlap: the whitespace between two words belongs to both).
 */
interface Tokens {
  text: string;
  ids: number[];
  starts: number[];
  ends: number[];
}

/**
 * Compares texts word by word. Keeps each text's tokens, so a text compared many times (the reference
 * version of a claim, a sentence copied by several outlets) is tokenised once: use one per story.
 */
export class WordDiffer {
  private readonly tokensByText = new Map<string, Tokens>();
  /** Trimmed token → id: `diff` counts two tokens equal when they are equal once trimmed. */
  private readonly idByWord = new Map<string, number>();
  private readonly search = new EditSearch();

  /**
   * `text` compared with `reference`: the words they share ('same'), the words only `text` has ('added')
   * and the words of `reference` that `text` lacks ('removed'), in reading order.
   */
  diffParts(reference: string, text: string): DiffPart[] {
    if (reference === text) return [{ text, kind: 'same' }];
    const parts: DiffPart[] = [];
    for (const change of this.changes(reference, text)) {
      const kind: DiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
      const last = parts[parts.length - 1];
      if (last && last.kind === kind) last.text += change.value;
      else parts.push({ text: change.value, kind });
    }
    return parts;
  }

  /** What `diffWords(oldText, newText)` returns. */
  changes(oldText: string, newText: string): Change[] {
    const before = this.tokensOf(oldText);
    const after = this.tokensOf(newText);
    const last = this.search.editPath(before.ids, after.ids);
    return wordDiff.postProcess(this.search.changes(last, before, after), {}) as Change[];
  }

  private tokensOf(text: string): Tokens {
    let known = this.tokensByText.get(text);
    if (known === undefined) {
      known = cutTokens(text, this.wordId);
      this.tokensByText.set(text, known);
    }
    return known;
  }

  /** The id of a trimmed token. */
  private readonly wordId = (word: string): number => {
    let id = this.idByWord.get(word);
    if (id === undefined) {
      id = this.idByWord.size;
      this.idByWord.set(word, id);
    }
    return id;
  };
}

/** What `diff`'s `tokenize` gives for a text (see cutTokens). */
export function wordTokens(text: string): string[] {
  const { starts, ends } = cutTokens(text, () => 0);
  return starts.map((start, i) => text.slice(start, ends[i]));
}

/**
 * A text cut as `diff`'s `tokenize` cuts it (less empty tokens, which it never makes here). Its regular
 * expression cuts the text into runs of word characters (Latin letters with their diacritics, digits, _),
 * runs of whitespace, and single other characters (a whole code point); each word or other character then
 * becomes a token with the whitespace on both sides of it, and a text of whitespace only is one token.
 * The same cut is made here by looking at each character, keeping where each token lies instead of its
 * text. A token's trimmed text, which gives its id, is its word or character (trim() and \s agree on what
 * whitespace is); that of a token of whitespace only is empty.
 */
function cutTokens(text: string, wordId: (word: string) => number): Tokens {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const length = text.length;
  /** The last token is the text's leading whitespace alone. */
  let leadingSpace = false;
  /** Where the whitespace before the current part starts, or -1 (after a word, or at the start). */
  let spaceStart = -1;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const start = i;
    if (isWhitespace(code)) {
      do i++;
      while (i < length && isWhitespace(text.charCodeAt(i)));
      if (ids.length === 0) {
        ids.push(wordId(''));
        starts.push(start);
        ends.push(i);
        leadingSpace = true;
      } else {
        ends[ends.length - 1] = i;
      }
      spaceStart = start;
      continue;
    }
    if (isWordCharacter(code)) {
      do i++;
      while (i < length && isWordCharacter(text.charCodeAt(i)));
    } else {
      // One code point: a surrogate pair is one character.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    const id = wordId(text.slice(start, i));
    if (leadingSpace) {
      ids[0] = id;
      ends[0] = i;
      leadingSpace = false;
    } else {
      ids.push(id);
      starts.push(spaceStart >= 0 ? spaceStart : start);
      ends.push(i);
    }
    spaceStart = -1;
  }
  return { text, ids, starts, ends };
}

/** `diff`'s word characters (its `extendedWordChars`). */
function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  return (
    code === 0xad || (code >= 0xc0 && code <= 0xd6) || (code >= 0xd8 && code <= 0xf6) || (code >= 0xf8 && code <= 0x2c6) ||
    (code >= 0x2c8 && code <= 0x2d7) || (code >= 0x2de && code <= 0x2ff) || (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** Kinds of a component of an edit path. */
const SAME = 0;
const ADDED = 1;
const REMOVED = 2;
/** The old position of a diagonal that has no path (a path's is -1 or more). */
const NO_PATH = -2;

/**
 * The shortest edit path from one token list to another, as `diff`'s `diffWithOptionsObj` finds it
 * (Myers's algorithm with its pruning of diagonals past the edges and its choice between equally good
 * moves). `diff` keeps each diagonal's best path as an object and each path's steps ("components") as a
 * chain of objects; here they are rows of reusable typed arrays, so a search allocates nothing once the
 * arrays are big enough. Diagonal k is kept at index k + offset.
 */
class EditSearch {
  /** By diagonal: the best path's position in the old list, or NO_PATH… */
  private pathOld = new Int32Array(64);
  /** …and its last component, or -1. */
  private pathLast = new Int32Array(64);
  /** Components: how many tokens, which kind, and the component before (or -1). */
  private count = new Int32Array(256);
  private kind = new Uint8Array(256);
  private previous = new Int32Array(256);
  private components = 0;

  /** The last component of the path (-1 for two empty lists). */
  editPath(before: number[], after: number[]): number {
    const oldLen = before.length;
    const newLen = after.length;
    const maxEditLength = oldLen + newLen;
    const offset = maxEditLength + 1;
    const size = 2 * offset + 1;
    if (this.pathOld.length < size) {
      this.pathOld = new Int32Array(2 * size);
      this.pathLast = new Int32Array(2 * size);
    }
    const pathOld = this.pathOld;
    const pathLast = this.pathLast;
    pathOld.fill(NO_PATH, 0, size);
    this.components = 0;

    /** Follows diagonal `diagonal` (at `at`) while the tokens agree (a "snake"); returns the new position in `after`. */
    const extractCommon = (at: number, diagonal: number): number => {
      let oldPos = pathOld[at];
      let newPos = oldPos - diagonal;
      let common = 0;
      while (newPos + 1 < newLen && oldPos + 1 < oldLen && before[oldPos + 1] === after[newPos + 1]) {
        newPos++;
        oldPos++;
        common++;
      }
      if (common) pathLast[at] = this.component(common, SAME, pathLast[at]);
      pathOld[at] = oldPos;
      return newPos;
    };

    pathOld[offset] = -1;
    pathLast[offset] = -1;
    let newPos = extractCommon(offset, 0);
    if (pathOld[offset] + 1 >= oldLen && newPos + 1 >= newLen) return pathLast[offset];

    let minDiagonal = -Infinity;
    let maxDiagonal = Infinity;
    for (let editLength = 1; editLength <= maxEditLength; editLength++) {
      for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
        const at = diagonal + offset;
        const removeOld = pathOld[at - 1];
        const removeLast = pathLast[at - 1];
        const addOld = pathOld[at + 1];
        const hasRemove = removeOld !== NO_PATH;
        if (hasRemove) pathOld[at - 1] = NO_PATH;
        let canAdd = false;
        if (addOld !== NO_PATH) {
          const addNewPos = addOld - diagonal;
          canAdd = 0 <= addNewPos && addNewPos < newLen;
        }
        const canRemove = hasRemove && removeOld + 1 < oldLen;
        if (!canAdd && !canRemove) {
          pathOld[at] = NO_PATH;
          continue;
        }
        if (!canRemove || (canAdd && removeOld < addOld)) {
          pathLast[at] = this.extend(pathLast[at + 1], ADDED);
          pathOld[at] = addOld;
        } else {
          pathLast[at] = this.extend(removeLast, REMOVED);
          pathOld[at] = removeOld + 1;
        }
        newPos = extractCommon(at, diagonal);
        if (pathOld[at] + 1 >= oldLen && newPos + 1 >= newLen) return pathLast[at];
        if (pathOld[at] + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
        if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
      }
    }
    return -1; // not reached: maxEditLength edits always suffice
  }

  /** The path ending in `last` one token longer by a step of `kind`: its last component grown, or a new one. */
  private extend(last: number, kind: number): number {
    if (last >= 0 && this.kind[last] === kind) return this.component(this.count[last] + 1, kind, this.previous[last]);
    return this.component(1, kind, last);
  }

  private component(count: number, kind: number, previous: number): number {
    const at = this.components++;
    if (at === this.count.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T, make: (length: number) => T): T => {
        const grown = make(2 * array.length);
        grown.set(array);
        return grown;
      };
      this.count = grow(this.count, (length) => new Int32Array(length));
      this.kind = grow(this.kind, (length) => new Uint8Array(length));
      this.previous = grow(this.previous, (length) => new Int32Array(length));
    }
    this.count[at] = count;
    this.kind[at] = kind;
    this.previous[at] = previous;
    return at;
  }

  /** The path's components in reading order with their text, as `diff`'s `buildValues` gives them. */
  changes(last: number, before: Tokens, after: Tokens): Change[] {
    const order: number[] = [];
    for (let component = last; component >= 0; component = this.previous[component]) order.push(component);
    const changes: Change[] = [];
    let newPos = 0;
    let oldPos = 0;
    for (let i = order.length - 1; i >= 0; i--) {
      const count = this.count[order[i]];
      const kind = this.kind[order[i]];
      let value: string;
      if (kind !== REMOVED) {
        value = joined(after, newPos, count);
        newPos += count;
        if (kind === SAME) oldPos += count;
      } else {
        value = joined(before, oldPos, count);
        oldPos += count;
      }
      changes.push({ value, added: kind === ADDED, removed: kind === REMOVED, count });
    }
    return changes;
  }
}

/**
 * `count` tokens from `start` as text, as `diff`'s `join` gives them: the first whole, the rest without
 * their leading whitespace, which the token before holds. That is the text from the first token's start
 * to the last one's end.
 */
function joined({ text, starts, ends }: Tokens, start: number, count: number): string {
  return count === 0 ? '' : text.slice(starts[start], ends[start + count - 1]);
}

/** The text as one unmarked part (for the version the others are compared with). */
export function plainParts(text: string): DiffPart[] {
  return [{ text, kind: 'same' }];
}

/** How many of the words in `parts` are marked as different. */
export function changedWords(parts: DiffPart[]): number {
  let count = 0;
  for (const part of parts) if (part.kind !== 'same') count += wordCount(part.text);
  return count;
}

/** How many runs of non-whitespace `text` has: `text.match(/\S+/g)?.length ?? 0` without making the list. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether a UTF-16 code unit is whitespace to a regular expression's \s (WhiteSpace and LineTerminator). */
function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
