// The dev server as a user starts it (`npm run dev`), in a throwaway project: it answers only requests for
// its own address (a DNS-rebinding page cannot read the drafts), survives malformed requests, and keeps the
// build's output-folder contract (it refuses to start rather than replace the project or the articles).
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO, snapshot, tempDir, writeArticles } from './helpers.js';

const TSX = pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
const DEV = path.join(REPO, 'src/dev.ts');

async function project() {
  const root = await tempDir('hostile-dev-');
  await writeArticles({ 's/a.md': '---\ntitle: Draft\n---\nAn unpublished draft.\n' }, path.join(root, 'articles'));
  return root;
}

function startDev(cwd: string, args: string[]) {
  const child = spawn(process.execPath, ['--import', TSX, DEV, '--port', '0', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /serving http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(() => reject(new Error(`the dev server stopped:\n${output}`)));
  });
  port.catch(() => undefined); // the tests that expect it to stop wait for `exited`
  return { child, port, exited, output: () => output };
}

function get(port: number, pathname: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
      // An event stream stays open: its first bytes are enough.
      if (res.headers['content-type']?.startsWith('text/event-stream')) {
        setTimeout(() => res.destroy(), 50);
        resolve({ status: res.statusCode!, body: '' });
      }
    });
    req.on('error', reject);
    req.end();
  });
}

/** A request written by hand, as no HTTP client would send it. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    setTimeout(() => socket.destroy(), 2_000);
  });
}

describe('the dev server', () => {
  it('answers only its own host, and survives malformed requests', async () => {
    const root = await project();
    const dev = startDev(root, []);
    try {
      const port = await dev.port;
      const own = `127.0.0.1:${port}`;
      expect((await get(port, '/', own)).body).toContain('Draft');
      expect((await get(port, '/', `localhost:${port}`)).status).toBe(200);
      for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`]) {
        for (const pathname of ['/', '/s/articles/a.html', '/__dev/events']) {
          const answer = await get(port, pathname, host);
          expect(answer.status, `${host} ${pathname}`).toBe(421);
          expect(answer.body).not.toContain('Draft');
        }
      }
      for (const pathname of [
        '//',
        '//evil.example/x',
        '/%',
        '/%zz/..%2f..%2fetc/passwd',
        '/..%2f..%2fpackage.json',
        '/' + 'a'.repeat(20_000),
      ]) {
        const answer = await get(port, pathname, own);
        expect([200, 301, 400, 404, 414, 431], pathname.slice(0, 40)).toContain(answer.status);
        expect(answer.body).not.toMatch(/root:|"name"/);
      }
      expect(await raw(port, 'GET / HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 421 /);
      expect(await raw(port, 'GET // HTTP/1.1\r\nHost: ' + own + '\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 (200|400|404) /);
      await raw(port, 'GET / HTTP/1.1\r\nHost: ' + own + '\r\nContent-Length: x\r\n\r\n');
      await raw(port, '\u0000\u0001garbage\r\n\r\n');
      await raw(port, 'GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\n\r\n');
      expect((await get(port, '/', own)).status).toBe(200);
      expect(dev.child.exitCode).toBe(null);
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited;
    }
    expect((await readdir(root)).sort()).toEqual(['.cache', '_site', 'articles']);
  }, 120_000);

  it.each([['.'], ['articles'], ['articles/s/site']])(
    'refuses to start with --out %s, and touches nothing',
    async (out) => {
      const root = await project();
      const before = await snapshot(root);
      const dev = startDev(root, ['--out', out]);
      const code = await dev.exited;
      expect(code).toBe(1);
      expect(dev.output()).toMatch(/the site was not written: --out “.*” (holds|is|is inside) the articles folder/);
      expect(await snapshot(root)).toEqual(before);
    },
    60_000,
  );
});
