// Pathological titles and tokens: a word hundreds of thousands of characters long would take the language
// model's tagger a time that grows with its square (minutes). The build refuses such a run at once, with its
// position, and builds text of words up to the limit.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_LIMIT } from '../../src/parse/guard.js';
import { cli, hasStackTrace, tempDir, writeArticles } from './helpers.js';

const fine = '---\ntitle: Fine\n---\nThe minister said the talks would continue.\n';

describe('words too long to be text', () => {
  it.concurrent.each([
    [
      'a 200,000-character one-word title',
      { 's/a.md': `---\ntitle: ${'x'.repeat(200_000)}\n---\nThe text.\n`, 's/b.md': fine },
      /s\/a\.md:2:8 {2}200,000 characters in a row without a space or line break/,
    ],
    [
      'a 200 KB body with no spaces',
      { 's/a.md': `---\ntitle: Body\n---\nFirst line.\n${'y'.repeat(200_000)}\n`, 's/b.md': fine },
      /s\/a\.md:5:1 {2}200,000 characters in a row/,
    ],
    [
      'a story index with a 200 KB summary word',
      { 's/index.md': `---\ntitle: Index\n---\n${'z.'.repeat(100_000)}\n`, 's/b.md': fine },
      /s\/index\.md:4:1 {2}200,000 characters in a row/,
    ],
  ] as const)(
    '%s: refused at once with its position',
    async (_name, files, message) => {
      const articles = await writeArticles(files);
      const started = performance.now();
      const { code, stderr } = await cli(['--articles', articles, '--out', path.join(await tempDir(), '_site')], { timeout: 60_000 });
      expect(code, stderr).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr).toMatch(/break the text up or remove it/);
      expect(hasStackTrace(stderr)).toBe(false);
      // Start-up included; before the limit, the title alone took minutes.
      expect(performance.now() - started).toBeLessThan(55_000);
    },
    60_000,
  );

  it('builds a title and a body of words just under the limit', async () => {
    const words = (char: string, n: number) => Array.from({ length: n }, () => char.repeat(WORD_LIMIT)).join(' ');
    const articles = await writeArticles({ 's/a.md': `---\ntitle: ${words('x', 5)}\n---\n${words('y', 10)}\n`, 's/b.md': fine });
    const { code, stderr } = await cli(['--articles', articles, '--out', path.join(await tempDir(), '_site')]);
    expect(code, stderr).toBe(0);
  }, 120_000);
});
