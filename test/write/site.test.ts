import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { SiteWriter, writeSite } from '../../src/write/site.js';
import { tempDir } from '../helpers.js';
import { SITE_MARKER } from '../../src/site-folder.js';

describe('writeSite', () => {
  it('writes every file, creating folders', async () => {
    const out = path.join(await tempDir(), '_site');
    await writeSite(
      new Map([
        ['index.html', 'home'],
        ['story/articles/a.html', 'a'],
      ]),
      out,
    );
    expect(await readFile(path.join(out, 'story/articles/a.html'), 'utf8')).toBe('a');
  });

  it('replaces the previous site as a whole, leaving no stale files and no staging folders', async () => {
    const parent = await tempDir();
    const out = path.join(parent, '_site');
    await writeSite(new Map([['old.html', 'old']]), out);
    await writeSite(new Map([['new.html', 'new']]), out);
    expect(await readdir(out)).toEqual([SITE_MARKER, 'new.html']);
    expect(await readdir(parent)).toEqual(['_site']);
  });

  it('refuses a file name that would land outside the output folder and keeps the previous site', async () => {
    const out = path.join(await tempDir(), '_site');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'previous');
    for (const name of ['../escape.html', '/etc/passwd', 'a/../../escape.html']) {
      await expect(
        writeSite(
          new Map([
            ['ok.html', 'x'],
            [name, 'bad'],
          ]),
          out,
        ),
      ).rejects.toBeInstanceOf(BuildError);
    }
    expect(await readdir(out)).toEqual(['index.html']);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(await readdir(path.dirname(out))).toEqual(['_site']);
  });
});

describe('SiteWriter', () => {
  const manifestOf = (writer: SiteWriter) => ({ format: 1, stories: {}, files: writer.files });

  it('hard-links files whose content the previous site already holds, and writes the others', async () => {
    const out = path.join(await tempDir(), '_site');
    const first = await SiteWriter.open(out);
    await first.put('same.html', 'unchanged');
    await first.put('changed.html', 'before');
    await first.commit();
    const same = await stat(path.join(out, 'same.html'));
    const changed = await stat(path.join(out, 'changed.html'));

    const second = await SiteWriter.open(out, manifestOf(first));
    await second.put('same.html', 'unchanged');
    await second.put('changed.html', 'after!');
    await second.put('new.html', 'new');
    await second.commit();
    expect(second.counters).toEqual({ written: 2, linked: 1 });
    expect((await stat(path.join(out, 'same.html'))).ino).toBe(same.ino);
    expect((await stat(path.join(out, 'changed.html'))).ino).not.toBe(changed.ino);
    expect(await readFile(path.join(out, 'changed.html'), 'utf8')).toBe('after!');
    expect((await readdir(out)).sort()).toEqual([SITE_MARKER, 'changed.html', 'new.html', 'same.html']);
  });

  it('never writes through a link: the previous site is untouched until the swap, and after an abort', async () => {
    const out = path.join(await tempDir(), '_site');
    const first = await SiteWriter.open(out);
    await first.put('page.html', 'previous');
    await first.commit();
    const second = await SiteWriter.open(out, manifestOf(first));
    expect(second.takeOver(['page.html'])).toBe(true);
    second.put('page.html', 'next');
    expect(await readFile(path.join(out, 'page.html'), 'utf8')).toBe('previous');
    await second.abort();
    expect(await readFile(path.join(out, 'page.html'), 'utf8')).toBe('previous');
    expect(await readdir(path.dirname(out))).toEqual(['_site']);
  });

  it('does not take over a file that was changed by hand since it was written', async () => {
    const out = path.join(await tempDir(), '_site');
    const first = await SiteWriter.open(out);
    await first.put('page.html', 'built');
    await first.commit();
    await writeFile(path.join(out, 'page.html'), 'edited');
    const second = await SiteWriter.open(out, manifestOf(first));
    expect(second.takeOver(['page.html'])).toBe(false);
    await second.put('page.html', 'built');
    await second.commit();
    expect(second.counters).toEqual({ written: 1, linked: 0 });
    expect(await readFile(path.join(out, 'page.html'), 'utf8')).toBe('built');
  });

  it("takes a story's files over all or none: one file touched by hand, and none of them is linked", async () => {
    const out = path.join(await tempDir(), '_site');
    const first = SiteWriter.open(out);
    for (const name of ['story/index.html', 'story/compare.html', 'story/quotes.html']) first.put(name, `built ${name}`);
    first.commit();
    await writeFile(path.join(out, 'story/compare.html'), 'edited');
    const second = SiteWriter.open(out, manifestOf(first));
    expect(second.takeOver(['story/index.html', 'story/compare.html', 'story/quotes.html'])).toBe(false);
    expect(second.counters).toEqual({ written: 0, linked: 0 });
    expect(second.files).toEqual({});
    expect(await readdir(path.join(second.staging, 'story')).catch(() => [])).toEqual([]);
    second.abort();
  });

  it("takes over files deleted from the manifest's folder as missing, not as an error", async () => {
    const out = path.join(await tempDir(), '_site');
    const first = SiteWriter.open(out);
    first.put('a.html', 'a');
    first.commit();
    await rm(path.join(out, 'a.html'));
    const second = SiteWriter.open(out, manifestOf(first));
    expect(second.takeOver(['a.html'])).toBe(false);
    second.abort();
  });
});
