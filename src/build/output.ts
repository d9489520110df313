// Where a build's pages go: the site writer (a staging folder swapped in at the end), and, for the dev
// server, a copy of every file in memory. All of it timed as the write stage.
import type { SiteManifest } from '../cache/index.js';
import { BuildError } from '../errors.js';
import { loadPreviousFile } from '../load/cache.js';
import type { StageTimer } from '../timers.js';
import type { SiteFiles } from '../types.js';
import { SiteWriter } from '../write/site.js';

export class SiteOutput {
  private constructor(
    readonly writer: SiteWriter,
    private readonly outDir: string,
    private readonly timer: StageTimer,
    /** Every file's content, when kept. */
    readonly files: SiteFiles | undefined,
  ) {}

  static async open(outDir: string, previous: SiteManifest | undefined, timer: StageTimer, keepFiles = false): Promise<SiteOutput> {
    return new SiteOutput(await SiteWriter.open(outDir, previous), outDir, timer, keepFiles ? new Map() : undefined);
  }

  /** Add a file (`sha`: its content hash, if known). */
  put(name: string, content: string | Uint8Array, sha?: string): Promise<void> {
    this.files?.set(name, content);
    return this.timer.time('write', () => this.writer.put(name, content, sha));
  }

  async putAll(files: Iterable<[string, string | Uint8Array, (string | undefined)?]>): Promise<void> {
    for (const [name, content, sha] of files) await this.put(name, content, sha);
  }

  /** Could these files of the previous site be taken over as they are? */
  reusable(names: string[]): Promise<boolean> {
    return this.writer.reusable(names);
  }

  /** Take files over from the previous site unchanged. */
  reuse(names: string[]): Promise<void> {
    return this.timer.time('write', async () => {
      for (const name of names) {
        if (!(await this.writer.reuse(name))) throw new BuildError('write-failed', { path: this.outDir }, `${name} changed during the build`);
        if (this.files) this.files.set(name, await loadPreviousFile(this.outDir, name));
      }
    });
  }

  /** Swap the new site in. */
  commit(): Promise<void> {
    return this.timer.time('write', () => this.writer.commit());
  }

  /** Throw the new site away; the previous one stays as it was. */
  abort(): Promise<void> {
    return this.writer.abort();
  }
}
