// The analyse stage: every article's quotations and their speakers, and the tokens the aligner matches on.

import type { AnalysedStory, Article, Quotation, Speaker, Story, Token } from '../types.js';
import { sentenceTokens } from './terms/index.js';
import { extractQuotes, blockRanges, type FoundQuote } from './quotes/extract.js';
import { findMentions, type Mention } from './speakers/mentions.js';
import { clusterNames, nameKey, nameParts, type NameCount } from './speakers/names.js';

export { extractQuotes } from './quotes/extract.js';

export function analyseStory(story: Story): AnalysedStory {
  const { quotations, speakers } = findQuotations(story);
  const tokens: Record<string, Token[][]> = {};
  for (const article of story.articles) tokens[article.id] = sentenceTokens(article);
  return { story, quotations, speakers, tokens };
}

type BlockMention = Mention & { block: number };

interface Credited {
  quote: FoundQuote;
  /** The speaker's name as resolved in the article (before story-wide merging). */
  name: string | null;
  /** A person (so that "he" may point back to them). */
  person: boolean;
}

/** Words that begin place names, never given names: "Western Syria", "New York", "United States". */
const PLACE_WORDS = new Set('north south east west northern southern eastern western central upper lower greater new united free islamic saint st. st great first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth'.split(' '));
const notPlace = (words: string[]) => !PLACE_WORDS.has(words[0].toLowerCase());

