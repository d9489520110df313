// Held-out stories: real multi-outlet stories the aligner was never tuned on, made of extraction-benchmark pages
// that report one event (../shared/extraction-benchmark/ground-truth.json), each annotated blind by the shared
// corpora's rules in test/fixtures/heldout-claims/<story>/gold.json. A gold file there has the shared corpora's
// shape, but its `files` name page hashes and its offsets point into each page's articleBody: no article text
// is kept in the repository. Each is scored apart from the annotated stories the claim weights are fitted on
// (`npm run fit:claims` never reads these), so its figures are what a story nobody annotated can expect.
//
// To score one, its pages are written out as the shared corpora's plain texts (line 1 an empty headline, line 2
// blank, the body from line 3: every offset moves by those two characters) with a gold file pointing at them,
// and the pair goes through the same build and evaluate.py as the shared corpora.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Corpus, evaluatorPresent, scoreCorpora, SHARED, storyDetails, storyTable } from './corpora.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HELDOUT_STORIES = path.join(root, 'test/fixtures/heldout-claims');
const GROUND_TRUTH = path.join(SHARED, 'extraction-benchmark/ground-truth.json');
/** What comes before the body in a corpus text: an empty headline line and the blank line. */
const BODY_START = '\n\n';

interface PageGold {
  cluster: string;
  files: Record<string, string>;
  sentences: Record<string, [number, number]>;
  clusters: unknown[];
  quotes: Array<{ span: [string, number, number] } & Record<string, unknown>>;
  not_quotes?: Array<{ span: [number, number] } & Record<string, unknown>>;
}

/** Whether the held-out stories can be scored here (their pages live in ../shared). */
export function heldoutStoriesPresent(): boolean {
  return existsSync(GROUND_TRUTH) && existsSync(HELDOUT_STORIES);
}

/**
 * Writes each held-out story under `workDir` as a corpus (NN.txt per page and a gold.json pointing at them)
 * and returns them, by folder name. None when ../shared is absent.
 */
export function writeHeldoutStories(workDir: string): Corpus[] {
  if (!heldoutStoriesPresent()) return [];
  const pages = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string }>;
  return readdirSync(HELDOUT_STORIES)
    .filter((name) => existsSync(path.join(HELDOUT_STORIES, name, 'gold.json')))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(path.join(HELDOUT_STORIES, name, 'gold.json'), 'utf8')) as PageGold;
      const dir = path.join(workDir, name);
      mkdirSync(dir, { recursive: true });
      const files = Object.fromEntries(
        Object.entries(gold.files).map(([letter, hash], i) => {
          const page = pages[hash];
          if (page === undefined) throw new Error(`${name}/gold.json: page ${hash} is not in ${GROUND_TRUTH}`);
          const file = `${String(i + 1).padStart(2, '0')}.txt`;
          writeFileSync(path.join(dir, file), BODY_START + page.articleBody);
          return [letter, file];
        }),
      );
      writeFileSync(path.join(dir, 'gold.json'), JSON.stringify(pointedAtTexts(gold, files)));
      return { name, dir };
    });
}

/** The gold file with `files` naming the written texts and every offset moved past the headline lines. */
export function pointedAtTexts(gold: PageGold, files: Record<string, string>): PageGold {
  const shift = BODY_START.length;
  const move = ([from, to]: [number, number]): [number, number] => [from + shift, to + shift];
  return {
    ...gold,
    files,
    sentences: Object.fromEntries(Object.entries(gold.sentences).map(([id, span]) => [id, move(span)])),
    quotes: gold.quotes.map((quote) => ({ ...quote, span: [quote.span[0], ...move([quote.span[1], quote.span[2]])] })),
    not_quotes: (gold.not_quotes ?? []).map((entry) => ({ ...entry, span: move(entry.span) })),
  };
}

/** The report lines: the held-out stories' table (and evaluate.py's lists with `show`), or why it was skipped. */
export async function heldoutStoriesReport(show = 0): Promise<string[]> {
  if (!evaluatorPresent() || !heldoutStoriesPresent()) {
    return ['held-out stories: skipped (no ../shared/extraction-benchmark or evaluate.py, or no python3)'];
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'heldout-stories-'));
  try {
    const results = await scoreCorpora(writeHeldoutStories(work), show);
    const title =
      'Held-out stories (extraction-benchmark pages of one event, annotated blind in test/fixtures/heldout-claims; never fitted on)';
    return [...storyTable(title, results), ...storyDetails(results)];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
