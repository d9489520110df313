// A worker thread that builds stories: parse → analyse → align → render, one story per message.
import { parentPort } from 'node:worker_threads';
import { buildStory, siteTemplates, storyVectors } from '../build.js';
import { toThreadError } from '../threads.js';
import type { StoryJob, StoryReply } from './pool.js';

// A worker is started to build stories, so its word vectors and templates are read at once, for all of them.
const shared = { vectors: storyVectors(), templates: siteTemplates() };

parentPort!.on('message', (job: StoryJob) => {
  let reply: StoryReply;
  try {
    reply = { index: job.index, output: buildStory(job.source, job.options, shared) };
  } catch (error) {
    reply = { index: job.index, error: toThreadError(error) };
  }
  parentPort!.postMessage(reply);
});
