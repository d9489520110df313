import type { AlignedStory, SiteFiles } from '../types.js';
import { templateEnvironment } from './environment.js';

export interface RenderOptions {
  /** Public address of the site, for canonical links only. */
  base?: string;
}

/** Every page of the site, in memory. Links are relative so the site works under any path and from disk. */
export function renderSite(stories: AlignedStory[], options: RenderOptions = {}): SiteFiles {
  const env = templateEnvironment();
  const files: SiteFiles = new Map();
  const page = (file: string, template: string, context: Record<string, unknown>): void => {
    const depth = file.split('/').length - 1;
    const root = depth === 0 ? './' : '../'.repeat(depth);
    const canonical = options.base ? new URL(file.replace(/(^|\/)index\.html$/, '$1'), withSlash(options.base)).href : undefined;
    files.set(file, env.render(template, { ...context, root, canonical }));
  };

  page('index.html', 'home.njk', { stories: stories.map(({ story }) => story) });
  page('404.html', '404.njk', {});
  files.set('.nojekyll', '');
  for (const { story, analysis, alignment } of stories) {
    page(`${story.id}/index.html`, 'story.njk', { story, alignment });
    for (const article of story.articles) {
      page(`${story.id}/articles/${article.id}.html`, 'article.njk', { story, article, analysis, alignment });
    }
    files.set(`${story.id}/alignment.json`, `${JSON.stringify(alignment, null, 2)}\n`);
  }
  return files;
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
