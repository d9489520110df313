import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/parse/story.js';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe('a story’s index.md', () => {
  it('gives the story page its introduction as sanitised HTML: links and emphasis kept, nothing that runs', () => {
    const story = parseStory({
      id: 'vote',
      index: file(
        'articles/vote/index.md',
        '---\ntitle: The vote\n---\nThe council **approved** the [repair](https://example.org/report). <script>alert(1)</script><img src=x onerror="alert(2)">\n',
      ),
      articles: [file('articles/vote/a.md', '---\ntitle: A\n---\nThe council voted on Monday.\n')],
    });
    expect(story.summaryHtml).toContain('<strong>approved</strong>');
    expect(story.summaryHtml).toContain('<a href="https://example.org/report">repair</a>');
    // The script element goes (its text stays as inert text); the image loses its handler.
    expect(story.summaryHtml).not.toMatch(/<script|onerror/);
    expect(story.summary).toContain('The council **approved**');
  });

  it('gives no introduction when there is no index.md', () => {
    const story = parseStory({ id: 'vote', articles: [file('articles/vote/a.md', '---\ntitle: A\n---\nThe council voted.\n')] });
    expect(story.summaryHtml).toBeUndefined();
  });
});
