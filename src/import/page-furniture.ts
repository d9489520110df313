// Furniture inside the extracted body of a web page: captions, credits, share and newsletter boxes,
// "Read more" links, menus. Each is taken out of the body and its text kept, in page order, for the
// furniture list.
import { isFurnitureLine } from './furniture.js';
import { FURNITURE_CLASS } from './lexicon.js';

const LINE_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, div, section, aside, figure, td, th';
const LINE_BLOCK_TAGS = new Set(LINE_BLOCKS.split(', '));
/** A marked element holding more of the body than this is the article's own wrapper, not furniture. */
const WRAPPER_SHARE = 0.3;
const LINK_ONLY_MAX_WORDS = 25;
const LINK_ONLY_SHARE = 0.8;
/** How many lines above the first paragraph the headline may stand. */
const HEADLINE_REACH = 12;

/** Moves furniture out of `body` (changing it) and returns its lines in page order. */
export function moveFurniture(body: Element, title: string | undefined): string[] {
  const furniture: string[] = [];
  dropHeadline(body, title);
  const bodyLength = textOf(body).length;
  // Taking an element out never makes another a leaf before the walk reaches it (parents come first).
  const leaves = new Set(leafBlocks(body));
  for (const element of [...body.querySelectorAll('*')]) {
    if (!body.contains(element)) continue;
    const marked = isMarked(element) && textOf(element).length <= WRAPPER_SHARE * bodyLength;
    const leaf = leaves.has(element);
    if (marked || (leaf && (isFurnitureLine(textOf(element)) || isLinkOnly(element)))) take(element, furniture);
  }
  return furniture;
}

/** A short block that is nothing but a link: a related headline, a menu item, a "more" link. */
function isLinkOnly(element: Element): boolean {
  const text = textOf(element);
  if (text === '' || text.split(' ').length > LINK_ONLY_MAX_WORDS) return false;
  const linked = [...element.querySelectorAll('a')].reduce((total, link) => total + textOf(link).length, 0);
  return linked >= LINK_ONLY_SHARE * text.length;
}

function isMarked(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag === 'figcaption' || tag === 'aside' || tag === 'nav') return true;
  if (tag === 'figure') return textOf(element).length < 400;
  return FURNITURE_CLASS.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
}

function take(element: Element, furniture: string[]): void {
  for (const line of linesOf(element)) furniture.push(line);
  element.remove();
}

/** The headline repeated at the top of the body is already the title. */
function dropHeadline(body: Element, title: string | undefined): void {
  if (!title) return;
  const first = body.querySelector('h1, h2, h3, p');
  if (first && normal(textOf(first)) === normal(title)) first.remove();
}

function linesOf(element: Element): string[] {
  const lines: string[] = [];
  const leaves = leafBlocks(element);
  for (const part of leaves.length > 0 ? leaves : [element]) {
    const line = textOf(part);
    if (line !== '' && !lines.includes(line)) lines.push(line);
  }
  return lines;
}

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The furniture list completed and in page order: lines of the page between the headline (or the first
 * paragraph) and the last paragraph that the extractor left out (share bars, captions it dropped) are
 * added, so that nothing inside the article disappears silently.
 */
export function withDropped(pageLines: string[], body: Element, moved: string[], title: string | undefined): string[] {
  const bodyLines = leafBlocks(body).map((leaf) => normal(textOf(leaf)));
  const known = new Set([...bodyLines, ...moved.map(normal)]);
  const lines = pageLines;
  const normalLines = lines.map(normal);
  const first = normalLines.indexOf(bodyLines[0]);
  const end = normalLines.lastIndexOf(bodyLines.at(-1) ?? '');
  const headline = title === undefined ? -1 : normalLines.slice(0, Math.max(0, first)).lastIndexOf(normal(title));
  const start = headline >= 0 && first - headline <= HEADLINE_REACH ? headline : first;
  if (first < 0 || end <= start) return moved;
  const dropped = lines.slice(start + 1, end).filter((line) => !isInsideKnown(line, known));
  const position = new Map<string, number>();
  normalLines.forEach((line, index) => {
    if (!position.has(line)) position.set(line, index);
  });
  const at = (line: string) => position.get(normal(line)) ?? Number.POSITIVE_INFINITY;
  return [...moved, ...dropped]
    .map((line, order) => ({ line, order }))
    .sort((a, b) => at(a.line) - at(b.line) || a.order - b.order)
    .map(({ line }) => line);
}

/** The text of each line of a page (its blocks with no block inside), in page order, scripts and styles left out. */
export function pageLines(page: Document): string[] {
  for (const element of [...page.querySelectorAll('script, style, noscript, template')]) element.remove();
  return leafBlocks(page.body ?? page.documentElement).map(textOf);
}

/** Blocks with no block inside, in document order; one walk, without recursion (pages can nest deeply). */
function leafBlocks(root: Element): Element[] {
  const leaves: Element[] = [];
  const hasBlock = new Set<Element>();
  const stack: { element: Element; visited: boolean }[] = [{ element: root, visited: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (!entry.visited) {
      stack.push({ element: entry.element, visited: true });
      const children = [...entry.element.children];
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ element: children[index], visited: false });
      continue;
    }
    const { element } = entry;
    const isBlock = LINE_BLOCK_TAGS.has(element.localName);
    if (isBlock && !hasBlock.has(element) && element !== root) leaves.push(element);
    if ((isBlock || hasBlock.has(element)) && element.parentElement) hasBlock.add(element.parentElement);
  }
  return leaves;
}

/** A line that is a part of a kept paragraph (a link inside it, say) is not missing. */
function isInsideKnown(line: string, known: Set<string>): boolean {
  const text = normal(line);
  if (text === '') return true;
  for (const kept of known) if (kept.includes(text)) return true;
  return false;
}
