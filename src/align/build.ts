// The alignment of one story, quotes supplied by the caller (see ./index.ts).
import type { AnalysedStory, Alignment, Claim, Member, QuoteGroup, Token } from '../types.js';
import { sentenceTokens, tokensOf, wordNorms } from '../analyse/terms/index.js';
import { pronounReferents } from '../analyse/speakers/referents.js';
import { ClaimIndex, type ClaimStats, type PairScore, type UnitInput } from './claims.js';
import { findConflicts } from './conflicts.js';
import { articleOverlap } from './overlap.js';

export interface ClaimsResult {
  claims: Claim[];
  exclusives: Record<string, string[]>;
  stats: ClaimStats;
  /** Scores any two sentences of the story (for evaluation and diagnosis). */
  compare(a: Member, b: Member): PairScore;
  /** For diagnosis: shared terms and soft word matches of two sentences. */
  explain(a: Member, b: Member): string[];
}

/** Token lists per article: the analysed ones, or computed here where the analysis has none. */
export function storyTokens(analysed: AnalysedStory): Record<string, Token[][]> {
  const out: Record<string, Token[][]> = {};
  for (const article of analysed.story.articles) {
    const given = analysed.tokens[article.id];
    out[article.id] = given && given.length === article.sentences.length ? given : sentenceTokens(article);
  }
  return out;
}

/** Each sentence's word norms (wordNorms), by article. */
function storyWords(analysed: AnalysedStory, tokens: Record<string, Token[][]>): Record<string, string[][]> {
  return Object.fromEntries(analysed.story.articles.map((article) => [article.id, article.sentences.map((_, s) => wordNorms(tokens[article.id][s] ?? []))]));
}

/** Claims and exclusives of a story, with counters of the work done. */
export function alignClaims(analysed: AnalysedStory, tokens = storyTokens(analysed), words = storyWords(analysed, tokens)): ClaimsResult {
  const articles = analysed.story.articles;
  const inputs: UnitInput[] = [];
  const position = new Map<string, [number, number]>();
  // What each sentence's pronoun subject ("He is now in talks …") stands for, matched on with its own words.
  const referents = pronounReferents(articles.map((article) => ({
    title: tokensOf(article.title),
    sentences: article.sentences.map((sentence, s) => ({ tokens: tokens[article.id][s] ?? [], block: sentence.block })),
  })));
  articles.forEach((article, a) => {
    article.sentences.forEach((sentence, s) => {
      position.set(`${article.id}\u0000${sentence.id}`, [a, s]);
      const { referent, subjects } = referents[a][s];
      inputs.push({ article: article.id, sentence: sentence.id, tokens: tokens[article.id][s] ?? [], words: words[article.id][s], ...(referent.length > 0 ? { referent, subjects } : { subjects }) });
    });
  });
  const index = new ClaimIndex(inputs);
  const { groups, stats } = index.group();
  // Each unit's place (article, sentence), looked up once.
  const places = inputs.map((input) => position.get(`${input.article}\u0000${input.sentence}`) ?? [0, 0]);
  const ordered = groups.map((group) => {
    const members = [...group.members].sort((x, y) => places[x][0] - places[y][0] || places[x][1] - places[y][1]);
    const carriers = new Set(members.map((m) => inputs[m].article));
    const carriedBy = articles.filter((article) => carriers.has(article.id)).map((article) => article.id);
    return { group, members, carriedBy, first: places[members[0]] };
  });
  ordered.sort((x, y) => y.carriedBy.length - x.carriedBy.length || x.first[0] - y.first[0] || x.first[1] - y.first[1]);
  const exclusives: Record<string, string[]> = Object.fromEntries(articles.map((article) => [article.id, [] as string[]]));
  const claims: Claim[] = ordered.map((entry, i) => {
    const carried = new Set(entry.carriedBy);
    if (entry.group.kind === 'exclusive') for (const m of entry.members) exclusives[inputs[m].article].push(inputs[m].sentence);
    return {
      id: `c${i + 1}`,
      kind: entry.group.kind,
      score: entry.group.score,
      members: entry.members.map((m) => ({ article: inputs[m].article, sentence: inputs[m].sentence })),
      carriedBy: entry.carriedBy,
      omittedBy: articles.filter((article) => !carried.has(article.id)).map((article) => article.id),
    };
  });
  for (const article of articles) {
    const order = new Map(article.sentences.map((sentence, s) => [sentence.id, s]));
    exclusives[article.id].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  }
  let unitOf: Map<string, number> | undefined;
  const units = (a: Member, b: Member): [number, number] => {
    unitOf ??= new Map(inputs.map((input, n) => [`${input.article}\u0000${input.sentence}`, n]));
    const x = unitOf.get(`${a.article}\u0000${a.sentence}`);
    const y = unitOf.get(`${b.article}\u0000${b.sentence}`);
    if (x === undefined || y === undefined) throw new Error(`no such sentence: ${a.article}#${a.sentence} or ${b.article}#${b.sentence}`);
    return [x, y];
  };
  const compare = (a: Member, b: Member): PairScore => index.compare(...units(a, b));
  const explain = (a: Member, b: Member): string[] => index.explain(...units(a, b));
  return { claims, exclusives, stats, compare, explain };
}

/** The whole alignment, with the quote groups computed elsewhere. */
export function buildAlignment(analysed: AnalysedStory, quotes: QuoteGroup[]): Alignment {
  const { story } = analysed;
  const tokens = storyTokens(analysed);
  const words = storyWords(analysed, tokens);
  const { claims, exclusives } = alignClaims(analysed, tokens, words);
  const overlap = articleOverlap(story.articles.map((article) => ({ id: article.id, words: concat(words[article.id]) })));
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

/** The lists one after another (Array.prototype.flat is slow). */
function concat(lists: string[][]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}
