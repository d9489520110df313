import { link, lstat, mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { byteLength, contentHash, type ManifestFile, type SiteManifest } from '../cache/index.js';
import { BuildError } from '../errors.js';
import type { SiteFiles } from '../types.js';

/**
 * Write the site to a fresh folder beside the output and swap it in only once every file is written,
 * so a failed build leaves the previous site exactly as it was.
 */
export async function writeSite(files: SiteFiles, outDir: string): Promise<void> {
  const writer = await SiteWriter.open(outDir);
  try {
    for (const [name, content] of files) await writer.put(name, content);
    await writer.commit();
  } catch (cause) {
    await writer.abort();
    throw cause;
  }
}

/** How many files the writer wrote, and how many it took over unchanged from the previous site. */
export interface WriteCounters {
  written: number;
  linked: number;
}

/**
 * The writer of one build. Files go into a staging folder beside the output; a file whose content the
 * previous site already holds (by the manifest: same hash, and the file untouched since: same inode, size
 * and modification time) is hard-linked from it instead of written again. `commit()` swaps the staging
 * folder in; until then the previous site is never modified (links only add names to its files).
 */
export class SiteWriter {
  readonly target: string;
  readonly staging: string;
  /** The manifest of the site being written. */
  readonly files: Record<string, ManifestFile> = {};
  readonly counters: WriteCounters = { written: 0, linked: 0 };
  private readonly dirs = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;

  private constructor(outDir: string, private readonly previous: SiteManifest | undefined, private readonly limit: number) {
    this.target = path.resolve(outDir);
    this.staging = `${this.target}.building-${process.pid}`;
  }

  static async open(outDir: string, previous?: SiteManifest, { concurrency = 32 } = {}): Promise<SiteWriter> {
    const writer = new SiteWriter(outDir, previous, concurrency);
    try {
      await rm(writer.staging, { recursive: true, force: true });
      await mkdir(writer.staging, { recursive: true });
      writer.dirs.add(writer.staging);
    } catch (cause) {
      throw new BuildError('write-failed', { path: outDir }, (cause as Error).message, { cause });
    }
    return writer;
  }

  /** Add a file. `sha` is its content hash if the caller already has it. Returns once the file is queued. */
  async put(name: string, content: string | Uint8Array, sha?: string): Promise<void> {
    const file = insideFolder(this.staging, name); // throws on a bad name before anything is queued
    await this.queue(async () => {
      const size = byteLength(content);
      const before = this.previous?.files[name];
      const hash = before && before.size === size ? (sha ?? contentHash(content)) : sha;
      if (before && hash === before.sha && (await this.linkPrevious(name, file, before))) return;
      await this.ensureDir(path.dirname(file));
      const handle = await openFresh(file);
      try {
        await handle.writeFile(content);
        const stats = await handle.stat();
        this.files[name] = { sha: hash ?? contentHash(content), size, ino: stats.ino, mtimeMs: stats.mtimeMs };
      } finally {
        await handle.close();
      }
      this.counters.written += 1;
    });
  }

  /** Could these files be taken over from the previous site as they are (all present and untouched)? */
  async reusable(names: string[]): Promise<boolean> {
    if (!this.previous) return false;
    for (const name of names) {
      const before = this.previous.files[name];
      if (!before || !(await untouched(insideFolder(this.target, name), before))) return false;
    }
    return true;
  }

  /** Take a file over from the previous site unchanged; false if it is missing or was touched. */
  async reuse(name: string): Promise<boolean> {
    const before = this.previous?.files[name];
    if (!before) return false;
    return this.linkPrevious(name, insideFolder(this.staging, name), before);
  }

  /** Wait for every queued file; throws the first failure. */
  async flush(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.race(this.inFlight);
    if (this.failure !== undefined) throw wrap(this.failure, this.target);
  }

  /** Swap the staging folder in as the site; the previous site goes only once the new one is in place. */
  async commit(): Promise<void> {
    await this.flush();
    const previous = `${this.target}.previous-${process.pid}`;
    const hadPrevious = await rename(this.target, previous).then(() => true, () => false);
    await rename(this.staging, this.target);
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  }

  /** Throw the staging folder away; the previous site stays as it was. */
  async abort(): Promise<void> {
    await Promise.allSettled(this.inFlight);
    await rm(this.staging, { recursive: true, force: true });
  }

  private async linkPrevious(name: string, file: string, before: ManifestFile): Promise<boolean> {
    const from = insideFolder(this.target, name);
    if (!(await untouched(from, before))) return false;
    await this.ensureDir(path.dirname(file));
    await unlink(file).catch(() => undefined);
    const ok = await link(from, file).then(() => true, () => false);
    if (ok) {
      this.files[name] = before;
      this.counters.linked += 1;
    }
    return ok;
  }

  private async queue(work: () => Promise<void>): Promise<void> {
    if (this.failure !== undefined) throw wrap(this.failure, this.target);
    while (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
    const job: Promise<void> = work().then(
      () => void this.inFlight.delete(job),
      (error: unknown) => {
        this.failure ??= error;
        this.inFlight.delete(job);
      },
    );
    this.inFlight.add(job);
  }

  private async ensureDir(dir: string): Promise<void> {
    if (this.dirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.dirs.add(dir);
  }
}

/** A new file, never an existing one: a name hard-linked from the previous site must not be written through. */
async function openFresh(file: string) {
  try {
    return await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await unlink(file);
    return open(file, 'wx');
  }
}

async function untouched(file: string, before: ManifestFile): Promise<boolean> {
  const stats = await lstat(file).catch(() => undefined);
  return Boolean(stats?.isFile() && stats.ino === before.ino && stats.size === before.size && stats.mtimeMs === before.mtimeMs);
}

function wrap(cause: unknown, outDir: string): unknown {
  return cause instanceof BuildError ? cause : new BuildError('write-failed', { path: outDir }, (cause as Error)?.message ?? String(cause), { cause });
}

/** The absolute path of a site file; refuses any name that would land outside the folder. */
export function insideFolder(folder: string, name: string): string {
  const file = path.resolve(folder, name);
  if (path.isAbsolute(name) || !file.startsWith(folder + path.sep)) {
    throw new BuildError('bad-id', { path: name }, name);
  }
  return file;
}
