import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { SiteFiles } from '../types.js';
import { byCodePoint } from './stories.js';

/** Every file of public/, to be copied to the site as it is. */
export async function loadAssets(publicDir: string): Promise<SiteFiles> {
  const names = (await fg('**/*', { cwd: publicDir, onlyFiles: true, dot: true })).sort(byCodePoint);
  const assets: SiteFiles = new Map();
  for (const name of names) assets.set(name, new Uint8Array(await readFile(path.join(publicDir, name))));
  return assets;
}
