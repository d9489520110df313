// Errors across threads: structured cloning keeps an Error's message but not its class, so a BuildError is
// sent as its parts and made again on the other side, where the CLI prints it like any other.
import { BuildError } from '../errors.js';

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
