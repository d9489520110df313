// The alignment of one story, quotes supplied by the caller (see ./index.ts).
import type { AnalysedStory, Alignment, Claim, Member, QuoteGroup } from '../types.js';
import { claimGroups, type ClaimStats, type DecisionModel, type PairScore } from './claims/index.js';
import { unitInputs } from './claims/inputs.js';
import { findConflicts } from './conflicts.js';
import { articleOverlap, wordNorms } from './overlap.js';

export interface ClaimsResult {
  claims: Claim[];
  exclusives: Record<string, string[]>;
  stats: ClaimStats;
  /** Scores any two sentences of the story (for evaluation and diagnosis). */
  compare(a: Member, b: Member): PairScore;
  /** For diagnosis: shared terms and alike word matches of two sentences. */
  explain(a: Member, b: Member): string[];
}

export interface ClaimOptions {
  /** The quote groups (align/quotes): sentences whose quotations are grouped carry one quotation. */
  quotes?: QuoteGroup[];
  /** The pair decision's weights and bar (see claimGroups); the fitted ones unless a fit tries others. */
  model?: DecisionModel;
}

/** Claims and exclusives of a story, with counters of the work done. */
export function alignClaims(analysed: AnalysedStory, { quotes, model }: ClaimOptions = {}): ClaimsResult {
  const articles = analysed.story.articles;
  const inputs = unitInputs(analysed, quotes);
  const { groups, stats, compare, explain } = claimGroups(inputs, analysed.vectors, model);
  // Inputs come article by article, sentence by sentence: position in the list is reading order.
  const articleIndex = new Map(articles.map((article, a) => [article.id, a]));
  const ordered = groups.map((group) => {
    const members = [...group.members].sort((x, y) => x - y);
    const carriedBy = [...new Set(members.map((m) => inputs[m].article))].sort(
      (x, y) => (articleIndex.get(x) ?? 0) - (articleIndex.get(y) ?? 0),
    );
    return { group, members, carriedBy };
  });
  ordered.sort((x, y) => y.carriedBy.length - x.carriedBy.length || x.members[0] - y.members[0]);
  const exclusives: Record<string, string[]> = Object.fromEntries(articles.map((article) => [article.id, [] as string[]]));
  const claims: Claim[] = ordered.map((entry, i) => {
    if (entry.group.kind === 'exclusive') for (const m of entry.members) exclusives[inputs[m].article].push(inputs[m].sentence);
    return {
      id: `c${i + 1}`,
      kind: entry.group.kind,
      score: entry.group.score,
      members: entry.members.map((m) => ({ article: inputs[m].article, sentence: inputs[m].sentence })),
      carriedBy: entry.carriedBy,
      omittedBy: articles.filter((article) => !entry.carriedBy.includes(article.id)).map((article) => article.id),
    };
  });
  for (const article of articles) {
    const order = new Map(article.sentences.map((sentence, s) => [sentence.id, s]));
    exclusives[article.id].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  }
  const positions = new Map(inputs.map((input, n) => [`${input.article}\u0000${input.sentence}`, n]));
  const position = (m: Member): number => {
    const n = positions.get(`${m.article}\u0000${m.sentence}`);
    if (n === undefined) throw new Error(`no such sentence: ${m.article}#${m.sentence}`);
    return n;
  };
  return {
    claims,
    exclusives,
    stats,
    compare: (a, b) => compare(position(a), position(b)),
    explain: (a, b) => explain(position(a), position(b)),
  };
}

/** The whole alignment, with the quote groups computed elsewhere. */
export function buildAlignment(analysed: AnalysedStory, quotes: QuoteGroup[]): Alignment {
  const { story } = analysed;
  const { claims, exclusives } = alignClaims(analysed, { quotes });
  const overlap = articleOverlap(
    story.articles.map((article) => ({ id: article.id, words: (analysed.tokens[article.id] ?? []).flatMap(wordNorms) })),
  );
  return {
    story: { id: story.id, title: story.title },
    articles: story.articles.map((article) => ({
      id: article.id,
      title: article.title,
      sentences: article.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text, start: sentence.start, end: sentence.end })),
    })),
    claims,
    quotes,
    overlap,
    exclusives,
    conflicts: findConflicts(story, claims, quotes),
  };
}
