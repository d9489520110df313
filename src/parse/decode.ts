import { BuildError } from '../errors.js';
import type { SourceFile } from '../types.js';
import { pointAt } from './position.js';

const REPLACEMENT = '\uFFFD';

/** Bytes to text: UTF-8 only, byte-order mark dropped, Windows and old Mac line endings made "\n". */
export function decodeSource(file: SourceFile): string {
  let text: string;
  try {
    // Valid UTF-8 decodes the same strictly or leniently: only a file that fails is decoded again.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file.bytes);
  } catch (cause) {
    const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(file.bytes);
    throw new BuildError('not-utf8', { path: file.path, ...firstInvalidPoint(file.bytes, lenient) }, '', { cause });
  }
  return text.replace(/\r\n?/g, '\n');
}

/** Where the first undecodable byte sits, as a line and column of the leniently decoded text. */
function firstInvalidPoint(bytes: Uint8Array, lenient: string): { line: number; column: number } {
  // A replacement character that is really in the file is the three bytes EF BF BD; skip those.
  let byteOffset = 0;
  let charIndex = 0;
  const encoder = new TextEncoder();
  for (const char of lenient) {
    if (char === REPLACEMENT && !(bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd)) break;
    byteOffset += encoder.encode(char).length;
    charIndex += char.length;
  }
  const { line, column } = pointAt(lenient, charIndex);
  return { line, column };
}
