// `npm run bench [-- --quick] [--scenarios 5,500] [--keep]`
//
// Generates synthetic stories from the seed articles (sentences dropped, shuffled, lightly reworded and
// mixed across articles, from a seeded PRNG, so every run builds the same input), then times the build of
// each scenario in a fresh child process (whole build, each stage, articles per second, peak RSS), and the
// same markdown rendered by Eleventy as plain pages as the reference point. Prints a markdown table.
import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { generate, type Scenario } from './bench/generate.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = path.join(root, 'articles/kerry-lavrov-moscow-talks');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    eleventy: { type: 'boolean', default: true },
    'no-eleventy': { type: 'boolean', default: false },
    scenarios: { type: 'string' },
    workers: { type: 'string' },
  },
});

interface Named extends Scenario {
  name: string;
}

const full: Named[] = [
  { name: '5 articles (1 story of 5)', stories: 1, perStory: 5 },
  { name: '500 articles (100 stories of 5)', stories: 100, perStory: 5 },
  { name: '5,000 articles (1,000 stories of 5)', stories: 1000, perStory: 5 },
  { name: '1 story of 50', stories: 1, perStory: 50 },
  { name: '1 story of 200', stories: 1, perStory: 200 },
  { name: '1 story of 500', stories: 1, perStory: 500 },
];
const quick: Named[] = [
  { name: '5 articles (1 story of 5)', stories: 1, perStory: 5 },
  { name: '100 articles (20 stories of 5)', stories: 20, perStory: 5 },
  { name: '1 story of 20', stories: 1, perStory: 20 },
  { name: '1 story of 50', stories: 1, perStory: 50 },
];

let scenarios = values.quick ? quick : full;
if (values.scenarios) {
  const wanted = values.scenarios.split(',').map((item) => item.trim());
  scenarios = full.filter((scenario, index) => wanted.includes(String(index + 1)) || wanted.includes(scenario.name));
}

interface BuildMeasure {
  total: number;
  stages: Record<string, number>;
  articles: number;
  files: number;
  maxRssMb: number;
  workers: number;
}

async function child(script: string, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.trim().split('\n').pop()!;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

const rows: string[] = [];
const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-'));
try {
  for (const scenario of scenarios) {
    const dir = path.join(tmp, `in-${scenario.stories}x${scenario.perStory}`);
    const articles = await generate(seedDir, dir, scenario);
    // As `npm run build` runs: with the cache (empty at first, so every story is built and remembered).
    const cacheDir = path.join(tmp, 'cache');
    const options = { cacheDir, ...(values.workers === undefined ? {} : { workers: Number(values.workers) }) };
    process.stderr.write(`${scenario.name}: building…\n`);
    const ours = JSON.parse(
      await child('scripts/bench/child-build.ts', [dir, path.join(tmp, 'out'), JSON.stringify(options)]),
    ) as BuildMeasure;
    // Then the incremental build: one article changed (a sentence added), everything else as it was.
    const changed = path.join(dir, (await readdir(dir)).sort()[0]);
    const file = path.join(changed, (await readdir(changed)).sort()[0]);
    await appendFile(file, '\nA sentence added for the incremental build.\n');
    process.stderr.write(`${scenario.name}: rebuilding after one article changed…\n`);
    const warm = JSON.parse(
      await child('scripts/bench/child-build.ts', [dir, path.join(tmp, 'out'), JSON.stringify(options)]),
    ) as BuildMeasure & { built: number };
    let eleventy: { total: number; maxRssMb: number } | undefined;
    if (values.eleventy && !values['no-eleventy']) {
      process.stderr.write(`${scenario.name}: Eleventy…\n`);
      eleventy = JSON.parse(await child('scripts/bench/child-eleventy.ts', [dir, path.join(tmp, 'out-eleventy')]));
    }
    const stages = ['load', 'parse', 'analyse', 'align', 'render', 'write'].map((stage) => fmt(ours.stages[stage] ?? 0)).join(' / ');
    rows.push(
      `| ${scenario.name} | ${fmt(ours.total)} | ${Math.round((articles / ours.total) * 1000)} | ${Math.round(ours.maxRssMb)} MB | ${ours.workers} | ${stages} | ` +
        (eleventy
          ? `${fmt(eleventy.total)} | ${Math.round(eleventy.maxRssMb)} MB | ${(ours.total / eleventy.total).toFixed(1)}× |`
          : '– | – | – |') +
        ` ${fmt(warm.total)} (${warm.built} built) |`,
    );
    process.stderr.write(`${rows[rows.length - 1]}\n`);
    await rm(dir, { recursive: true, force: true });
    await rm(path.join(tmp, 'out'), { recursive: true, force: true });
    await rm(path.join(tmp, 'out-eleventy'), { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
} finally {
  if (!values.keep) await rm(tmp, { recursive: true, force: true });
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
console.log(
  `Benchmark ${new Date().toISOString().slice(0, 10)} · ${cpu}, ${cores} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB · Node ${process.version}`,
);
console.log('“build”: a first build (empty cache); “one changed”: the build after one article changed. Stage times are summed');
console.log('over threads, so with workers they can exceed the total. Every build and Eleventy run in a fresh process.');
console.log('');
console.log(
  '| scenario | build | articles/s | peak RSS | workers | load / parse / analyse / align / render / write | Eleventy | Eleventy RSS | build ÷ Eleventy | one changed |',
);
console.log('| --- | --: | --: | --: | --: | --- | --: | --: | --: | --: |');
for (const row of rows) console.log(row);
