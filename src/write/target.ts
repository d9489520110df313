// What a build holds on its output folder while it writes: a lock beside it (one build per folder at a
// time), and the clearing of what a killed build left there (its staging folder, or a previous site it was
// swapping out). Everything here is synchronous so it can run while the process exits.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KEPT_ENTRIES, SITE_MARKER } from '../site-folder.js';
import { BuildError } from '../errors.js';

export interface OutputLock {
  /** Give the folder back (idempotent). */
  release(): void;
}

/**
 * Take the output folder for this build: a lock file `<target>.lock` holding the process id, created only if
 * absent. A lock left by a process that no longer runs is taken over; a live one refuses the build.
 */
export function lockOutput(target: string): OutputLock {
  const lock = `${target}.lock`;
  writeOrFail(() => mkdirSync(path.dirname(target), { recursive: true }), target);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0)
        writeOrFail(() => {
          throw error;
        }, target);
      const holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      if (running(holder))
        throw new BuildError('output-busy', undefined, `“${target}” (process ${holder}; if no build is running, delete “${lock}”)`);
      rmSync(lock, { force: true });
    }
  }
  let held = true;
  return {
    release() {
      if (held) rmSync(lock, { force: true });
      held = false;
    },
  };
}

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeOrFail(work: () => void, target: string): void {
  try {
    work();
  } catch (cause) {
    throw new BuildError('write-failed', { path: target }, (cause as Error).message, { cause });
  }
}

/**
 * Clear what builds into `target` left beside it; call with the lock held, so none of them is still running.
 * A swap cut short between its two renames (the previous site moved aside, the new one not yet in) is undone;
 * entries kept for the host that had moved into the new site go back to the site; then the staging folders
 * and previous sites go (a previous site only if it carries the site marker, or is empty).
 */
export function clearLeftovers(target: string): void {
  writeOrFail(() => clearLeftoversOf(target), target);
}

function clearLeftoversOf(target: string): void {
  const dir = path.dirname(target);
  const base = path.basename(target);
  const names = readdirSync(dir).filter(
    (name) => name.startsWith(`${base}.`) && /^(building|previous)-\d+$/.test(name.slice(base.length + 1)),
  );
  const previous = names.filter((name) => name.includes('.previous-')).map((name) => path.join(dir, name));
  const staging = names.filter((name) => name.includes('.building-')).map((name) => path.join(dir, name));
  if (!existsSync(target) && previous.length && ours(previous[0])) renameSync(previous.shift()!, target);
  if (existsSync(target)) {
    for (const folder of staging) {
      for (const kept of KEPT_ENTRIES) {
        const from = path.join(folder, kept);
        if (existsSync(from) && !existsSync(path.join(target, kept))) renameSync(from, path.join(target, kept));
      }
    }
  }
  // A staging folder is only ever this build's (the lock is held); a previous site, only if it is one.
  for (const folder of staging) rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
  for (const folder of previous) if (ours(folder)) rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
}

/** A folder this build wrote (it carries the marker), or one left empty. */
function ours(folder: string): boolean {
  try {
    return existsSync(path.join(folder, SITE_MARKER)) || readdirSync(folder).length === 0;
  } catch {
    return false;
  }
}

/** Move the host's entries (CNAME, .git, …) of the current site into the new one, unless the new one has its own. */
export function carryKeptEntries(target: string, staging: string): void {
  for (const name of KEPT_ENTRIES) {
    const from = path.join(target, name);
    const to = path.join(staging, name);
    // The build's own (.nojekyll, or a CNAME in public/) wins.
    if (lstatSync(from, { throwIfNoEntry: false }) && !lstatSync(to, { throwIfNoEntry: false })) renameSync(from, to);
  }
}
