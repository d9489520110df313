import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { storyKey } from '../../src/cache/index.js';
import { loadCodeVersion } from '../../src/load/cache.js';
import { articlesFolder, source, tempDir } from '../helpers.js';
import { SITE_MARKER } from '../../src/site-folder.js';

const article = (title: string, body: string) => `---\ntitle: ${title}\n---\n${body}\n`;
const stories = {
  'alpha/a.md': article('Alpha A', 'Kerry met Lavrov in Moscow on Tuesday. “We want real progress,” Kerry said.'),
  'alpha/b.md': article('Alpha B', 'Kerry met Lavrov in Moscow. He said he wanted “real progress” on Syria.'),
  'beta/a.md': article('Beta A', 'The ministers talked about Ukraine. Sanctions stay, the US said.'),
  'beta/b.md': article('Beta B', 'Ministers discussed Ukraine on Tuesday. The sanctions will stay.'),
  'gamma/a.md': article('Gamma A', 'A summit is planned for Friday in New York.'),
};

/** Every file of the site → its inode and modification time. */
async function inodes(dir: string): Promise<Map<string, string>> {
  const names = (await fg('**/*', { cwd: dir, dot: true, ignore: [SITE_MARKER] })).sort();
  return new Map(
    await Promise.all(
      names.map(async (name) => {
        const s = await stat(path.join(dir, name));
        return [name, `${s.ino}:${s.mtimeMs}`] as [string, string];
      }),
    ),
  );
}

async function setup() {
  const articles = await articlesFolder(stories);
  const parent = await tempDir();
  return { articles, out: path.join(parent, '_site'), cacheDir: path.join(parent, '.cache') };
}

describe('the incremental build', () => {
  it('rebuilds nothing when nothing changed: every file is taken over (same inode), none written', async () => {
    const { articles, out, cacheDir } = await setup();
    const first = await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    expect(first.built).toEqual(['alpha', 'beta', 'gamma']);
    expect(first.reused).toEqual([]);
    const before = await inodes(out);

    const second = await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    expect(second.built).toEqual([]);
    expect(second.reused).toEqual(['alpha', 'beta', 'gamma']);
    expect(second.counters.written).toBe(0);
    expect(second.counters.linked).toBe(before.size - 0);
    expect(second.timer.durations.get('align')).toBe(0);
    expect(await inodes(out)).toEqual(before);
  });

  it('a story’s corrections.yml is part of its key, and a story taken over still reports its warnings', async () => {
    const { articles, out, cacheDir } = await setup();
    await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    await writeFile(path.join(articles, 'beta/corrections.yml'), 'corrections:\n  - unlink: "a: A sentence that is gone"\n');
    const corrected = await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    expect(corrected.built).toEqual(['beta']);
    const stale = corrected.warnings.map((w) => `${path.basename(w.path)}:${w.line}`);
    expect(stale).toEqual(['corrections.yml:2']);
    const again = await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    expect(again.built).toEqual([]);
    expect(again.warnings).toEqual(corrected.warnings);
  });

  it('after one article changes, re-aligns only its story and rewrites only the files that changed', async () => {
    const { articles, out, cacheDir } = await setup();
    await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    const before = await inodes(out);
    await writeFile(
      path.join(articles, 'beta/b.md'),
      article('Beta B', 'Ministers discussed Ukraine and Crimea on Tuesday. The sanctions will stay.'),
    );

    const again = await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    expect(again.built).toEqual(['beta']);
    expect(again.reused).toEqual(['alpha', 'gamma']);
    const after = await inodes(out);
    for (const [name, id] of after) {
      if (name.startsWith('alpha/') || name.startsWith('gamma/') || name.startsWith('assets/')) expect(id, name).toBe(before.get(name));
    }
    expect(after.get('beta/articles/b.html')).not.toBe(before.get('beta/articles/b.html'));
    expect(await readFile(path.join(out, 'beta/articles/b.html'), 'utf8')).toContain('Crimea');
    // Files of the rebuilt story whose bytes did not change are not rewritten either.
    expect(after.get('beta/alignment.schema.json')).toBe(before.get('beta/alignment.schema.json'));
    expect(again.counters.written).toBeGreaterThan(0);
    expect(again.counters.written).toBeLessThan(after.size / 2);
  });

  it('gives the same bytes as a build without the cache', async () => {
    const { articles, out, cacheDir } = await setup();
    await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    await writeFile(path.join(articles, 'gamma/a.md'), article('Gamma A', 'A summit is planned for Saturday in New York.'));
    await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    const fresh = path.join(await tempDir(), '_site');
    await build({ articlesDir: articles, outDir: fresh, cacheDir: false, workers: 0 });
    const names = (await fg('**/*', { cwd: fresh, dot: true })).sort();
    expect((await fg('**/*', { cwd: out, dot: true })).sort()).toEqual(names);
    for (const name of names)
      expect((await readFile(path.join(out, name))).equals(await readFile(path.join(fresh, name))), name).toBe(true);
  });

  it('rebuilds everything when the generator changes (another code version)', async () => {
    const { articles, out, cacheDir } = await setup();
    await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    const again = await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v2', workers: 0 });
    expect(again.built).toEqual(['alpha', 'beta', 'gamma']);
    expect(again.reused).toEqual([]);
  });

  it('rebuilds a story whose pages were edited or deleted in the output folder since', async () => {
    const { articles, out, cacheDir } = await setup();
    await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    const page = path.join(out, 'alpha/articles/a.html');
    const original = await readFile(page, 'utf8');
    await writeFile(page, 'edited by hand');
    const again = await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    expect(again.built).toEqual(['alpha']);
    expect(await readFile(page, 'utf8')).toBe(original);
  });

  it('keeps the previous site and its cache when a build fails', async () => {
    const { articles, out, cacheDir } = await setup();
    await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    const before = await inodes(out);
    await writeFile(path.join(articles, 'beta/c.md'), '---\ntitle: [broken\n---\nText.\n');
    await expect(build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 })).rejects.toThrow(/YAML/);
    expect(await inodes(out)).toEqual(before);
    await writeFile(path.join(articles, 'beta/c.md'), article('Beta C', 'Fixed.'));
    const again = await build({ articlesDir: articles, outDir: out, cacheDir, codeVersion: 'v1', workers: 0 });
    expect(again.built).toEqual(['beta']);
  });
});

