import nunjucks from 'nunjucks';
import type { PageTemplates, TemplateSources } from '../types.js';
import { compileTemplate } from './compile.js';

/**
 * The page templates: nunjucks over the sources load read, with escaping on by default, so article text
 * can never become markup. Made once per thread; nunjucks keeps each template compiled after first use.
 */
export function pageTemplates(sources: TemplateSources): PageTemplates {
  const env = new nunjucks.Environment(
    templateLoader(sources, () => env),
    {
      autoescape: true,
      throwOnUndefined: false,
      trimBlocks: true,
      lstripBlocks: true,
    },
  );
  return env;
}

/** A nunjucks loader (its documented `getSource`) over templates already in memory, handing over compiled code. */
function templateLoader(sources: TemplateSources, env: () => nunjucks.Environment): nunjucks.ILoader {
  return {
    getSource(name: string): nunjucks.LoaderSource {
      const src = Object.hasOwn(sources, name) ? sources[name] : undefined;
      if (src === undefined) throw new Error(`template not found: ${name} (templates/ has ${Object.keys(sources).join(', ')})`);
      try {
        return {
          src: { type: 'code', obj: compileTemplate(src, name, env()) },
          path: name,
          noCache: false,
        } as unknown as nunjucks.LoaderSource;
      } catch {
        // A template that does not compile: nunjucks compiles it itself and reports the error as it always does.
        return { src, path: name, noCache: false };
      }
    },
  };
}
