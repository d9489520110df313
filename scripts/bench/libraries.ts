// `npx tsx scripts/bench/libraries.ts [--stories 1000] [--rounds 3]`
//
// The floor under the build: the libraries it must run, alone, over the benchmark's articles (the same
// generated input as `npm run bench`, 1,000 stories of five by default). remark-parse on every body,
// parse-english (in the windows the segmenter uses) on every paragraph, wink-nlp on each story's distinct
// paragraphs (what the analysis tags). CPU milliseconds, best of the rounds.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blockRanges } from '../../src/analyse/quotes/extract.js';
import { nlp } from '../../src/analyse/terms/index.js';
import { loadStories } from '../../src/load/stories.js';
import { blockTexts, parseMarkdown } from '../../src/parse/markdown.js';
import { librarySentences } from '../../src/parse/sentences/library.js';
import { parseStory } from '../../src/parse/story.js';
import { generate } from './generate.js';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' } } });
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-libraries-'));
try {
  const articles = await generate(path.join(root, 'articles/kerry-lavrov-moscow-talks'), tmp, {
    stories: Number(values.stories),
    perStory: 5,
  });
  const stories = (await loadStories(tmp)).stories.map((source) => parseStory(source));
  const bodies = stories.flatMap((story) => story.articles.map((article) => article.body));
  const paragraphs = bodies.flatMap((body) => blockTexts(parseMarkdown(body)).map((block) => block.text.replace(/\s/g, ' ')));
  const distinctParagraphs = stories.flatMap((story) => {
    const seen = new Set<string>();
    for (const article of story.articles) for (const range of blockRanges(article)) seen.add(article.body.slice(range.start, range.end));
    return [...seen];
  });
  const parser = unified().use(remarkParse);
  const wink = nlp();
  const work: Array<[string, string[], (text: string) => unknown]> = [
    ['remark-parse, every body', bodies, (text) => parser.parse(text)],
    ['parse-english, every paragraph', paragraphs, (text) => librarySentences(text)],
    ['wink-nlp readDoc, distinct paragraphs', distinctParagraphs, (text) => wink.readDoc(text)],
  ];
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  let sum = 0;
  console.log(`${articles} articles, CPU ms, best of ${values.rounds}:`);
  for (const [name, texts, run] of work) {
    let best = Infinity;
    for (let round = 0; round < Number(values.rounds); round++) {
      const started = cpu();
      for (const text of texts) run(text);
      best = Math.min(best, cpu() - started);
    }
    sum += best;
    const megabytes = texts.reduce((n, text) => n + text.length, 0) / 1e6;
    console.log(`  ${name} (${megabytes.toFixed(1)} M characters): ${Math.round(best)} ms`);
  }
  console.log(`  together: ${Math.round(sum)} ms`);
} finally {
  await rm(tmp, { recursive: true, force: true });
}
