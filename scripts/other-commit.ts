// Another commit of this repository, checked out beside it: what `npm run same` and `npm run bench --
// --against REF` build the "before" side with. The commit goes into a temporary git worktree; its
// dependencies are this tree's node_modules when both lockfiles are the same bytes, else its own, installed
// with `npm ci` (a commit from before a dependency change cannot be built with today's packages).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface OtherCommit {
  /** The worktree's folder: the other commit's files, ready to run. */
  tree: string;
  /** The abbreviated commit the reference named when it was checked out. */
  commit: string;
  /** How its node_modules were provided: 'shared' (a link to this tree's) or 'installed' (npm ci). */
  modules: 'shared' | 'installed';
  /** Removes the worktree (and its installed packages). Safe to call twice. */
  remove(): void;
}

const sameBytes = (a: string, b: string) => existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));

/** Checks `ref` out into a temporary worktree of the repository at `root`, with its dependencies in place. */
export function checkOutCommit(root: string, ref: string, log: (line: string) => void = () => {}): OtherCommit {
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const work = mkdtempSync(path.join(os.tmpdir(), `commit-${commit}-`));
  const tree = path.join(work, 'tree');
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    if (existsSync(tree)) execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
    rmSync(work, { recursive: true, force: true });
  };
  try {
    execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, commit], { cwd: root, stdio: 'inherit' });
    const modules = provideModules(root, tree, commit, log);
    return { tree, commit, modules, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

function provideModules(root: string, tree: string, commit: string, log: (line: string) => void): OtherCommit['modules'] {
  if (sameBytes(path.join(root, 'package-lock.json'), path.join(tree, 'package-lock.json'))) {
    symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
    return 'shared';
  }
  log(`${commit}: its package-lock.json differs from this tree's, so npm ci there…`);
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  return 'installed';
}
