// Quotation batteries: invented multi-outlet stories, each written blind (from a brief, never from the code or
// its tests) by a helper, with every quotation that is someone's words listed in expected.json with the
// speakers a reader would accept. A battery is scored once, blind, on the code of the day it was written; rules
// may then be written from its misses, so afterwards it guards against going back, and only new batteries
// measure what an unseen story will get.
//
//   npx tsx scripts/eval/batteries.ts                 every battery in test/fixtures/quote-batteries
//   npx tsx scripts/eval/batteries.ts DIR… [--show]   the batteries in those folders; --show lists each miss
//
// A battery folder holds articles/<story>/*.md (as a site's articles folder) and expected.json:
// [{ "article": "<article id>", "quote": "<the words between the marks>", "speakers": ["<name>", …] }].
// An expected quotation is found when a found quotation of that article holds most of its words (or it holds
// the found one's, where a quotation was split); its speaker is right when speakerMatches (evaluate.py's rule).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuotations } from '../../src/analyse/index.js';
import { loadStories } from '../../src/load/stories.js';
import { parseStory } from '../../src/parse/story.js';
import type { Quotation } from '../../src/types.js';
import { speakerMatches } from './heldout-quotes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BATTERIES_DIR = path.join(root, 'test/fixtures/quote-batteries');

interface Expected {
  article: string;
  quote: string;
  speakers: string[];
}

export interface BatteryScore {
  name: string;
  total: number;
  right: number;
  wrong: number;
  unattributed: number;
  missed: number;
  notes: string[];
}

/** Words only, quotation marks and apostrophes folded, so a quote is compared by what it says. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** The share of the expected quotation's words that a found quotation holds, in order, as a run of text. */
function coverage(expected: string, found: string): number {
  const want = comparable(expected);
  const have = comparable(found);
  if (!want || !have) return 0;
  if (have.includes(want)) return 1;
  if (want.includes(have)) return have.length / want.length;
  return 0;
}

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text).replace(/\s+/g, ' ');

async function quotationsOf(articlesDir: string): Promise<Map<string, Quotation[]>> {
  const { stories } = await loadStories(articlesDir);
  const byArticle = new Map<string, Quotation[]>();
  for (const source of stories) {
    for (const quotation of findQuotations(parseStory(source)).quotations) {
      if (quotation.nested) continue;
      byArticle.set(quotation.article, [...(byArticle.get(quotation.article) ?? []), quotation]);
    }
  }
  return byArticle;
}

/** Scores one battery folder. */
export async function scoreBattery(dir: string): Promise<BatteryScore> {
  const expected: Expected[] = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const found = await quotationsOf(path.join(dir, 'articles'));
  const score: BatteryScore = {
    name: path.basename(dir),
    total: expected.length,
    right: 0,
    wrong: 0,
    unattributed: 0,
    missed: 0,
    notes: [],
  };
  for (const entry of expected) {
    const candidates = (found.get(entry.article) ?? [])
      .map((quotation) => ({ quotation, share: coverage(entry.quote, quotation.text) }))
      .filter(({ share }) => share >= 0.5)
      .sort((a, b) => b.share - a.share);
    const best = candidates[0]?.quotation;
    const where = `${entry.article} “${short(entry.quote)}” (${entry.speakers.join(' | ')})`;
    if (!best) {
      score.missed++;
      score.notes.push(`  missed  ${where}`);
    } else if (speakerMatches(best.speaker, entry.speakers)) {
      score.right++;
    } else if (best.speaker === null) {
      score.unattributed++;
      score.notes.push(`  none    ${where}`);
    } else {
      score.wrong++;
      score.notes.push(`  wrong   ${where} → ${best.speaker}${best.speakerReason ? ` [${best.speakerReason}]` : ''}`);
    }
  }
  return score;
}

function batteryFolders(args: string[]): string[] {
  if (args.length) return args;
  if (!existsSync(BATTERIES_DIR)) return [];
  return readdirSync(BATTERIES_DIR)
    .filter((name) => existsSync(path.join(BATTERIES_DIR, name, 'expected.json')))
    .sort()
    .map((name) => path.join(BATTERIES_DIR, name));
}

async function main(): Promise<void> {
  const show = process.argv.includes('--show');
  const folders = batteryFolders(process.argv.slice(2).filter((arg) => arg !== '--show'));
  let right = 0;
  let total = 0;
  for (const dir of folders) {
    const score = await scoreBattery(dir);
    right += score.right;
    total += score.total;
    const rate = (score.right / Math.max(1, score.total)).toFixed(2);
    console.log(
      `${score.name}: right ${score.right}/${score.total} (${rate}); wrong ${score.wrong}, no speaker ${score.unattributed}, missed ${score.missed}`,
    );
    if (show) for (const note of score.notes) console.log(note);
  }
  if (folders.length > 1) console.log(`all: right ${right}/${total} (${(right / Math.max(1, total)).toFixed(2)})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
