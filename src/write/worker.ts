// The writer thread (see ./thread.ts): one SiteWriter, requests handled in the order they were sent. The
// first failure is kept and answered to every later request, so the build stops at its next step.
import { parentPort } from 'node:worker_threads';
import { toThreadError, type ThreadError } from '../threads.js';
import { SiteWriter } from './site.js';
import type { WriterReply, WriterRequest, WrittenSite } from './thread.js';

let writer: SiteWriter | undefined;
let failure: ThreadError | undefined;

function attempt(work: () => unknown): WriterReply['value'] {
  if (failure) return undefined;
  try {
    return work();
  } catch (error) {
    failure = toThreadError(error);
    return undefined;
  }
}

parentPort!.on('message', (request: WriterRequest) => {
  if (request.kind === 'open') {
    attempt(() => (writer = SiteWriter.open(request.outDir, request.previous)));
    return;
  }
  if (request.kind === 'abort') {
    writer?.abort();
    parentPort!.postMessage({ id: request.id } satisfies WriterReply);
    return;
  }
  const value = attempt(() => {
    switch (request.kind) {
      case 'put':
        for (const [name, content, sha] of request.files) writer!.put(name, content, sha);
        return undefined;
      case 'takeOver':
        return writer!.takeOver(request.names);
      case 'commit':
        writer!.commit();
        return { files: writer!.files, counters: writer!.counters } satisfies WrittenSite;
    }
  });
  parentPort!.postMessage({ id: request.id, value, error: failure } satisfies WriterReply);
});
