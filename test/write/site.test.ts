import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { writeSite } from '../../src/write/site.js';
import { tempDir } from '../helpers.js';

describe('writeSite', () => {
  it('writes every file, creating folders', async () => {
    const out = path.join(await tempDir(), '_site');
    await writeSite(new Map([['index.html', 'home'], ['story/articles/a.html', 'a']]), out);
    expect(await readFile(path.join(out, 'story/articles/a.html'), 'utf8')).toBe('a');
  });

  it('replaces the previous site as a whole, leaving no stale files and no staging folders', async () => {
    const parent = await tempDir();
    const out = path.join(parent, '_site');
    await writeSite(new Map([['old.html', 'old']]), out);
    await writeSite(new Map([['new.html', 'new']]), out);
    expect(await readdir(out)).toEqual(['new.html']);
    expect(await readdir(parent)).toEqual(['_site']);
  });

  it('refuses a file name that would land outside the output folder and keeps the previous site', async () => {
    const out = path.join(await tempDir(), '_site');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'previous');
    for (const name of ['../escape.html', '/etc/passwd', 'a/../../escape.html']) {
      await expect(writeSite(new Map([['ok.html', 'x'], [name, 'bad']]), out)).rejects.toBeInstanceOf(BuildError);
    }
    expect(await readdir(out)).toEqual(['index.html']);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(await readdir(path.dirname(out))).toEqual(['_site']);
  });
});
