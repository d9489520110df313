import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { SiteWriter } from '../../src/write/site.js';
import { WriterThread } from '../../src/write/thread.js';
import { tempDir } from '../helpers.js';

const pages: Array<[string, string | Uint8Array, undefined]> = [
  ['index.html', 'home', undefined],
  ['story/index.html', 'story', undefined],
  ['story/articles/a.html', new TextEncoder().encode('article a'), undefined],
];

describe('the writer thread', () => {
  it('writes the same files, and the same manifest, as the writer on the build thread', async () => {
    const here = path.join(await tempDir(), '_site');
    const there = path.join(await tempDir(), '_site');
    const inline = SiteWriter.open(here);
    for (const [name, content] of pages) inline.put(name, content);
    inline.commit();
    const thread = new WriterThread(there);
    await thread.put(pages);
    const written = await thread.commit();
    for (const [name] of pages) expect(await readFile(path.join(there, name))).toEqual(await readFile(path.join(here, name)));
    expect(Object.keys(written.files).sort()).toEqual(Object.keys(inline.files).sort());
    expect(written.files['index.html'].sha).toBe(inline.files['index.html'].sha);
    expect(written.counters).toEqual({ written: 3, linked: 0 });
    expect(await readdir(path.dirname(there))).toEqual(['_site']);
  });

  it('takes a story over from the previous site all or none', async () => {
    const out = path.join(await tempDir(), '_site');
    const first = new WriterThread(out);
    await first.put(pages);
    const previous = { format: 1, stories: {}, files: (await first.commit()).files };
    const inode = (await stat(path.join(out, 'story/index.html'))).ino;
    await writeFile(path.join(out, 'index.html'), 'edited by hand');

    const second = new WriterThread(out, previous);
    expect(await second.takeOver(['story/index.html', 'story/articles/a.html'])).toBe(true);
    expect(await second.takeOver(['index.html'])).toBe(false);
    await second.put([['index.html', 'home', undefined]]);
    const written = await second.commit();
    expect(written.counters).toEqual({ written: 1, linked: 2 });
    expect((await stat(path.join(out, 'story/index.html'))).ino).toBe(inode);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('home');
  });

  it('refuses a name outside the site before queueing anything', async () => {
    const out = path.join(await tempDir(), '_site');
    const thread = new WriterThread(out);
    await expect(thread.put([['../escape.html', 'x', undefined]])).rejects.toBeInstanceOf(BuildError);
    await thread.abort();
    expect(existsSync(path.join(path.dirname(out), 'escape.html'))).toBe(false);
  });

  it('reports a failed write as a BuildError at the swap, and leaves the previous site as it was', async () => {
    const out = path.join(await tempDir(), '_site');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'previous');
    const thread = new WriterThread(out);
    await thread.put([['page', 'a file', undefined]]);
    await thread.put([['page/inside.html', 'cannot go under a file', undefined]]).catch(() => undefined);
    const failure = await thread.commit().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BuildError);
    expect((failure as BuildError).code).toBe('write-failed');
    await thread.abort();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(await readdir(path.dirname(out))).toEqual(['_site']);
  });
});
