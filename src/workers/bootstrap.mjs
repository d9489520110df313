// Worker thread entry, plain JavaScript so that it loads without a TypeScript loader: Node 20 does not
// apply `--import tsx` from a Worker's execArgv to the worker's own entry module, so when the generator
// runs from its TypeScript sources the worker registers tsx itself, then loads the real worker module.
import { workerData } from 'node:worker_threads';

if (workerData.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
