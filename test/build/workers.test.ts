import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { BuildError } from '../../src/errors.js';
import { articlesFolder, tempDir } from '../helpers.js';
import { SITE_MARKER } from '../../src/site-folder.js';

const SEED = path.resolve('articles/kerry-lavrov-moscow-talks');

/** Eight stories of two or three seed articles each, in different combinations. */
async function manyStories(): Promise<string> {
  const names = (await fg('*.md', { cwd: SEED })).filter((name) => name !== 'index.md').sort();
  const files: Record<string, string> = {};
  for (let s = 0; s < 8; s++) {
    for (let a = 0; a < 2 + (s % 2); a++) {
      const name = names[(s + a) % names.length];
      files[`story-${s}/${name}`] = await readFile(path.join(SEED, name), 'utf8');
    }
  }
  return articlesFolder(files);
}

async function site(dir: string): Promise<Map<string, Buffer>> {
  const names = (await fg('**/*', { cwd: dir, dot: true, ignore: [SITE_MARKER] })).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name))] as [string, Buffer])));
}

describe('worker threads', () => {
  it('give byte-identical output to a build on the main thread', async () => {
    const articles = await manyStories();
    const single = path.join(await tempDir(), '_site');
    const threaded = path.join(await tempDir(), '_site');
    const one = await build({ articlesDir: articles, outDir: single, cacheDir: false, workers: 0 });
    const two = await build({ articlesDir: articles, outDir: threaded, cacheDir: false, workers: 2 });
    expect(one.workers).toBe(0);
    expect(two.workers).toBe(2);
    expect(two.built).toEqual(one.built);
    const a = await site(single);
    const b = await site(threaded);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  }, 120_000);

  it('report the error of the first bad story, whichever thread finished first', async () => {
    const articles = await articlesFolder({
      'a/x.md': '---\ntitle: A\n---\nFine.\n',
      'b/x.md': '---\ntitle: [b\n---\nBroken.\n',
      'c/x.md': '---\ntitle: [c\n---\nBroken too.\n',
      'd/x.md': '---\ntitle: D\n---\nFine.\n',
    });
    const out = path.join(await tempDir(), '_site');
    const error = await build({ articlesDir: articles, outDir: out, cacheDir: false, workers: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).format()).toMatch(/\/b\/x\.md:\d+:\d+ {2}the front matter is not valid YAML/);
  }, 60_000);

  it('with the site written on a thread of its own, give the same bytes, and take a rebuilt site over from the cache', async () => {
    const articles = await manyStories();
    const inline = path.join(await tempDir(), '_site');
    const dir = await tempDir();
    const threaded = path.join(dir, '_site');
    await build({ articlesDir: articles, outDir: inline, cacheDir: false, writerThread: false });
    const first = await build({ articlesDir: articles, outDir: threaded, cacheDir: path.join(dir, '.cache'), writerThread: true });
    const a = await site(inline);
    const b = await site(threaded);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
    expect(first.counters.written).toBe(a.size);
    const second = await build({ articlesDir: articles, outDir: threaded, cacheDir: path.join(dir, '.cache'), writerThread: true });
    expect(second.built).toEqual([]);
    expect(second.counters).toEqual({ written: 0, linked: a.size });
  }, 120_000);
});
