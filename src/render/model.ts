// What the templates show, worked out from an AlignedStory: plain data (no markup) for each page.
import type {
  AlignedStory,
  Article,
  Claim,
  ClaimKind,
  Conflict,
  ConflictKind,
  Overlap,
  Quotation,
  QuoteMember,
  Sentence,
  Story,
} from '../types.js';
import { changedWords, coreParts, diffParts as wordDiff, plainParts, wordCount, type DiffPart } from './diff.js';
import { editNotes, type EditNotes } from './edits.js';
import { paragraphNumbers, placeIn, type Place } from './place.js';
import { statementIndex } from './statement.js';
import { styleDifferences, type StyleDifference } from './style.js';

/** How widely a claim is carried: by every article, by some, or by one only. */
export type Share = 'all' | 'some' | 'one';

export interface ArticleView {
  id: string;
  /** What its column is called: the outlet where the front matter names one, else its label; unique in the story. */
  name: string;
  label: string;
  title: string;
  outlet?: string;
  published?: string;
  url?: string;
  /** The web site the url is on, for the link's text ("reuters.com"). */
  site?: string;
  /** Relative to the story folder. */
  href: string;
  sentenceCount: number;
  exclusiveCount: number;
}

/** One article's sentence as a member of a claim, compared with the claim's reference version. */
export interface Version {
  article: ArticleView;
  sentence: Sentence;
  parts: DiffPart[];
  /** This is the version the others are compared with. */
  reference: boolean;
  /** Words marked as different from the reference. */
  changed: number;
  /** Where the article placed the sentence: its lead, or paragraph n of m. */
  place: Place;
  /** The sentence in its article page, relative to the story folder. */
  href: string;
}

export interface Cell {
  article: ArticleView;
  versions: Version[];
}

export interface ClaimView {
  id: string;
  kind: ClaimKind;
  kindLabel: string;
  score: number;
  scorePercent: number;
  share: Share;
  shareLabel: string;
  carriers: number;
  total: number;
  carriedBy: ArticleView[];
  omittedBy: ArticleView[];
  versions: Version[];
  reference: Version;
  /** The reference sentence, cut short for a table heading. */
  summary: string;
  /** The claim in one line, in quotation marks, in the words of the version that best represents the group (see statement.ts). */
  statement: string;
  /** How prominently the carriers placed it: 0 every one in its lead … 1 every one in its last paragraph. */
  prominence: number;
  /** Every version has the same words: the row's statement is the whole sentence, and the cells say so. */
  sameWords: boolean;
  /** Whether the row's versions are compared word by word (near-verbatim) or by their shared core (paraphrase). */
  diffMode: 'words' | 'core' | 'none';
  /** Details the versions give differently. */
  conflicts: ConflictView[];
  /** One cell per article of the story, in article order; empty where the article leaves the claim out. */
  cells: Cell[];
  /**
   * Relative to the story folder: the claim's page where two or more articles carry it, else its sentence
   * in its article (a claim one article carries has nothing to compare, so it has no page).
   */
  href: string;
  /** Whether the claim has a page of its own (claims/<id>.html): carried by two or more articles. */
  page: boolean;
  /** Shared by fewer than half the outlets: the side-by-side row shows its heading, its versions one click away. */
  folded: boolean;
  /** Made by the renderer for a sentence the alignment left out of every claim. */
  synthetic: boolean;
  /** What an editor's corrections did to this claim, and why (empty where none did). */
  edits: string[];
}

export interface ConflictView {
  id: string;
  kind: ConflictKind;
  kindLabel: string;
  claim: string;
  /** The claim's row statement, for the story overview's list. */
  statement: string;
  claimHref: string;
  versions: Array<{ article: ArticleView; detail: string; href: string }>;
}

export interface QuoteMemberView {
  article: ArticleView;
  text: string;
  parts: DiffPart[];
  speaker: string | null;
  /** How the speaker was found where the sentence does not name them ("resolved from 'he'"), or null. */
  speakerReason: string | null;
  kind: string;
  reference: boolean;
  /** Shorter than the fullest version of the quote. */
  shorter: boolean;
  /** Credited to someone other than the group's speaker. */
  otherSpeaker: boolean;
  href: string;
  claim?: string;
  /** Where the claim is linked: its page, or the sentence where only one article carries it. */
  claimHref?: string;
  /** What an editor's corrections did to this quotation, and why. */
  edits: string[];
}