describe('cache keys', () => {
  it('change with any byte or path of the story, the code version and the base address', () => {
    const story = { id: 's', articles: [source('---\ntitle: A\n---\nText.\n', 'articles/s/a.md')] };
    const key = storyKey('v1', undefined, story);
    expect(storyKey('v1', undefined, { id: 's', articles: [source('---\ntitle: A\n---\nText.\n', 'articles/s/a.md')] })).toBe(key);
    expect(storyKey('v2', undefined, story)).not.toBe(key);
    expect(storyKey('v1', 'https://example.org/', story)).not.toBe(key);
    expect(storyKey('v1', undefined, { id: 's', articles: [source('---\ntitle: A\n---\nText!\n', 'articles/s/a.md')] })).not.toBe(key);
    expect(storyKey('v1', undefined, { id: 's', articles: [source('---\ntitle: A\n---\nText.\n', 'articles/s/b.md')] })).not.toBe(key);
    expect(storyKey('v1', undefined, { ...story, index: source('---\ntitle: S\n---\n', 'articles/s/index.md') })).not.toBe(key);
  });

  it('the code version changes with the code and the templates', async () => {
    const root = await articlesFolder({
      'src/a.ts': 'export const a = 1;\n',
      'templates/page.njk': '<p>{{ x }}</p>\n',
      'package-lock.json': '{}',
    });
    const version = await loadCodeVersion(root);
    expect(await loadCodeVersion(root)).toBe(version);
    await writeFile(path.join(root, 'templates/page.njk'), '<p>{{ y }}</p>\n');
    const changed = await loadCodeVersion(root);
    expect(changed).not.toBe(version);
    await writeFile(path.join(root, 'src/a.ts'), 'export const a = 2;\n');
    expect(await loadCodeVersion(root)).not.toBe(changed);
  });
});
