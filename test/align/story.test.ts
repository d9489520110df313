import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/align/index.js';
import { loadStories } from '../../src/load/stories.js';
import { parseStory } from '../../src/parse/story.js';
import { analyse } from './helpers.js';

describe('alignStory on the Kerry–Lavrov story', async () => {
  const { stories } = await loadStories('articles');
  const source = stories.find((s) => s.id === 'kerry-lavrov-moscow-talks')!;
  const alignment = alignStory(analyse(parseStory(source)));

  it('lists the story and every article with its sentences', () => {
    expect(alignment.story.id).toBe('kerry-lavrov-moscow-talks');
    expect(alignment.articles.map((a) => a.id)).toEqual([
      'bridge-divides',
      'common-ground',
      'crisis-talks',
      'peace-process',
      'real-progress',
    ]);
  });

  it('covers every sentence, at most once per claim, and shows the wire copy in the overlap', () => {
    const members = alignment.claims.flatMap((c) => c.members.map((m) => `${m.article}#${m.sentence}`));
    const sentences = alignment.articles.flatMap((a) => a.sentences.map((s) => `${a.id}#${s.id}`));
    expect(new Set(members)).toEqual(new Set(sentences));
    for (const claim of alignment.claims)
      expect(new Set(claim.members.map((m) => `${m.article}#${m.sentence}`)).size).toBe(claim.members.length);
    expect(alignment.overlap).toHaveLength(10);
    const cgCt = alignment.overlap.find((o) => o.a === 'common-ground' && o.b === 'crisis-talks')!;
    expect(cgCt.sharedWords).toBeGreaterThan(40);
    for (const claim of alignment.claims) {
      if (claim.kind === 'exclusive') expect(alignment.exclusives[claim.members[0].article]).toContain(claim.members[0].sentence);
    }
  });

  it('is deterministic', () => {
    expect(alignStory(analyse(parseStory(source)))).toEqual(alignment);
  });
});
