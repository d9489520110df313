// Where a worker thread's script is: the TypeScript module when the generator runs from its sources (through
// bootstrap.mjs, which registers tsx in the thread first), the compiled JavaScript otherwise.
export function workerEntry(moduleName: string): { url: URL; workerData: { typescript: boolean; entry: string } } {
  const here = import.meta.url;
  const typescript = /\.ts$/.test(new URL(here).pathname);
  const entry = new URL(`${moduleName}.${typescript ? 'ts' : 'js'}`, here).href;
  return { url: new URL('./bootstrap.mjs', here), workerData: { typescript, entry } };
}
