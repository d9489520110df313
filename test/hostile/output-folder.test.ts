// The output-folder contract, through the real command in throwaway folders: the build replaces only a
// folder that is missing, empty, or a site it wrote before; anything else is refused before anything is
// touched. It keeps the host's files (CNAME, .git), follows a symbolic link as --out, holds a lock while it
// writes, and what a killed or stopped build leaves is cleared by the next one.
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, hasStackTrace, snapshot, spawnCli, tempDir, waitFor, writeArticles } from './helpers.js';

const article = (title: string) =>
  `---\ntitle: ${JSON.stringify(title)}\n---\nThe minister said the talks would continue. “We are close,” he said.\n`;
const MARKER = '.coverage-compare-site';

/** A user's project: articles/, a folder of their own papers, a notes file; the home folder is its parent. */
async function project() {
  const home = await tempDir('hostile-home-');
  const root = path.join(home, 'project');
  await writeArticles({ 's/a.md': article('First'), 's/b.md': article('Second') }, path.join(root, 'articles'));
  await writeArticles({ 'tax-2025.pdf': 'papers', 'photos/cat.jpg': 'cat' }, path.join(root, 'Documents'));
  await writeFile(path.join(root, 'notes.txt'), 'my notes');
  return { home, root, run: (args: string[]) => cli(args, { cwd: root, env: { HOME: home } }) };
}

describe('folders the build refuses to write', () => {
  it.concurrent('--help says what the build will and will not write', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /What the build writes:\n {2}Only the --out folder, and only if it is missing, empty, or a site an earlier build wrote/,
    );
    expect(stdout).toContain('CNAME, .git, .nojekyll, .well-known');
    expect(stdout).toMatch(/It refuses, before touching anything, a file, a folder holding\n {2}anything else/);
    for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(110);
  }, 60_000);

  const cases: Array<[string, string[], RegExp]> = [
    ['the articles folder', ['--out', 'articles'], /is the articles folder/],
    ['the articles folder spelled differently', ['--articles', './articles/', '--out', 'articles/../articles/.'], /is the articles folder/],
    ['a folder inside the articles folder', ['--out', 'articles/s/site'], /is inside the articles folder/],
    ['the project (“.”)', ['--out', '.'], /holds the articles folder/],
    ['the folder above the project (“..”)', ['--out', '..'], /holds the articles folder/],
    ['the project, with the articles elsewhere', ['--articles', 'articles/s/..', '--out', '../project'], /holds the articles folder/],
    ['a folder of the user’s own files', ['--out', 'Documents'], /holds files this build did not write \(“photos”, “tax-2025\.pdf”\)/],
    ['a file', ['--out', 'notes.txt'], /is a file, not a folder/],
    ['the root of the file system', ['--out', '/'], /holds the articles folder/],
    ['a site folder holding the cache folder', ['--out', 'site', '--cache', 'site/.cache'], /holds the cache folder “site\/\.cache”/],
    ['the cache folder itself', ['--out', '.cache'], /holds the cache folder “\.cache”/],
  ];

  it.concurrent.each(cases)(
    '%s',
    async (_name, args, reason) => {
      const { home, run } = await project();
      const before = await snapshot(home);
      const { code, stderr } = await run(args);
      expect(code, stderr).toBe(1);
      expect(stderr.split('\n')[0]).toMatch(/^the site was not written: --out “.*” /);
      expect(stderr).toMatch(reason);
      expect(stderr).toMatch(/nothing was touched\./);
      expect(hasStackTrace(stderr)).toBe(false);
      expect(await snapshot(home)).toEqual(before);
    },
    60_000,
  );

  it.concurrent('the home folder', async () => {
    const { home } = await project();
    const elsewhere = await writeArticles({ 's/a.md': article('Elsewhere') });
    const before = await snapshot(home);
    const { code, stderr } = await cli(['--articles', elsewhere, '--out', home], { env: { HOME: home } });
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/is or holds your home folder/);
    expect(await snapshot(home)).toEqual(before);
  }, 60_000);

  it.concurrent('a symbolic link to the articles folder', async () => {
    const { home, root, run } = await project();
    await symlink(path.join(root, 'articles'), path.join(root, 'site'));
    const before = await snapshot(home);
    const { code, stderr } = await run(['--out', 'site']);
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/is the articles folder/);
    expect(await snapshot(home)).toEqual(before);
  }, 60_000);
});

describe('folders the build writes', () => {
  it('a missing folder (parents made), an empty one, then its own site again; the marker says what it is', async () => {
    const { root, run } = await project();
    expect((await run(['--out', 'public/site'])).code).toBe(0);
    await mkdir(path.join(root, 'empty'));
    const first = await run(['--out', 'empty']);
    expect(first.code, first.stderr).toBe(0);
    expect(await readFile(path.join(root, 'empty', MARKER), 'utf8')).toMatch(/written by coverage-compare/);
    const again = await run(['--out', 'empty']);
    expect(again.code, again.stderr).toBe(0);
    expect((await readdir(root)).sort()).toEqual(['.cache', 'Documents', 'articles', 'empty', 'notes.txt', 'public']);
  }, 120_000);

  it('keeps CNAME, .git and .nojekyll the user keeps in the site folder, and accepts a folder holding only those', async () => {
    const { root, run } = await project();
    const out = path.join(root, 'gh-pages');
    await writeArticles({ CNAME: 'news.example.org\n', '.git/HEAD': 'ref: refs/heads/gh-pages\n', '.git/objects/ab/cd': 'object' }, out);
    const kept = await snapshot(out);
    for (let build = 0; build < 2; build++) {
      const { code, stderr } = await run(['--out', 'gh-pages']);
      expect(code, stderr).toBe(0);
      const site = await snapshot(out);
      for (const [file, content] of Object.entries(kept)) expect(site[file], file).toBe(content);
      expect(site['index.html']).toBeDefined();
    }
    expect((await readdir(root)).sort()).toEqual(['.cache', 'Documents', 'articles', 'gh-pages', 'notes.txt']);
  }, 120_000);

  it('a symbolic link as --out: the site goes where it points, and the link stays a link', async () => {
    const { root, run } = await project();
    const served = await tempDir('hostile-served-');
    await symlink(served, path.join(root, 'site'));
    for (let build = 0; build < 2; build++) {
      const { code, stderr } = await run(['--out', 'site']);
      expect(code, stderr).toBe(0);
      expect((await lstat(path.join(root, 'site'))).isSymbolicLink()).toBe(true);
      expect(await readlink(path.join(root, 'site'))).toBe(served);
      expect(existsSync(path.join(served, 'index.html'))).toBe(true);
    }
    expect(await readdir(path.dirname(served))).toContain(path.basename(served));
    expect((await readdir(path.dirname(served))).filter((name) => name.startsWith(`${path.basename(served)}.`))).toEqual([]);
  }, 120_000);
});

