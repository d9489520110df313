// A worker thread that builds stories: parse → analyse → align → render, one story per message.
import { parentPort } from 'node:worker_threads';
import { buildStory } from '../build/story.js';
import { BuildError } from '../errors.js';
import type { StoryJob, StoryReply } from './pool.js';

parentPort!.on('message', (job: StoryJob) => {
  let reply: StoryReply;
  try {
    reply = { index: job.index, output: buildStory(job.source, job.options) };
  } catch (error) {
    reply = {
      index: job.index,
      error: error instanceof BuildError
        ? { build: true, code: error.code, place: error.place, message: error.message, fix: error.fix }
        : { build: false, message: String((error as Error)?.stack ?? error) },
    };
  }
  parentPort!.postMessage(reply);
});
