// The page templates (templates/*.njk beside src/): read here, as every file the build reads; render compiles
// them once per thread (src/render/environment.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import type { TemplateSources } from '../types.js';

export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

/** Every file of the templates folder by its path inside it (forward slashes), sorted. */
export function readTemplates(dir: string = TEMPLATES_DIR): TemplateSources {
  const names = fg.sync('**/*', { cwd: dir, onlyFiles: true, dot: false }).sort();
  return Object.fromEntries(names.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}
