// Quotations, speakers and same-quote groups against hand-made gold files:
//  · the Kerry–Lavrov story (test/fixtures/gold/kerry-lavrov-quotes.json), written after seeing the tool's output;
//  · the shared corpora (test/fixtures/gold/corpora-quotes.json), annotated blind from the raw texts. That file holds
//    no corpus text: each quotation is keyed by its article's file name and a hash of its normalised words.
//
// `tsx scripts/eval/quotes.ts hash "some quoted words"` prints the key of a quotation (for annotating).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuotations } from '../../src/analyse/index.js';
import { groupQuotes } from '../../src/align/quotes/index.js';
import { loadStories } from '../../src/load/stories.js';
import { parseStory } from '../../src/parse/story.js';
import type { Quotation, QuoteKind, Story } from '../../src/types.js';
import { SHARED } from './corpora.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPORA = process.env.CORPORA_DIR ?? path.join(SHARED, 'corpora');

interface Gold {
  story: string;
  quotations: Array<{ article: string; text: string; kind: QuoteKind; speaker: string | null }>;
  groups: Array<Array<[string, string]>>;
}

interface CorporaGold {
  notes: string[];
  stories: Record<string, Array<{ article: string; line: number; hash: string; kind: QuoteKind; speaker: string | null }>>;
}

/** Words only: marks, punctuation and case do not count when matching spans. */
const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const speakerKey = (name: string | null) => (name === null ? null : words(name.replace(/^(?:the|a|an)\s+/i, '')));

/** Normalised words of a quotation: lower case, letters and digits only, single spaces. */
export const normaliseWords = words;

/** The key of a quotation in the corpora gold: SHA-256 (hex, first 16 characters) of its normalised words. */
export function quoteHash(text: string): string {
  return createHash('sha256').update(words(text)).digest('hex').slice(0, 16);
}

function score(label: string, truePositives: number, predicted: number, gold: number): string {
  const precision = predicted ? truePositives / predicted : 1;
  const recall = gold ? truePositives / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  return `${label.padEnd(22)} precision ${pct(precision)} (${truePositives}/${predicted})  recall ${pct(recall)} (${truePositives}/${gold})  F1 ${pct(f1)}`;
}

export async function evaluateQuotes(): Promise<string[]> {
  return [...(await evaluateKerry()), '', ...evaluateCorpora()];
}

async function evaluateKerry(): Promise<string[]> {
  const gold = JSON.parse(await readFile(path.join(root, 'test/fixtures/gold/kerry-lavrov-quotes.json'), 'utf8')) as Gold;
  const { stories } = await loadStories(path.join(root, 'articles'));
  const source = stories.find((story) => story.id === gold.story);
  if (!source) return [`quotes: story ${gold.story} not found`];
  const story = parseStory(source);
  const { quotations } = findQuotations(story);
  const groups = groupQuotes({ story, quotations });

  const key = (article: string, text: string) => `${article}\u0000${words(text)}`;
  const goldByKey = new Map(gold.quotations.map((quotation) => [key(quotation.article, quotation.text), quotation]));
  const found = new Map(quotations.map((quotation) => [key(quotation.article, quotation.text), quotation]));
  const matched = [...found.keys()].filter((k) => goldByKey.has(k));

  // Speakers: over quotations found in both; a predicted speaker counts where it is not null.
  let speakerRight = 0;
  let speakerPredicted = 0;
  let speakerGold = 0;
  let kindRight = 0;
  const misses: string[] = [];
  for (const k of matched) {
    const mine = found.get(k)!;
    const theirs = goldByKey.get(k)!;
    if (mine.kind === theirs.kind) kindRight++;
    else misses.push(`  kind    ${mine.article}: “${short(mine.text)}” ${mine.kind}, gold ${theirs.kind}`);
    if (mine.speaker !== null) speakerPredicted++;
    if (theirs.speaker !== null) speakerGold++;
    if (mine.speaker !== null && speakerKey(mine.speaker) === speakerKey(theirs.speaker)) speakerRight++;
    if (speakerKey(mine.speaker) !== speakerKey(theirs.speaker))
      misses.push(`  speaker ${mine.article}: “${short(mine.text)}” ${mine.speaker ?? 'null'}, gold ${theirs.speaker ?? 'null'}`);
  }
  for (const k of goldByKey.keys())
    if (!found.has(k)) misses.push(`  missed  ${goldByKey.get(k)!.article}: “${short(goldByKey.get(k)!.text)}”`);
  for (const k of found.keys()) if (!goldByKey.has(k)) misses.push(`  extra   ${found.get(k)!.article}: “${short(found.get(k)!.text)}”`);

  // Same-quote pairs across articles.
  const pairsOf = (members: Array<[string, string]>) => {
    const pairs = new Set<string>();
    for (const [i, a] of members.entries())
      for (const b of members.slice(i + 1)) {
        if (a[0] === b[0]) continue;
        const [x, y] = [key(...a), key(...b)].sort();
        pairs.add(`${x}\u0001${y}`);
      }
    return pairs;
  };
  const goldPairs = new Set(gold.groups.flatMap((group) => [...pairsOf(group)]));
  const minePairs = new Set(groups.flatMap((group) => [...pairsOf(group.members.map((m): [string, string] => [m.article, m.text]))]));
  const pairRight = [...minePairs].filter((pair) => goldPairs.has(pair)).length;
  for (const pair of goldPairs)
    if (!minePairs.has(pair))
      misses.push(
        `  pair missed  ${pair
          .replace(/\u0000/g, ': ')
          .replace('\u0001', '  ~  ')
          .slice(0, 140)}`,
      );
  for (const pair of minePairs)
    if (!goldPairs.has(pair))
      misses.push(
        `  pair extra   ${pair
          .replace(/\u0000/g, ': ')
          .replace('\u0001', '  ~  ')
          .slice(0, 140)}`,
      );

  return [
    `Quotes — ${gold.story} (${gold.quotations.length} gold quotations, ${gold.groups.length} gold groups; gold written after seeing the output, so flattering)`,
    score('quotations (span)', matched.length, found.size, goldByKey.size),
    `${'kinds'.padEnd(22)} ${kindRight}/${matched.length} of matched quotations`,
    score('speakers', speakerRight, speakerPredicted, speakerGold),
    score('same-quote pairs', pairRight, minePairs.size, goldPairs.size),
    ...(misses.length ? ['differences:', ...misses] : ['no differences']),
  ];
}

