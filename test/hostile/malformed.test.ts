// Every malformed article, through the real command: a message with path:line:column, what is wrong and
// what to do, exit 1 and no stack trace — or, where a page can still be made, a warning and the page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { malformedCases } from '../fixtures/hostile/malformed.js';
import { cli, hasStackTrace, tempDir, writeArticles } from './helpers.js';

describe('malformed articles, end to end', () => {
  it.concurrent.each(malformedCases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const articles = await writeArticles(c.files);
      const out = path.join(await tempDir(), '_site');
      const { code, stdout, stderr } = await cli(['--articles', articles, '--out', out]);
      const err = stderr
        .split('\n')
        .filter((line) => !/^(npm warn|building: )/.test(line))
        .join('\n')
        .split(articles)
        .join('ARTICLES');
      expect(hasStackTrace(stderr + stdout), stderr).toBe(false);
      expect(err).not.toMatch(/Internal error/);
      expect(code, err).toBe(c.code);
      if (c.code === 1) {
        expect(err.split('\n')[0]).toMatch(c.stderr!);
        expect(err).toContain('The build stopped; the previous site was left as it was.');
      } else {
        if (c.warning) expect(err).toMatch(c.warning);
        else expect(err.trim()).toBe('');
        expect(stdout).toMatch(/^Built \d+ stor/m);
        const html = await readFile(path.join(out, c.page!.file), 'utf8');
        for (const text of c.page!.contains) expect(html).toContain(text);
        for (const text of c.page!.lacks ?? []) expect(html).not.toContain(text);
      }
    },
    120_000,
  );
});
