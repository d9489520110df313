// `npm run bench [-- --quick] [--scenarios 4,6] [--workers N] [--keep] [--no-eleventy]`
// `npm run bench -- --against REF [--repeat N] [--scenarios …]`
//
// Generates synthetic stories from the seed articles (sentences dropped, shuffled, lightly reworded and
// mixed across articles, from a seeded PRNG, so every run builds the same input), then times the build of
// each scenario in a fresh child process (whole build, each stage, articles per second, peak RSS), and the
// same markdown rendered by Eleventy as plain pages as the reference point. Prints a markdown table.
//
// With --against REF, the same inputs are built by this working tree and by REF (checked out in a temporary
// worktree, scripts/other-commit.ts), each build a first build in a fresh process, the two sides taking turns
// (ABBA: which side goes first alternates), --repeat N times each; prints the medians side by side.
import { execFile } from 'node:child_process';
import { appendFile, copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { generate, type Scenario } from './bench/generate.js';
import { checkOutCommit, type OtherCommit } from './other-commit.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = path.join(root, 'articles/kerry-lavrov-moscow-talks');
const CHILD_BUILD = 'scripts/bench/child-build.ts';
const STAGES = ['load', 'parse', 'analyse', 'align', 'render', 'write'];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    eleventy: { type: 'boolean', default: true },
    'no-eleventy': { type: 'boolean', default: false },
    scenarios: { type: 'string' },
    workers: { type: 'string' },
    against: { type: 'string' },
    repeat: { type: 'string', default: '1' },
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

/** The scenarios asked for: numbers (1-based, in the full list) or names, comma-separated ("5,000" stays whole). */
function chosenScenarios(): Named[] {
  if (!values.scenarios) return values.quick ? quick : full;
  const wanted = values.scenarios.split(/,(?!\d{3}\b)/).map((item) => item.trim());
  const chosen = full.filter((scenario, index) => wanted.includes(String(index + 1)) || wanted.includes(scenario.name));
  if (!chosen.length) throw new Error(`no scenario matches --scenarios ${values.scenarios}: use 1–${full.length} or a name`);
  return chosen;
}

interface BuildMeasure {
  total: number;
  stages: Record<string, number>;
  articles: number;
  files: number;
  maxRssMb: number;
  workers: number;
  built: number;
}

/** Runs a measuring script of the tree at `tree` in a fresh Node process; its last output line is JSON. */
async function child<T>(tree: string, script: string, args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(tree, script), ...args], {
    cwd: tree,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const stagesOf = (measure: Pick<BuildMeasure, 'stages'>) => STAGES.map((stage) => fmt(measure.stages[stage] ?? 0)).join(' / ');
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function buildOptions(cacheDir: string): string {
  return JSON.stringify({ cacheDir, ...(values.workers === undefined ? {} : { workers: Number(values.workers) }) });
}

function printHeader(): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  console.log(
    `Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpu}, ${cores} cores, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB · Node ${process.version} · load average at the end ${load()}`,
  );
}

/** One scenario the classic way: a first build, Eleventy on the same markdown, then one article changed. */
async function measureScenario(tmp: string, scenario: Named, dir: string, articles: number): Promise<string> {
  const cacheDir = path.join(tmp, 'cache');
  const out = path.join(tmp, 'out');
  process.stderr.write(`${scenario.name}: building…\n`);
  const ours = await child<BuildMeasure>(root, CHILD_BUILD, [dir, out, buildOptions(cacheDir)]);
  let eleventy: { total: number; maxRssMb: number } | undefined;
  if (values.eleventy && !values['no-eleventy']) {
    process.stderr.write(`${scenario.name}: Eleventy…\n`);
    eleventy = await child(root, 'scripts/bench/child-eleventy.ts', [dir, path.join(tmp, 'out-eleventy')]);
  }
  // Then the incremental build: one article changed (a sentence added), everything else as it was.
  const changed = path.join(dir, (await readdir(dir)).sort()[0]);
  await appendFile(path.join(changed, (await readdir(changed)).sort()[0]), '\nA sentence added for the incremental build.\n');
  process.stderr.write(`${scenario.name}: rebuilding after one article changed…\n`);
  const warm = await child<BuildMeasure>(root, CHILD_BUILD, [dir, out, buildOptions(cacheDir)]);
  return (
    `| ${scenario.name} | ${fmt(ours.total)} | ${Math.round((articles / ours.total) * 1000)} | ${Math.round(ours.maxRssMb)} MB | ` +
    `${ours.workers} | ${stagesOf(ours)} | ` +
    (eleventy
      ? `${fmt(eleventy.total)} | ${Math.round(eleventy.maxRssMb)} MB | ${(ours.total / eleventy.total).toFixed(1)}× |`
      : '– | – | – |') +
    ` ${fmt(warm.total)} (${warm.built} built) |`
  );
}

async function benchmark(tmp: string): Promise<void> {
  const rows: string[] = [];
  for (const scenario of chosenScenarios()) {
    const dir = path.join(tmp, `in-${scenario.stories}x${scenario.perStory}`);
    const articles = await generate(seedDir, dir, scenario);
    rows.push(await measureScenario(tmp, scenario, dir, articles));
    process.stderr.write(`${rows[rows.length - 1]}\n`);
    for (const done of [dir, 'out', 'out-eleventy', 'cache']) await rm(path.resolve(tmp, done), { recursive: true, force: true });
  }
  printHeader();
  console.log('“build”: a first build (empty cache); “one changed”: the build after one article changed. Stage times are summed');
  console.log('over threads, so with workers they can exceed the total. Every build and Eleventy run in a fresh process.');
  console.log('');
  console.log(
    '| scenario | build | articles/s | peak RSS | workers | load / parse / analyse / align / render / write | Eleventy | Eleventy RSS | build ÷ Eleventy | one changed |',
  );
  console.log('| --- | --: | --: | --: | --: | --- | --: | --: | --: | --: |');
  for (const row of rows) console.log(row);
}

interface Side {
  label: string;
  tree: string;
  runs: BuildMeasure[];
}

/** The medians of one side's runs: wall time (with the range when there are several), peak RSS, each stage. */
function summarise(side: Side): { total: number; range: string; rss: number; stages: Record<string, number> } {
  const totals = side.runs.map((measure) => measure.total);
  const range = totals.length > 1 ? ` (${fmt(Math.min(...totals))}–${fmt(Math.max(...totals))})` : '';
  const stages = Object.fromEntries(STAGES.map((stage) => [stage, median(side.runs.map((measure) => measure.stages[stage] ?? 0))]));
  return { total: median(totals), range, rss: median(side.runs.map((measure) => measure.maxRssMb)), stages };
}

/** Builds one scenario's inputs with both sides, taking turns; `turn` says which side starts. */
async function compareScenario(tmp: string, dir: string, sides: [Side, Side], repeat: number, turn: number): Promise<void> {
  for (let round = 0; round < repeat; round++) {
    const order = (turn + round) % 2 === 0 ? sides : [sides[1], sides[0]];
    for (const side of order) {
      const cacheDir = path.join(tmp, 'cache');
      await rm(cacheDir, { recursive: true, force: true });
      process.stderr.write(`  ${side.label}, run ${round + 1} of ${repeat}…`);
      const measure = await child<BuildMeasure>(side.tree, CHILD_BUILD, [dir, path.join(tmp, 'out'), buildOptions(cacheDir)]);
      process.stderr.write(` ${fmt(measure.total)}, ${Math.round(measure.maxRssMb)} MB\n`);
      side.runs.push(measure);
    }
  }
}

async function benchmarkAgainst(tmp: string, ref: string): Promise<void> {
  const repeat = Math.max(1, Number(values.repeat) || 1);
  const other: OtherCommit = checkOutCommit(root, ref, (line) => process.stderr.write(`${line}\n`));
  const stopped = () => {
    other.remove();
    process.exit(130);
  };
  process.once('SIGINT', stopped).once('SIGTERM', stopped);
  // Both sides measured by this tree's harness (it calls the tree's own build()).
  await copyFile(path.join(root, CHILD_BUILD), path.join(other.tree, CHILD_BUILD));
  const rows: string[] = [];
  const stageRows: string[] = [];
  try {
    const scenarios = chosenScenarios();
    for (const [index, scenario] of scenarios.entries()) {
      const dir = path.join(tmp, `in-${scenario.stories}x${scenario.perStory}`);
      await generate(seedDir, dir, scenario);
      process.stderr.write(`${scenario.name}:\n`);
      const sides: [Side, Side] = [
        { label: 'this tree', tree: root, runs: [] },
        { label: ref, tree: other.tree, runs: [] },
      ];
      await compareScenario(tmp, dir, sides, repeat, index);
      const [ours, theirs] = sides.map(summarise);
      rows.push(
        `| ${scenario.name} | ${fmt(ours.total)}${ours.range} | ${fmt(theirs.total)}${theirs.range} | ${(ours.total / theirs.total).toFixed(2)} | ` +
          `${Math.round(ours.rss)} MB | ${Math.round(theirs.rss)} MB |`,
      );
      stageRows.push(`| ${scenario.name} | ${stagesOf(ours)} | ${stagesOf(theirs)} |`);
      for (const done of [dir, 'out', 'cache']) await rm(path.resolve(tmp, done), { recursive: true, force: true });
    }
  } finally {
    process.off('SIGINT', stopped).off('SIGTERM', stopped);
    other.remove();
  }
  printHeader();
  console.log(`This working tree against ${ref} (${other.commit}, node_modules ${other.modules}): first builds (empty cache),`);
  console.log(`each in a fresh process, the two sides taking turns, ${repeat} run${repeat > 1 ? 's' : ''} each; medians.`);
  console.log('');
  console.log(`| scenario | this tree | ${ref} | this ÷ ${ref} | peak RSS, this | peak RSS, ${ref} |`);
  console.log('| --- | --: | --: | --: | --: | --: |');
  for (const row of rows) console.log(row);
  console.log('');
  console.log(`| scenario | load / parse / analyse / align / render / write, this tree | the same, ${ref} |`);
  console.log('| --- | --- | --- |');
  for (const row of stageRows) console.log(row);
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-'));
try {
  if (values.against) await benchmarkAgainst(tmp, values.against);
  else await benchmark(tmp);
} finally {
  if (!values.keep) await rm(tmp, { recursive: true, force: true });
}