describe('builds cut short and builds at the same time', () => {
  /** A site built once into parent/_site, and its snapshot. */
  async function built() {
    const parent = await tempDir();
    const out = path.join(parent, '_site');
    const files: Record<string, string> = {};
    for (let s = 0; s < 18; s++) for (const a of ['a', 'b']) files[`story-${s}/${a}.md`] = article(`Story ${s} ${a}`);
    const articles = await writeArticles(files);
    const first = await cli(['--articles', articles, '--out', out, '--no-cache']);
    expect(first.code, first.stderr).toBe(0);
    return { parent, out, articles, before: await snapshot(out) };
  }
  const beside = async (parent: string) => (await readdir(parent)).filter((name) => name !== '_site');

  it.each(['SIGKILL', 'SIGINT', 'SIGTERM'] as const)(
    '%s while writing: the previous site stays; then nothing is left beside it',
    async (signal) => {
      const { parent, out, articles, before } = await built();
      await writeFile(path.join(articles, 'story-0/a.md'), article('Changed'));
      const child = spawnCli(['--articles', articles, '--out', out, '--no-cache']);
      expect(await waitFor(async () => (await beside(parent)).some((name) => name.includes('.building-')))).toBe(true);
      child.kill(signal);
      const result = await child.done;
      expect(await snapshot(out)).toEqual(before);
      if (signal === 'SIGKILL') {
        expect(result.signal).toBe('SIGKILL');
        expect((await beside(parent)).length).toBeGreaterThan(0);
      } else {
        expect(result.code, result.stderr).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(result.stderr).toMatch(/Stopped \(SIG(INT|TERM)\); the previous site was left as it was\./);
        expect(await beside(parent)).toEqual([]);
      }
      const next = await cli(['--articles', articles, '--out', out, '--no-cache']);
      expect(next.code, next.stderr).toBe(0);
      expect(await beside(parent)).toEqual([]);
      expect(await readFile(path.join(out, 'story-0/index.html'), 'utf8')).toContain('Changed');
    },
    180_000,
  );

  it('a swap cut short between its renames (previous site moved aside, the host’s .git in the new one): the next build puts them back and goes on', async () => {
    const { parent, out, articles, before } = await built();
    const { rename } = await import('node:fs/promises');
    // What a build killed inside its swap leaves: the site moved aside, the staging folder holding the .git it carried over.
    await rename(out, path.join(parent, '_site.previous-999999'));
    await writeArticles({ [`${MARKER}`]: 'x', '.git/HEAD': 'ref: refs/heads/main\n' }, path.join(parent, '_site.building-999999'));
    const next = await cli(['--articles', articles, '--out', out, '--no-cache']);
    expect(next.code, next.stderr).toBe(0);
    expect(await beside(parent)).toEqual([]);
    const site = await snapshot(out);
    expect(Buffer.from(site['.git/HEAD'], 'base64').toString()).toBe('ref: refs/heads/main\n');
    expect(
      Object.keys(site)
        .filter((file) => !file.startsWith('.git/'))
        .sort(),
    ).toEqual(Object.keys(before).sort());
  }, 180_000);

  it('two builds into the same folder at once: each succeeds or refuses clearly, and the site is whole', async () => {
    const { parent, out, articles, before } = await built();
    const [a, b] = await Promise.all([0, 1].map(() => cli(['--articles', articles, '--out', out, '--no-cache'])));
    for (const result of [a, b]) {
      if (result.code !== 0)
        expect(result.stderr).toMatch(
          /another build is writing into “.*_site” \(process \d+; if no build is running, delete “.*_site\.lock”\); wait for it to finish/,
        );
    }
    expect([a.code, b.code]).toContain(0);
    expect(await snapshot(out)).toEqual(before);
    expect(await beside(parent)).toEqual([]);
  }, 180_000);

  it('a lock held by a running process refuses the build; a lock left by a process that is gone is taken over', async () => {
    const parent = await tempDir();
    const out = path.join(parent, '_site');
    const articles = await writeArticles({ 's/a.md': article('One') });
    await writeFile(`${out}.lock`, `${process.pid}\n`);
    const busy = await cli(['--articles', articles, '--out', out]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/another build is writing into/);
    expect(await readdir(parent)).toEqual(['_site.lock']);
    const gone = spawnCli(['--help']);
    await gone.done;
    await writeFile(`${out}.lock`, `${gone.pid}\n`);
    const taken = await cli(['--articles', articles, '--out', out]);
    expect(taken.code, taken.stderr).toBe(0);
    expect(await readdir(parent)).toEqual(['_site']);
  }, 120_000);
});
