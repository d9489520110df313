// The hand-annotated stories: the shared corpora (../shared/corpora/<story>/) and the repository's own
// blind annotation of the Kerry story (test/fixtures/kerry-corpus/), built as a user would and scored with
// the shared evaluator (../shared/eval/evaluate.py) against each story's gold.json.
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
import { plainTextArticle } from '../../src/parse/plain-text.js';

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

/** The words evaluate.py compares texts by (its words()): NFKC, curly marks folded, lower case, runs of a-z and 0-9. */
export function evaluatorWords(text: string): string[] {
  const folded = text.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
  return folded.match(/[a-z0-9]+/g) ?? [];
}

/**
 * evaluate.py's rule for a quotation's kind: a kind naming scare quotes or a term declares the words as not a
 * quotation, and the evaluator skips them (neither found nor false). Every check scoring our quotations applies it.
 */
export function declaredNotQuotation(kind: string | null | undefined): boolean {
  return /scare|term/i.test(kind ?? '');
}

/** One annotated story: its plain-text articles and gold.json in `dir`, built as the story `name`. */
export interface Corpus {
  name: string;
  dir: string;
}

/** The repository's own annotated story, there with or without ../shared. */
const KERRY_CORPUS: Corpus = { name: 'kerry-lavrov-corpus', dir: path.join(root, 'test/fixtures/kerry-corpus') };

/** The shared corpora that have a gold file (none when ../shared is absent), by folder name. */
export function sharedCorpora(): Corpus[] {
  if (!existsSync(CORPORA)) return [];
  return readdirSync(CORPORA)
    .filter((name) => existsSync(path.join(CORPORA, name, 'gold.json')))
    .sort()
    .map((name) => ({ name, dir: path.join(CORPORA, name) }));
}

/** Every annotated story: the shared corpora, then the repository's Kerry annotation. */
export function annotatedCorpora(): Corpus[] {
  return [...sharedCorpora(), KERRY_CORPUS];
}

/** Whether the shared evaluator can be run (it lives in ../shared and needs python3). */
export function evaluatorPresent(): boolean {
  if (!existsSync(EVALUATOR)) return false;
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * One corpus text as a markdown article. Line 1 is the headline (may be empty), line 2 blank, then one
 * paragraph a line. The title is the headline, or else the body's first sentence cut to 80 characters (title
 * and source quoted as JSON, which is valid YAML). The eval, the claim fit and the browser suite all read the
 * corpora through this.
 */
export function corpusArticle(text: string, fileName: string): string {
  return plainTextArticle(text, fileName);
}

