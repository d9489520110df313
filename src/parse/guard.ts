// Markdown that is hostile by shape rather than by content. The markdown parser (micromark) takes time
// that grows faster than the input for some shapes — thousands of nested list markers on one line, lines
// indented ever deeper, thousands of emphasis or bracket delimiters in one paragraph — and the tree
// utilities after it recurse once per level of nesting. Before parsing, the body is rewritten so those
// shapes cannot occur (a line's container prefix is cut to PREFIX_LIMIT characters; a paragraph with more
// than DELIMITER_LIMIT delimiters of one kind has them escaped), keeping a map from the rewritten text
// back to the body so that every offset still points into the article as written. After parsing, the
// tree is cut to DEPTH_LIMIT levels (deeper content is lifted up, in order, not dropped).
import type { Nodes, Parents, Root } from 'mdast';
import { BuildError } from '../errors.js';
import { pointAt } from './position.js';

/** Characters of leading whitespace, “>” and list markers kept on one line (≈ 100 levels of nesting). */
export const PREFIX_LIMIT = 200;
/** Emphasis, bracket or backtick characters of one kind allowed in one paragraph before they are escaped. */
export const DELIMITER_LIMIT = 400;
/** Lines of one paragraph-like run after which plain lines are joined to the line before. */
export const LINE_LIMIT = 200;
/** Levels of nesting kept in the markdown tree. */
export const DEPTH_LIMIT = 48;
/**
 * Characters in a row without a space or line break. The language model tests each unknown word with a
 * pattern whose time grows with the square of its length (a 200,000-character word takes ~40 s), so longer
 * runs — never article text: a pasted file, an encoded image — are refused with their position.
 */
export const WORD_LIMIT = 4_000;

/** Refuse a file whose text holds a run of more than WORD_LIMIT characters without whitespace. */
export function checkWordLength(text: string, path: string): void {
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    if (
      !(code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000)
    )
      continue;
    if (index - start > WORD_LIMIT) {
      const { line, column } = pointAt(text, start);
      throw new BuildError('word-too-long', { path, line, column }, (index - start).toLocaleString('en-US'));
    }
    start = index + 1;
  }
}

export interface GuardedText {
  /** The text to hand to the parser. */
  text: string;
  /** The body offset of an offset in `text`. */
  toSource(offset: number): number;
  /** Whether anything was rewritten. */
  changed: boolean;
}

/** A piece of the rewritten text: copied from the body at `source`, or inserted (source = where). */
interface Piece {
  at: number;
  source: number;
  length: number;
  inserted: boolean;
}

