// Build a Story from bare article bodies, for the quotation tests.
import { expect } from 'vitest';
import { findQuotations } from '../../../src/analyse/index.js';
import { parseStory } from '../../../src/parse/story.js';
import type { Quotation, Story } from '../../../src/types.js';

export function storyOf(bodies: Record<string, string>): Story {
  const articles = Object.entries(bodies).map(([id, body]) => ({
    path: `test/${id}.md`,
    bytes: new TextEncoder().encode(`---\ntitle: ${id}\n---\n${body}`),
  }));
  return parseStory({ id: 'test', articles });
}

/** The quotations found in one article body. */
export const quotesOf = (body: string): Quotation[] => findQuotations(storyOf({ a: body })).quotations;

/** The one quotation of `body` whose words are `text` (a final full stop, comma or "!" aside); fails the test if none. */
export function one(body: string, text: string): Quotation {
  const all = quotesOf(body);
  const found = all.find((quote) => quote.text.replace(/[.,!]$/, '') === text.replace(/[.,!]$/, ''));
  expect(found, `no quotation “${text}” in ${JSON.stringify(all.map((q) => q.text))}`).toBeDefined();
  return found!;
}
