// Details the versions of one claim disagree on: a count ("at least six injured" / "at least three were
// injured"), a time or a date of the same event, a hedge ("at least", "reportedly") one outlet has and another
// lacks, and the speaker a quotation is credited to, a person's title and a place (./titles-places.ts). Spelling
// variants cannot conflict: numbers are compared by value ("six" = "6" = "6.0"), times by the hour they name,
// names and places by their folded keys, and nothing else of the words is compared.
import {
  COUNT_FILLERS,
  COUNT_UNITS,
  CEILING_HEDGES,
  FLOOR_HEDGES,
  DETERMINERS,
  FUNCTION_WORDS,
  MONTHS,
  NUMBER_HEDGES,
  NUMBER_SCALES,
  NUMBER_WORDS,
  EVENT_COUNTS,
  PREPOSITIONS,
  STATEMENT_HEDGES,
  TIME_NOUNS,
  TIME_OPENERS,
  WEEKDAYS,
} from '../lexicon.js';
import type { Claim, Conflict, ConflictKind, ConflictVersion, QuoteGroup, Story } from '../types.js';
import { quoteTerms } from './quotes/index.js';
import { type PlaceDetail, type TitleDetail, placesOf, titlesDiffer, titlesOf } from './titles-places.js';

/** One detail of a sentence: what it is about (kind and key), its value, its hedge, and its words as written. */
export interface Detail {
  kind: 'number' | 'time' | 'date';
  /** What is counted ("injured", "dollars"), or the sort of date ("weekday", "year", "day"). */
  key: string;
  value: string;
  hedge: string;
  text: string;
  /** For a time or date: the event it dates, as the stems of the content words nearest it (see eventWords). */
  event?: string[];
}

