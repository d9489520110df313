// Where a build's pages go. On disk: the site writer (a staging folder swapped in at the end), on the build's
// own thread or, for big builds, a thread of its own, with, for the dev server, a copy of every file in
// memory. In memory only (buildSite: tests, the dev server): a map of files, nothing written.
// The write stage's time is the build thread's: with the writer thread, only handing files over and waiting.
import type { SiteManifest } from '../cache/index.js';
import { loadPreviousFile } from '../load/cache.js';
import type { StageTimer } from '../timers.js';
import type { SiteFiles } from '../types.js';
import { SiteWriter } from '../write/site.js';
import { WriterThread, type FileToWrite, type WrittenSite } from '../write/thread.js';

export interface OutputOptions {
  /** Keep every file's content in memory (the dev server). */
  keepFiles?: boolean;
  /** Write on a thread of its own. */
  threaded?: boolean;
}

/** What the build hands its files to; `commit` makes them the site, `abort` throws them away. */
export interface Output {
  /** Every file's content, when kept. */
  readonly files: SiteFiles | undefined;
  putAll(files: Iterable<[string, string | Uint8Array, (string | undefined)?]>): Promise<void>;
  /** Take these files over from the previous site unchanged, all or none; false if that cannot be done. */
  takeOver(names: string[]): Promise<boolean>;
  commit(): Promise<WrittenSite>;
  abort(): Promise<void>;
}

/** A site in memory: every file kept, nothing written, nothing taken over. */
export class MemoryOutput implements Output {
  readonly files: SiteFiles = new Map();

  async putAll(files: Iterable<[string, string | Uint8Array, (string | undefined)?]>): Promise<void> {
    for (const [name, content] of files) this.files.set(name, content);
  }

  async takeOver(): Promise<boolean> {
    return false;
  }

  async commit(): Promise<WrittenSite> {
    return { files: {}, counters: { written: this.files.size, linked: 0 } };
  }

  async abort(): Promise<void> {
    this.files.clear();
  }
}

export class SiteOutput implements Output {
  private constructor(
    private readonly writer: SiteWriter | WriterThread,
    private readonly outDir: string,
    private readonly timer: StageTimer,
    /** Every file's content, when kept. */
    readonly files: SiteFiles | undefined,
  ) {}

  static open(outDir: string, previous: SiteManifest | undefined, timer: StageTimer, options: OutputOptions = {}): SiteOutput {
    const writer = options.threaded ? new WriterThread(outDir, previous) : SiteWriter.open(outDir, previous);
    return new SiteOutput(writer, outDir, timer, options.keepFiles ? new Map() : undefined);
  }

  /** Add files (each with its content hash, if known). */
  async putAll(files: Iterable<[string, string | Uint8Array, (string | undefined)?]>): Promise<void> {
    const batch: FileToWrite[] = [];
    for (const [name, content, sha] of files) {
      this.files?.set(name, content);
      batch.push([name, content, sha]);
    }
    const writer = this.writer;
    if (writer instanceof WriterThread) await this.timer.time('write', () => writer.put(batch));
    else
      this.timer.timeSync('write', () => {
        for (const [name, content, sha] of batch) writer.put(name, content, sha);
      });
  }

  /** Take these files over from the previous site unchanged, all or none; false if any was touched since. (Untimed: asked many at once, the caller times them together.) */
  async takeOver(names: string[]): Promise<boolean> {
    if (!(await this.writer.takeOver(names))) return false;
    if (this.files) for (const name of names) this.files.set(name, await loadPreviousFile(this.outDir, name));
    return true;
  }

  /** Swap the new site in; returns its manifest. */
  commit(): Promise<WrittenSite> {
    const writer = this.writer;
    return this.timer.time('write', async () => {
      if (writer instanceof WriterThread) return writer.commit();
      writer.commit();
      return { files: writer.files, counters: writer.counters };
    });
  }

  /** Throw the new site away; the previous one stays as it was. */
  async abort(): Promise<void> {
    await this.writer.abort();
  }
}
