// Where the site goes and what a failure leaves: nothing is written outside the output folder whatever
// files and folders are called; a failed build (at parse time or at write time) leaves the previous
// site byte for byte; two builds of the same articles are byte-identical whatever the file-system order,
// time zone or clock.
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { cli, REPO, snapshot, tempDir, writeArticles } from './helpers.js';

const article = (title: string, text = 'The minister said the talks would continue. “We are close,” he said.') =>
  `---\ntitle: ${JSON.stringify(title)}\n---\n${text}\n`;

describe('file and folder names', () => {
  it('never writes outside the output folder, and a story called “assets” does not touch the site’s assets', async () => {
    const articles = await writeArticles({
      'assets/style.css.md': article('A story folder named assets'),
      'assets/a.md': article('Second article in assets'),
      'articles/con.md': article('Reserved name con'),
      'articles/index.md': '---\ntitle: Story index of “articles”\n---\nThe index is the story’s summary.\n',
      'articles/Ünïcode name with spaces.md': article('Unicode and spaces'),
      'articles/..hidden-ish.md': article('Dots'),
      'articles/%2e%2e%2fescape.md': article('Percent-encoded dots'),
      'articles/-- -- --.md': article('Only punctuation'),
      'claims/aux.md': article('Story folder named claims'),
      '404.html/a.md': article('A story folder named like a page'),
    });
    const parent = await tempDir();
    const out = path.join(parent, '_site');
    const { code, stderr } = await cli(['--articles', articles, '--out', out]);
    expect(code, stderr).toBe(0);
    expect(await readdir(parent)).toEqual(['_site']);
    // The articles folder is untouched.
    expect((await fg('**/*', { cwd: articles, dot: true })).length).toBe(10);
    const files = await fg('**/*', { cwd: out, dot: true });
    for (const file of files) expect(path.resolve(out, file).startsWith(out + path.sep)).toBe(true);
    // The site's own assets are exactly the public folder's.
    const publicFiles = (await fg('**/*', { cwd: path.join(REPO, 'public'), dot: true })).sort();
    for (const asset of publicFiles) {
      expect((await readFile(path.join(out, asset))).equals(await readFile(path.join(REPO, 'public', asset))), asset).toBe(true);
    }
    expect(files.filter((file) => file.startsWith('assets/')).sort()).toEqual(publicFiles.filter((file) => file.startsWith('assets/')));
    expect(files).toEqual(
      expect.arrayContaining([
        'assets-page/index.html',
        'assets-page/articles/style-css.html',
        'articles-page/index.html',
        'articles-page/articles/con-page.html',
        'articles-page/articles/unicode-name-with-spaces.html',
        'articles-page/articles/2e-2e-2fescape.html',
        'articles-page/articles/untitled.html',
        'claims-page/articles/aux-page.html',
        '404-html/index.html',
      ]),
    );
    // Names starting with a dot are hidden files (editor backups) and are not articles.
    expect(files.some((file) => file.includes('hidden'))).toBe(false);
    // index.md is the story's summary, not an article.
    expect(files).not.toContain('articles-page/articles/index.html');
    expect(await readFile(path.join(out, 'articles-page/index.html'), 'utf8')).toContain('Story index of “articles”');
  }, 120_000);
});

describe('a failed build loses nothing', () => {
  it('at parse time: the previous site stays byte for byte, and nothing is left beside it', async () => {
    const parent = await tempDir();
    const out = path.join(parent, '_site');
    const good = await writeArticles({ 's/a.md': article('Good') });
    expect((await cli(['--articles', good, '--out', out])).code).toBe(0);
    const before = await snapshot(out);
    const bad = await writeArticles({ 's/a.md': article('Good'), 's/b.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]) });
    const { code, stderr } = await cli(['--articles', bad, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/s\/b\.md:2:1 {2}the file is not valid UTF-8 text/);
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(parent)).toEqual(['_site']);
  }, 120_000);

  it('at write time: the previous site stays byte for byte, and nothing is left beside it', async () => {
    // An output folder whose name is so long that the staging folder beside it cannot be created.
    const parent = await tempDir();
    const built = path.join(parent, 'built');
    const articles = await writeArticles({ 's/a.md': article('Good') });
    expect((await cli(['--articles', articles, '--out', built])).code).toBe(0);
    const out = path.join(parent, 'x'.repeat(250));
    await rename(built, out);
    const before = await snapshot(out);
    const { code, stderr } = await cli(['--articles', articles, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /the site could not be written: .*ENAMETOOLONG.*; check that the output folder is writable; the previous site was left as it was\./,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(parent)).toEqual([path.basename(out)]);
  }, 120_000);
});

describe('reproducible builds', () => {
  const files: Array<[string, string]> = [
    ['talks/index.md', '---\ntitle: Talks in Moscow\npublished: 2015-12-15\n---\nThe summary.\n'],
    [
      'talks/a.md',
      '---\ntitle: First\noutlet: Daily\npublished: 2015-12-15T23:30:00Z\n---\nKerry met Lavrov in Moscow on Tuesday. “We made progress,” Kerry said. The talks lasted four hours.\n',
    ],
    [
      'talks/b.md',
      '---\ntitle: Second\noutlet: Weekly\npublished: 2015-12-16\n---\nJohn Kerry met Sergei Lavrov in Moscow. “We made real progress,” Kerry told reporters. Both sides agreed to meet again.\n',
    ],
    ['talks/c.md', '---\ntitle: Third\n---\nThe talks lasted four hours. Lavrov said “the positions are closer”. Москва приняла гостей.\n'],
    ['other/z.md', '---\ntitle: Z\npublished: 2016-01-01\n---\nOne more story. It has two sentences.\n'],
    ['other/y.md', '---\ntitle: Y\n---\nOne more story, another outlet. It has two sentences too.\n'],
  ];

  it('gives byte-identical sites whatever the file order, time zone and clock', async () => {
    const forward = await writeArticles(files);
    const backward = await writeArticles([...files].reverse());
    const fakeDate = path.join(await tempDir(), 'fake-date.mjs');
    // A clock stuck at another date and hour: nothing in the site may depend on it.
    await writeFile(
      fakeDate,
      `const Real = Date; const fixed = Real.UTC(2031, 6, 4, 3, 17, 0);
globalThis.Date = class extends Real { constructor(...a) { super(...(a.length ? a : [fixed])); } static now() { return fixed; } };\n`,
    );
    const outA = path.join(await tempDir(), '_site');
    const outB = path.join(await tempDir(), '_site');
    const [a, b] = await Promise.all([
      cli(['--articles', forward, '--out', outA], { env: { TZ: 'UTC', LANG: 'C' } }),
      cli(['--articles', backward, '--out', outB], {
        env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
        node: ['--import', fakeDate],
      }),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const siteA = await snapshot(outA);
    const siteB = await snapshot(outB);
    expect(Object.keys(siteB)).toEqual(Object.keys(siteA));
    for (const file of Object.keys(siteA)) expect(siteB[file], file).toBe(siteA[file]);
    // The articles folder's own path appears nowhere in the site (it differs between machines).
    for (const [file, content] of Object.entries(siteA))
      expect(Buffer.from(content, 'base64').toString('utf8'), file).not.toContain(forward);
  }, 180_000);
});
