// Furniture inside the extracted body of a web page: captions, credits, share and newsletter boxes,
// "Read more" links, menus. Each is taken out of the body and its text kept, in page order, for the
// furniture list.
import { isFurnitureLine } from './furniture.js';
import { FURNITURE_CLASS } from './lexicon.js';

const LINE_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, div, section, aside, figure, td, th';
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
  for (const element of [...body.querySelectorAll('*')]) {
    if (!body.contains(element)) continue;
    const marked = isMarked(element) && textOf(element).length <= WRAPPER_SHARE * bodyLength;
    const leaf = element.matches(LINE_BLOCKS) && !hasBlockChild(element);
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
  const leaves = [...element.querySelectorAll(LINE_BLOCKS)].filter((leaf) => !hasBlockChild(leaf));
  for (const part of leaves.length > 0 ? leaves : [element]) {
    const line = textOf(part);
    if (line !== '' && !lines.includes(line)) lines.push(line);
  }
  return lines;
}

function hasBlockChild(element: Element): boolean {
  return element.querySelector(LINE_BLOCKS) !== null;
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
export function withDropped(page: Document, body: Element, moved: string[], title: string | undefined): string[] {
  for (const element of [...page.querySelectorAll('script, style, noscript, template')]) element.remove();
  const bodyLines = [...body.querySelectorAll(LINE_BLOCKS)].filter((leaf) => !hasBlockChild(leaf)).map((leaf) => normal(textOf(leaf)));
  const known = new Set([...bodyLines, ...moved.map(normal)]);
  const leaves = [...(page.body ?? page.documentElement).querySelectorAll(LINE_BLOCKS)].filter((leaf) => !hasBlockChild(leaf));
  const lines = leaves.map((leaf) => textOf(leaf));
  const first = lines.findIndex((line) => normal(line) === bodyLines[0]);
  const end = lines.findLastIndex((line) => normal(line) === bodyLines.at(-1));
  const headline = title === undefined ? -1 : lines.slice(0, Math.max(0, first)).findLastIndex((line) => normal(line) === normal(title));
  const start = headline >= 0 && first - headline <= HEADLINE_REACH ? headline : first;
  if (first < 0 || end <= start) return moved;
  const dropped = lines.slice(start + 1, end).filter((line) => !isInsideKnown(line, known));
  const position = new Map<string, number>();
  lines.forEach((line, index) => {
    if (!position.has(normal(line))) position.set(normal(line), index);
  });
  const at = (line: string) => position.get(normal(line)) ?? Number.POSITIVE_INFINITY;
  return [...moved, ...dropped]
    .map((line, order) => ({ line, order }))
    .sort((a, b) => at(a.line) - at(b.line) || a.order - b.order)
    .map(({ line }) => line);
}

/** A line that is a part of a kept paragraph (a link inside it, say) is not missing. */
function isInsideKnown(line: string, known: Set<string>): boolean {
  const text = normal(line);
  if (text === '') return true;
  for (const kept of known) if (kept.includes(text)) return true;
  return false;
}