export interface QuoteView {
  id: string;
  speaker: string | null;
  speakerConflict: boolean;
  truncated: boolean;
  speakers: string[];
  /** The fullest version, cut short for a heading. */
  summary: string;
  members: QuoteMemberView[];
  articles: number;
  missing: ArticleView[];
}

export interface OverlapCell {
  article: ArticleView;
  self: boolean;
  /** Share of the row article's words in runs shared with the column article, 0..100. */
  percent: number;
  words: number;
  /** 0..5, for shading. */
  level: number;
}

/** A pair of articles in the ranked list of the most shared text (stories too big for a matrix). */
export interface OverlapPair {
  a: ArticleView;
  b: ArticleView;
  percentOfA: number;
  percentOfB: number;
  words: number;
}

/** Up to this many articles the overview shows the overlap as an articles × articles matrix. */
export const OVERLAP_MATRIX_MAX = 40;
/** Beyond that, a list of this many pairs that share the most. */
export const OVERLAP_TOP_PAIRS = 50;

export interface StoryView {
  story: Story;
  articles: ArticleView[];
  claims: ClaimView[];
  sharedClaims: ClaimView[];
  exclusiveClaims: ClaimView[];
  quotes: QuoteView[];
  /** The overlap matrix, one row per article; empty above OVERLAP_MATRIX_MAX articles (see overlapPairs). */
  overlap: Array<{ article: ArticleView; cells: OverlapCell[] }>;
  /** Above OVERLAP_MATRIX_MAX articles: the pairs that share the most, most first; otherwise empty. */
  overlapPairs: OverlapPair[];
  figures: {
    articles: number;
    claims: number;
    shared: number;
    everyOutlet: number;
    sharedQuotes: number;
    truncatedQuotes: number;
    speakerConflicts: number;
    exclusives: Array<{ article: ArticleView; count: number }>;
  };
  /** "article/sentence" → the claim the sentence belongs to. */
  claimOf: Map<string, ClaimView>;
  /** Where an editor corrected the alignment. */
  edits: EditNotes;
  /** Every conflicting detail of the story, in the order of its claims. */
  conflicts: ConflictView[];
  /** Exclusives grouped by the article that alone carries them, in article order (empty groups left out). */
  exclusivesByArticle: Array<{ article: ArticleView; claims: ClaimView[] }>;
  /** Names an article writes its own way throughout ("Russian Federation" for "Russia"), once per article. */
  styleDifferences: Array<StyleDifference<ArticleView>>;
}

const CONFLICT_LABELS: Record<ConflictKind, string> = {
  number: 'numbers differ',
  time: 'times differ',
  date: 'dates differ',
  hedge: 'hedged differently',
  speaker: 'credited to different speakers',
  title: 'titles differ',
  place: 'places differ',
};

const KIND_LABELS: Record<ClaimKind, string> = {
  verbatim: 'word for word',
  'near-verbatim': 'nearly word for word',
  paraphrase: 'paraphrased',
  exclusive: 'exclusive',
};

export function shareOf(carriers: number, total: number): Share {
  if (carriers <= 1) return 'one';
  return carriers >= total ? 'all' : 'some';
}

/**
 * Whether a shared claim's side-by-side row is folded to its heading: fewer than half the outlets carry it,
 * so most of its cells would be empty, while the claims most outlets share keep their cells open.
 */
export function foldsRow(carriers: number, total: number): boolean {
  return carriers > 1 && carriers * 2 < total;
}

export function shareLabel(carriers: number, total: number): string {
  if (carriers <= 1) return total <= 1 ? 'single article' : 'only one article';
  return carriers >= total ? `all ${total} articles` : `${carriers} of ${total} articles`;
}

/** Whitespace that `\s+ → ' '` would change: any but a space, or two in a row. */
const ODD_WHITESPACE = /[^\S ]| {2}/;

