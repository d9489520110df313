// `npm run bench:import`: imports every page of ../shared/extraction-benchmark and scores the bodies the
// way the benchmark publishes its figures (see scripts/bench-import/score.ts). `--readability` scores
// Readability's own text instead, for comparison; `--pages` prints each page's figures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractPage } from '../src/import/extract.js';
import { decodePage } from '../src/import/decode.js';
import { blockTexts, parseMarkdown } from '../src/parse/markdown.js';
import { scorePage, summarise, type PageScore } from './bench-import/score.js';

const BENCHMARK = path.resolve('../shared/extraction-benchmark');

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

function ourText(html: string): string {
  const page = extractPage(html);
  return blockTexts(parseMarkdown(page.markdown))
    .map((block) => block.text)
    .join('\n\n');
}

function main(): void {
  const { values } = parseArgs({ options: { readability: { type: 'boolean' }, pages: { type: 'boolean' } } });
  if (!existsSync(BENCHMARK)) {
    console.log(`bench:import needs ${BENCHMARK} (the extraction benchmark); it is not there.`);
    process.exitCode = 1;
    return;
  }
  const truth = JSON.parse(readFileSync(path.join(BENCHMARK, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const files = readdirSync(path.join(BENCHMARK, 'html'))
    .filter((file) => file.endsWith('.html.gz'))
    .sort();
  const scores: PageScore[] = [];
  const started = performance.now();
  for (const file of files) {
    const key = file.replace(/\.html\.gz$/, '');
    const html = decodePage(gunzipSync(readFileSync(path.join(BENCHMARK, 'html', file))));
    let text = '';
    try {
      text = values.readability ? readabilityText(html) : ourText(html);
    } catch (error) {
      console.log(`${key.slice(0, 12)}  ${(error as Error).message}`);
    }
    const score = scorePage(truth[key].articleBody, text);
    scores.push(score);
    if (values.pages) console.log(`${key.slice(0, 12)}  tp ${score.tp.toFixed(3)}  fp ${score.fp.toFixed(3)}  fn ${score.fn.toFixed(3)}`);
  }
  const elapsed = performance.now() - started;
  const { precision, recall, f1, accuracy } = summarise(scores);
  const f = (value: number) => value.toFixed(3);
  console.log(
    `${values.readability ? 'Readability alone' : 'npm run import'} on ${files.length} pages: precision ${f(precision)}  recall ${f(recall)}  F1 ${f(f1)}  accuracy ${f(accuracy)}  (${(elapsed / 1000).toFixed(1)} s)`,
  );
}

main();
