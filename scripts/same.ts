// `npm run same`: is the site byte-identical to what another commit builds? The safety net for refactors.
//
//   npm run same                      this working tree against HEAD
//   npm run same -- --against main~3  against any commit
//   npm run same -- --inputs kerry,generated --stories 20
//
// Inputs (the same files for both sides): the stories in articles/, the annotated corpora (the shared ones when
// ../shared is there, built as `npm run eval` builds them), and generated stories of five articles (the benchmark's
// generator, seeded). The other commit is checked out into a temporary git worktree (scripts/other-commit.ts:
// this tree's node_modules, or its own through npm ci when the lockfiles differ); both sides build with the
// real command, without cache, on the main thread.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './bench/generate.js';
import { annotatedCorpora, writeArticles } from './eval/corpora.js';
import { checkOutCommit, type OtherCommit } from './other-commit.js';
import { listFiles } from './site/files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = ['kerry', 'corpora', 'generated'] as const;
type Input = (typeof INPUTS)[number];

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** Writes each chosen input set into `dir`/<input>/ and returns the sets that could be made. */
async function prepareInputs(dir: string, wanted: Input[], stories: number): Promise<Input[]> {
  const made: Input[] = [];
  for (const input of wanted) {
    const target = path.join(dir, input);
    if (input === 'kerry') cpSync(path.join(root, 'articles'), target, { recursive: true });
    if (input === 'corpora') writeArticles(target, annotatedCorpora());
    if (input === 'generated') await generate(path.join(root, 'articles/kerry-lavrov-moscow-talks'), target, { stories, perStory: 5 });
    made.push(input);
  }
  return made;
}

/** Builds `articles` with the generator checked out at `tree` into `out`. */
function buildWith(tree: string, articles: string, out: string): void {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(tree, 'src/cli.ts'), '--articles', articles, '--out', out, '--no-cache', '--workers', '0'],
    {
      cwd: tree,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
}

/** The files that differ between two built sites: missing on one side or with other bytes. */
export function compareSites(a: string, b: string): string[] {
  const left = new Set(listFiles(a));
  const right = new Set(listFiles(b));
  const differences: string[] = [];
  for (const file of [...new Set([...left, ...right])].sort()) {
    if (!left.has(file)) differences.push(`only in this tree: ${file}`);
    else if (!right.has(file)) differences.push(`only in the other commit: ${file}`);
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))) differences.push(`differs: ${file}`);
  }
  return differences;
}

async function main(): Promise<void> {
  const against = option('--against', 'HEAD');
  const wanted = option('--inputs', INPUTS.join(',')).split(',') as Input[];
  const stories = Number(option('--stories', '100'));
  const work = mkdtempSync(path.join(os.tmpdir(), 'same-'));
  let checkout: OtherCommit | undefined;
  try {
    checkout = checkOutCommit(root, against, (line) => console.log(line));
    const other = checkout.tree;
    const inputs = await prepareInputs(path.join(work, 'inputs'), wanted, stories);
    let different = 0;
    for (const input of inputs) {
      const articles = path.join(work, 'inputs', input);
      buildWith(root, articles, path.join(work, 'this', input));
      buildWith(other, articles, path.join(work, 'that', input));
      const differences = compareSites(path.join(work, 'this', input), path.join(work, 'that', input));
      different += differences.length;
      const files = listFiles(path.join(work, 'this', input)).length;
      console.log(`${input}: ${differences.length ? `${differences.length} of ${files} files differ` : `${files} files, byte-identical`}`);
      for (const line of differences.slice(0, 20)) console.log(`  ${line}`);
    }
    if (different) process.exitCode = 1;
  } finally {
    checkout?.remove();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
