import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/load/cache.js';
import { MANIFEST_FORMAT, manifestPath } from '../../src/manifest.js';
import { writeManifest } from '../../src/write/cache.js';
import { tempDir } from '../helpers.js';

const manifest = { format: MANIFEST_FORMAT, stories: {}, files: {} };

describe('writeManifest', () => {
  it('saves a manifest that loadManifest reads back for the same output folder', async () => {
    const dir = await tempDir();
    const cache = path.join(dir, '.cache');
    const out = path.join(dir, '_site');
    await mkdir(out);
    await writeManifest(cache, out, manifest);
    expect(await loadManifest(cache, out)).toEqual({ manifest });
  });

  it('drops the manifests of output folders that no longer exist, and keeps the others', async () => {
    const dir = await tempDir();
    const cache = path.join(dir, '.cache');
    const [kept, gone, current] = ['kept', 'gone', 'current'].map((name) => path.join(dir, name));
    for (const out of [kept, gone, current]) await mkdir(out);
    await writeManifest(cache, kept, manifest);
    await writeManifest(cache, gone, manifest);
    await rm(gone, { recursive: true });
    await writeManifest(cache, current, manifest);
    expect(existsSync(manifestPath(cache, kept))).toBe(true);
    expect(existsSync(manifestPath(cache, current))).toBe(true);
    expect(existsSync(manifestPath(cache, gone))).toBe(false);
    expect((await readdir(path.join(cache, 'sites'))).sort()).toHaveLength(4); // two manifests, each with its .dir
  });
});
