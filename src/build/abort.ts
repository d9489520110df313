/**
 * `work`, unless `signal` aborts first: then `cleanUp()` is awaited and the abort's reason thrown. The work
 * itself is not stopped; the caller exits. Cleaning up before the exit matters for what runs beside this
 * thread (the writer thread), which a synchronous exit handler cannot wait for.
 */
export async function unlessAborted<T>(signal: AbortSignal | undefined, work: Promise<T>, cleanUp: () => Promise<void>): Promise<T> {
  if (!signal) return work;
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      cleanUp()
        .catch(() => undefined)
        .then(() => reject(signal.reason));
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
