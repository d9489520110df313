// `npm run build -- [--articles DIR] [--out DIR] [--base URL]`
import { parseArgs } from 'node:util';
import { build } from './build.js';
import { BuildError } from './errors.js';
import { formatMs } from './timers.js';

const usage = `Usage: npm run build -- [--articles DIR] [--out DIR] [--base URL]

  --articles DIR  folder of stories, one subfolder per story (default: articles)
  --out DIR       where the site is written (default: _site)
  --base URL      the site's public address, used for canonical links only
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
  const started = performance.now();
  const result = await build({ articlesDir: values.articles, outDir: values.out, base: values.base });
  for (const warning of result.warnings) console.warn(`${warning.path}:${warning.line}:${warning.column}  warning: ${warning.message}`);
  const articles = result.stories.reduce((sum, { story }) => sum + story.articles.length, 0);
  console.log(
    `Built ${result.stories.length} ${result.stories.length === 1 ? 'story' : 'stories'} (${articles} articles) into ${values.out}/: ` +
      `${result.files.size} files in ${formatMs(performance.now() - started)}`,
  );
  console.log(`  ${result.timer.summary()}`);
  return 0;
}

main(process.argv.slice(2)).then(
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
