// `npm run dev -- [--articles DIR] [--out DIR] [--port N] [--host H]`
//
// Builds the site, writes it to the output folder, serves it on http://127.0.0.1:8080/, rebuilds when an
// article, template or asset changes and reloads open pages through server-sent events. The reload
// script is added to pages as they are served (templates/dev/), never to the built files.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import chokidar, { type FSWatcher } from 'chokidar';
import { acceptedUrl, neverThrows, ownHosts } from './dev/requests.js';
import { BuildError, formatWarning, printable } from './errors.js';
import { outputTarget } from './load/output.js';
import { TEMPLATES_DIR, readTemplates } from './load/templates.js';
import { pageTemplates } from './render/environment.js';
import { formatMs } from './timers.js';
import type { SiteFiles, TemplateSources, WordVectors } from './types.js';

export const RELOAD_SCRIPT_PATH = '/__dev/reload.js';
export const OVERLAY_STYLE_PATH = '/__dev/overlay.css';
export const EVENTS_PATH = '/__dev/events';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const FAILED_FIRST_BUILD =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Build failed</title></head><body><main><h1>The site has not been built yet</h1></main></body></html>\n';

/** The page with the dev reload tag (rendered from templates/dev/reload-tag.njk) just before </body>. */
export function injectReload(html: string, tag = reloadTag()): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + tag : html.slice(0, at) + tag + html.slice(at);
}

function reloadTag(templates: TemplateSources = readTemplates()): string {
  return pageTemplates(templates).render('dev/reload-tag.njk', {});
}

/** The site file a request path names: "/" → index.html, "/story/" → story/index.html. */
export function resolveRequest(files: SiteFiles, pathname: string): { file?: string; redirect?: string } {
  let name: string;
  try {
    name = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return {};
  }
  if (name === '' || name.endsWith('/')) name += 'index.html';
  if (files.has(name)) return { file: name };
  if (files.has(`${name}/index.html`)) return { redirect: `${pathname}/` };
  return {};
}

/** A server-sent event; each line of the data on a "data:" line of its own. */
function eventText(event: string, data: string): string {
  return `event: ${event}\ndata: ${data.split('\n').join('\ndata: ')}\n\n`;
}

/** What the dev server adds to the site: the page script (reload, error overlay), its style, and the tag that loads it. */
function devClient(templates: TemplateSources = readTemplates()) {
  const files = new Map([
    [RELOAD_SCRIPT_PATH, { content: Buffer.from(templates['dev/reload.js']), type: CONTENT_TYPES['.js'] }],
    [OVERLAY_STYLE_PATH, { content: Buffer.from(templates['dev/overlay.css']), type: CONTENT_TYPES['.css'] }],
  ]);
  return { files, reloadTag: reloadTag(templates) };
}

export interface DevServerOptions {
  /** Build the site; called at start and on every rebuild. A throw keeps the last good site. */
  build: () => Promise<SiteFiles>;
  port?: number;
  host?: string;
  log?: (message: string) => void;
}

export interface DevServer {
  url: string;
  /** Build again and tell the open pages to reload; false if the build failed. */
  rebuild(): Promise<boolean>;
  /** Open event streams (pages listening for reloads). */
  clients(): number;
  close(): Promise<void>;
}

/** What the server holds between requests. */
interface DevState {
  /** The last good build. */
  files: SiteFiles;
  /** The last build's error while it stands: pages opened since are told at once (the overlay shows in a new tab too). */
  failure: string | undefined;
  /** Open event streams (pages listening for reloads). */
  streams: Set<ServerResponse>;
  /** The names this server answers to (known once listening). */
  hosts: Set<string>;
  devClient: ReturnType<typeof devClient>;
}

function sendEvent(state: DevState, event: string, data: string): void {
  for (const stream of state.streams) stream.write(eventText(event, data));
}

/** Build into `state`, keeping the last good site (and telling the open pages) when the build fails. */
async function buildInto(state: DevState, options: DevServerOptions, log: (message: string) => void): Promise<boolean> {
  try {
    state.files = await options.build();
    state.failure = undefined;
    return true;
  } catch (error) {
    const message = error instanceof BuildError ? error.format() : String((error as Error)?.stack ?? error);
    log(`build failed; still serving the last good build\n${message}`);
    state.failure = message;
    sendEvent(state, 'build-error', message);
    return false;
  }
}

/** `buildOnce` one build at a time: a call during a build asks for one more, and all callers get its outcome; pages reload after a good one. */
function serialRebuild(state: DevState, buildOnce: () => Promise<boolean>): () => Promise<boolean> {
  let running: Promise<boolean> | undefined;
  let again = false;
  return async () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let ok: boolean;
      do {
        again = false;
        ok = await buildOnce();
      } while (again);
      if (ok) sendEvent(state, 'reload', String(Date.now()));
      return ok;
    })();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };
}

