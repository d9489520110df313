// Telling page furniture (share buttons, captions, credits, "Read more", newsletter boxes, copyright
// lines) from article text, one line or paragraph at a time.
import { FURNITURE_LINES, LABEL_LINES, WIRE_AGENCIES } from './lexicon.js';

/** Whether one line or paragraph is page furniture. */
export function isFurnitureLine(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '') return false;
  if (FURNITURE_LINES.some((pattern) => pattern.test(text))) return true;
  return !/[.!?…]["”’')]*$/.test(text) && LABEL_LINES.some((pattern) => pattern.test(text));
}

const agencyPattern = WIRE_AGENCIES.map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
const trailingCredit = new RegExp(`^([\\s\\S]*[.!?…”"’')\\]])\\s+(?:[-–—]\\s*)?\\(?(${agencyPattern})\\)?\\s*$`);
const loneCredit = new RegExp(`^(?:[-–—]\\s*)?\\(?(${agencyPattern})\\)?\\.?$`);

/**
 * A wire agency's credit at the end of the last paragraph ("… eastern Ukraine. Reuters") or alone on the
 * last line: the paragraph without it, and the agency named.
 */
export function splitWireCredit(paragraph: string): { text: string; agency: string } | undefined {
  const lone = loneCredit.exec(paragraph.trim());
  if (lone) return { text: '', agency: lone[1] };
  const match = trailingCredit.exec(paragraph.trimEnd());
  return match ? { text: match[1], agency: match[2] } : undefined;
}

/** Number of words in a text, as the summary counts them. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
