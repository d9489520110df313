// The two-outlet view: each article in its own order, shared claims on one row where the orders allow,
// the rest linked to where its counterpart stands.
import { describe, expect, it } from 'vitest';
import { buildStoryView } from '../../src/render/model.js';
import { PAIR_PAGES_MAX, articlePairs, buildPairView, commonRun } from '../../src/render/pairs.js';
import { renderSite } from '../../src/render/index.js';
import { STORY_ID, fixtureStory, renderOptions } from './fixture.js';

describe('two outlets side by side', () => {
  it('finds the longest run of keys both lists have in the same order', () => {
    expect(commonRun(['a', 'b', 'c', 'd'], ['b', 'x', 'd', 'a'])).toEqual([
      [1, 0],
      [3, 2],
    ]);
    expect(commonRun(['', 'a'], ['', 'a'])).toEqual([[1, 1]]);
  });

  it('keeps every sentence of both articles, each side in its own order, shared claims matched on one row', () => {
    const aligned = fixtureStory();
    const view = buildStoryView(aligned);
    const [a, b] = view.articles;
    const pair = buildPairView(view, a, b);
    const side = (key: 'a' | 'b') => pair.rows.flatMap((row) => (row[key] ? [row[key]!.anchor] : []));
    expect(side('a')).toEqual(aligned.story.articles[0].sentences.map((s) => `a-${s.id}`));
    expect(side('b')).toEqual(aligned.story.articles[1].sentences.map((s) => `b-${s.id}`));
    for (const row of pair.rows.filter((r) => r.matched)) expect(row.a!.claim.id).toBe(row.b!.claim.id);
    for (const row of pair.rows) {
      for (const s of [row.a, row.b])
        if (s?.elsewhere)
          expect(pair.rows.some((r) => r.a?.anchor === s.elsewhere!.anchor || r.b?.anchor === s.elsewhere!.anchor)).toBe(true);
    }
    expect(pair.rows.some((r) => r.matched)).toBe(true);
  });

  it('shows a sentence two claims hold once, at its first claim', () => {
    const aligned = fixtureStory();
    const [first, second] = aligned.story.articles;
    const shared = aligned.alignment.claims.find(
      (c) => c.members.some((m) => m.article === first.id) && c.members.some((m) => m.article === second.id),
    )!;
    const sentence = shared.members.find((m) => m.article === first.id)!;
    aligned.alignment.claims.push({ ...shared, id: 'c999', members: [sentence, ...shared.members.filter((m) => m.article === second.id)] });
    const view = buildStoryView(aligned);
    const pair = buildPairView(view, view.articles[0], view.articles[1]);
    const anchors = pair.rows.flatMap((row) => [row.a?.anchor, row.b?.anchor]).filter(Boolean);
    expect(anchors.length).toBe(new Set(anchors).size);
    expect(anchors.filter((a) => a!.startsWith('a-'))).toHaveLength(first.sentences.length);
  });

  it('gives a page to every pair of a story up to the limit, linked from the overview', () => {
    const files = renderSite([fixtureStory()], renderOptions());
    const view = buildStoryView(fixtureStory());
    expect(view.articles.length).toBeLessThanOrEqual(PAIR_PAGES_MAX);
    const pairs = articlePairs(view);
    expect(pairs).toHaveLength((view.articles.length * (view.articles.length - 1)) / 2);
    const overview = String(files.get(`${STORY_ID}/index.html`));
    for (const [a, b] of pairs) {
      expect(files.has(`${STORY_ID}/pairs/${a.id}--${b.id}.html`)).toBe(true);
      expect(overview).toContain(`href="pairs/${a.id}--${b.id}.html"`);
    }
  });
});