const PREFIX = /(?:[ \t]|>|[-+*](?=[ \t\n]|$)|\d{1,9}[.)](?=[ \t\n]|$))*/y;
const BLOCK_START = /^(?:[ \t]*(?:[>#|<\n=~`]|[-+*_](?:[ \t\n]|$|[-*_])|\d{1,9}[.)])|[ \t]{4}|$)/;
const DELIMITERS = ['*', '_', '[', ']', '`', '~'];

export function guardMarkdown(body: string): GuardedText {
  const out = new Rewrite(body);
  // Paragraph-ish chunks: runs of lines between blank lines.
  let chunkStart = 0;
  while (chunkStart < body.length) {
    const chunkEnd = chunkEndAfter(body, chunkStart);
    guardChunk(out, chunkStart, chunkEnd);
    chunkStart = chunkEnd;
  }
  if (!out.changed) return { text: body, toSource: (offset) => offset, changed: false };
  const { text, pieces } = out;
  return { text, toSource: (offset) => sourceOffset(pieces, text.length, body.length, offset), changed: true };
}

/** The rewritten text being built from the body, piece by piece, with where each piece came from. */
class Rewrite {
  readonly pieces: Piece[] = [];
  text = '';
  changed = false;

  constructor(readonly body: string) {}

  /** body[from, to) as it is. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.pieces.push({ at: this.text.length, source: from, length: to - from, inserted: false });
    this.text += this.body.slice(from, to);
  }

  /** `value` in place of the body's characters from `where` (as many as it has). */
  substitute(value: string, where: number): void {
    this.pieces.push({ at: this.text.length, source: where, length: value.length, inserted: false });
    this.text += value;
  }

  /** `value` added before the body's character at `where`. */
  insert(value: string, where: number): void {
    this.pieces.push({ at: this.text.length, source: where, length: value.length, inserted: true });
    this.text += value;
  }
}

/** The end of the chunk that starts at `start`: after the next blank line, or the end of the body. */
function chunkEndAfter(body: string, start: number): number {
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = start;
  const match = blank.exec(body);
  return match ? match.index + match[0].length : body.length;
}

/** Rewrite the chunk body[start, end) line by line. */
function guardChunk(out: Rewrite, start: number, end: number): void {
  const body = out.body;
  const chunk = body.slice(start, end);
  const toEscape = new Set(DELIMITERS.filter((mark) => count(chunk, mark) > DELIMITER_LIMIT));
  // A backslash already there would otherwise turn the inserted one into a literal.
  if (toEscape.size > 0) toEscape.add('\\');
  const join = count(chunk, '\n') > LINE_LIMIT ? linesToJoin(body, start, end) : new Set<number>();
  let lineStart = start;
  while (lineStart < end) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= end ? end : newline + 1;
    guardLine(out, lineStart, lineEnd, toEscape, join);
    lineStart = lineEnd;
  }
}

/**
 * Thousands of lazy continuation lines under a block quote or list item take the parser quadratic time: in a
 * long run, a line that opens no block of its own is joined to the line before (the newline becomes a space,
 * which is how markdown shows it anyway). The offsets of the newlines to join in body[start, end).
 */
function linesToJoin(body: string, start: number, end: number): Set<number> {
  const join = new Set<number>();
  for (let newline = body.indexOf('\n', start); newline !== -1 && newline < end - 1; newline = body.indexOf('\n', newline + 1)) {
    if (!BLOCK_START.test(body.slice(newline + 1, newline + 8))) join.add(newline);
  }
  return join;
}

/** Rewrite the line body[lineStart, lineEnd): its prefix cut, delimiters escaped, its newline joined. */
function guardLine(out: Rewrite, lineStart: number, lineEnd: number, toEscape: Set<string>, join: Set<number>): void {
  const body = out.body;
  let from = cutPrefix(out, lineStart);
  if (toEscape.size > 0) {
    for (let index = from; index < lineEnd; index += 1) {
      if (toEscape.has(body[index])) {
        out.copy(from, index);
        out.insert('\\', index);
        from = index;
        out.changed = true;
      }
    }
  }
  if (join.has(lineEnd - 1)) {
    out.copy(from, lineEnd - 1);
    out.substitute(' ', lineEnd - 1);
    out.changed = true;
  } else {
    out.copy(from, lineEnd);
  }
}

/**
 * A container prefix longer than PREFIX_LIMIT keeps its first PREFIX_LIMIT characters, cut back to a space,
 * and drops the rest. Where the rest of the line starts.
 */
function cutPrefix(out: Rewrite, lineStart: number): number {
  const body = out.body;
  PREFIX.lastIndex = lineStart;
  const prefixEnd = lineStart + PREFIX.exec(body)![0].length;
  if (prefixEnd - lineStart <= PREFIX_LIMIT) return lineStart;
  const kept = body.slice(lineStart, lineStart + PREFIX_LIMIT);
  const cut = Math.max(kept.lastIndexOf(' '), kept.lastIndexOf('\t'));
  out.copy(lineStart, lineStart + (cut > 0 ? cut + 1 : PREFIX_LIMIT));
  out.changed = true;
  return prefixEnd;
}

/** The body offset of an offset in the rewritten text (`textLength` long) made of `pieces`. */
function sourceOffset(pieces: Piece[], textLength: number, bodyLength: number, offset: number): number {
  if (offset >= textLength) return bodyLength;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle].at <= offset) low = middle;
    else high = middle - 1;
  }
  const piece = pieces[low];
  return piece.inserted ? piece.source : piece.source + (offset - piece.at);
}

function count(text: string, mark: string): number {
  let total = 0;
  for (let index = text.indexOf(mark); index !== -1; index = text.indexOf(mark, index + 1)) total += 1;
  return total;
}

/**
 * Cut the tree to `limit` levels: below that depth, block containers (block quotes, lists, list items)
 * and inline containers (emphasis, links, …) are opened and their content lifted up in reading order.
 * Iterative, so it cannot overflow the stack however deep the tree is.
 */
export function limitDepth(tree: Root, limit = DEPTH_LIMIT): Root {
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!('children' in node)) continue;
    const parent = node as Parents;
    // A list's children must stay list items, so a list is cut one level further down.
    if (depth >= limit && parent.type !== 'list') {
      parent.children = lifted(parent) as Parents['children'];
      continue;
    }
    for (const child of parent.children) stack.push({ node: child as Nodes, depth: depth + 1 });
  }
  return tree;
}

const BLOCK_CONTAINERS = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition']);
const BLOCKS_WITH_INLINE_CONTENT = new Set(['paragraph', 'heading', 'tableCell']);

/** The content below a node with no containers in it: blocks keep only flat inline content. */
function lifted(parent: Parents): Nodes[] {
  const blockLevel = BLOCK_CONTAINERS.has(parent.type) || parent.type === 'root';
  const out: Nodes[] = [];
  const stack: Nodes[] = [];
  for (let index = parent.children.length - 1; index >= 0; index -= 1) stack.push(parent.children[index] as Nodes);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) {
      out.push(node);
    } else if (blockLevel && BLOCKS_WITH_INLINE_CONTENT.has(node.type)) {
      (node as Parents).children = lifted(node as Parents) as Parents['children'];
      out.push(node);
    } else if (blockLevel ? BLOCK_CONTAINERS.has(node.type) : true) {
      for (let index = (node as Parents).children.length - 1; index >= 0; index -= 1)
        stack.push((node as Parents).children[index] as Nodes);
    } else {
      // A table or other block with structure of its own becomes a paragraph of its words.
      out.push({ type: 'paragraph', children: lifted(node as Parents), position: node.position } as Nodes);
    }
  }
  return out;
}
