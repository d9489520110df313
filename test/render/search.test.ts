// The search records of a story (what the site's search finds, with its filters) and the Pagefind index
// made of them: the same records give the same files, and the browser's search page is checked by the
// browser suite (test/browser/site.test.ts).
import { describe, expect, it } from 'vitest';
import { buildStoryView } from '../../src/render/model.js';
import { SEARCH_DIR, searchIndex, searchRecords } from '../../src/render/search.js';
import { fixtureStory } from './fixture.js';

describe('search', () => {
  const view = buildStoryView(fixtureStory());
  const records = searchRecords(view);

  it('has a record for the story, each shared claim and each quotation, filterable by outlet and speaker', () => {
    expect(records.filter((r) => r.kind === 'story')).toHaveLength(1);
    expect(records.filter((r) => r.kind === 'claim').map((r) => r.url)).toEqual(view.sharedClaims.map((c) => `${view.story.id}/${c.href}`));
    const quotes = records.filter((r) => r.kind === 'quote');
    expect(quotes).toHaveLength(view.quotes.length);
    view.quotes.forEach((quote, i) => {
      expect(quotes[i].url).toBe(`${view.story.id}/quotes.html#${quote.id}`);
      expect(quotes[i].outlets.sort()).toEqual([...new Set(quote.members.map((m) => m.article.name))].sort());
      expect(quotes[i].speakers).toEqual(quote.speakers);
      for (const m of quote.members) expect(quotes[i].content).toContain(m.text);
    });
  });

  it("writes the same index for the same records, without Pagefind's own interfaces", async () => {
    const first = await searchIndex(records);
    const second = await searchIndex(records);
    expect([...first.keys()]).toEqual([...second.keys()]);
    for (const [name, content] of first)
      expect(Buffer.from(content as Uint8Array).equals(Buffer.from(second.get(name) as Uint8Array)), name).toBe(true);
    expect(first.has(`${SEARCH_DIR}/pagefind.js`)).toBe(true);
    expect(first.has(`${SEARCH_DIR}/pagefind-entry.json`)).toBe(true);
    expect([...first.keys()].some((name) => /ui\.js$/.test(name))).toBe(false);
  }, 60_000);
});
