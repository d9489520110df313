// Word-level differences between two versions of a sentence or quotation, as structured parts for the
// templates (which mark them up as <ins>/<del>); nothing here builds markup. The comparison is `diffWords`
// from the `diff` package; the renderer keeps one result per pair of texts for the story (see model.ts).
import { diffWords } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

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
  const parts: DiffPart[] = [];
  for (const change of diffWords(reference, text)) {
    const kind: DiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ text: change.value, kind });
  }
  return parts;
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

/** How many runs of non-whitespace `text` has. */
export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
