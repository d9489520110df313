// Fixture pairs: a small story of our own (test/fixtures/stories/) and the site it must build
// (test/fixtures/output/), file for file and byte for byte. A change to the pages shows up here as a diff
// to review; when the change is meant, regenerate the expected files and commit them with it:
//   UPDATE=1 npx vitest run test/render/output.test.ts
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/site/files.js';
import { buildSite } from '../../src/build.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const INPUT = path.resolve(here, '../fixtures/stories');
const EXPECTED = path.resolve(here, '../fixtures/output');
const UPDATE = Boolean(process.env.UPDATE);

/** The files worth comparing: pages and data; the assets are copied from public/ unchanged. */
// The search index is Pagefind's binary output; test/render/search.test.ts checks it by searching it.
const compared = (name: string) => !name.startsWith('assets/') && !name.startsWith('pagefind/');

const text = (content: string | Uint8Array) => (typeof content === 'string' ? content : new TextDecoder().decode(content));

describe('the site built from the fixture stories', async () => {
  const { files } = await buildSite({ articlesDir: INPUT });
  const built = new Map([...files].filter(([name]) => compared(name)).map(([name, content]) => [name, text(content)]));

  if (UPDATE) {
    rmSync(EXPECTED, { recursive: true, force: true });
    for (const [name, content] of built) {
      mkdirSync(path.dirname(path.join(EXPECTED, name)), { recursive: true });
      writeFileSync(path.join(EXPECTED, name), content);
    }
  }

  it('has exactly the expected files', () => {
    expect([...built.keys()].sort()).toEqual(listFiles(EXPECTED).sort());
  });

  for (const name of [...built.keys()].sort()) {
    it(`builds ${name} as expected`, () => {
      const expected = path.join(EXPECTED, name);
      expect(existsSync(expected), `${name} is new: run UPDATE=1 npx vitest run test/render/output.test.ts`).toBe(true);
      expect(built.get(name)).toBe(readFileSync(expected, 'utf8'));
    });
  }
});
