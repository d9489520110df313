// The shared corpora (../shared/corpora/<story>/), built as a user would and scored with the shared
// evaluator (../shared/eval/evaluate.py) against each story's hand annotation (gold.json).
//
// Each corpus text is turned into an article the plain way: line 1 the headline (the file name when it is
// empty), line 2 blank, every later line its own paragraph. The stories are built with the real build into
// a temporary folder, and evaluate.py reads each story's alignment.json. Research data is only read here,
// never copied into the project.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../../src/build.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = process.env.SHARED_DIR ?? path.resolve(root, '../shared');
const CORPORA = path.join(SHARED, 'corpora');
const EVALUATOR = path.join(SHARED, 'eval/evaluate.py');

/** What evaluate.py --json prints for one story (the fields we report). */
export interface CorpusScore {
  precision: number;
  recall_strong: number;
  recall_paraphrase: number;
  recall_all: number;
  f1: number;
  pred_pairs: number;
  quote_recall: number;
  quote_precision: number;
  quote_attribution: number;
  quote_links: string;
}

/** The corpora that have a gold file, by folder name; none when ../shared is absent. */
export function corpusNames(): string[] {
  if (!existsSync(CORPORA) || !existsSync(EVALUATOR)) return [];
  return readdirSync(CORPORA)
    .filter((name) => existsSync(path.join(CORPORA, name, 'gold.json')))
    .sort();
}

/**
 * One corpus text as a markdown article. Line 1 is the headline (may be empty), line 2 blank, then one
 * paragraph a line. The title is the headline, or else the body's first sentence cut to 80 characters (title
 * and source quoted as JSON, which is valid YAML). The eval, the claim fit and the browser suite all read the
 * corpora through this.
 */
export function corpusArticle(text: string, fileName: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const headline = (lines[0] ?? '').trim();
  const paragraphs = lines
    .slice(2)
    .map((line) => line.trim())
    .filter(Boolean);
  const flat = paragraphs.join(' ').replace(/\s+/g, ' ');
  const firstSentence = flat.match(/^.*?[.!?](?=["”’)]*(\s|$))/)?.[0] ?? flat;
  const title = headline || firstSentence.slice(0, 80).trim() || `Untitled article ${fileName}`;
  return `---\ntitle: ${JSON.stringify(title)}\nsource: ${JSON.stringify(fileName)}\n---\n${paragraphs.join('\n\n')}\n`;
}

export function writeArticles(articlesDir: string, names: string[]): void {
  for (const name of names) {
    const dir = path.join(articlesDir, name);
    mkdirSync(dir, { recursive: true });
    for (const file of readdirSync(path.join(CORPORA, name)).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(path.join(CORPORA, name, file), 'utf8');
      writeFileSync(path.join(dir, `a${file.replace(/\.txt$/, '')}.md`), corpusArticle(text, file));
    }
  }
}

/** Builds every corpus and scores it; `show` > 0 prints the evaluator's own list of misses too. */
export async function evaluateCorpora(show = 0): Promise<Array<{ name: string; score: CorpusScore; details?: string }>> {
  const names = corpusNames();
  if (!names.length) return [];
  const work = mkdtempSync(path.join(os.tmpdir(), 'eval-corpora-'));
  try {
    const articlesDir = path.join(work, 'articles');
    const outDir = path.join(work, 'site');
    writeArticles(articlesDir, names);
    await build({ articlesDir, outDir, cacheDir: false, workers: 0 });
    return names.map((name) => {
      const args = [EVALUATOR, path.join(outDir, name, 'alignment.json'), '--gold', path.join(CORPORA, name, 'gold.json')];
      const score = JSON.parse(execFileSync('python3', [...args, '--json'], { encoding: 'utf8' })) as CorpusScore;
      const details = show > 0 ? execFileSync('python3', [...args, '--show', String(show)], { encoding: 'utf8' }) : undefined;
      return { name, score, details };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const pct = (value: number) => value.toFixed(2);

/**
 * The share of a gold file's quotation instances that any output can be credited with. evaluate.py credits a
 * found quotation in a sentence only when its words lie inside the gold quotation's text, and the gold text
 * of a quotation that runs over several sentences holds only its first sentence: its later sentences in the
 * same article (which the aligner does find and credit) can never match.
 */
export function reachableQuoteShare(goldPath: string): number {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { quotes: Array<{ span: [string, number, number]; sentences: string[] }> };
  let all = 0;
  let unreachable = 0;
  for (const quote of gold.quotes) {
    const home = quote.span[0];
    for (const sentence of quote.sentences) {
      all++;
      if (sentence !== home && sentence[0] === home[0]) unreachable++;
    }
  }
  return all === 0 ? 1 : (all - unreachable) / all;
}

/** The report lines: one table of claims and quotations per corpus, with the issue targets beside. */
export async function corporaReport(show = 0): Promise<string[]> {
  const results = await evaluateCorpora(show);
  if (!results.length) return [`shared corpora: skipped (no ${path.relative(root, CORPORA)} with gold.json and evaluate.py)`];
  const lines = [
    'Shared corpora, scored by ../shared/eval/evaluate.py against gold.json',
    '| story | pair precision | strong recall | paraphrase recall | quotes found (reachable) | found real | right speaker | quotes linked |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const { name, score } of results) {
    lines.push(
      `| ${name} | ${pct(score.precision)} | ${pct(score.recall_strong)} | ${pct(score.recall_paraphrase)} | ${pct(score.quote_recall)} (${pct(reachableQuoteShare(path.join(CORPORA, name, 'gold.json')))}) | ${pct(score.quote_precision)} | ${pct(score.quote_attribution)} | ${score.quote_links} |`,
    );
  }
  lines.push('| target | ≥ 0.90 | ≥ 0.95 | ≥ 0.60 | ≥ 0.90 | ≥ 0.95 | ≥ 0.90 | ≥ 0.80 |');
  lines.push(
    'quotes found (reachable): the share of gold quotation instances any output can match; the gold text of a quotation',
    'that runs over several sentences holds only its first, so its later sentences (found and credited here) never match',
    "and count against 'found real' too.",
  );
  for (const { name, details } of results) if (details) lines.push('', `— ${name} —`, details.trimEnd());
  return lines;
}
