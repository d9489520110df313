// Which thread builds which story: the main thread and, for many stories, worker threads, each taking the
// next story as it is free. Results are placed by index, so the output does not depend on the threads.
import { BuildError } from '../errors.js';
import type { StorySource } from '../types.js';
import { StoryPool, threadCount, type StoryJob } from '../workers/pool.js';
import type { StoryOptions, StoryOutput } from './story.js';

/** One story's pipeline (src/build.ts); worker threads run the same function. */
export type StoryBuilder = (source: StorySource, options: StoryOptions) => StoryOutput;

export interface ScheduleOptions extends Pick<StoryOptions, 'base' | 'hash' | 'keepAligned'> {
  /**
   * The pages of stories built on this thread go to the writer thread as text, to be encoded and hashed
   * there (that thread has time to spare; this one has none). Worker threads still send bytes and hashes.
   */
  writerEncodes?: boolean;
  /** Worker threads besides the main thread; default: by the number of stories and cores; 0: the main thread only. */
  workers?: number;
}

/**
 * Build the stories `order` lists (indices into `sources`) and hand each to `accept` as it is done.
 * Returns how many worker threads helped.
 */
export async function buildStories(
  sources: StorySource[],
  order: number[],
  options: ScheduleOptions,
  accept: (index: number, output: StoryOutput) => Promise<void>,
  buildStory: StoryBuilder,
): Promise<number> {
  const workers = threadCount(order.length, options.workers === undefined ? undefined : options.workers + 1) - 1;
  const job = (index: number): StoryJob => ({
    index,
    source: sources[index],
    options: { base: options.base, hash: options.hash, keepAligned: options.keepAligned, bytes: true },
  });
  const onMainThread = (index: number): StoryJob => {
    const { source, options: jobOptions } = job(index);
    return { index, source, options: options.writerEncodes ? { ...jobOptions, hash: false, bytes: false } : jobOptions };
  };
  await runStories(order, workers, { job, onMainThread, accept, buildStory });
  return workers;
}

/**
 * Build the stories in `order` on the main thread and `workers` worker threads, each taking the next story
 * as it is free (a worker has one more queued, so it never waits for the busy main thread). At most a few
 * stories' pages are in memory at once. On failure no new story starts; the error reported is that of the
 * earliest failing story, so it does not depend on which thread was faster.
 */
interface Lanes {
  job: (index: number) => StoryJob;
  onMainThread: (index: number) => StoryJob;
  accept: (index: number, output: StoryOutput) => Promise<void>;
  buildStory: StoryBuilder;
}

async function runStories(order: number[], workers: number, { job, onMainThread, accept, buildStory }: Lanes): Promise<void> {
  let next = 0;
  const errors = new Map<number, unknown>();
  const take = (): number | undefined => (errors.size || next >= order.length ? undefined : order[next++]);
  const settle = async (index: number, work: () => Promise<StoryOutput> | StoryOutput) => {
    try {
      const output = await work();
      if (!errors.size) await accept(index, output);
    } catch (error) {
      errors.set(index, error);
    }
  };
  const mainThread = async () => {
    for (let index = take(); index !== undefined; index = take()) {
      await settle(index, () => buildStory(onMainThread(index).source, onMainThread(index).options));
      await new Promise((resolve) => setImmediate(resolve)); // let the writer and the workers' replies through
    }
  };
  if (workers === 0) {
    await mainThread();
  } else {
    const pool = new StoryPool(workers);
    // A story that fails in a worker for any reason but its articles (out of memory, say) is built here instead.
    const onWorker = (index: number) =>
      pool.run(job(index)).catch((error: unknown) => {
        if (error instanceof BuildError) throw error;
        return buildStory(job(index).source, job(index).options);
      });
    const workerLane = async () => {
      for (let index = take(); index !== undefined; index = take()) await settle(index, () => onWorker(index));
    };
    try {
      await Promise.all([mainThread(), ...Array.from({ length: workers * 2 }, workerLane)]);
    } finally {
      await pool.close();
    }
  }
  if (errors.size) throw errors.get(Math.min(...errors.keys()));
}
