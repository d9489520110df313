import { execFile } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import fg from 'fast-glob';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, buildSite } from '../src/build.js';
import { articlesFolder, tempDir } from './helpers.js';

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

const STORY = 'kerry-lavrov-moscow-talks';

describe('the build of the Kerry–Lavrov story', () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(await tempDir(), '_site');
    await build({ articlesDir: 'articles', outDir: out });
  }, 120_000);

  it('writes the home page, the story page, a page per article and the public assets', async () => {
    const files = await fg('**/*', { cwd: out, dot: true });
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        `${STORY}/index.html`,
        ...['bridge-divides', 'common-ground', 'crisis-talks', 'peace-process', 'real-progress'].map(
          (id) => `${STORY}/articles/${id}.html`,
        ),
        'assets/style.css',
        '.nojekyll',
        '404.html',
      ]),
    );
  });

  it('renders each article from its markdown', async () => {
    const html = await readFile(path.join(out, STORY, 'articles/crisis-talks.html'), 'utf8');
    expect(html).toContain('The United States and Moscow are are at odds');
  });

  it('links only relatively, and every internal link resolves to a file', async () => {
    const pages = await fg('**/*.html', { cwd: out });
    for (const page of pages) {
      const html = await readFile(path.join(out, page), 'utf8');
      for (const [, link] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|#)/.test(link)) continue;
        expect(link, `${page} links to ${link}`).not.toMatch(/^\//);
        const target = path.resolve(path.dirname(path.join(out, page)), link.split('#')[0]);
        if (page === '404.html') continue; // served at any depth; checked in the browser tests
        await expect(
          stat(target).then((s) => s.isFile()),
          `${page} → ${link}`,
        ).resolves.toBe(true);
      }
    }
  });

  it('gives byte-identical files when built twice', async () => {
    const again = path.join(await tempDir(), '_site');
    await build({ articlesDir: 'articles', outDir: again });
    const files = (await fg('**/*', { cwd: out, dot: true })).sort();
    expect((await fg('**/*', { cwd: again, dot: true })).sort()).toEqual(files);
    for (const file of files) {
      expect((await readFile(path.join(again, file))).equals(await readFile(path.join(out, file))), file).toBe(true);
    }
  }, 120_000);
});

describe('any story', () => {
  it('builds a story of one article with only a title', async () => {
    const articles = await articlesFolder({ 'solo/only.md': '---\ntitle: The only one\n---\nA single sentence.\n' });
    const { files } = await buildSite({ articlesDir: articles });
    expect(files.has('solo/articles/only.html')).toBe(true);
    expect(String(files.get('index.html'))).toContain('The only one');
  });

  it('builds a story of plain-text articles (headline, blank line, body), and leaves other .txt files alone', async () => {
    const articles = await articlesFolder({
      'dam/01.txt': 'Dam opens early\n\nThe dam opened on Monday.\n',
      'dam/02.txt': '\n\nThe new dam opened on Monday morning.\n',
      'dam/notes.txt': 'to do: ask the mayor',
    });
    const { files, stories, warnings } = await buildSite({ articlesDir: articles });
    expect(stories.map(({ story }) => story.articles.map((article) => article.id))).toEqual([['01', '02']]);
    expect(files.has('dam/articles/01.html')).toBe(true);
    expect(warnings.map((warning) => warning.message).join(' ')).toMatch(/a \.txt file was ignored/);
  });

  it('skips a story folder with no articles, with a warning', async () => {
    const articles = await articlesFolder({ 'full/a.md': '---\ntitle: A\n---\nText.\n', 'empty/notes.txt': 'x' });
    const { warnings, stories } = await buildSite({ articlesDir: articles });
    expect(stories.map(({ story }) => story.id)).toEqual(['full']);
    expect(warnings[0].message).toMatch(/holds no articles/);
  });

  it('orders stories and articles the same whatever order the file system lists them in', async () => {
    const a = await articlesFolder({
      'b/z.md': '---\ntitle: Z\n---\nZ.\n',
      'b/a.md': '---\ntitle: A\n---\nA.\n',
      'a/x.md': '---\ntitle: X\n---\nX.\n',
    });
    const { stories } = await buildSite({ articlesDir: a });
    expect(stories.map(({ story }) => [story.id, story.articles.map((article) => article.id)])).toEqual([
      ['a', ['x']],
      ['b', ['a', 'z']],
    ]);
  });
});

describe('the command', () => {
  it('prints what it did and how long each stage took', async () => {
    const out = path.join(await tempDir(), '_site');
    const { code, stdout } = await cli(['--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Built 1 story \(5 articles\)/);
    expect(stdout).toMatch(/load \d+ ms · parse .* · analyse .* · align .* · render .* · write/);
  }, 120_000);

  it('stops on a bad article with path:line:column, exits non-zero, and leaves the previous site as it was', async () => {
    const out = path.join(await tempDir(), '_site');
    const good = await articlesFolder({ 's/a.md': '---\ntitle: A\n---\nText.\n' });
    expect((await cli(['--articles', good, '--out', out])).code).toBe(0);
    const before = await snapshot(out);
    const bad = await articlesFolder({ 's/a.md': '---\ntitle: A\n---\nText.\n', 's/b.md': '---\ntitle: [x\n---\nText.\n' });
    const { code, stderr } = await cli(['--articles', bad, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${escapeRegExp(bad)}/s/b\\.md:[23]:\\d+ {2}the front matter is not valid YAML`));
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(path.dirname(out))).toEqual(['_site']);
  }, 120_000);

  it('rejects an unknown option with a clear message', async () => {
    const { code, stderr } = await cli(['--nope']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Unknown option '--nope'.*--help/s);
  }, 60_000);
});

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await fg('**/*', { cwd: dir, dot: true })).sort();
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file), 'base64')])));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
