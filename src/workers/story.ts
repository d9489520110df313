// A worker thread that builds stories: parse → analyse → align → render, one story per message.
import { parentPort } from 'node:worker_threads';
import { buildStory } from '../build.js';
import { toThreadError } from './errors.js';
import type { StoryJob, StoryReply } from './pool.js';

parentPort!.on('message', (job: StoryJob) => {
  let reply: StoryReply;
  try {
    reply = { index: job.index, output: buildStory(job.source, job.options) };
  } catch (error) {
    reply = { index: job.index, error: toThreadError(error) };
  }
  parentPort!.postMessage(reply);
});
