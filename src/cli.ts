// `npm run build -- [--articles DIR] [--out DIR] [--base URL] [--no-cache] [--workers N]`
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from './build.js';
import { BuildError } from './errors.js';
import { formatMs } from './timers.js';

const usage = `Usage: npm run build -- [--articles DIR] [--out DIR] [--base URL] [--no-cache] [--workers N]

  --articles DIR  folder of stories, one subfolder per story (default: articles)
  --out DIR       where the site is written (default: _site)
  --base URL      the site's public address, used for canonical links only
  --cache DIR     cache folder for incremental builds (default: .cache)
  --no-cache      build every story again, and remember nothing
  --workers N     worker threads for stories (default: by the number of stories and cores; 0: none)
  --help          show this help`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
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
    }));
  } catch (cause) {
    throw new BuildError('bad-option', undefined, (cause as Error).message, { cause });
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values.base !== undefined && !URL.canParse(values.base)) {
    throw new BuildError('bad-option', undefined, `--base must be a full address such as https://example.org/site/, not “${values.base}”`);
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    throw new BuildError('bad-option', undefined, `--workers must be a whole number (0 for none), not “${values.workers}”`);
  }
  const started = performance.now();
  const progress = progressReporter(process.stderr);
  let result;
  try {
    result = await build({
      articlesDir: values.articles,
      outDir: values.out,
      base: values.base,
      cacheDir: values['no-cache'] ? false : values.cache,
      workers,
      onProgress: progress.update,
    });
  } finally {
    progress.end();
  }
  for (const warning of result.warnings) console.warn(`${warning.path}:${warning.line}:${warning.column}  warning: ${warning.message}`);
  const articles = result.stories.reduce((sum, { story }) => sum + story.articles.length, 0);
  console.log(
    `Built ${result.stories.length} ${result.stories.length === 1 ? 'story' : 'stories'} (${articles} articles) into ${values.out}/: ` +
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

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BuildError) {
      console.error(error.format());
      console.error('The build stopped; the previous site was left as it was.');
      process.exit(1);
    }
    console.error(`Internal error: ${(error as Error)?.message ?? String(error)}`);
    console.error('This is a bug in the generator, not in your articles; please report it with the command you ran.');
    if (process.env.DEBUG) console.error(error);
    process.exit(2);
  },
);
