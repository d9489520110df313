// `npm run build -- [--articles DIR] [--out DIR] [--base URL] [--no-cache] [--workers N]`
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type BuildReport, build } from './build.js';
import { BuildError, formatWarning, printable } from './errors.js';
import { KEPT_ENTRIES, SITE_MARKER } from './site-folder.js';
import { workerLimit } from './workers/pool.js';
import { formatMs } from './timers.js';

const usage = `Usage: npm run build -- [--articles DIR] [--out DIR] [--base URL] [--cache DIR | --no-cache] [--workers N]

  --articles DIR  folder of stories, one subfolder per story (default: articles)
  --out DIR       where the site is written (default: _site)
  --base URL      the site's public address, used for canonical links only
  --cache DIR     cache folder for incremental builds (default: .cache)
  --no-cache      build every story again, and remember nothing
  --workers N     worker threads for stories (default: by the number of stories and cores; 0: none;
                  at most one per core beside the main thread, and what free memory holds)
  --help          show this help

What the build writes:
  Only the --out folder, and only if it is missing, empty, or a site an earlier build wrote (it
  carries a ${SITE_MARKER} file). It replaces everything in it except
  ${KEPT_ENTRIES.join(', ')}. It refuses, before touching anything, a file, a folder holding
  anything else, and a folder that is, holds or is inside the articles folder, or that is or holds
  this project, the current folder, your home or /.
  A symbolic link as --out is followed: the site replaces the folder it points to.
  Beside --out it keeps, while it runs, a lock (<out>.lock) and the new site (<out>.building-<pid>),
  swapped in only when complete; a failed, stopped or killed build leaves the previous site as it was,
  and the next build clears what it left. The cache (--cache) holds only what the build remembers.
  Nothing in an article is ever run: front matter is read as YAML only. Symbolic links in the
  articles folder that lead out of it are skipped with a warning.`;

/** The command line's options, or a bad-option error that says what is wrong. */
function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        articles: { type: 'string', default: 'articles' },
        out: { type: 'string', default: '_site' },
        base: { type: 'string' },
        cache: { type: 'string', default: '.cache' },
        'no-cache': { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (cause) {
    throw new BuildError('bad-option', undefined, (cause as Error).message, { cause });
  }
}

async function main(argv: string[], signal?: AbortSignal): Promise<number> {
  const values = parseOptions(argv);
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values.base !== undefined && !URL.canParse(values.base)) {
    throw new BuildError('bad-option', undefined, `--base must be a full address such as https://example.org/site/, not “${values.base}”`);
  }
  let workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    throw new BuildError('bad-option', undefined, `--workers must be a whole number (0 for none), not “${values.workers}”`);
  }
  if (workers !== undefined) {
    const limit = workerLimit(workers);
    if (limit.note) console.warn(`note: ${limit.note}`);
    workers = limit.workers;
  }
  const started = performance.now();
  const progress = progressReporter(process.stderr);
  let result: BuildReport;
  try {
    result = await build({
      articlesDir: values.articles,
      outDir: values.out,
      base: values.base,
      cacheDir: values['no-cache'] ? false : values.cache,
      workers,
      onProgress: progress.update,
      signal,
    });
  } finally {
    progress.end();
  }
  for (const warning of result.warnings) console.warn(formatWarning(warning));
  const articles = result.stories.reduce((sum, { story }) => sum + story.articles.length, 0);
  console.log(
    `Built ${result.stories.length} ${result.stories.length === 1 ? 'story' : 'stories'} (${articles} articles) into ${printable(values.out)}/: ` +
      `${result.fileCount} files in ${formatMs(performance.now() - started)}`,
  );
  console.log(`  ${result.timer.summary()}`);
  if (result.reused.length || result.counters.linked) {
    console.log(
      `  ${result.built.length} ${result.built.length === 1 ? 'story' : 'stories'} built, ${result.reused.length} unchanged (from ${values.cache}/); ` +
        `${result.counters.written} files written, ${result.counters.linked} unchanged`,
    );
  }
  return 0;
}

/**
 * Progress on long builds: on a terminal, one line rewritten in place; otherwise (CI logs) a plain line
 * every 10% or 10 seconds. Quiet for builds that take under a second.
 */
export function progressReporter(stream: { isTTY?: boolean; write(text: string): unknown }, now = () => performance.now()) {
  const started = now();
  let last = started;
  let lastShare = 0;
  let drawn = false;
  return {
    update: (done: number, total: number): void => {
      const time = now();
      if (time - started < 1000 && done < total) return;
      const line = `building: ${done}/${total} stories (${Math.floor((done / total) * 100)}%)`;
      if (stream.isTTY) {
        if (time - last < 100 && done < total) return;
        stream.write(`\r\x1b[2K${line}`);
        drawn = true;
      } else {
        if (done < total && done / total - lastShare < 0.1 && time - last < 10_000) return;
        if (time - started < 1000) return;
        stream.write(`${line}\n`);
        lastShare = done / total;
      }
      last = time;
    },
    end: (): void => {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

const STOP_SIGNALS = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const;

/**
 * Ctrl-C or a kill: the build is aborted (its writer stopped, the new site thrown away), then the process
 * exits with the signal's code. Whatever is not done within a few seconds is cut off by the exit, whose
 * handlers still remove the staging folder and the lock; a second Ctrl-C stops at once.
 */
function stopOnSignals(): AbortController {
  const controller = new AbortController();
  for (const [signal, code] of STOP_SIGNALS) {
    process.once(signal, () => {
      console.error(`\nStopped (${signal}); the previous site was left as it was.`);
      controller.abort(code);
      setTimeout(() => process.exit(code), 5000).unref();
    });
  }
  return controller;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const stop = stopOnSignals();
  const stopped = () => (stop.signal.aborted ? (stop.signal.reason as number) : undefined);
  main(process.argv.slice(2), stop.signal).then(
    (code) => process.exit(stopped() ?? code),
    (error: unknown) => {
      if (stopped() !== undefined) process.exit(stopped());
      if (error instanceof BuildError) {
        console.error(error.format());
        console.error('The build stopped; the previous site was left as it was.');
        process.exit(1);
      }
      console.error(printable(`Internal error: ${(error as Error)?.message ?? String(error)}`));
      console.error('This is a bug in the generator, not in your articles; please report it with the command you ran.');
      if (process.env.DEBUG) console.error(error);
      process.exit(2);
    },
  );
}
