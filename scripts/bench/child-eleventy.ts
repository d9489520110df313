// Run in a fresh process by scripts/bench.ts: the same markdown rendered by Eleventy as plain pages
// (no layouts, no data beyond the front matter), the reference point for the build's speed.
// @ts-expect-error: Eleventy ships no type declarations
import Eleventy from '@11ty/eleventy';

const [articlesDir, outDir] = process.argv.slice(2);
process.chdir(articlesDir); // no config file, no .gitignore from the repository
const started = performance.now();
const elev = new Eleventy('.', outDir, {
  quietMode: true,
  config: (config: { setTemplateFormats(formats: string[]): void }) => config.setTemplateFormats(['md']),
});
await elev.write();
const total = performance.now() - started;
process.stdout.write(`${JSON.stringify({ total, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