/**
 * A corpus folder as a Story, the way the tests read it: line 1 the headline (the title, not quoted from),
 * line 2 blank, then every line its own paragraph. Article ids are "a" + the file name ("01.txt" → "a01").
 */
export function corpusStory(dir: string): Story {
  const files = readdirSync(path.join(CORPORA, dir))
    .filter((file) => file.endsWith('.txt'))
    .sort();
  return parseStory({
    id: dir,
    articles: files.map((file) => {
      const [headline, , ...rest] = readFileSync(path.join(CORPORA, dir, file), 'utf8').split('\n');
      const text = `---\ntitle: ${JSON.stringify(headline.trim() || file)}\n---\n${rest.join('\n\n')}`;
      return { path: `${dir}/a${file.replace(/\.txt$/, '')}.md`, bytes: new TextEncoder().encode(text) };
    }),
  });
}

const fileOf = (articleId: string) => `${articleId.replace(/^a/, '')}.txt`;

function evaluateCorpora(): string[] {
  const goldPath = path.join(root, 'test/fixtures/gold/corpora-quotes.json');
  if (!existsSync(goldPath)) return ['quotes: no corpora gold'];
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as CorporaGold;
  const lines: string[] = [];
  for (const [dir, entries] of Object.entries(gold.stories)) {
    if (!existsSync(path.join(CORPORA, dir))) {
      lines.push(`Quotes — ${dir}: corpus not found under ${CORPORA}`);
      continue;
    }
    const story = corpusStory(dir);
    const { quotations } = findQuotations(story);
    // Both sides are multisets keyed by article + hash: the same words may be quoted twice in one article.
    const goldByKey = new Map<string, typeof entries>();
    for (const entry of entries) {
      const k = `${entry.article}\u0000${entry.hash}`;
      goldByKey.set(k, [...(goldByKey.get(k) ?? []), entry]);
    }
    const foundByKey = new Map<string, Quotation[]>();
    for (const quotation of quotations) {
      const k = `${fileOf(quotation.article)}\u0000${quoteHash(quotation.text)}`;
      foundByKey.set(k, [...(foundByKey.get(k) ?? []), quotation]);
    }
    let matched = 0;
    let kindRight = 0;
    let speakerRight = 0;
    let speakerPredicted = 0;
    let speakerGold = 0;
    const misses: string[] = [];
    for (const [k, found] of foundByKey) {
      const theirs = goldByKey.get(k) ?? [];
      found.forEach((mine, index) => {
        const g = theirs[index];
        const where = `${fileOf(mine.article)}`;
        if (!g) {
          misses.push(`  extra   ${where}: “${short(mine.text)}” (${mine.kind}, ${mine.speaker ?? 'null'})`);
          return;
        }
        matched++;
        const at = `${where}:${g.line}`;
        if (mine.kind === g.kind) kindRight++;
        else misses.push(`  kind    ${at}: “${short(mine.text)}” ${mine.kind}, gold ${g.kind}`);
        if (mine.speaker !== null) speakerPredicted++;
        if (g.speaker !== null) speakerGold++;
        if (mine.speaker !== null && speakerKey(mine.speaker) === speakerKey(g.speaker)) speakerRight++;
        if (speakerKey(mine.speaker) !== speakerKey(g.speaker))
          misses.push(`  speaker ${at}: “${short(mine.text)}” ${mine.speaker ?? 'null'}, gold ${g.speaker ?? 'null'}`);
      });
    }
    for (const [k, theirs] of goldByKey) {
      const count = foundByKey.get(k)?.length ?? 0;
      for (const g of theirs.slice(count)) misses.push(`  missed  ${g.article}:${g.line} (${g.kind}, ${g.speaker ?? 'null'})`);
    }
    lines.push(
      `Quotes — ${dir} (${entries.length} gold quotations; blind gold, annotated from the raw texts — but the rules were then developed with these stories in view)`,
      score('quotations (span)', matched, quotations.length, entries.length),
      `${'kinds'.padEnd(22)} ${kindRight}/${matched} of matched quotations`,
      score('speakers', speakerRight, speakerPredicted, speakerGold),
      ...(misses.length ? ['differences:', ...misses.sort()] : ['no differences']),
      '',
    );
  }
  return lines;
}

const short = (text: string) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'hash') {
  for (const text of process.argv.slice(3)) console.log(quoteHash(text));
}
