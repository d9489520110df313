// A plain-text article: headline on the first line when it looks like one, paragraphs separated by blank
// lines or by single line breaks, furniture lines moved out of the body.
import { countWords, isFurnitureLine, splitWireCredit } from './furniture.js';

export interface TextArticle {
  title?: string;
  paragraphs: string[];
  furniture: string[];
  /** A wire agency the text itself credits at its end. */
  credit?: string;
}

const HEADLINE_MAX_WORDS = 25;
const TAIL_LINE_MAX_WORDS = 12;
/** Shorter lines are not taken for lines wrapped to a width. */
const WRAPPED_LINE_MIN = 40;

export function readTextArticle(source: string): TextArticle {
  const lines = paragraphLines(source.replace(/\r\n?/g, '\n'));
  const furniture: string[] = [];
  const keep: string[] = [];
  for (const line of lines) (isFurnitureLine(line) ? furniture : keep).push(line);
  const { title, lead, rest } = takeHeadline(keep);
  const tail = takeTail(rest, lines);
  const paragraphs = rest.slice(0, rest.length - tail.length);
  const credit = takeCredit(paragraphs);
  return {
    title,
    paragraphs,
    furniture: orderAsInSource([...lead, ...furniture, ...tail, ...(credit ? [credit.agency] : [])], lines),
    credit: credit?.agency,
  };
}

/** Paragraphs as lines: by blank lines when the text has them (joining wrapped lines), else one per line. */
function paragraphLines(text: string): string[] {
  const trimmed = text.trim();
  if (!/\n[ \t]*\n/.test(trimmed))
    return trimmed
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const paragraphs: string[] = [];
  for (const block of trimmed.split(/\n[ \t]*\n/)) {
    let current = '';
    let previous = '';
    for (const line of block
      .split('\n')
      .map((part) => part.trim())
      .filter(Boolean)) {
      // A line ending a sentence, a short line, or one that is furniture on its own ends its paragraph;
      // any other line was wrapped and goes on.
      const wrapped =
        previous.length >= WRAPPED_LINE_MIN && !endsSentence(previous) && !isFurnitureLine(previous) && !isFurnitureLine(line);
      previous = line;
      if (current !== '' && !wrapped) {
        paragraphs.push(current);
        current = line;
      } else current = current === '' ? line : `${current} ${line}`;
    }
    if (current !== '') paragraphs.push(current);
  }
  return paragraphs;
}

function endsSentence(line: string): boolean {
  return /[.!?…:;”"’)\]]$/.test(line);
}

/** A line reads as a headline: short, and not ending as a sentence does. */
function looksLikeHeadline(line: string): boolean {
  const words = countWords(line);
  return words > 0 && words <= HEADLINE_MAX_WORDS && !/[.:;,]$/.test(line);
}

/**
 * The headline: the last of the headline-like lines before the first sentence of the text. Lines before
 * it (a section label, a photo caption) are furniture.
 */
function takeHeadline(lines: string[]): { title?: string; lead: string[]; rest: string[] } {
  let count = 0;
  while (count < lines.length - 1 && looksLikeHeadline(lines[count])) count += 1;
  if (count === 0) return { lead: [], rest: lines };
  return { title: lines[count - 1], lead: lines.slice(0, count - 1), rest: lines.slice(count) };
}

/** Short lines after the last furniture line that closes the text belong to the page, not the article. */
function takeTail(rest: string[], all: string[]): string[] {
  const lastFurniture = all.findLastIndex((line) => isFurnitureLine(line));
  if (lastFurniture < 0) return [];
  const after = all.slice(lastFurniture + 1);
  if (after.length === 0 || after.length >= rest.length) return [];
  if (after.some((line) => countWords(line) > TAIL_LINE_MAX_WORDS || endsWithQuote(line))) return [];
  const tail = rest.slice(rest.length - after.length);
  return tail.every((line, index) => line === after[index]) ? tail : [];
}

function endsWithQuote(line: string): boolean {
  return /[”"]$/.test(line);
}

function takeCredit(paragraphs: string[]): { agency: string } | undefined {
  const last = paragraphs.length - 1;
  if (last < 0) return undefined;
  const credit = splitWireCredit(paragraphs[last]);
  if (!credit) return undefined;
  if (credit.text === '') paragraphs.splice(last, 1);
  else paragraphs[last] = credit.text;
  return { agency: credit.agency };
}

/** Furniture in the order it appears in the source, so the list reads top to bottom. */
function orderAsInSource(furniture: string[], lines: string[]): string[] {
  const position = (line: string) => {
    const index = lines.indexOf(line);
    return index < 0 ? lines.length : index;
  };
  return furniture
    .map((line, order) => ({ line, order, at: position(line) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ line }) => line);
}