const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?|\b(\d{1,2}):(\d{2})\b|\b(noon|midnight)\b/gi;
const MONTH_DAY = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]{2,8})\b/g;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const WORD = /\$|%|\d[\d,]*(?:\.\d+)?|\p{L}+(?:[-’'.]\p{L}+)*/gu;

/** The details a sentence states, in reading order. */
export function detailsOf(text: string): Detail[] {
  const details: Detail[] = [];
  const taken: Array<[number, number]> = [];
  const all = [...text.matchAll(WORD)];
  const take = (match: RegExpMatchArray, detail: Omit<Detail, 'text' | 'hedge'>): void => {
    taken.push([match.index!, match.index! + match[0].length]);
    const event = eventWords(all, match.index!, match.index! + match[0].length);
    details.push({ ...detail, hedge: '', text: match[0].trim(), event });
  };
  for (const m of text.matchAll(TIME)) {
    if (m[6]) take(m, { kind: 'time', key: 'time', value: m[6].toLowerCase() === 'noon' ? '12:00' : '0:00' });
    else if (m[3])
      take(m, { kind: 'time', key: 'time', value: `${(Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0)}:${m[2] ?? '00'}` });
    else take(m, { kind: 'time', key: 'time', value: `${Number(m[4])}:${m[5]}` });
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = MONTHS.get((m[1] ?? m[4]).toLowerCase());
    if (month !== undefined && !(m[4] === undefined && (m[1] === 'May' || m[1] === 'March') && /^\d{3,}/.test(m[2])))
      take(m, { kind: 'date', key: 'day', value: `${month}-${Number(m[2] ?? m[3])}` });
  }
  for (const m of text.matchAll(YEAR)) if (!within(taken, m.index!)) take(m, { kind: 'date', key: 'year', value: m[1] });
  const words = [...text.matchAll(WORD)].filter((w) => !within(taken, w.index!));
  const lower = words.map((w) => w[0].toLowerCase());
  // ("dinners … on Sundays": every Sunday is a Sunday too, so "the Sunday lunches" tells no other day.)
  lower.forEach((word, i) => {
    const day = WEEKDAYS.includes(word) ? word : WEEKDAYS.includes(word.replace(/s$/, '')) ? word.slice(0, -1) : undefined;
    if (!day) return;
    const event = eventWords(all, words[i].index!, words[i].index! + words[i][0].length);
    details.push({ kind: 'date', key: 'weekday', value: day, hedge: '', text: words[i][0], event });
  });
  for (let i = 0; i < words.length; i++) {
    const count = countAt(text, words, lower, i);
    if (count) {
      // (A sum of money says nothing of what it pays for: "$5 a week" and "a $48-million jackpot" are two things,
      // told apart by the words beside them as a date's event is.)
      const start = words[i].index!;
      if (count.detail.key === 'dollars') count.detail.event = eventWords(all, start, start + count.detail.text.length);
      details.push(count.detail);
      i = count.next - 1;
    }
  }
  return details;
}

/** Content words on each side of a date or time that name what it dates. */
const EVENT_WORDS = 2;

/**
 * What a date or time at [start, end) dates: the stems of the EVENT_WORDS nearest content words on each side
 * ("gave evidence to the inquest at Dublin District Coroner's Court on Tuesday": inquest, evidence). Names and
 * places are left out: a story's events happen to the same people in the same places ("The jury at Dublin
 * District Coroner's Court … returning the verdict on Thursday").
 */
function eventWords(words: RegExpMatchArray[], start: number, end: number): string[] {
  // Lower-case words only: names, places, days and months are not events, nor "a.m." and figures.
  const content = (w: RegExpMatchArray) => {
    const word = w[0];
    if (!/^\p{Ll}[\p{Ll}'’-]+$/u.test(word) || FUNCTION_WORDS.has(word) || DETERMINERS.has(word)) return false;
    return !PREPOSITIONS.has(word) && !TIME_NOUNS.has(word) && !TIME_OPENERS.has(word);
  };
  const before = words.filter((w) => w.index! + w[0].length <= start && content(w)).slice(-EVENT_WORDS);
  const after = words.filter((w) => w.index! >= end && content(w)).slice(0, EVENT_WORDS);
  return [...before, ...after].flatMap((w) => quoteTerms(w[0]));
}

function within(ranges: Array<[number, number]>, at: number): boolean {
  return ranges.some(([start, end]) => at >= start && at < end);
}

/** A number's value: a numeral ("1,000", "2.5") or a number word ("six", "twenty-five"). */
function numberValue(word: string): number | undefined {
  if (/^\d/.test(word)) return Number(word.replace(/,/g, ''));
  const parts = word.split('-');
  if (parts.every((part) => NUMBER_WORDS.has(part))) return parts.reduce((sum, part) => sum + NUMBER_WORDS.get(part)!, 0);
  return undefined;
}

/** The hedge right before word i ("at least"), longest first. */
function hedgeBefore(lower: string[], i: number): string {
  for (const hedge of NUMBER_HEDGES) {
    const size = hedge.split(' ').length;
    if (i >= size && lower.slice(i - size, i).join(' ') === hedge) return hedge;
  }
  return '';
}

/** A count starting at word i: its value (scaled), hedge, what it counts and its words; next: the word after it. */
function countAt(text: string, words: RegExpMatchArray[], lower: string[], i: number): { detail: Detail; next: number } | undefined {
  const dollar = lower[i] === '$' ? 1 : 0;
  let value = numberValue(lower[i + dollar] ?? '');
  if (value === undefined || Number.isNaN(value)) return undefined;
  const hedge = hedgeBefore(lower, i);
  // "one" is a count only after a hedge ("at least one person"); "one of them", "one day" are not.
  if (lower[i + dollar] === 'one' && !hedge) return undefined;
  let end = i + dollar + 1;
  while (NUMBER_SCALES.has(lower[end] ?? '')) value *= NUMBER_SCALES.get(lower[end++])!;
  let key = dollar ? 'dollars' : '';
  let last = end - 1;
  if (!key) {
    for (let k = end; k < Math.min(words.length, end + 4); k++) {
      if (COUNT_FILLERS.has(lower[k])) continue;
      key = COUNT_UNITS.get(lower[k]) ?? (/^\p{L}/u.test(lower[k]) ? lower[k].replace(/s$/, '') : '');
      last = k;
      break;
    }
  }
  if (!key) return undefined;
  const from = i - (hedge ? hedge.split(' ').length : 0);
  const start = words[from].index!;
  const stop = words[last].index! + words[last][0].length;
  return { detail: { kind: 'number', key, value: String(value), hedge, text: text.slice(start, stop) }, next: last + 1 };
}

interface ArticleDetails {
  article: string;
  sentence: string;
  details: Detail[];
  hedges: string[];
  titles: TitleDetail[];
  places: PlaceDetail[];
}

/** Every conflict of the story: by claim (in the claims' order), then by kind and detail; ids k1, k2, … */
export function findConflicts(story: Story, claims: Claim[], quotes: QuoteGroup[]): Conflict[] {
  const texts = new Map<string, string>();
  for (const article of story.articles) for (const sentence of article.sentences) texts.set(`${article.id}\0${sentence.id}`, sentence.text);
  const found: Array<Omit<Conflict, 'id'>> = [];
  const claimOf = new Map<string, Claim>();
  for (const claim of claims) {
    for (const m of claim.members) if (!claimOf.has(`${m.article}\0${m.sentence}`)) claimOf.set(`${m.article}\0${m.sentence}`, claim);
    if (new Set(claim.members.map((m) => m.article)).size < 2) continue;
    found.push(...claimConflicts(claim, texts));
  }
  found.push(...leadConflicts(story, claimOf));
  for (const quote of quotes) {
    const conflict = speakerConflict(quote, claimOf);
    if (conflict) found.push(conflict);
  }
  const order = new Map(claims.map((claim, index) => [claim.id, index]));
  found.sort((a, b) => (order.get(a.claim) ?? 0) - (order.get(b.claim) ?? 0));
  return found.map((conflict, index) => ({ id: `k${index + 1}`, ...conflict }));
}

/** The details of each article carrying the claim (its member sentences together). */
function articleDetails(claim: Claim, texts: Map<string, string>): ArticleDetails[] {
  const byArticle = new Map<string, ArticleDetails>();
  for (const m of claim.members) {
    const text = texts.get(`${m.article}\0${m.sentence}`);
    if (text === undefined) continue;
    let entry = byArticle.get(m.article);
    if (!entry)
      byArticle.set(m.article, (entry = { article: m.article, sentence: m.sentence, details: [], hedges: [], titles: [], places: [] }));
    entry.details.push(...detailsOf(text));
    entry.titles.push(...titlesOf(text));
    entry.places.push(...placesOf(text));
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? [])
      if (STATEMENT_HEDGES.has(word) && !entry.hedges.includes(word)) entry.hedges.push(word);
  }
  return [...byArticle.values()];
}

/** Counts, times and dates the claim's articles give differently, and hedges some have and others lack. */
function claimConflicts(claim: Claim, texts: Map<string, string>): Array<Omit<Conflict, 'id'>> {
  const articles = articleDetails(claim, texts);
  const out: Array<Omit<Conflict, 'id'>> = [];
  const keys = new Set(articles.flatMap((a) => a.details.map((d) => `${d.kind}\0${d.key}`)));
  for (const key of [...keys].sort()) {
    const having = articles
      .map((a) => ({ a, details: a.details.filter((d) => `${d.kind}\0${d.key}` === key) }))
      .filter((x) => x.details.length);
    if (having.length < 2) continue;
    const values = having.map((x) => new Set(x.details.map((d) => d.value)));
    const disjoint = values.some((v, i) =>
      values.some(
        (w, j) =>
          j > i &&
          ![...v].some((value) => w.has(value)) &&
          sameEvent(having[i].details, having[j].details) &&
          !hedgeAllows(having[i].details, having[j].details),
      ),
    );
    // An article giving the same detail in two of its sentences gives it no other way.
    const hedges = new Set(having.map((x) => [...new Set(x.details.map((d) => `${d.value}:${d.hedge}`))].sort().join('|')));
    const sameValues = new Set(values.map((v) => [...v].sort().join('|'))).size === 1;
    let kind: ConflictKind | undefined;
    if (disjoint) kind = having[0].details[0].kind;
    else if (sameValues && hedges.size > 1) kind = 'hedge';
    if (!kind) continue;
    out.push({ claim: claim.id, kind, versions: having.map((x) => version(x.a, x.details.map((d) => d.text).join('; '))) });
  }
  const hedged = articles.filter((a) => a.hedges.length);
  if (hedged.length && hedged.length < articles.length) {
    out.push({
      claim: claim.id,
      kind: 'hedge',
      versions: articles.map((a) => version(a, a.hedges.length ? a.hedges.join(', ') : 'not hedged')),
    });
  }
  out.push(...titleConflicts(claim, articles), ...placeConflicts(claim, articles));
  return out;
}

/**
 * Whether a hedged figure of one article allows the other's plain one: "more than 20 years" holds 22, "about 50"
 * holds 48 (within a tenth), "up to 30" holds 25.
 */
function hedgeAllows(a: Detail[], b: Detail[]): boolean {
  const allows = (x: Detail, y: Detail) => {
    const [hedged, plain] = [Number(x.value), Number(y.value)];
    // (Two hedged figures are two reports: "at least six injured" · "at least three were injured".)
    if (!x.hedge || y.hedge || Number.isNaN(hedged) || Number.isNaN(plain)) return false;
    if (FLOOR_HEDGES.has(x.hedge)) return plain >= hedged;
    if (CEILING_HEDGES.has(x.hedge)) return plain <= hedged;
    return Math.abs(plain - hedged) <= hedged / 10;
  };
  return a.some((x) => b.some((y) => allows(x, y) || allows(y, x)));
}

/**
 * Whether two articles' details of one sort can be of one event: a count says what it counts in its key, but
 * a story dates many events, and a date or time only clashes with one of the same event, told by a shared
 * word near both ("arrested on Monday" / "was arrested on Sunday"; not "gave evidence … on Tuesday" /
 * "returning the verdict on Thursday").
 */
function sameEvent(a: Detail[], b: Detail[]): boolean {
  return a.some((x) => b.some((y) => !x.event || !y.event || x.event.some((word) => y.event!.includes(word))));
}

/**
 * Details of one sort that at least two articles give and two of them give with nothing in common (every one
 * of the first's against every one of the second's differs); articles without it are left out.
 */
function disagreeing<T>(
  claim: Claim,
  kind: ConflictKind,
  articles: ArticleDetails[],
  pick: (a: ArticleDetails) => T[],
  differ: (x: T, y: T) => boolean,
  wording: (x: T) => string,
): Array<Omit<Conflict, 'id'>> {
  const having = articles.map((a) => ({ a, items: pick(a) })).filter((x) => x.items.length);
  const clash = having.some((x, i) => having.some((y, j) => j > i && x.items.every((one) => y.items.every((other) => differ(one, other)))));
  if (having.length < 2 || !clash) return [];
  return [{ claim: claim.id, kind, versions: having.map((x) => version(x.a, [...new Set(x.items.map(wording))].join('; '))) }];
}

/** A person the claim's articles give different offices: "Deputy Foreign Minister" against "Foreign Minister". */
function titleConflicts(claim: Claim, articles: ArticleDetails[]): Array<Omit<Conflict, 'id'>> {
  const people = [...new Set(articles.flatMap((a) => a.titles.map((t) => t.person)))].sort();
  return people.flatMap((person) =>
    disagreeing(
      claim,
      'title',
      articles,
      (a) => a.titles.filter((t) => t.person === person),
      titlesDiffer,
      (t) => t.text,
    ),
  );
}

/** Places the articles give with nothing in common, countries compared with countries, other places with others. */
function placeConflicts(claim: Claim, articles: ArticleDetails[]): Array<Omit<Conflict, 'id'>> {
  return (['country', 'place'] as const).flatMap((kind) =>
    disagreeing(
      claim,
      'place',
      articles,
      (a) => a.places.filter((p) => p.kind === kind),
      (x, y) => x.key !== y.key,
      (p) => p.text,
    ),
  );
}

function version(a: ArticleDetails, detail: string): ConflictVersion {
  return { article: a.article, sentence: a.sentence, detail };
}

/** How many paragraphs of an article make its lead. */
const LEAD_PARAGRAPHS = 2;

/**
 * Counts of the event itself (dead, injured, arrested …) that two articles' leads give differently, though the
 * sentences are not versions of one claim ("at least six injured" against "at least three were injured").
 * Placed at the claim of the first article's sentence; pairs within one claim are left to that claim.
 */
function leadConflicts(story: Story, claimOf: Map<string, Claim>): Array<Omit<Conflict, 'id'>> {
  const byKey = new Map<string, Array<{ article: string; sentence: string; details: Detail[] }>>();
  for (const article of story.articles) {
    const leads = new Set(
      article.blocks
        .filter((block) => block.kind === 'paragraph')
        .slice(0, LEAD_PARAGRAPHS)
        .flatMap((block) => block.sentences),
    );
    const seen = new Set<string>();
    for (const index of [...leads].sort((a, b) => a - b)) {
      const sentence = article.sentences[index];
      if (!sentence) continue;
      for (const detail of detailsOf(sentence.text)) {
        if (detail.kind !== 'number' || !EVENT_COUNTS.has(detail.key) || seen.has(detail.key)) continue;
        seen.add(detail.key);
        const list = byKey.get(detail.key) ?? [];
        byKey.set(detail.key, list);
        list.push({ article: article.id, sentence: sentence.id, details: [detail] });
      }
    }
  }
  const out: Array<Omit<Conflict, 'id'>> = [];
  for (const key of [...byKey.keys()].sort()) {
    const having = byKey.get(key)!;
    const claims = new Set(having.map((h) => claimOf.get(`${h.article}\0${h.sentence}`)?.id));
    const values = new Set(having.map((h) => h.details[0].value));
    const claim = claimOf.get(`${having[0].article}\0${having[0].sentence}`);
    if (having.length < 2 || values.size < 2 || claims.size < 2 || !claim) continue;
    out.push({
      claim: claim.id,
      kind: 'number',
      versions: having.map((h) => ({ article: h.article, sentence: h.sentence, detail: h.details[0].text })),
    });
  }
  return out;
}

/** A quotation outlets credit to different people, placed at the claim its first shared copy belongs to. */
function speakerConflict(quote: QuoteGroup, claimOf: Map<string, Claim>): Omit<Conflict, 'id'> | undefined {
  if (!quote.speakerConflict) return undefined;
  const claims = quote.members.map((m) => claimOf.get(`${m.article}\0${m.sentence}`)).filter((c): c is Claim => c !== undefined);
  const claim = claims.find((c) => c.carriedBy.length > 1) ?? claims[0];
  if (!claim) return undefined;
  const seen = new Set<string>();
  const versions: ConflictVersion[] = [];
  for (const m of quote.members) {
    if (seen.has(m.article)) continue;
    seen.add(m.article);
    versions.push({ article: m.article, sentence: m.sentence, detail: m.speaker ?? 'no one named' });
  }
  return versions.length > 1 ? { claim: claim.id, kind: 'speaker', quote: quote.id, versions } : undefined;
}
