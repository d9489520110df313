// Stories are independent until the home page, so a big build spreads them over worker threads.
// Results come back in any order; the caller places them by index, so the output does not depend on
// which thread finished first.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StoryOptions, StoryOutput } from '../build/story.js';
import type { StorySource } from '../types.js';
import { fromThreadError, workerEntry, type ThreadError } from '../threads.js';

export interface StoryJob {
  index: number;
  source: StorySource;
  options: StoryOptions;
}

export type StoryReply =
  | { index: number; output: StoryOutput; error?: undefined }
  | { index: number; output?: undefined; error: ThreadError };

/**
 * How many threads should build stories, the main thread included (1: the main thread alone). Each extra
 * thread loads its own language model (≈0.3 s, ≈60–100 MB), so only many stories are worth spreading.
 */
export function threadCount(stories: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, stories));
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // On two cores a second builder was 26% faster on 5,000 articles but took peak memory past 500 MB
  // (README, Performance), so two cores build on the main thread unless --workers asks otherwise.
  if (cores < 3 || stories < 16) return 1;
  return Math.min(cores, 4);
}

/** Memory one worker thread may come to: its heap limit and its own language model. */
const WORKER_MEMORY_MB = 300;

export interface Machine {
  cores: number;
  freeMemoryMb: number;
}

export function thisMachine(): Machine {
  return {
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
    freeMemoryMb: os.freemem() / 2 ** 20,
  };
}

/**
 * `--workers N` as the machine can run it: at most one worker per core beside the main thread, and as many
 * as its free memory holds; with a note when that is fewer than asked.
 */
export function workerLimit(requested: number, machine: Machine = thisMachine()): { workers: number; note?: string } {
  const byCores = Math.max(0, machine.cores - 1);
  const byMemory = Math.max(0, Math.floor(machine.freeMemoryMb / WORKER_MEMORY_MB));
  const workers = Math.min(requested, byCores, byMemory);
  if (workers === requested) return { workers };
  const reason =
    workers === byCores
      ? `this machine has ${machine.cores} ${machine.cores === 1 ? 'core' : 'cores'}, and the main thread builds too`
      : `each worker needs about ${WORKER_MEMORY_MB} MB and ${Math.round(machine.freeMemoryMb)} MB are free`;
  return { workers, note: `--workers ${requested} lowered to ${workers}: ${reason}` };
}

/**
 * Old-space limit of a worker thread. V8 lets a heap grow well past what it needs before collecting; a
 * limit keeps the threads' sum under the memory target. A story too big for it fails over to the main thread.
 */
const WORKER_HEAP_MB = 192;

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (output: StoryOutput) => void; reject: (error: unknown) => void }>;
  dead?: Error;
}

/** A fixed set of worker threads; each takes jobs in the order posted, so a thread can have the next one queued. */
export class StoryPool {
  private readonly slots: Slot[] = [];

  constructor(size: number) {
    const { url, workerData } = workerEntry('workers/story');
    for (let i = 0; i < size; i++) {
      const slot: Slot = {
        worker: new Worker(url, { workerData, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }),
        pending: new Map(),
      };
      const fail = (error: Error) => {
        slot.dead ??= error;
        for (const { reject } of slot.pending.values()) reject(error);
        slot.pending.clear();
      };
      slot.worker.on('message', (reply: StoryReply) => {
        const waiting = slot.pending.get(reply.index);
        if (!waiting) return;
        slot.pending.delete(reply.index);
        if (reply.output) waiting.resolve(reply.output);
        else waiting.reject(fromThreadError(reply.error));
      });
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
      this.slots.push(slot);
    }
  }

  /** Build one story on the thread with the fewest jobs waiting. */
  run(job: StoryJob): Promise<StoryOutput> {
    const slot = this.slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    if (slot.dead) return Promise.reject(slot.dead);
    return new Promise((resolve, reject) => {
      slot.pending.set(job.index, { resolve, reject });
      slot.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }
}