/** A statement in quotation marks, unless it opens with one of its own (a quotation). */
function quoted(text: string): string {
  return /^[“"‘']/.test(text) ? text : `“${text}”`;
}

/** A heading-length version of a sentence, cut at a word boundary. */
export function shorten(text: string, max = 110): string {
  // Most sentences have no whitespace to fold: spared the replace (and its copy) then.
  const flat = (ODD_WHITESPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // ("… stays in hotels.…": a sentence's full stop gives way to the ellipsis; "U.S." keeps its own.)
  return `${cut.slice(0, space > max / 2 ? space : max).replace(/[,;:]$|(?<=\p{Ll})\.$/u, '')}…`;
}

/** What every part of the story view works from: the articles, their sentences, and the story's diff memo. */
interface ViewContext {
  story: Story;
  edits: EditNotes;
  total: number;
  articles: ArticleView[];
  articleById: Map<string, ArticleView>;
  order: Map<string, number>;
  sentenceOf(article: string, sentence: string): Sentence | undefined;
  placeOf(article: string, sentence: Sentence): Place;
  /** Memoised per pair of texts: 'words' compares word by word, 'core' marks a paraphrase's shared core. */
  parts(mode: 'words' | 'core', reference: string, text: string): DiffPart[];
  changedIn(parts: DiffPart[]): number;
}

export function buildStoryView({ story, alignment }: AlignedStory): StoryView {
  const context = viewContext(story, editNotes(alignment));
  const claims = claimRows(story, alignment, context.edits).map(({ claim, synthetic }) => claimView(claim, synthetic, context));
  sortClaims(claims, context.order);
  const claimOf = new Map<string, ClaimView>();
  for (const claim of claims) {
    for (const v of claim.versions) {
      const key = `${v.article.id}/${v.sentence.id}`;
      if (!claimOf.has(key)) claimOf.set(key, claim);
    }
  }
  const exclusiveClaims = claims.filter((claim) => claim.carriers <= 1);
  for (const article of context.articles) {
    article.exclusiveCount =
      alignment.exclusives?.[article.id]?.length ?? exclusiveClaims.filter((claim) => claim.reference.article.id === article.id).length;
  }
  const conflicts = conflictViews(alignment.conflicts ?? [], claims, context);
  const quotes = alignment.quotes.map((group) => quoteView(group, context, claimOf));
  const matrix = context.articles.length <= OVERLAP_MATRIX_MAX;
  const sharedClaims = claims.filter((claim) => claim.carriers > 1);
  const total = context.total;
  return {
    story,
    articles: context.articles,
    claims,
    sharedClaims,
    exclusiveClaims,
    exclusivesByArticle: context.articles
      .map((article) => ({ article, claims: exclusiveClaims.filter((claim) => claim.reference.article.id === article.id) }))
      .filter((group) => group.claims.length > 0),
    quotes,
    overlap: matrix ? overlapMatrix(alignment.overlap, context.articles) : [],
    overlapPairs: matrix ? [] : topOverlapPairs(alignment.overlap, context.articleById),
    figures: {
      articles: total,
      claims: claims.length,
      shared: sharedClaims.length,
      everyOutlet: total > 1 ? claims.filter((claim) => claim.carriers >= total).length : 0,
      sharedQuotes: quotes.filter((quote) => quote.articles > 1).length,
      truncatedQuotes: quotes.filter((quote) => quote.truncated).length,
      speakerConflicts: quotes.filter((quote) => quote.speakerConflict).length,
      exclusives: context.articles.map((article) => ({ article, count: article.exclusiveCount })),
    },
    claimOf,
    conflicts,
    edits: context.edits,
    styleDifferences: styleDifferences(story.articles, (article) => context.articleById.get(article.id)!),
  };
}

/** Column names: the outlet where given, else the label; two articles of one outlet numbered in article order. */
export function articleNames(articles: Array<Pick<Article, 'label' | 'outlet'>>): string[] {
  const names = articles.map((article) => article.outlet?.trim() || article.label);
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return names.map((name) => {
    if (counts.get(name)! < 2) return name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return `${name} (${n})`;
  });
}

function viewContext(story: Story, edits: EditNotes): ViewContext {
  const names = articleNames(story.articles);
  const articles: ArticleView[] = story.articles.map((article, index) => ({
    id: article.id,
    name: names[index],
    label: article.label,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    site: article.url ? new URL(article.url).hostname.replace(/^www\./, '') : undefined,
    href: `articles/${article.id}.html`,
    sentenceCount: article.sentences.length,
    exclusiveCount: 0,
  }));
  // Looked up by id, not searched: claims are sorted by their sentences' positions.
  const sentencesById = new Map(story.articles.map((article) => [article.id, sentencesByIdOf(article)]));
  const paragraphs = new Map(story.articles.map((article) => [article.id, paragraphNumbers(article)]));
  // The same two texts (a sentence copied by several outlets, a quotation) are compared once per story,
  // and their versions share the parts (nothing changes them once made).
  const diffs = new Map<string, DiffPart[]>();
  const changedCounts = new Map<DiffPart[], number>();
  return {
    story,
    edits,
    total: story.articles.length,
    articles,
    articleById: new Map(articles.map((view) => [view.id, view])),
    order: new Map(story.articles.map((article, index) => [article.id, index])),
    sentenceOf: (article, sentence) => sentencesById.get(article)?.get(sentence),
    placeOf: (article, sentence) => placeIn(sentence, paragraphs.get(article) ?? { numbers: [], count: 1 }),
    parts(mode, reference, text) {
      const key = `${mode}\0${reference}\0${text}`;
      let parts = diffs.get(key);
      if (parts === undefined) diffs.set(key, (parts = mode === 'core' ? coreParts(reference, text) : wordDiff(reference, text)));
      return parts;
    },
    changedIn(parts) {
      let count = changedCounts.get(parts);
      if (count === undefined) changedCounts.set(parts, (count = changedWords(parts)));
      return count;
    },
  };
}

/** One row per claim as aligned (members whose sentence exists), then one per sentence no claim mentions. */
function claimRows(story: Story, alignment: AlignedStory['alignment'], edits: EditNotes): Array<{ claim: Claim; synthetic: boolean }> {
  const known = new Set(story.articles.flatMap((article) => article.sentences.map((sentence) => `${article.id}/${sentence.id}`)));
  const seen = new Set<string>();
  const rows: Array<{ claim: Claim; synthetic: boolean }> = [];
  for (const claim of alignment.claims) {
    const members = claim.members.filter((m) => known.has(`${m.article}/${m.sentence}`));
    if (members.length === 0) continue;
    for (const m of members) seen.add(`${m.article}/${m.sentence}`);
    rows.push({ claim: { ...claim, members }, synthetic: false });
  }
  // Marked synthetic: such a row has no claim id in alignment.json.
  for (const article of story.articles) {
    for (const sentence of article.sentences) {
      if (seen.has(`${article.id}/${sentence.id}`) || edits.hidden(article.id, sentence.id)) continue;
      const others = story.articles.filter((other) => other.id !== article.id).map((other) => other.id);
      rows.push({
        claim: {
          id: `x-${article.id}-${sentence.id}`,
          kind: 'exclusive',
          score: 1,
          members: [{ article: article.id, sentence: sentence.id }],
          carriedBy: [article.id],
          omittedBy: others,
        },
        synthetic: true,
      });
    }
  }
  return rows;
}

/** The version the others of a claim are compared with: the statement for a paraphrase, else the fullest. */
function referenceIndex(kind: ClaimKind, sentences: Sentence[], statement: number): number {
  if (kind === 'paraphrase') return statement;
  let fullest = 0;
  sentences.forEach((sentence, i) => {
    if (wordCount(sentence.text) > wordCount(sentences[fullest].text)) fullest = i;
  });
  return fullest;
}

function claimView(claim: Claim, synthetic: boolean, context: ViewContext): ClaimView {
  const { order, articleById, articles, total } = context;
  const members = [...claim.members].sort(
    (a, b) =>
      (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) ||
      context.sentenceOf(a.article, a.sentence)!.index - context.sentenceOf(b.article, b.sentence)!.index,
  );
  // Who carries it is the aligner's word (carriedBy), in article order; the members where it gives none.
  const listed = claim.carriedBy.length ? claim.carriedBy : members.map((m) => m.article);
  const carried = [...new Set(listed)].filter((id) => articleById.has(id)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const sentences = members.map((m) => context.sentenceOf(m.article, m.sentence)!);
  const statement = statementIndex(sentences.map((sentence) => sentence.text));
  const diffMode: ClaimView['diffMode'] = members.length < 2 ? 'none' : claim.kind === 'paraphrase' ? 'core' : 'words';
  const referenceAt = referenceIndex(claim.kind, sentences, statement);
  const referenceText = sentences[referenceAt].text;
  const versions = members.map((m, index): Version => {
    const sentence = sentences[index];
    const reference = index === referenceAt;
    const parts =
      reference || diffMode === 'none'
        ? plainParts(sentence.text)
        : context.parts(diffMode === 'core' ? 'core' : 'words', referenceText, sentence.text);
    return {
      article: articleById.get(m.article)!,
      sentence,
      parts,
      reference,
      changed: reference || diffMode !== 'words' ? 0 : context.changedIn(parts),
      place: context.placeOf(m.article, sentence),
      href: `articles/${m.article}.html#${m.sentence}`,
    };
  });
  const carriers = carried.length;
  const carriedIds = new Set(carried);
  const versionsByArticle = new Map<string, Version[]>();
  for (const version of versions) {
    const same = versionsByArticle.get(version.article.id);
    if (same) same.push(version);
    else versionsByArticle.set(version.article.id, [version]);
  }
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const sameWords = versions.length > 1 && versions.every((v) => flat(v.sentence.text) === flat(versions[0].sentence.text));
  const depths = [...versionsByArticle.values()].map((list) => Math.min(...list.map((v) => v.place.depth)));
  return {
    id: claim.id,
    kind: claim.kind,
    kindLabel: KIND_LABELS[claim.kind] ?? claim.kind,
    score: claim.score,
    scorePercent: Math.round(claim.score * 100),
    share: shareOf(carriers, total),
    shareLabel: shareLabel(carriers, total),
    carriers,
    total,
    carriedBy: carried.map((id) => articleById.get(id)!),
    omittedBy: articles.filter((a) => !carriedIds.has(a.id)),
    versions,
    reference: versions[referenceAt],
    summary: shorten(referenceText),
    statement: quoted(sameWords ? flat(sentences[statement].text) : shorten(sentences[statement].text, 80)),
    sameWords,
    prominence: depths.reduce((sum, depth) => sum + depth, 0) / Math.max(1, depths.length),
    diffMode,
    conflicts: [],
    cells: articles.map((article) => ({ article, versions: versionsByArticle.get(article.id) ?? [] })),
    href: carriers > 1 ? `claims/${claim.id}.html` : versions[0].href,
    page: carriers > 1,
    folded: foldsRow(carriers, total),
    synthetic,
    edits: synthetic ? [] : context.edits.claim(claim),
  };
}

/** Most widely carried first; shared claims in the aligner's order, exclusives grouped by article. */
function sortClaims(claims: ClaimView[], order: Map<string, number>): void {
  const position = new Map(claims.map((claim, index) => [claim, index]));
  claims.sort((a, b) => {
    if (b.carriers !== a.carriers) return b.carriers - a.carriers;
    if (a.carriers <= 1) {
      const byArticle = (order.get(a.reference.article.id) ?? 0) - (order.get(b.reference.article.id) ?? 0);
      return byArticle || a.reference.sentence.index - b.reference.sentence.index;
    }
    return position.get(a)! - position.get(b)!;
  });
}

/** The conflicts as the pages show them, each also attached to its claim's row. Read defensively (older data has none). */
function conflictViews(conflicts: Conflict[], claims: ClaimView[], context: ViewContext): ConflictView[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const views: ConflictView[] = [];
  for (const conflict of conflicts) {
    const claim = byId.get(conflict.claim);
    const versions = conflict.versions
      .filter((v) => context.articleById.has(v.article))
      .map((v) => ({ article: context.articleById.get(v.article)!, detail: v.detail, href: `articles/${v.article}.html#${v.sentence}` }));
    if (!claim || versions.length < 2) continue;
    const view: ConflictView = {
      id: conflict.id,
      kind: conflict.kind,
      kindLabel: CONFLICT_LABELS[conflict.kind] ?? conflict.kind,
      claim: claim.id,
      statement: claim.statement,
      claimHref: claim.href,
      versions,
    };
    claim.conflicts.push(view);
    views.push(view);
  }
  return views;
}

function quoteView(group: AlignedStory['alignment']['quotes'][number], context: ViewContext, claimOf: Map<string, ClaimView>): QuoteView {
  const { order, articleById, articles } = context;
  const versions = oneVersionPerArticle(
    wholeQuotations(group.members).sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0)),
  );
  const members = versions.map((version) => version.member);
  const words = members.map((m) => wordCount(m.text));
  let longest = 0;
  for (let index = 1; index < words.length; index++) {
    if (words[index] > words[longest]) longest = index;
  }
  const reference = members[longest];
  const speakers = [...new Set(members.map((m) => m.speaker && inRunningText(m.speaker)).filter((s): s is string => Boolean(s)))].sort();
  const carried = new Set(members.map((m) => m.article));
  return {
    id: group.id,
    speaker: group.speaker,
    speakerConflict: group.speakerConflict,
    truncated: group.truncated,
    speakers,
    summary: shorten(reference.text, 70),
    articles: carried.size,
    missing: articles.filter((a) => !carried.has(a.id)),
    members: members.map((m, index) => {
      const claim = claimOf.get(`${m.article}/${m.sentence}`);
      return {
        article: articleById.get(m.article) ?? {
          ...articles[0],
          id: m.article,
          name: m.article,
          label: m.article,
          title: m.article,
          href: `articles/${m.article}.html`,
        },
        text: m.text,
        parts: index === longest ? plainParts(m.text) : context.parts('words', reference.text, m.text),
        speaker: m.speaker && inRunningText(m.speaker),
        speakerReason: m.speakerReason,
        kind: m.kind,
        reference: index === longest,
        // Fewer words only: a version worded differently is not cut short unless the aligner found one that is.
        shorter: group.truncated && words[index] < words[longest],
        otherSpeaker: group.speakerConflict && namesOtherSpeaker(m.speaker, group.speaker),
        href: `articles/${m.article}.html#${m.sentence}`,
        claim: claim?.id,
        claimHref: claim?.href,
        edits: versions[index].quotations.flatMap((quotation) => context.edits.quoteMember(quotation)),
      };
    }),
  };
}

/**
 * One version per article: an article that quotes one remark in several quotations (“…,” she said, “…”) shows
 * them as one, joined by an ellipsis in its order, so that versions are compared whole with whole.
 */
function oneVersionPerArticle(members: QuoteMember[]): Array<{ member: QuoteMember; quotations: QuoteMember[] }> {
  const versions: Array<{ member: QuoteMember; quotations: QuoteMember[] }> = [];
  for (const member of members) {
    const last = versions.at(-1);
    if (last && last.member.article === member.article) {
      const credited = last.member.speaker ? last.member : member;
      last.member = {
        ...last.member,
        text: `${last.member.text} … ${member.text}`,
        speaker: credited.speaker,
        speakerReason: credited.speakerReason,
      };
      last.quotations.push(member);
    } else versions.push({ member, quotations: [member] });
  }
  return versions;
}

/**
 * A speaker as it reads after "Credited to": a description taken from the start of its sentence ("A company
 * spokesperson", "The 56-year-old") in lower case; a name keeps its capital ("The Associated Press").
 */
export function inRunningText(speaker: string): string {
  return speaker.replace(/^(?:The|A|An|This|That|His|Her|Its|Their|Our|My|Another)(?= [^\p{Lu}])/u, (word) => word.toLowerCase());
}

/**
 * A member credits its words to someone other than the group's speaker: both are names (capitalised) and
 * neither holds the other's words ("Lavrov" is "Sergei Lavrov"). A description ("the statement") names no one
 * else. Asked only where the aligner found the group's speakers to differ.
 */
function namesOtherSpeaker(speaker: string | null, groupSpeaker: string | null): boolean {
  if (!speaker || !groupSpeaker || !/^\p{Lu}/u.test(speaker)) return false;
  const words = (name: string): string[] => name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const [a, b] = [words(speaker), words(groupSpeaker)];
  return !a.every((word) => b.includes(word)) && !b.every((word) => a.includes(word));
}

/** The overlap matrix, one row per article. Pairs looked up by key: a story of n articles has n² cells. */
function overlapMatrix(overlaps: Overlap[], articles: ArticleView[]): StoryView['overlap'] {
  const pairs = new Map<string, Overlap>();
  for (const o of overlaps) if (!pairs.has(`${o.a}\0${o.b}`)) pairs.set(`${o.a}\0${o.b}`, o);
  return articles.map((row) => ({
    article: row,
    cells: articles.map((column): OverlapCell => {
      if (row.id === column.id) return { article: column, self: true, percent: 100, words: 0, level: 5 };
      const direct = pairs.get(`${row.id}\0${column.id}`);
      const reverse = pairs.get(`${column.id}\0${row.id}`);
      const share = direct ? direct.shareOfA : reverse ? reverse.shareOfB : 0;
      const percent = Math.round(share * 100);
      return {
        article: column,
        self: false,
        percent,
        words: (direct ?? reverse)?.sharedWords ?? 0,
        level: Math.min(5, Math.ceil(percent / 20)),
      };
    }),
  }));
}

/** A quotation's sentence parts (members in a row with the same quotation id) joined into one member, for reading. */
function wholeQuotations(members: QuoteMember[]): QuoteMember[] {
  const whole: QuoteMember[] = [];
  for (const member of members) {
    const last = whole.at(-1);
    if (last && last.quotation === member.quotation) whole[whole.length - 1] = { ...last, text: `${last.text} ${member.text}` };
    else whole.push(member);
  }
  return whole;
}

/** An article's sentences by id; where ids repeat, the first (as a search in order would find). */
function sentencesByIdOf(article: Article): Map<string, Sentence> {
  const byId = new Map<string, Sentence>();
  for (const sentence of article.sentences) if (!byId.has(sentence.id)) byId.set(sentence.id, sentence);
  return byId;
}

/** The pairs that share the most text: by the larger of their two shares, then words, then ids. */
function topOverlapPairs(pairs: Overlap[], articleById: Map<string, ArticleView>): OverlapPair[] {
  const ranked = pairs.filter((o) => o.sharedWords > 0 && articleById.has(o.a) && articleById.has(o.b));
  const rank = (o: Overlap) => Math.max(o.shareOfA, o.shareOfB);
  ranked.sort(
    (x, y) => rank(y) - rank(x) || y.sharedWords - x.sharedWords || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0),
  );
  return ranked.slice(0, OVERLAP_TOP_PAIRS).map((o) => ({
    a: articleById.get(o.a)!,
    b: articleById.get(o.b)!,
    percentOfA: Math.round(o.shareOfA * 100),
    percentOfB: Math.round(o.shareOfB * 100),
    words: o.sharedWords,
  }));
}

