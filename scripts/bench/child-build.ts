// Run in a fresh process by scripts/bench.ts: one build of the generated articles, then a JSON line with
// the total time, each stage's time and the process's peak memory.
import { build } from '../../src/build.js';

const [articlesDir, outDir, optionsJson] = process.argv.slice(2);
const options = JSON.parse(optionsJson ?? '{}') as { workers?: number; cacheDir?: string | false };
const started = performance.now();
const result = await build({ articlesDir, outDir, cacheDir: false, ...options });
const total = performance.now() - started;
const articles = result.stories.reduce((sum, { story }) => sum + story.articles.length, 0);
process.stdout.write(
  `${JSON.stringify({
    total,
    stages: Object.fromEntries(result.timer.durations),
    articles,
    files: result.fileCount,
    workers: result.workers,
    built: result.built.length,
    reused: result.reused.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
