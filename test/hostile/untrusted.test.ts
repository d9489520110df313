// Nothing in an article runs on the machine that builds the site: front matter is YAML only, whatever its
// opening line says, and YAML's own tags for code are not read.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, hasStackTrace, tempDir, writeArticles } from './helpers.js';

describe('front matter never runs', () => {
  it.concurrent.each(['js', 'javascript', 'coffee', 'JS', ' javascript '])('“---%s” front matter that would write a file: refused, nothing written', async (language) => {
    const witness = path.join(await tempDir(), 'ran');
    const code = `require("fs").writeFileSync(${JSON.stringify(witness)}, "ran") || { title: "x" }`;
    const articles = await writeArticles({ 's/a.md': `---${language}\n${code}\n---\nBody.\n`, 's/b.md': '---\ntitle: Fine\n---\nText.\n' });
    const parent = await tempDir();
    const result = await cli(['--articles', articles, '--out', path.join(parent, '_site')]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/s\/a\.md:1:4 {2}the front matter is marked as “/);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(existsSync(witness)).toBe(false);
    expect(await readdir(parent)).toEqual([]);
  }, 60_000);

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
