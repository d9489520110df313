import type { Point } from '../types.js';

/** The 1-based line and column of an offset in text. */
export function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: end - lineStart + 1, offset: end };
}
