// Claim grouping against the hand annotation of the Kerry–Lavrov story: precision and recall of claim
// pairs (two sentences of different articles in the same group), overall and by kind.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentenceTokens } from '../../src/analyse/terms/index.js';
import { storyReferents } from '../../src/analyse/index.js';
import { alignClaims } from '../../src/align/build.js';
import { storyVectors } from '../../src/build.js';
import { loadStories } from '../../src/load/stories.js';
import { parseStory } from '../../src/parse/story.js';
import type { AnalysedStory, Member, Story } from '../../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GOLD = path.join(root, 'test/fixtures/gold/kerry-lavrov-claims.json');

type Kind = 'verbatim' | 'near-verbatim' | 'paraphrase';
const KINDS: Kind[] = ['verbatim', 'near-verbatim', 'paraphrase'];

export interface GoldFile {
  story: string;
  claims: Array<{ kind: Kind; members: Array<{ article: string; text: string }>; tight?: Array<{ kind: Kind; articles: string[] }> }>;
}

export interface PairReport {
  precision: number;
  recall: number;
  byKind: Record<Kind, { precision: number; recall: number; predicted: number; gold: number }>;
  falsePositives: string[];
  misses: string[];
  unresolved: string[];
}

const fold = (text: string) =>
  text
    .replace(/[“”„"‘’'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The sentence of `story` a gold member names (by the start of its text, else a containing sentence). */
export function resolveMember(story: Story, article: string, prefix: string): Member | undefined {
  const found = story.articles.find((a) => a.id === article);
  if (!found) return undefined;
  const want = fold(prefix);
  const hit = found.sentences.find((s) => fold(s.text).startsWith(want)) ?? found.sentences.find((s) => fold(s.text).includes(want));
  return hit ? { article, sentence: hit.id } : undefined;
}

export function analyseForEval(story: Story): AnalysedStory {
  const tokens = Object.fromEntries(story.articles.map((a) => [a.id, sentenceTokens(a)]));
  return {
    story,
    quotations: [],
    speakers: [],
    tokens,
    referents: storyReferents(story, tokens),
    vectors: storyVectors(),
  };
}

/** Scores the claims engine's pairs on `analysed` against `gold`. */
export function scorePairs(analysed: AnalysedStory, gold: GoldFile): PairReport {
  const { story } = analysed;
  const result = alignClaims(analysed);
  const keyOf = (m: Member) => `${m.article}#${m.sentence}`;
  const pairKey = (a: Member, b: Member) => [keyOf(a), keyOf(b)].sort().join(' | ');
  const textOf = (m: Member) => story.articles.find((a) => a.id === m.article)?.sentences.find((s) => s.id === m.sentence)?.text ?? '?';
  const show = (a: Member, b: Member) => `${a.article}: “${textOf(a).slice(0, 70)}” ↔ ${b.article}: “${textOf(b).slice(0, 70)}”`;

  const unresolved: string[] = [];
  const goldPairs = new Map<string, { kind: Kind; a: Member; b: Member }>();
  for (const claim of gold.claims) {
    const members: Member[] = [];
    for (const m of claim.members) {
      const hit = resolveMember(story, m.article, m.text);
      if (hit) members.push(hit);
      else unresolved.push(`${m.article}: “${m.text}”`);
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i];
        const b = members[j];
        if (a.article === b.article) continue;
        const tight = (claim.tight ?? []).filter((t) => t.articles.includes(a.article) && t.articles.includes(b.article));
        const kind = tight.map((t) => t.kind).sort((x, y) => KINDS.indexOf(x) - KINDS.indexOf(y))[0] ?? claim.kind;
        goldPairs.set(pairKey(a, b), { kind, a, b });
      }
    }
  }
  const predicted = new Map<string, { kind: Kind; a: Member; b: Member }>();
  for (const claim of result.claims) {
    if (claim.kind === 'exclusive') continue;
    for (let i = 0; i < claim.members.length; i++) {
      for (let j = i + 1; j < claim.members.length; j++) {
        const a = claim.members[i];
        const b = claim.members[j];
        if (a.article === b.article) continue;
        const kind = result.compare(a, b).kind ?? claim.kind;
        predicted.set(pairKey(a, b), { kind, a, b });
      }
    }
  }
  const hits = [...predicted.keys()].filter((key) => goldPairs.has(key)).length;
  const ratio = (x: number, y: number) => (y === 0 ? 1 : x / y);
  const byKind = Object.fromEntries(
    KINDS.map((kind) => {
      const p = [...predicted].filter(([, v]) => v.kind === kind);
      const g = [...goldPairs].filter(([, v]) => v.kind === kind);
      return [
        kind,
        {
          precision: ratio(p.filter(([key]) => goldPairs.has(key)).length, p.length),
          recall: ratio(g.filter(([key]) => predicted.has(key)).length, g.length),
          predicted: p.length,
          gold: g.length,
        },
      ];
    }),
  ) as PairReport['byKind'];
  const describe = (p: { a: Member; b: Member }) => {
    const s = result.compare(p.a, p.b);
    return `${show(p.a, p.b)} [cos ${s.cosine.toFixed(2)}, copied ${s.copied.toFixed(2)}/${s.copiedWords}w, shared ${s.sharedTerms}/${s.sharedRare} rare/${s.sharedRareWords} non-name, ${s.softMatches} soft${s.clause ? ', by clause' : ''}]${process.env.EXPLAIN ? `\n        ${result.explain(p.a, p.b).join(', ')}` : ''}`;
  };
  return {
    precision: ratio(hits, predicted.size),
    recall: ratio(hits, goldPairs.size),
    byKind,
    falsePositives: [...predicted]
      .filter(([key]) => !goldPairs.has(key))
      .map(([, p]) => `${p.kind}: ${describe(p)}`)
      .sort(),
    misses: [...goldPairs]
      .filter(([key]) => !predicted.has(key))
      .map(([, p]) => `${p.kind}: ${describe(p)}`)
      .sort(),
    unresolved,
  };
}

export async function evaluateClaims(): Promise<string[]> {
  const gold = JSON.parse(await readFile(GOLD, 'utf8')) as GoldFile;
  const { stories } = await loadStories(path.join(root, 'articles'));
  const source = stories.find((s) => s.id === gold.story);
  if (!source) return [`claims: story ${gold.story} not found`];
  const report = scorePairs(analyseForEval(parseStory(source)), gold);
  return formatReport(report);
}

export function formatReport(report: PairReport): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `claims (pairs of sentences in the same group, ${gold(report)} gold pairs)`,
    `  overall        precision ${pct(report.precision)}  recall ${pct(report.recall)}`,
    ...KINDS.map((kind) => {
      const k = report.byKind[kind];
      return `  ${kind.padEnd(14)} precision ${pct(k.precision)} (${k.predicted} predicted)  recall ${pct(k.recall)} (${k.gold} gold)`;
    }),
  ];
  if (report.unresolved.length) lines.push('  gold members not found:', ...report.unresolved.map((u) => `    ${u}`));
  lines.push(`  false positives (${report.falsePositives.length}):`, ...report.falsePositives.map((f) => `    ${f}`));
  lines.push(`  misses (${report.misses.length}):`, ...report.misses.map((m) => `    ${m}`));
  return lines;
}

const gold = (report: PairReport) => Object.values(report.byKind).reduce((sum, k) => sum + k.gold, 0);
