// A tiny static file server for browser tests: serves one folder under a sub-path (default
// "/coverage-compare/") on 127.0.0.1 at a random port, and answers 404 to everything else, so that
// root-absolute links ("/x") break here just as they would on a project site hosted under a sub-path.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const DEFAULT_BASE = '/coverage-compare/';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServedSite {
  /** Full URL of the site's root, ending in "/", e.g. "http://127.0.0.1:41234/coverage-compare/". */
  url: string;
  /** "http://127.0.0.1:41234" */
  origin: string;
  /** The sub-path, e.g. "/coverage-compare/". */
  base: string;
  /** Every request the server answered, in order (path and status), for debugging. */
  log: Array<{ method: string; path: string; status: number }>;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sub-path to serve the folder under; must start and end with "/". Default "/coverage-compare/". */
  base?: string;
}

/** Serve `root` at `http://127.0.0.1:<random port><base>`. */
export async function serve(root: string, options: ServeOptions = {}): Promise<ServedSite> {
  const base = options.base ?? DEFAULT_BASE;
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`serve: base must start and end with "/": ${base}`);
  const rootDir = path.resolve(root);
  const log: ServedSite['log'] = [];

  const send = (req: IncomingMessage, res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    log.push({ method: req.method ?? '', path: req.url ?? '', status });
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(req, res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(req, res, 400, 'Bad Request');
    }
    if (pathname === base.slice(0, -1)) return send(req, res, 301, 'Moved', { location: base + url.search });
    if (!pathname.startsWith(base) || pathname.includes('\0')) return send(req, res, 404, 'Not Found');
    const rel = pathname.slice(base.length);
    let file = path.resolve(rootDir, '.' + path.posix.sep + rel);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return send(req, res, 404, 'Not Found');
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      // Like most static hosts: "dir" → redirect to "dir/", "dir/" → "dir/index.html".
      if (!pathname.endsWith('/')) return send(req, res, 301, 'Moved', { location: url.pathname + '/' + url.search });
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) return send(req, res, 404, 'Not Found');
    log.push({ method: req.method, path: req.url ?? '', status: 200 });
    res.writeHead(200, {
      'content-type': contentTypeFor(file),
      'content-length': String(info.size),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(req, res, 500, String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base,
    origin,
    base,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