/** Writes each corpus as a story folder of markdown articles under `articlesDir` (a01.md from 01.txt). */
export function writeArticles(articlesDir: string, corpora: Corpus[]): void {
  for (const corpus of corpora) {
    const dir = path.join(articlesDir, corpus.name);
    mkdirSync(dir, { recursive: true });
    for (const file of readdirSync(corpus.dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(path.join(corpus.dir, file), 'utf8');
      writeFileSync(path.join(dir, `a${file.replace(/\.txt$/, '')}.md`), corpusArticle(text, file));
    }
  }
}

/** Builds every annotated story and scores it; `show` > 0 prints the evaluator's own list of misses too. */
export async function evaluateCorpora(show = 0): Promise<CorpusResult[]> {
  return evaluatorPresent() ? scoreCorpora(annotatedCorpora(), show) : [];
}

export interface CorpusResult {
  corpus: Corpus;
  score: CorpusScore;
  details?: string;
}

/** Builds the given corpora as one site (as a user would) and scores each story with evaluate.py. */
export async function scoreCorpora(corpora: Corpus[], show = 0): Promise<CorpusResult[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'eval-corpora-'));
  try {
    const articlesDir = path.join(work, 'articles');
    const outDir = path.join(work, 'site');
    writeArticles(articlesDir, corpora);
    await build({ articlesDir, outDir, cacheDir: false, workers: 0 });
    return corpora.map((corpus) => {
      const args = [EVALUATOR, path.join(outDir, corpus.name, 'alignment.json'), '--gold', path.join(corpus.dir, 'gold.json')];
      const evaluate = (extra: string[]) => {
        try {
          return execFileSync('python3', [...args, ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        } catch (error) {
          const said = String((error as { stderr?: string }).stderr ?? '')
            .trim()
            .split('\n')
            .pop();
          throw new Error(`evaluate.py could not score ${corpus.name} (${path.join(corpus.dir, 'gold.json')}): ${said}`, { cause: error });
        }
      };
      const score = JSON.parse(evaluate(['--json'])) as CorpusScore;
      const details = show > 0 ? evaluate(['--show', String(show)]) : undefined;
      return { corpus, score, details };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const pct = (value: number) => value.toFixed(2);

/**
 * The share of a gold file's quotation instances that any output can be credited with. evaluate.py credits a
 * found quotation in a sentence only when its words lie inside the gold quotation's text. Where a quotation
 * runs over several sentences, some golds' text holds only its first sentence: the sentences that continue
 * it (which the aligner does find and credit) lie outside that text and can never match.
 */
export function reachableQuoteShare(goldDir: string): number {
  const gold = JSON.parse(readFileSync(path.join(goldDir, 'gold.json'), 'utf8')) as {
    sentences: Record<string, [number, number]>;
    quotes: Array<{ span: [string, number, number]; sentences: string[] }>;
  };
  const number = (id: string) => Number(id.slice(1));
  let all = 0;
  let unreachable = 0;
  for (const quote of gold.quotes) {
    const [home, , to] = quote.span;
    all += quote.sentences.length;
    // The sentences right after the span's own, each carrying the quotation too, when the span ends before them.
    for (let next = number(home) + 1; quote.sentences.includes(`${home[0]}${next}`); next++) {
      if ((gold.sentences[`${home[0]}${next}`]?.[0] ?? 0) >= to) unreachable++;
    }
  }
  return all === 0 ? 1 : (all - unreachable) / all;
}

/** The report lines: one table of claims and quotations per corpus, with the issue targets beside. */
export async function corporaReport(show = 0): Promise<string[]> {
  const results = await evaluateCorpora(show);
  if (!results.length) return [`annotated stories: skipped (no ${path.relative(root, EVALUATOR)}, or no python3, to score them with)`];
  return [
    ...storyTable(
      'Annotated stories (the shared corpora and test/fixtures/kerry-corpus), scored by ../shared/eval/evaluate.py against gold.json',
      results,
    ),
    'quotes found (reachable): the share of gold quotation instances any output can match; the gold text of a quotation',
    'that runs over several sentences holds only its first, so its later sentences (found and credited here) never match',
    "and count against 'found real' too.",
    ...storyDetails(results),
  ];
}

/** A table of claims and quotations, one row per story, with the issue targets beside. */
export function storyTable(title: string, results: CorpusResult[]): string[] {
  const lines = [
    title,
    '| story | pair precision | strong recall | paraphrase recall | quotes found (reachable) | found real | right speaker | quotes linked |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const { corpus, score } of results) {
    lines.push(
      `| ${corpus.name} | ${pct(score.precision)} | ${pct(score.recall_strong)} | ${pct(score.recall_paraphrase)} | ${pct(score.quote_recall)} (${pct(reachableQuoteShare(corpus.dir))}) | ${pct(score.quote_precision)} | ${pct(score.quote_attribution)} | ${score.quote_links} |`,
    );
  }
  lines.push('| target | ≥ 0.90 | ≥ 0.95 | ≥ 0.60 | ≥ 0.90 | ≥ 0.95 | ≥ 0.90 | ≥ 0.80 |');
  return lines;
}

/** evaluate.py's own lists of misses, per story, where they were asked for. */
export function storyDetails(results: CorpusResult[]): string[] {
  return results.flatMap(({ corpus, details }) => (details ? ['', `— ${corpus.name} —`, details.trimEnd()] : []));
}
