// A cache that cannot be used is ignored with a warning naming it: never an internal error, never a
// message that blames the articles, and never a reason to touch anything outside the site.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, hasStackTrace, snapshot, tempDir, writeArticles } from './helpers.js';

const article = (title: string) => `---\ntitle: ${JSON.stringify(title)}\n---\nThe minister said the talks would continue.\n`;

describe('caches that cannot be used', () => {
  it.concurrent('--cache naming a file: the site is built, the file untouched, a warning names it', async () => {
    const parent = await tempDir();
    const cacheFile = path.join(parent, 'cache.txt');
    await writeFile(cacheFile, 'my file');
    const articles = await writeArticles({ 's/a.md': article('One') });
    for (let build = 0; build < 2; build++) {
      const { code, stdout, stderr } = await cli(['--articles', articles, '--out', path.join(parent, '_site'), '--cache', cacheFile]);
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(/^Built 1 story/m);
      expect(stderr).toMatch(/cache\.txt.*warning: the cache could not be (used \(the cache is not a folder\)|saved \(.*\))/);
      expect(stderr).not.toMatch(/Internal error|left as it was/);
      expect(hasStackTrace(stderr)).toBe(false);
    }
    expect(await readFile(cacheFile, 'utf8')).toBe('my file');
    expect((await readdir(parent)).sort()).toEqual(['_site', 'cache.txt']);
  }, 120_000);

  it.concurrent.each([
    [
      'names a file outside the site',
      (m: Manifest): void => void (m.files['../../outside.html'] = m.files['index.html']),
      /names a file outside the site \(“\.\.\/\.\.\/outside\.html”\)/,
    ],
    [
      'has a story whose files point outside the site',
      (m: Manifest): void => {
        for (const story of Object.values(m.stories)) story.files.push('/etc/passwd');
      },
      /names a file it does not describe \(“\/etc\/passwd”\)/,
    ],
    ['is not JSON', null, /is not valid JSON/],
  ] as const)(
    'a manifest that %s: ignored with a warning, every story built again',
    async (_name, edit, problem) => {
      const parent = await tempDir();
      const out = path.join(parent, 'site', '_site');
      const cache = path.join(parent, 'cache');
      const articles = await writeArticles({ 's/a.md': article('One'), 's/b.md': article('Two') });
      expect((await cli(['--articles', articles, '--out', out, '--cache', cache])).code).toBe(0);
      const sites = path.join(cache, 'sites');
      const manifestFile = path.join(sites, (await readdir(sites)).find((name) => name.endsWith('.json'))!);
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
      if (edit) edit(manifest);
      await writeFile(manifestFile, edit ? JSON.stringify(manifest) : '{"format": 1, "stor');
      const outside = await snapshot(parent).then((files) =>
        Object.keys(files).filter((file) => !file.startsWith('site/') && !file.startsWith('cache/')),
      );
      const { code, stdout, stderr } = await cli(['--articles', articles, '--out', out, '--cache', cache]);
      expect(code, stderr).toBe(0);
      expect(stderr).toContain(manifestFile);
      expect(stderr).toMatch(problem);
      expect(stderr).toMatch(/and was ignored; every story is built again/);
      expect(stdout).toMatch(/^Built 1 story/m);
      expect(Object.keys(await snapshot(parent)).filter((file) => !file.startsWith('site/') && !file.startsWith('cache/'))).toEqual(
        outside,
      );
      // The manifest written now is sound again: the next build takes the story over, quietly.
      const next = await cli(['--articles', articles, '--out', out, '--cache', cache]);
      expect(next.stderr).not.toMatch(/warning/);
      expect(next.stdout).toMatch(/0 stories built, 1 unchanged/);
    },
    120_000,
  );
});

describe('--workers', () => {
  it('is lowered to what the machine can run, with a note, and the build succeeds', async () => {
    const articles = await writeArticles({ 's/a.md': article('One'), 't/a.md': article('Two') });
    const { code, stderr } = await cli(['--articles', articles, '--out', path.join(await tempDir(), '_site'), '--workers', '64']);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/^note: --workers 64 lowered to \d+: (this machine has \d+ cores?|each worker needs about)/m);
  }, 120_000);
});

interface Manifest {
  files: Record<string, unknown>;
  stories: Record<string, { files: string[] }>;
}
