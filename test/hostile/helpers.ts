// Shared by the hostile-input tests: run the real command in a child process, in a fresh working folder
// (so no cache from another run is used), and read a built site back.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import { tempDir as temporaryFolder } from '../helpers.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO, 'test/fixtures/hostile');
const CLI = path.join(REPO, 'src/cli.ts');
// tsx's loader by path, so the child can run from any working folder.
const TSX = pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  /** Extra `node` flags, e.g. ["--import", "…/fake-date.mjs"]. */
  node?: string[];
  cwd?: string;
  timeout?: number;
}

/** `npm run build -- …args` as a child process; never throws, gives exit code and output. */
export async function cli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const cwd = options.cwd ?? (await tempDir('hostile-cwd-'));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', TSX, ...(options.node ?? []), CLI, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 64 * 1024 * 1024, timeout: options.timeout ?? 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A temporary articles folder, files written in the order given. */
export async function writeArticles(
  files: Array<[string, string | Uint8Array]> | Record<string, string | Uint8Array>,
  dir?: string,
): Promise<string> {
  const root = dir ?? (await tempDir('hostile-articles-'));
  for (const [name, content] of Array.isArray(files) ? files : Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return root;
}

export function tempDir(prefix = 'hostile-'): Promise<string> {
  return temporaryFolder(prefix);
}

/** Every file under a folder (dot files included) → its bytes, base64. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await fg('**/*', { cwd: dir, dot: true })).sort();
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file), 'base64')])));
}

/** No line of the output looks like a stack frame. */
export function hasStackTrace(output: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(output) || /\n\s+at /.test(output);
}

/** `npm run build -- …args` as a child process still running, to stop or kill it part-way. */
export function spawnCli(
  args: string[],
  options: CliOptions = {},
): ChildProcess & { done: Promise<CliResult & { signal: string | null }> } {
  const child = spawn(process.execPath, ['--import', TSX, ...(options.node ?? []), CLI, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<CliResult & { signal: string | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr })),
  );
  return Object.assign(child, { done });
}

/** Wait until `test` holds, checking every few milliseconds; false after `timeout` ms. */
export async function waitFor(test: () => boolean | Promise<boolean>, timeout = 60_000): Promise<boolean> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
  return false;
}
