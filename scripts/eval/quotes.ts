// Quotations, speakers and same-quote groups of the Kerry–Lavrov story against the hand-made gold file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuotations } from '../../src/analyse/index.js';
import { groupQuotes } from '../../src/align/quotes/index.js';
import { loadStories } from '../../src/load/stories.js';
import { parseStory } from '../../src/parse/story.js';
import type { QuoteKind } from '../../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Gold {
  story: string;
  quotations: Array<{ article: string; text: string; kind: QuoteKind; speaker: string | null }>;
  groups: Array<Array<[string, string]>>;
}

/** Words only: marks, punctuation and case do not count when matching spans. */
const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const speakerKey = (name: string | null) => (name === null ? null : words(name.replace(/^(?:the|a|an)\s+/i, '')));

function score(label: string, truePositives: number, predicted: number, gold: number): string {
  const precision = predicted ? truePositives / predicted : 1;
  const recall = gold ? truePositives / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  return `${label.padEnd(22)} precision ${pct(precision)} (${truePositives}/${predicted})  recall ${pct(recall)} (${truePositives}/${gold})  F1 ${pct(f1)}`;
}

export async function evaluateQuotes(): Promise<string[]> {
  const gold = JSON.parse(await readFile(path.join(root, 'test/fixtures/gold/kerry-lavrov-quotes.json'), 'utf8')) as Gold;
  const { stories } = await loadStories(path.join(root, 'articles'));
  const source = stories.find((story) => story.id === gold.story);
  if (!source) return [`quotes: story ${gold.story} not found`];
  const story = parseStory(source);
  const { quotations, speakers } = findQuotations(story);
  const groups = groupQuotes({ story, quotations, speakers, tokens: {} });

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
  for (const k of goldByKey.keys()) if (!found.has(k)) misses.push(`  missed  ${goldByKey.get(k)!.article}: “${short(goldByKey.get(k)!.text)}”`);
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
  for (const pair of goldPairs) if (!minePairs.has(pair)) misses.push(`  pair missed  ${pair.replace(/\u0000/g, ': ').replace('\u0001', '  ~  ').slice(0, 140)}`);
  for (const pair of minePairs) if (!goldPairs.has(pair)) misses.push(`  pair extra   ${pair.replace(/\u0000/g, ': ').replace('\u0001', '  ~  ').slice(0, 140)}`);

  return [
    `Quotes — ${gold.story} (${gold.quotations.length} gold quotations, ${gold.groups.length} gold groups)`,
    score('quotations (span)', matched.length, found.size, goldByKey.size),
    `${'kinds'.padEnd(22)} ${kindRight}/${matched.length} of matched quotations`,
    score('speakers', speakerRight, speakerPredicted, speakerGold),
    score('same-quote pairs', pairRight, minePairs.size, goldPairs.size),
    ...(misses.length ? ['differences:', ...misses] : ['no differences']),
  ];
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
