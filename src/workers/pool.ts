// Stories are independent until the home page, so a big build spreads them over worker threads.
// Results come back in any order; the caller places them by index, so the output does not depend on
// which thread finished first.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StoryOutput } from '../build.js';
import { BuildError } from '../errors.js';
import type { StorySource } from '../types.js';

export interface StoryJob {
  index: number;
  source: StorySource;
  options: { base?: string };
}

export type StoryReply =
  | { index: number; output: StoryOutput; error?: undefined }
  | { index: number; output?: undefined; error: { build: true; code: BuildError['code']; place: BuildError['place']; message: string; fix: string } | { build: false; message: string } };

/** How many worker threads pay off for this many stories (0: build on the main thread). */
export function workerCount(stories: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, stories));
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // Each thread loads the language model (≈0.3 s, ≈60 MB), so only many stories are worth spreading.
  if (cores < 2 || stories < 16) return 0;
  return Math.min(cores, 4);
}

/** The worker script; from TypeScript sources, through a JavaScript entry that registers tsx first. */
function workerEntry(): { url: URL; workerData: { typescript: boolean; entry: string } } {
  const here = import.meta.url;
  const typescript = /\.ts$/.test(new URL(here).pathname);
  const entry = new URL(typescript ? './story.ts' : './story.js', here).href;
  return { url: new URL('./bootstrap.mjs', here), workerData: { typescript, entry } };
}

/** A fixed set of worker threads, each building one story at a time. */
export class StoryPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private readonly dead = new Map<Worker, Error>();

  constructor(size: number) {
    const { url, workerData } = workerEntry();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData, execArgv: [] });
      // A thread that dies outside a job is reported by the next job's error listener; keep it from crashing the process meanwhile.
      worker.on('error', (error) => this.dead.set(worker, error));
      worker.on('exit', (code) => this.dead.set(worker, this.dead.get(worker) ?? new Error(`a worker thread stopped (exit code ${code})`)));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Build one story on the next free thread. */
  async run(job: StoryJob): Promise<StoryOutput> {
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    try {
      const reply = await new Promise<StoryReply>((resolve, reject) => {
        const died = this.dead.get(worker);
        if (died) return reject(died);
        const onMessage = (message: StoryReply) => {
          worker.off('error', onError).off('exit', onExit);
          resolve(message);
        };
        const onError = (error: Error) => {
          worker.off('message', onMessage).off('exit', onExit);
          reject(error);
        };
        const onExit = (code: number) => {
          worker.off('message', onMessage).off('error', onError);
          reject(new Error(`a worker thread stopped (exit code ${code})`));
        };
        worker.once('message', onMessage).once('error', onError).once('exit', onExit);
        worker.postMessage(job);
      });
      if (reply.error) {
        if (!reply.error.build) throw new Error(`in a worker thread: ${reply.error.message}`);
        const error = new BuildError(reply.error.code, reply.error.place);
        error.message = reply.error.message;
        throw error;
      }
      return reply.output;
    } finally {
      const next = this.waiting.shift();
      if (next) next(worker);
      else this.idle.push(worker);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
