// The site writer on a thread of its own. Creating tens of thousands of files is mostly the kernel's work
// (≈70 µs a file here), which on the build's own thread would stop parsing and aligning for seconds; on a
// second thread it runs beside them. Same writer (./site.ts), same staging folder and swap: only where the
// calls run changes.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ManifestFile, SiteManifest } from '../cache/index.js';
import { fromThreadError, workerEntry, type ThreadError } from '../threads.js';
import { insideFolder, stagingFolder, type WriteCounters } from './site.js';

export type FileToWrite = [name: string, content: string | Uint8Array, sha: string | undefined];

export type WriterRequest =
  | { kind: 'open'; outDir: string; previous?: SiteManifest }
  | { kind: 'put'; id: number; files: FileToWrite[] }
  | { kind: 'takeOver'; id: number; names: string[] }
  | { kind: 'commit'; id: number }
  | { kind: 'abort'; id: number };

export type WriterReply = { id: number; value?: unknown; error?: ThreadError };

/** What the writer leaves: the manifest of the site swapped in, and what it wrote and linked. */
export interface WrittenSite {
  files: Record<string, ManifestFile>;
  counters: WriteCounters;
}

/**
 * Batches of files waiting on the thread before `put` waits for it: enough to keep it busy, few enough that
 * pages do not pile up in memory when the disk is slower than the build.
 */
const MAX_BATCHES_QUEUED = 8;

export class WriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  private readonly queuedPuts: Promise<unknown>[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  readonly target: string;

  constructor(outDir: string, previous?: SiteManifest) {
    const { url, workerData } = workerEntry('write/worker');
    // The thread holds a few batches of pages at a time: a small heap keeps its garbage from adding up.
    this.worker = new Worker(url, {
      workerData,
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
    });
    this.target = path.resolve(outDir);
    this.worker.on('message', ({ id, value, error }: WriterReply) => {
      const waiting = this.waiting.get(id);
      this.waiting.delete(id);
      if (error) {
        this.failure ??= fromThreadError(error);
        waiting?.reject(this.failure);
      } else waiting?.resolve(value);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      this.exited = true;
      this.fail(new Error(`the writer thread stopped (exit code ${code})`));
    });
    this.worker.postMessage({ kind: 'open', outDir, previous } satisfies WriterRequest);
  }

  /** Queue files to write; a bad name throws here, before anything is queued. Waits only if the thread lags behind. */
  async put(files: FileToWrite[]): Promise<void> {
    if (this.failure) throw this.failure;
    for (const [name] of files) insideFolder(this.target, name);
    this.queuedPuts.push(this.request({ kind: 'put', id: this.nextId++, files }).catch(() => undefined));
    while (this.queuedPuts.length > MAX_BATCHES_QUEUED) await this.queuedPuts.shift();
    if (this.failure) throw this.failure;
  }

  takeOver(names: string[]): Promise<boolean> {
    return this.request({ kind: 'takeOver', id: this.nextId++, names }) as Promise<boolean>;
  }

  async commit(): Promise<WrittenSite> {
    try {
      return (await this.request({ kind: 'commit', id: this.nextId++ })) as WrittenSite;
    } finally {
      await this.close();
    }
  }

  /** Throw the staging folder away (here, if the thread is gone); the previous site stays as it was. */
  async abort(): Promise<void> {
    try {
      if (!this.exited) await this.request({ kind: 'abort', id: this.nextId++ }).catch(() => undefined);
    } finally {
      await this.close();
      rmSync(stagingFolder(this.target), { recursive: true, force: true });
    }
  }

  private request(message: WriterRequest & { id: number }): Promise<unknown> {
    if (this.failure && message.kind !== 'abort') return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, { resolve, reject });
      this.worker.postMessage(message);
    });
  }

  private fail(error: Error): void {
    if (this.closed) return;
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
  }

  private closed = false;
  private exited = false;

  private async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }
}
