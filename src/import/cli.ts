// `npm run import -- [--story NAME] [--articles DIR] INPUT…`: saved pages, texts, folders and addresses
// into one story folder, one markdown article each.
import { parseArgs } from 'node:util';
import { report } from './report.js';
import { importArticles } from './run.js';
import { DEFAULT_LIMITS } from './input.js';

const usage = `Usage: npm run import -- [--story NAME] [--articles DIR] [--timeout SECONDS] INPUT…

  INPUT            a saved web page (.html, .htm, also .gz), a text file (.txt), a folder of these,
                   or an http(s) address
  --story NAME     the story folder to write or add to (default: from the first article's headline)
  --articles DIR   the folder of stories (default: articles)
  --timeout S      how long to wait for an address (default: ${DEFAULT_LIMITS.timeoutMs / 1000})
  --help           show this help`;

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      story: { type: 'string' },
      articles: { type: 'string', default: 'articles' },
      timeout: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`Name at least one page, text, folder or address to import.\n\n${usage}`);
    return 1;
  }
  const timeout = values.timeout === undefined ? DEFAULT_LIMITS.timeoutMs / 1000 : Number(values.timeout);
  if (!(timeout > 0)) {
    console.error(`--timeout takes a number of seconds, not “${values.timeout}”.`);
    return 1;
  }
  const started = performance.now();
  const result = await importArticles({
    articles: values.articles,
    story: values.story,
    inputs: positionals,
    limits: { ...DEFAULT_LIMITS, timeoutMs: timeout * 1000 },
    progress: (index, total, input) => {
      if (total > 1) process.stderr.write(`[${index + 1}/${total}] ${input}\n`);
    },
  });
  for (const line of report(result, performance.now() - started)) console.log(line);
  for (const { message } of result.failed) console.error(`not imported: ${message}`);
  return result.failed.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
