import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';

export const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

let shared: nunjucks.Environment | undefined;

/** The template engine: nunjucks with escaping on by default, so article text can never become markup. */
export function templateEnvironment(): nunjucks.Environment {
  shared ??= new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir, { noCache: false }), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  return shared;
}

/** Forget compiled templates (the dev server calls this when a template changes). */
export function resetTemplates(): void {
  shared = undefined;
}
