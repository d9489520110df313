// What the build's threads share: where a worker thread's script is, and errors sent across threads.
import { BuildError } from './errors.js';

/**
 * Where a worker thread's script is (`moduleName` relative to src/, e.g. "write/worker"): the TypeScript
 * module when the generator runs from its sources (through workers/bootstrap.mjs, which registers tsx in the
 * thread first), the compiled JavaScript otherwise.
 */
export function workerEntry(moduleName: string): { url: URL; workerData: { typescript: boolean; entry: string } } {
  const here = import.meta.url;
  const typescript = /\.ts$/.test(new URL(here).pathname);
  const entry = new URL(`./${moduleName}.${typescript ? 'ts' : 'js'}`, here).href;
  return { url: new URL('./workers/bootstrap.mjs', here), workerData: { typescript, entry } };
}

// Structured cloning keeps an Error's message but not its class, so a BuildError is sent as its parts and
// made again on the other side, where the CLI prints it like any other.

export type ThreadError =
  | { build: true; code: BuildError['code']; place: BuildError['place']; details: string[]; message: string }
  | { build: false; message: string };

export function toThreadError(error: unknown): ThreadError {
  return error instanceof BuildError
    ? { build: true, code: error.code, place: error.place, details: error.details, message: error.message }
    : { build: false, message: String((error as Error)?.stack ?? error) };
}

export function fromThreadError(error: ThreadError): Error {
  if (!error.build) return new Error(`in a worker thread: ${error.message}`);
  const rebuilt = new BuildError(error.code, error.place, error.details);
  rebuilt.message = error.message;
  return rebuilt;
}
