// Word-level differences between two versions of a sentence or quotation, as structured parts for the
// templates (which mark them up as <ins>/<del>); nothing here builds markup.
//
// The result is exactly that of `diffWords` from the `diff` package (same tokens, same Myers search with
// the same tie-breaks, same whitespace clean-up), but faster: the package compares tokens by trimming
// both on every comparison and keeps its search frontier in an array indexed by negative numbers. Here
// each distinct trimmed token becomes a small integer once, the frontier is an ordinary array, and a
// text's tokens are worked out once however many versions it is compared with. The package still does
// the tokenising and the whitespace clean-up (its documented `tokenize`/`postProcess` steps); joining
// tokens back into text is done as its `join` does it.
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

/** One step of an edit path, linked back to the step before it (as in `diff`). */
interface Component {
  count: number;
  added: boolean;
  removed: boolean;
  previous: Component | undefined;
}

interface SearchPath {
  oldPos: number;
  last: Component | undefined;
}

/** A text cut into tokens, and each token as an id equal for tokens `diff` counts as equal. */
interface Tokens {
  tokens: string[];
  ids: number[];
  /** Each token without its leading whitespace: what `join` keeps of every token but the first. */
  tails: string[];
}

/**
 * Compares texts word by word. Keeps each text's tokens, so a text compared many times (the reference
 * version of a claim, a sentence copied by several outlets) is tokenised once: use one per story.
 */
export class WordDiffer {
  private readonly tokensByText = new Map<string, Tokens>();
  /** Trimmed token → id: `diff` counts two tokens equal when they are equal once trimmed. */
  private readonly idByWord = new Map<string, number>();
  /** Token as cut → its id and tail, worked out once (the same tokens recur across a story's sentences). */
  private readonly knownTokens = new Map<string, { id: number; tail: string }>();

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
    const components = editPath(before.ids, after.ids);
    return wordDiff.postProcess(changesOf(components, before, after), {}) as Change[];
  }

  private tokensOf(text: string): Tokens {
    let known = this.tokensByText.get(text);
    if (known === undefined) {
      // As `diff` does: its tokeniser, then empty tokens dropped.
      const tokens = (wordDiff.tokenize(text, {}) as string[]).filter(Boolean);
      const ids: number[] = [];
      const tails: string[] = [];
      for (const token of tokens) {
        const { id, tail } = this.tokenInfo(token);
        ids.push(id);
        tails.push(tail);
      }
      known = { tokens, ids, tails };
      this.tokensByText.set(text, known);
    }
    return known;
  }

  private tokenInfo(token: string): { id: number; tail: string } {
    let info = this.knownTokens.get(token);
    if (info === undefined) {
      const word = token.trim();
      let id = this.idByWord.get(word);
      if (id === undefined) {
        id = this.idByWord.size;
        this.idByWord.set(word, id);
      }
      info = { id, tail: token.replace(/^\s+/, '') };
      this.knownTokens.set(token, info);
    }
    return info;
  }
}

/**
 * The shortest edit path from `before` to `after`, as `diff`'s `diffWithOptionsObj` finds it (Myers's
 * algorithm with its pruning of diagonals past the edges and its choice between equally good moves),
 * ending in the last component. Diagonal k is kept at index k + offset.
 */
function editPath(before: number[], after: number[]): Component | undefined {
  const oldLen = before.length;
  const newLen = after.length;
  const maxEditLength = oldLen + newLen;
  const offset = maxEditLength + 1;
  const bestPath: Array<SearchPath | undefined> = new Array(2 * offset + 1).fill(undefined);

  /** Follows the diagonal while the tokens agree (a "snake"); returns the new position in `after`. */
  const extractCommon = (path: SearchPath, diagonal: number): number => {
    let oldPos = path.oldPos;
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && before[oldPos + 1] === after[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    if (common) path.last = { count: common, added: false, removed: false, previous: path.last };
    path.oldPos = oldPos;
    return newPos;
  };
  const extend = (path: SearchPath, added: boolean, removed: boolean, oldPosStep: number): SearchPath => {
    const last = path.last;
    if (last && last.added === added && last.removed === removed) {
      return { oldPos: path.oldPos + oldPosStep, last: { count: last.count + 1, added, removed, previous: last.previous } };
    }
    return { oldPos: path.oldPos + oldPosStep, last: { count: 1, added, removed, previous: last } };
  };

  const start: SearchPath = { oldPos: -1, last: undefined };
  bestPath[offset] = start;
  let newPos = extractCommon(start, 0);
  if (start.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return start.last;

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const removePath = bestPath[diagonal - 1 + offset];
      const addPath = bestPath[diagonal + 1 + offset];
      if (removePath) bestPath[diagonal - 1 + offset] = undefined;
      let canAdd = false;
      if (addPath) {
        const addPathNewPos = addPath.oldPos - diagonal;
        canAdd = 0 <= addPathNewPos && addPathNewPos < newLen;
      }
      const canRemove = removePath !== undefined && removePath.oldPos + 1 < oldLen;
      if (!canAdd && !canRemove) {
        bestPath[diagonal + offset] = undefined;
        continue;
      }
      const path = !canRemove || (canAdd && removePath!.oldPos < addPath!.oldPos) ? extend(addPath!, true, false, 0) : extend(removePath!, false, true, 1);
      newPos = extractCommon(path, diagonal);
      if (path.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return path.last;
      bestPath[diagonal + offset] = path;
      if (path.oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined; // not reached: maxEditLength edits always suffice
}

/** The path's components in reading order with their text, as `diff`'s `buildValues` gives them. */
function changesOf(last: Component | undefined, before: Tokens, after: Tokens): Change[] {
  const components: Component[] = [];
  for (let component = last; component; component = component.previous) components.push(component);
  components.reverse();
  const changes: Change[] = [];
  let newPos = 0;
  let oldPos = 0;
  for (const { count, added, removed } of components) {
    let value: string;
    if (!removed) {
      value = joined(after, newPos, count);
      newPos += count;
      if (!added) oldPos += count;
    } else {
      value = joined(before, oldPos, count);
      oldPos += count;
    }
    changes.push({ value, added, removed, count });
  }
  return changes;
}

/** `count` tokens from `start` as text, as `diff`'s `join` gives them: the first whole, the rest without leading whitespace. */
function joined({ tokens, tails }: Tokens, start: number, count: number): string {
  if (count === 0) return '';
  let text = tokens[start];
  for (let i = start + 1; i < start + count; i++) text += tails[i];
  return text;
}

/** The text as one unmarked part (for the version the others are compared with). */
export function plainParts(text: string): DiffPart[] {
  return [{ text, kind: 'same' }];
}

/** How many of the words in `parts` are marked as different. */
export function changedWords(parts: DiffPart[]): number {
  return parts.filter((part) => part.kind !== 'same').reduce((sum, part) => sum + (part.text.match(/\S+/g)?.length ?? 0), 0);
}