// ── article page ────────────────────────────────────────────────────────────

export interface Segment {
  text: string;
  /** Set where the text is (part of) a quotation. */
  quote?: {
    id: string;
    speaker: string | null;
    /** How the speaker was found where the sentence does not name them. */
    speakerReason: string | null;
    kind: Quotation['kind'];
    /** The quotation ends in this segment. */
    last: boolean;
  };
  /** A full stop or comma right after the quotation's closing mark, printed before its speaker tag. */
  trail?: string;
}

export interface SentenceView {
  id: string;
  segments: Segment[];
  claim?: ClaimView;
  /** How many other articles carry the sentence's claim. */
  others: number;
  share: Share;
  shareLabel: string;
  /** What an editor's corrections did to this sentence, and why. */
  edits: string[];
  /** An editor hid the sentence from the comparison. */
  hidden: boolean;
}

export interface BlockGroup {
  kind: 'paragraph' | 'heading' | 'blockquote' | 'list';
  items: SentenceView[][];
}

/** The article's body as groups of blocks (a run of list items is one list), each block a list of sentences. */
export function buildArticleView(article: Article, view: StoryView, quotations: Quotation[]): BlockGroup[] {
  // A scare quote (or one an editor marked as none) is not a quotation: no speaker tag.
  const own = quotations
    .filter((q) => q.article === article.id && q.kind !== 'scare')
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const total = view.articles.length;
  const sentenceView = (sentence: Sentence): SentenceView => {
    const claim = view.claimOf.get(`${article.id}/${sentence.id}`);
    const carriers = claim?.carriers ?? 1;
    return {
      id: sentence.id,
      segments: segmentsOf(article, sentence, own),
      claim,
      others: Math.max(0, carriers - 1),
      share: shareOf(carriers, total),
      shareLabel:
        carriers <= 1
          ? 'only in this article'
          : carriers >= total
            ? `in all ${total} articles`
            : `also in ${carriers - 1} other article${carriers - 1 === 1 ? '' : 's'}`,
      edits: view.edits.sentence(article.id, sentence.id),
      hidden: view.edits.hidden(article.id, sentence.id),
    };
  };
  const groups: BlockGroup[] = [];
  for (const block of article.blocks) {
    const sentences = block.sentences.map((index) => sentenceView(article.sentences[index]));
    const kind = block.kind === 'list-item' ? 'list' : block.kind;
    const last = groups[groups.length - 1];
    if ((kind === 'list' || kind === 'blockquote') && last?.kind === kind) last.items.push(sentences);
    else groups.push({ kind, items: [sentences] });
  }
  return groups;
}

