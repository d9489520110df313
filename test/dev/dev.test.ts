// The dev server: serves the built site from memory with the reload script injected, rebuilds on demand
// and tells open pages to reload over server-sent events.
import { afterEach, describe, expect, it } from 'vitest';
import {
  EVENTS_PATH,
  OVERLAY_STYLE_PATH,
  RELOAD_SCRIPT_PATH,
  injectReload,
  resolveRequest,
  startDevServer,
  type DevServer,
} from '../../src/dev.js';
import type { SiteFiles } from '../../src/types.js';

const page = (title: string) =>
  `<!doctype html>\n<html lang="en"><head><title>${title}</title></head><body><p>${title}</p></body></html>\n`;

describe('injectReload', () => {
  it('adds the reload script just before </body>, from the dev template', () => {
    const html = injectReload(page('x'));
    expect(html).toMatch(/<script src="\/__dev\/reload.js" defer><\/script>\s*<\/body>/);
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe('resolveRequest', () => {
  const files: SiteFiles = new Map([
    ['index.html', 'home'],
    ['story/index.html', 'story'],
    ['story/compare.html', 'compare'],
  ]);
  it('maps folders to their index and redirects a folder without its slash', () => {
    expect(resolveRequest(files, '/')).toEqual({ file: 'index.html' });
    expect(resolveRequest(files, '/story/')).toEqual({ file: 'story/index.html' });
    expect(resolveRequest(files, '/story/compare.html')).toEqual({ file: 'story/compare.html' });
    expect(resolveRequest(files, '/story')).toEqual({ redirect: '/story/' });
    expect(resolveRequest(files, '/nope.html')).toEqual({});
    expect(resolveRequest(files, '/%E0%A4%A')).toEqual({});
  });
});

describe('startDevServer', () => {
  let server: DevServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the build with the reload script, 404.html for missing pages, and reloads after a rebuild', async () => {
    let version = 1;
    let fail = false;
    const build = async (): Promise<SiteFiles> => {
      if (fail) throw new Error('broken article');
      return new Map<string, string | Uint8Array>([
        ['index.html', page(`v${version}`)],
        ['404.html', page('missing')],
        ['assets/site.js', new TextEncoder().encode('// js')],
      ]);
    };
    const logged: string[] = [];
    server = await startDevServer({ build, port: 0, log: (m) => logged.push(m) });

    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('<p>v1</p>');
    expect(html).toContain(RELOAD_SCRIPT_PATH);
    const script = await fetch(new URL(RELOAD_SCRIPT_PATH, server.url));
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('EventSource');
    const asset = await fetch(new URL('assets/site.js', server.url));
    expect(await asset.text()).toBe('// js');
    const missing = await fetch(new URL('no/such/page.html', server.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<p>missing</p>');

    // Listen for events as a page would.
    const controller = new AbortController();
    const events = await fetch(new URL(EVENTS_PATH, server.url), { signal: controller.signal });
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const reader = events.body!.getReader();
    const decoder = new TextDecoder();
    const next = async (pattern: RegExp): Promise<string> => {
      let text = '';
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
      return text;
    };
    await next(/connected/);
    expect(server.clients()).toBe(1);

    version = 2;
    expect(await server.rebuild()).toBe(true);
    expect(await next(/event: reload/)).toContain('event: reload');
    expect(await (await fetch(server.url)).text()).toContain('<p>v2</p>');

    fail = true;
    expect(await server.rebuild()).toBe(false);
    expect(await next(/event: build-error/)).toContain('broken article');
    expect(await (await fetch(server.url)).text()).toContain('<p>v2</p>'); // the last good build
    expect(logged.join('\n')).toContain('build failed');
    controller.abort();
  });

  it('when the first build fails, serves a page that shows the error, and tells each new page of the failure at once', async () => {
    server = await startDevServer({
      build: async () => {
        throw new Error('broken from the start');
      },
      port: 0,
      log: () => undefined,
    });
    const home = await fetch(server.url);
    expect(home.status).toBe(500);
    expect(await home.text()).toContain(RELOAD_SCRIPT_PATH);
    const controller = new AbortController();
    const events = await fetch(new URL(EVENTS_PATH, server.url), { signal: controller.signal });
    const reader = events.body!.getReader();
    let text = '';
    while (!/event: build-error/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('data: Error: broken from the start');
    const style = await fetch(new URL(OVERLAY_STYLE_PATH, server.url));
    expect(style.headers.get('content-type')).toContain('text/css');
    controller.abort();
  });
});
