import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, InputError, readInput } from '../../src/import/input.js';
import { tempDir } from '../helpers.js';
import { fixture } from './helpers.js';

describe('reading inputs', () => {
  it('reads a saved page as HTML and a .txt file as text, its file name as the source', async () => {
    expect(await readInput(fixture('opengraph.html'))).toMatchObject({ kind: 'html', source: 'opengraph.html' });
    expect(await readInput(fixture('lines.txt'))).toMatchObject({ kind: 'text', source: 'lines.txt' });
  });

  it('unpacks a gzipped page', async () => {
    const dir = await tempDir('import-');
    const file = path.join(dir, 'page.html.gz');
    await writeFile(file, gzipSync(readFileSync(fixture('opengraph.html'))));
    const input = await readInput(file);
    expect(input.kind).toBe('html');
    expect(input.text).toContain('The town library will stay open');
  });

  it('decodes a page in the charset it declares', async () => {
    const dir = await tempDir('import-');
    const file = path.join(dir, 'latin.html');
    await writeFile(
      file,
      Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 reopens</p></body></html>', 'latin1'),
    );
    expect((await readInput(file)).text).toContain('Café reopens');
  });

  it('replaces a folder by the pages and texts in it, in order, leaving other files out', async () => {
    const dir = await tempDir('import-');
    for (const name of ['b.txt', 'a.html', 'c.htm.gz', 'notes.pdf', '.hidden.txt']) await writeFile(path.join(dir, name), 'x');
    expect((await expandInputs([dir])).map((file) => path.basename(file))).toEqual(['a.html', 'b.txt', 'c.htm.gz']);
  });

  it.each([
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary file/],
    ['an empty file', Buffer.alloc(0), /is empty/],
    ['a file of white space', Buffer.from('  \n\n  '), /no text/],
    ['a damaged gzip file', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]), /cannot be unpacked/],
  ])('refuses %s, naming it', async (_, bytes, message) => {
    const dir = await tempDir('import-');
    const file = path.join(dir, 'input.html');
    await writeFile(file, bytes);
    const error = await readInput(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(file)).toBe(true);
  });

  it('says so when a file does not exist', async () => {
    await expect(readInput('no/such/page.html')).rejects.toThrow('no/such/page.html: no such file or folder');
  });
});

describe('reading an address', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/article') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(readFileSync(fixture('opengraph.html')));
      } else if (request.url === '/redirect') {
        response.writeHead(302, { location: '/article' });
        response.end();
      } else if (request.url === '/big') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<p>' + 'x'.repeat(5000) + '</p>');
      } else if (request.url === '/image') {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end(Buffer.from([0x89, 0x50]));
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('late'), 2000);
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const limits = { timeoutMs: 500, maxBytes: 4000 };

  it('fetches a page, following redirects, with the address as its source', async () => {
    const input = await readInput(`${base}/redirect`, { timeoutMs: 10_000, maxBytes: 100_000 });
    expect(input).toMatchObject({ kind: 'html', source: `${base}/redirect`, address: `${base}/article` });
    expect(input.text).toContain('The town library');
  });

  it.each([
    ['/missing', /answered 404/],
    ['/big', /larger than/],
    ['/image', /not a web page or text \(image\/png\)/],
    ['/slow', /no answer within 0.5 s/],
  ])('refuses %s, naming the address', async (route, message) => {
    const error = await readInput(`${base}${route}`, limits).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(`${base}${route}`)).toBe(true);
  });
});
