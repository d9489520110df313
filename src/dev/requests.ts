// What the dev server answers at all. It serves unpublished drafts, so a page elsewhere must not read them:
// only requests naming the server itself in their Host header (127.0.0.1, localhost or [::1] on its port, or
// the host it was started on) are answered, which defeats DNS rebinding; and a request whose address cannot
// be read gets a 400, never an exception in the handler.
import type { IncomingMessage, ServerResponse } from 'node:http';

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD = ['0.0.0.0', '::', '[::]', ''];

/** The Host header values the server answers, for the host it listens on and its port. */
export function ownHosts(listenHost: string, port: number): Set<string> {
  const names = new Set(LOOPBACK);
  const host = listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost;
  if (!WILDCARD.includes(host)) names.add(host.toLowerCase());
  return new Set([...names].map((name) => `${name}:${port}`));
}

/**
 * The request's URL, if the request is one to answer; otherwise the answer is sent here (421 for another
 * host, 400 for an address that cannot be read) and undefined returned.
 */
export function acceptedUrl(req: IncomingMessage, res: ServerResponse, hosts: Set<string>): URL | undefined {
  const headers = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };
  if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
    res.writeHead(421, headers).end('This development server answers only requests for its own address.\n');
    return undefined;
  }
  try {
    const url = new URL(`http://${req.headers.host}${req.url?.startsWith('/') ? '' : '/'}${req.url ?? ''}`);
    if (`${url.host}` !== req.headers.host?.toLowerCase()) throw new Error('another host in the path');
    return url;
  } catch {
    res.writeHead(400, headers).end('Bad request.\n');
    return undefined;
  }
}

/** A request handler that answers 500 instead of throwing (an exception there would stop the server). */
export function neverThrows(handle: (req: IncomingMessage, res: ServerResponse) => void, log: (message: string) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      handle(req, res);
    } catch (error) {
      log(`dev server: could not answer ${JSON.stringify(req.url)}: ${(error as Error)?.message ?? error}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal error.\n');
      else res.destroy();
    }
  };
}
