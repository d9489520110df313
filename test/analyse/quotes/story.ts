// Build a Story from bare article bodies, for the quotation tests.
import { parseStory } from '../../../src/parse/story.js';
import type { Story } from '../../../src/types.js';

export function storyOf(bodies: Record<string, string>): Story {
  const articles = Object.entries(bodies).map(([id, body]) => ({
    path: `test/${id}.md`,
    bytes: new TextEncoder().encode(`---\ntitle: ${id}\n---\n${body}`),
  }));
  return parseStory({ id: 'test', articles });
}