/** A page listening for reloads: kept open, told at once of a standing build error. */
function openEventStream(state: DevState, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', connection: 'keep-alive' });
  res.write(': connected\n\n');
  if (state.failure !== undefined) res.write(eventText('build-error', state.failure));
  state.streams.add(res);
  req.on('close', () => state.streams.delete(res));
}

/** Answer one request: the event stream, the dev client files, or a file of the last good site (pages with the reload tag). */
function handleRequest(state: DevState, req: IncomingMessage, res: ServerResponse): void {
  const url = acceptedUrl(req, res, state.hosts);
  if (!url) return;
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (url.pathname === EVENTS_PATH) {
    openEventStream(state, req, res, headers);
    return;
  }
  const devFile = state.devClient.files.get(url.pathname);
  if (devFile) {
    res.writeHead(200, { ...headers, 'content-type': devFile.type }).end(devFile.content);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
    return;
  }
  const { files, failure } = state;
  if (files.size === 0 && failure !== undefined) {
    // No good build yet to show under the overlay: an empty page that shows it.
    res
      .writeHead(500, { ...headers, 'content-type': CONTENT_TYPES['.html'] })
      .end(req.method === 'HEAD' ? undefined : injectReload(FAILED_FIRST_BUILD, state.devClient.reloadTag));
    return;
  }
  const { file, redirect } = resolveRequest(files, url.pathname);
  if (redirect) {
    res.writeHead(301, { ...headers, location: redirect + url.search }).end();
    return;
  }
  const name = file ?? (files.has('404.html') ? '404.html' : undefined);
  const type = name ? (CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream') : CONTENT_TYPES['.txt'];
  let body: string | Uint8Array = name ? files.get(name)! : 'Not found';
  if (name?.endsWith('.html'))
    body = injectReload(typeof body === 'string' ? body : new TextDecoder().decode(body), state.devClient.reloadTag);
  res.writeHead(file ? 200 : 404, { ...headers, 'content-type': type });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const log = options.log ?? ((message: string) => console.log(message));
  const state: DevState = { files: new Map(), failure: undefined, streams: new Set(), hosts: new Set(), devClient: devClient() };
  const buildOnce = () => buildInto(state, options, log);
  await buildOnce();
  const server = createServer(neverThrows((req, res) => handleRequest(state, req, res), log));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  state.hosts = ownHosts(options.host ?? '127.0.0.1', address.port);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    rebuild: serialRebuild(state, buildOnce),
    clients: () => state.streams.size,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const stream of state.streams) stream.end();
        state.streams.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Call `onChange` (debounced) when anything under `paths` is added, changed or removed. */
export function watchSources(paths: string[], onChange: (files: string[]) => void, delay = 120): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  let changed = new Set<string>();
  // Links are not followed: the build skips those leading out of the articles, and the watcher must not wander there.
  const watcher = chokidar.watch(paths, { ignoreInitial: true, followSymlinks: false, ignored: /(^|[/\\])\.(?!\.)|node_modules/ });
  watcher.on('all', (_event, file) => {
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed].sort();
      changed = new Set();
      onChange(files);
    }, delay);
  });
  return watcher;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: 'articles' },
      out: { type: 'string', default: '_site' },
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      host: { type: 'string', default: '127.0.0.1' },
    },
    strict: true,
  });
  const articlesDir = values.articles;
  // The same output-folder contract as the build, before the server starts (src/load/output.ts).
  outputTarget({ outDir: values.out, articlesDir, cacheDir: '.cache' });
  // Loaded here, not at the top, so the server's parts can be used (and tested) without the pipeline.
  const { build: buildAndWrite, publicDir, storyVectors } = await import('./build.js');
  // Read once for the whole session, not for every rebuild.
  let vectors: WordVectors | undefined;
  const build = async (): Promise<SiteFiles> => {
    const started = performance.now();
    vectors ??= storyVectors();
    // Incremental: only stories whose articles changed are built again (cache in .cache/).
    const result = await buildAndWrite({ articlesDir, outDir: values.out, keepFiles: true, vectors });
    for (const warning of result.warnings) console.warn(formatWarning(warning));
    console.log(
      `built ${result.stories.length} stor${result.stories.length === 1 ? 'y' : 'ies'} into ${values.out}/ in ${formatMs(performance.now() - started)}`,
    );
    return result.files!;
  };
  const server = await startDevServer({ build, port: Number(values.port), host: values.host });
  console.log(`serving ${server.url} — watching ${articlesDir}/, templates/ and public/ (Ctrl-C to stop)`);
  // Each build reads the templates afresh, so a changed template needs nothing but the rebuild.
  const watcher = watchSources([path.resolve(articlesDir), TEMPLATES_DIR, publicDir], (changed) => {
    console.log(printable(`changed: ${changed.map((file) => path.relative(process.cwd(), file)).join(', ')}`));
    void server.rebuild();
  });
  const stop = async (): Promise<void> => {
    await watcher.close();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof BuildError ? error.format() : error);
    process.exit(1);
  });
}