/**
 * A sentence cut into plain text and quotations. Quotation offsets point into the body; where the body
 * holds the sentence exactly (no markdown inside it) they are used as they are, otherwise the quoted
 * words are looked for in the sentence's text.
 */
const OPENING = '“‘"\'«„';
const CLOSING = '”’"\'»“';
/** The closing marks of a quotation, with the punctuation inside them (“… real progress,”), before a space or stop. */
const CLOSED = new RegExp(`^[,.;:!?…]*[${CLOSING}]+(?=[\\s,.;:!?…)]|$)`);
/** Punctuation right after the closing mark (“… good and bad ones”.), kept with the quotation so no tag sits before it. */
const TRAILING = /^[,.;:!?…]+(?=\s|$)/;

export function segmentsOf(article: Article, sentence: Sentence, quotations: Quotation[]): Segment[] {
  const ranges: Array<{ start: number; end: number; quote: Quotation }> = [];
  const exact = article.body.slice(sentence.start, sentence.end) === sentence.text;
  for (const quote of quotations) {
    if (exact) {
      const start = Math.max(quote.start, sentence.start) - sentence.start;
      const end = Math.min(quote.end, sentence.end) - sentence.start;
      if (end > start) ranges.push({ start, end, quote });
    } else if (quote.sentence === sentence.id) {
      const at = sentence.text.indexOf(quote.text);
      if (at >= 0) ranges.push({ start: at, end: at + quote.text.length, quote });
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue; // overlapping quotations: keep the first
    // Take in the quotation marks around the words, so a speaker tag can follow the closing one.
    if (range.start > cursor && range.start > 0 && OPENING.includes(sentence.text[range.start - 1])) range.start -= 1;
    const closed = CLOSED.exec(sentence.text.slice(range.end));
    if (closed) range.end += closed[0].length;
    else if (range.end < sentence.text.length && CLOSING.includes(sentence.text[range.end])) range.end += 1;
    if (range.start > cursor) segments.push({ text: sentence.text.slice(cursor, range.start) });
    const last = exact ? range.quote.end <= sentence.end : true;
    const trail = last ? (TRAILING.exec(sentence.text.slice(range.end))?.[0] ?? '') : '';
    segments.push({
      text: sentence.text.slice(range.start, range.end),
      quote: {
        id: range.quote.id,
        speaker: range.quote.speaker && inRunningText(range.quote.speaker),
        speakerReason: range.quote.speakerReason,
        kind: range.quote.kind,
        last,
      },
      ...(trail ? { trail } : {}),
    });
    cursor = range.end + trail.length;
  }
  if (cursor < sentence.text.length) segments.push({ text: sentence.text.slice(cursor) });
  return segments;
}
