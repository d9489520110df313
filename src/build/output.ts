// Where a build's pages go: the site writer (a staging folder swapped in at the end), and, for the dev
// server, a copy of every file in memory. All of it timed as the write stage.
import type { SiteManifest } from '../cache/index.js';
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

  static open(outDir: string, previous: SiteManifest | undefined, timer: StageTimer, keepFiles = false): SiteOutput {
    return new SiteOutput(SiteWriter.open(outDir, previous), outDir, timer, keepFiles ? new Map() : undefined);
  }

  /** Add files (each with its content hash, if known). */
  putAll(files: Iterable<[string, string | Uint8Array, (string | undefined)?]>): void {
    this.timer.timeSync('write', () => {
      for (const [name, content, sha] of files) {
        this.files?.set(name, content);
        this.writer.put(name, content, sha);
      }
    });
  }

  /** Take these files over from the previous site unchanged, all or none; false if any was touched since. */
  async takeOver(names: string[]): Promise<boolean> {
    if (!this.timer.timeSync('write', () => this.writer.takeOver(names))) return false;
    if (this.files) for (const name of names) this.files.set(name, await loadPreviousFile(this.outDir, name));
    return true;
  }

  /** Swap the new site in. */
  commit(): void {
    this.timer.timeSync('write', () => this.writer.commit());
  }

  /** Throw the new site away; the previous one stays as it was. */
  abort(): void {
    this.writer.abort();
  }
}
