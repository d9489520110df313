import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { compileTemplate } from './compile.js';

export const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

let shared: nunjucks.Environment | undefined;

/** The template engine: nunjucks with escaping on by default, so article text can never become markup. */
export function templateEnvironment(): nunjucks.Environment {
  shared ??= createTemplateEnvironment(templatesDir);
  return shared;
}

/** Forget compiled templates (the dev server calls this when a template changes). */
export function resetTemplates(): void {
  shared = undefined;
}

/** An environment for the templates in `dir`, compiled by compileTemplate (see there for why). */
export function createTemplateEnvironment(dir: string): nunjucks.Environment {
  const loader = new CompilingLoader(dir, { noCache: false });
  const env = new nunjucks.Environment(loader, {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  loader.env = env;
  return env;
}

/** Loads a template from the folder and hands nunjucks its compiled code instead of its text. */
class CompilingLoader extends nunjucks.FileSystemLoader {
  env?: nunjucks.Environment;

  getSource(name: string): nunjucks.LoaderSource {
    const found = super.getSource(name);
    if (!found || !this.env || typeof found.src !== 'string') return found;
    try {
      return { ...found, src: { type: 'code', obj: compileTemplate(found.src, found.path, this.env) } } as unknown as nunjucks.LoaderSource;
    } catch {
      // A template that does not compile: nunjucks compiles it itself and reports the error as it always does.
      return found;
    }
  }
}
