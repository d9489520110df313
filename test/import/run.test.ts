import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/import/report.js';
import { importArticles } from '../../src/import/run.js';
import { parseArticle } from '../../src/parse/article.js';
import { source, tempDir } from '../helpers.js';
import { fixture, readArticle } from './helpers.js';

async function run(inputs: string[], story = 'town') {
  const articles = await tempDir('import-');
  return { articles, result: await importArticles({ articles, story, inputs }) };
}

/** Every article file of the story parses as the build parses it. */
async function buildable(folder: string): Promise<string[]> {
  const titles: string[] = [];
  for (const name of (await readdir(folder)).sort()) {
    titles.push(parseArticle(source(await readFile(path.join(folder, name)), `articles/town/${name}`), 'town').title);
  }
  return titles;
}

describe('npm run import', () => {
  it('writes one buildable article per saved page, text file and folder entry, the id from outlet and headline', async () => {
    const dir = await tempDir('inputs-');
    await writeFile(path.join(dir, 'library.html.gz'), gzipSync(readFileSync(fixture('opengraph.html'))));
    await copyFile(fixture('lines.txt'), path.join(dir, 'ferry.txt'));
    const { result } = await run([fixture('jsonld.html'), fixture('headline.txt'), dir]);
    expect(result.failed).toEqual([]);
    expect(result.imported.map(({ written }) => written.id)).toEqual([
      'the-coastal-courier-harbour-bridge-reopens-after-two-years',
      'ap-council-votes-to-plant-a-thousand-street-trees',
      'ferry',
      'valley-herald-library-extends-its-opening-hours-into-the',
    ]);
    expect(await buildable(result.folder)).toHaveLength(4);
  });

  it('writes the page metadata and the furniture into the front matter, and nothing it did not find', async () => {
    const { result } = await run([fixture('jsonld.html'), fixture('plain-meta.html')]);
    const courier = await readArticle(result.imported[0].written.file);
    expect(courier.data).toMatchObject({
      title: 'Harbour bridge reopens after two years of repairs',
      outlet: 'The Coastal Courier',
      author: 'Mara Quint, Olu Bakare',
      published: '2021-03-04',
      source: 'jsonld.html',
      url: 'https://courier.example/news/harbour-bridge-reopens',
    });
    expect(courier.data.furniture).toContain('Read more: Why the cables failed');
    const farm = await readArticle(result.imported[1].written.file);
    expect('outlet' in farm.data).toBe(false);
    expect(result.imported[1].article.missing).toEqual(['outlet']);
  });

  it('uses the file name as the title of a text without a headline, and says so', async () => {
    const { result } = await run([fixture('lines.txt')]);
    expect((await readArticle(result.imported[0].written.file)).data.title).toBe('lines');
    expect(report(result, 10).join('\n')).toMatch(/No headline found[\s\S]*lines\.md/);
  });

  it('updates the article on a re-import instead of adding a copy, keeping what an editor added', async () => {
    const { articles, result } = await run([fixture('jsonld.html')]);
    const file = result.imported[0].written.file;
    const edited = (await readFile(file, 'utf8')).replace('---\n', '---\nlabel: Courier\n');
    await writeFile(file, edited);
    const again = await importArticles({ articles, story: 'town', inputs: [fixture('jsonld.html')] });
    expect(again.imported[0].written).toMatchObject({ file, updated: true });
    expect(await readdir(result.folder)).toHaveLength(1);
    expect((await readArticle(file)).data.label).toBe('Courier');
  });

  it('tells apart two inputs that give the same id', async () => {
    const dir = await tempDir('inputs-');
    await copyFile(fixture('jsonld.html'), path.join(dir, 'second-copy.html'));
    const { result } = await run([fixture('jsonld.html'), path.join(dir, 'second-copy.html')]);
    const ids = result.imported.map(({ written }) => written.id);
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(await readdir(result.folder)).toHaveLength(2);
  });

  it('imports an address, its address as source and url', async () => {
    const server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(readFileSync(fixture('plain-meta.html')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orchards`;
    try {
      const { result } = await run([address]);
      const { data } = await readArticle(result.imported[0].written.file);
      expect(data).toMatchObject({
        source: address,
        url: 'https://farmnews.example/orchards-late-harvest',
        title: 'Orchard growers expect a late harvest',
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('names each input it cannot import, writes the others whole and leaves nothing half-written', async () => {
    const dir = await tempDir('inputs-');
    await writeFile(path.join(dir, 'photo.html'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    const { result } = await run([fixture('no-article.html'), path.join(dir, 'photo.html'), fixture('opengraph.html')]);
    expect(result.failed.map(({ message }) => message)).toEqual([
      expect.stringMatching(/no-article\.html: no article text found/),
      expect.stringMatching(/photo\.html: is a binary file/),
    ]);
    expect(await readdir(result.folder)).toEqual(['valley-herald-library-extends-its-opening-hours-into-the.md']);
  });

  it('writes no story folder when nothing could be imported', async () => {
    const { articles, result } = await run([fixture('no-article.html')]);
    expect(result.imported).toEqual([]);
    expect(await readdir(articles)).toEqual([]);
  });

  it('ends with a table of id, outlet, date, words, furniture lines and what was missing', async () => {
    const { result } = await run([fixture('headline.txt')]);
    const lines = report(result, 10);
    expect(lines[2].split(/\s{2,}/)).toEqual(['id', 'outlet', 'date', 'words', 'furniture', 'missing']);
    expect(lines[3].split(/\s{2,}/)).toEqual([
      'ap-council-votes-to-plant-a-thousand-street-trees',
      'AP',
      '—',
      String(result.imported[0].article.words),
      '3',
      'published, url, author',
    ]);
  });
});
