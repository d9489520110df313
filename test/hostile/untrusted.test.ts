// Nothing in an article runs on the machine that builds the site: front matter is YAML only, whatever its
// opening line says, and YAML's own tags for code are not read. Nothing outside the articles folder is
// published through a symbolic link, and names are printed so that they cannot drive the terminal.
import { existsSync } from 'node:fs';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import fg from 'fast-glob';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, hasStackTrace, tempDir, writeArticles } from './helpers.js';

describe('front matter never runs', () => {
  it.concurrent.each(['js', 'javascript', 'coffee', 'JS', ' javascript '])(
    '“---%s” front matter that would write a file: refused, nothing written',
    async (language) => {
      const witness = path.join(await tempDir(), 'ran');
      const code = `require("fs").writeFileSync(${JSON.stringify(witness)}, "ran") || { title: "x" }`;
      const articles = await writeArticles({
        's/a.md': `---${language}\n${code}\n---\nBody.\n`,
        's/b.md': '---\ntitle: Fine\n---\nText.\n',
      });
      const parent = await tempDir();
      const result = await cli(['--articles', articles, '--out', path.join(parent, '_site')]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/s\/a\.md:1:4 {2}the front matter is marked as “/);
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(existsSync(witness)).toBe(false);
      expect(await readdir(parent)).toEqual([]);
    },
    60_000,
  );

  it('YAML tags for functions are not read as code', async () => {
    const witness = path.join(await tempDir(), 'ran');
    const articles = await writeArticles({
      's/a.md': `---\ntitle: !!js/function 'function () { require("fs").writeFileSync(${JSON.stringify(witness)}, "x") }'\n---\nBody.\n`,
    });
    const result = await cli(['--articles', articles, '--out', path.join(await tempDir(), '_site')]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/s\/a\.md:2:\d+ {2}the front matter is not valid YAML: unknown tag/);
    expect(existsSync(witness)).toBe(false);
  }, 60_000);
});

describe('the articles folder is read without leaving it', () => {
  it('skips symbolic links that lead out of it or nowhere, with a warning naming each; follows one inside it', async () => {
    const secrets = await tempDir();
    await writeFile(path.join(secrets, 'credentials'), 'SECRET-TOKEN-1234');
    await writeFile(path.join(secrets, 'story.md'), '---\ntitle: Outside\n---\nSECRET-TOKEN-5678 in an article outside.\n');
    const articles = await writeArticles({ 's/a.md': '---\ntitle: Inside\n---\nThe minister said the talks would continue.\n' });
    await symlink(path.join(secrets, 'credentials'), path.join(articles, 's/index.md'));
    await symlink(path.join(secrets, 'story.md'), path.join(articles, 's/b.md'));
    await symlink('/nowhere/at/all.md', path.join(articles, 's/c.md'));
    await symlink(secrets, path.join(articles, 'outside'));
    await symlink('../s/a.md', path.join(articles, 's/copy.md'));
    const out = path.join(await tempDir(), '_site');
    const { code, stderr } = await cli(['--articles', articles, '--out', out]);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/s\/index\.md:1:1 {2}warning: this symbolic link leads out of the articles folder and was skipped/);
    expect(stderr).toMatch(/s\/b\.md:1:1 {2}warning: this symbolic link leads out of the articles folder/);
    expect(stderr).toMatch(/outside:1:1 {2}warning: this symbolic link leads out of the articles folder/);
    expect(stderr).toMatch(/s\/c\.md:1:1 {2}warning: this symbolic link leads nowhere and was skipped/);
    for (const file of await fg('**/*', { cwd: out, dot: true }))
      expect(await readFile(path.join(out, file), 'utf8'), file).not.toMatch(/SECRET-TOKEN/);
    expect(existsSync(path.join(out, 's/articles/copy.html'))).toBe(true);
    expect(existsSync(path.join(out, 'outside'))).toBe(false);
  }, 60_000);
});

describe('file names', () => {
  it('a name that is not UTF-8: a message naming the folder and the name', async () => {
    const articles = await writeArticles({ 's/a.md': '---\ntitle: Fine\n---\nText.\n' });
    const latin1 = Buffer.concat([Buffer.from(path.join(articles, 's/caf')), Buffer.from([0xe9]), Buffer.from('.md')]);
    await writeFile(latin1, '---\ntitle: Café\n---\nText.\n');
    const { code, stderr } = await cli(['--articles', articles, '--out', path.join(await tempDir(), '_site')]);
    expect(code, stderr).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      `${articles}/s/:1:1  a name in this folder is not valid UTF-8 text (“caf\\xe9.md”), so it cannot be read reliably; rename it using UTF-8 (any editor or file manager writes names as UTF-8).`,
    );
    expect(stderr).not.toMatch(/Internal error|ENOENT/);
  }, 60_000);

  it('terminal escape sequences in a name are printed escaped, in errors and warnings', async () => {
    const articles = await writeArticles({
      's/a.md': '---\ntitle: Fine\n---\nText.\n',
      's/\u001b]0;pwned\u0007x.md': '---\ntitle: [\n---\nText.\n',
      'empty\u001b[2J/notes.txt': 'x',
    });
    const { code, stderr } = await cli(['--articles', articles, '--out', path.join(await tempDir(), '_site')]);
    expect(code).toBe(1);
    expect(stderr).toContain('s/\\x1b]0;pwned\\x07x.md:');
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    await writeFile(path.join(articles, 's/\u001b]0;pwned\u0007x.md'), '---\ntitle: Now fine\n---\nText.\n');
    const built = await cli(['--articles', articles, '--out', path.join(await tempDir(), '_site')]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain('empty\\x1b[2J/:1:1  warning:');
    expect(built.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  }, 60_000);
});