const surnameKey = (words: string[]) => words[words.length - 1].toLowerCase().replace(/^(?:al|el)-/, '').replace(/[’']s$/, '');

/** Quotations and speakers of a story, without tokens. */
export function findQuotations(story: Story): { quotations: Quotation[]; speakers: Speaker[] } {
  const perArticle = story.articles.map((article) => ({
    article,
    quotes: extractQuotes(article),
    mentions: blockRanges(article).flatMap((range, block) =>
      findMentions(article.body, range.start, range.end).map((mention) => ({ ...mention, block })),
    ),
  }));

  // Who counts as a person: titled, or a full name whose surname the story also uses alone, or named as a speaker.
  const alone = new Set<string>();
  for (const { mentions } of perArticle) for (const mention of mentions) if (mention.words.length === 1 && !mention.body) alone.add(surnameKey(mention.words));
  const personSurnames = new Set<string>();
  const notePerson = (words: string[]) => personSurnames.add(surnameKey(words));
  for (const { mentions, quotes } of perArticle) {
    for (const mention of mentions) {
      if (mention.body) continue;
      if (mention.titled || (mention.words.length > 1 && alone.has(surnameKey(mention.words)) && notPlace(mention.words))) notePerson(mention.words);
    }
    for (const quote of quotes) {
      if (quote.raw?.kind !== 'name') continue;
      const parts = nameParts(quote.raw.words);
      if (parts && !parts.body && (parts.titled || parts.words.length > 1) && notPlace(parts.words)) notePerson(parts.words);
    }
  }
  const isPerson = (mention: BlockMention) => !mention.body && personSurnames.has(surnameKey(mention.words));

  const names: NameCount[] = [];
  const count = (name: string, body: boolean) => names.push({ name, body, count: 1 });
  const descriptions = new Map<string, string>(); // raw description → the name it was resolved to

  const credited: Array<{ article: Article; items: Credited[] }> = perArticle.map(({ article, quotes, mentions }) => {
    for (const mention of mentions) count(mention.name, mention.body);
    const items: Credited[] = [];
    const personMentions = mentions.filter((mention) => isPerson(mention) && !mention.attributive);
    for (const quote of quotes) {
      let name: string | null = null;
      let person = false;
      const raw = quote.raw;
      if (raw?.kind === 'name') {
        const parts = nameParts(raw.words);
        if (parts) {
          name = /^(?:the|a|an)\s/i.test(raw.words.join(' ')) && !parts.body && !/^\p{Lu}/u.test(parts.name) ? raw.words.join(' ') : parts.name;
          // Named right after the quotation ("…,” Kerry said): a person, whatever else the story says.
          person = !parts.body && (personSurnames.has(surnameKey(parts.words)) || (quote.via === 'after' && /^\p{Lu}/u.test(parts.name)));
          count(name, parts.body);
        }
      } else if (raw?.kind === 'description') {
        const text = raw.words.join(' ');
        if (/^(?:the|this|that)$/i.test(raw.words[0])) {
          // "the official said": the last speaker this article described with the same head noun.
          const earlier = [...items].reverse().find((item) => item.name && nameKey(item.name).split(' ').pop() === raw.head);
          if (earlier) {
            name = earlier.name;
            descriptions.set(text, earlier.name!);
          }
        }
        if (!name) {
          name = text;
          count(text, true);
        }
      } else if (raw?.kind === 'pronoun' && (raw.pronoun === 'he' || raw.pronoun === 'she')) {
        const resolved = resolvePronoun(quote, items, personMentions);
        if (resolved) [name, person] = [resolved, true];
      }
      // A quotation with no attribution of its own that continues the one before (“…,” he said. “…”).
      if (!raw && quote.kind === 'full' && !quote.nested) {
        const previous = items.at(-1);
        if (previous?.name && previous.quote.kind === 'full' && continues(article.body, previous.quote, quote)) {
          [name, person] = [previous.name, previous.person];
        }
      }
      if (quote.kind === 'scare') [name, person] = [null, false];
      items.push({ quote, name, person });
    }
    return { article, items };
  });

  // Merge variants story-wide.
  const clusters = clusterNames(names);
  const canonicalOf = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    for (const variant of cluster.variants) if (!canonicalOf.has(variant)) canonicalOf.set(variant, index);
  });
  const used = new Map<number, Set<string>>();
  const quotations: Quotation[] = [];
  for (const { article, items } of credited) {
    const sentenceStarts = article.sentences.map((sentence) => sentence.start);
    const ordered = [...items].sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
    for (const { quote, name } of ordered) {
      let speaker: string | null = null;
      if (name) {
        const index = canonicalOf.get(name);
        speaker = index === undefined ? name : clusters[index].canonical;
        if (index !== undefined) used.set(index, used.get(index) ?? new Set());
      }
      quotations.push({
        id: `q${quotations.length + 1}`,
        article: article.id,
        sentence: sentenceAt(article, sentenceStarts, quote.start),
        start: quote.start,
        end: quote.end,
        text: article.body.slice(quote.start, quote.end),
        kind: quote.kind,
        speaker,
      });
    }
  }
  for (const [raw, resolved] of descriptions) {
    const index = canonicalOf.get(resolved);
    if (index !== undefined) used.get(index)?.add(raw);
  }
  const speakers: Speaker[] = [...used.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, extra]) => ({ name: clusters[index].canonical, variants: [...new Set([...clusters[index].variants, ...extra])] }));
  return { quotations, speakers };
}

/**
 * "he said": the last person named earlier in the same paragraph; else the person quoted in the last
 * two paragraphs; else the last person the article named before the quotation.
 */
function resolvePronoun(quote: FoundQuote, items: Credited[], people: BlockMention[]): string | null {
  const before = people.filter((mention) => mention.end <= quote.open);
  const lastInBlock = before.filter((mention) => mention.block === quote.block).at(-1);
  if (lastInBlock) return lastInBlock.name;
  const recent = [...items].reverse().find((item) => item.person && item.name && item.quote.block >= quote.block - 2);
  if (recent) return recent.name;
  return before.at(-1)?.name ?? null;
}

/** Nothing but space (and block-quote markers) between the end of one quotation's sentence and the next. */
function continues(body: string, previous: FoundQuote, next: FoundQuote): boolean {
  if (next.block - previous.block > 1 || previous.sentenceEnd > next.open) return false;
  return /^[\s>]*$/.test(body.slice(previous.sentenceEnd, next.open));
}

function sentenceAt(article: Article, starts: number[], offset: number): string {
  if (article.sentences.length === 0) return '';
  let low = 0;
  let high = starts.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return article.sentences[found].id;
}
