// The analyse stage: every article's quotations and their speakers, and the tokens the aligner matches on.

import type { AnalysedStory, Article, Quotation, Speaker, Story, Token, WordVectors } from '../types.js';
import { sentenceTokens, tagBlock, termMemo, tokensOf, type Raw, type TaggedBlock } from './terms/index.js';
import { pronounReferents } from './speakers/referents.js';
import { datelineSentences } from './datelines.js';
import { blockRanges, extractQuotes } from './quotes/extract.js';
import { findMentions } from './speakers/mentions.js';
import type { NameCount, NameParts } from './speakers/names.js';
import { insideQuotes, type ArticleContext, type BlockMention, type Credited, type Finding } from './speakers/context.js';
import { storyPeople, withTitledNames } from './speakers/people.js';
import {
  creditChains,
  creditSameWords,
  creditMainSpeaker,
  storyQuotations,
  namesStayNames,
  isLoneWordHeldAtArmsLength,
} from './speakers/story-passes.js';
import { creditQuote } from './speakers/credit.js';

export { extractQuotes } from './quotes/extract.js';

export function analyseStory(story: Story, vectors: WordVectors): AnalysedStory {
  // Each block goes through wink-nlp once: names and speakers, and every sentence's tokens, come from that pass.
  // A block repeated in the story (wire copy: a story of 500 articles has ~5,400 blocks, ~1,000 different) is
  // tagged once; the tagging is kept for this story only.
  const known = new Map<string, TaggedBlock>();
  const tagged = new Map(story.articles.map((article) => [article.id, tagBlocks(article, known)]));
  const { quotations, speakers } = findQuotations(story, tagged);
  const tokens: Record<string, Token[][]> = {};
  const memo = termMemo();
  for (const article of story.articles) tokens[article.id] = sentenceTokens(article, tagged.get(article.id), memo);
  const datelines = Object.fromEntries(story.articles.map((article) => [article.id, datelineSentences(article, tokens[article.id])]));
  return { story, quotations, speakers, tokens, datelines, referents: storyReferents(story, tokens), vectors };
}

/** Article id → what each sentence's pronoun subject stands for (see speakers/referents.ts). */
export function storyReferents(story: Story, tokens: Record<string, Token[][]>): Record<string, string[][]> {
  const articles = story.articles;
  const actors = pronounReferents(
    articles.map((article) => ({
      title: tokensOf(article.title),
      sentences: article.sentences.map((sentence, s) => ({ tokens: tokens[article.id]?.[s] ?? [], block: sentence.block })),
    })),
  );
  return Object.fromEntries(articles.map((article, a) => [article.id, actors[a].map((actor) => actor.referent)]));
}

/** Every block of an article tagged by wink-nlp (in the order of blockRanges); `known`: blocks by text, tagged at 0. */
function tagBlocks(article: Article, known: Map<string, TaggedBlock>): TaggedBlock[] {
  return blockRanges(article).map(({ start, end }) => {
    const text = article.body.slice(start, end);
    let atZero = known.get(text);
    if (atZero === undefined) known.set(text, (atZero = tagBlock(text, 0, text.length)));
    return {
      from: start,
      to: end,
      raws: atZero.raws,
      starts: atZero.starts.map((at) => (at < 0 ? at : at + start)),
      placed: atZero.placed,
    };
  });
}

/** Copies of a block's mentions `delta` characters further on, in block `block` (fields in findMentions' order). */
function moved(found: BlockMention[], delta: number, block: number): BlockMention[] {
  const copies: BlockMention[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const copy = {
      name: m.name,
      words: m.words,
      titled: m.titled,
      body: m.body,
      start: m.start + delta,
      end: m.end + delta,
      attributive: m.attributive,
      subject: m.subject,
      sayer: m.sayer,
      personal: m.personal,
      relative: m.relative,
      age: m.age,
      courtesy: m.courtesy,
    } as BlockMention;
    copy.block = block;
    copies[i] = copy;
  }
  return copies;
}

/** Quotations and speakers of a story, without tokens (`tagged`: its articles' blocks, tagged already). */
export function findQuotations(story: Story, tagged?: Map<string, TaggedBlock[]>): { quotations: Quotation[]; speakers: Speaker[] } {
  const perArticle = articleFindings(story, tagged);
  const people = storyPeople(perArticle);
  const names: NameCount[] = [];
  const descriptions = new Map<string, string>(); // raw description → the name it was resolved to
  const count = (name: string, body: boolean) => names.push({ name, body, count: 1 });
  const credited = perArticle.map(({ article, quotes, mentions }) => {
    // Names inside quotations (“I'm so excited Peter Capaldi is …”) are the speaker's words, not the article's: they
    // name no one of the story ("a banner reading “Pieter & Lotte, Forever NEC”" is not NEC's full name).
    const inQuote = insideQuotes(quotes);
    for (const mention of mentions) if (!inQuote(mention.start)) count(mention.name, mention.body);
    const context: ArticleContext = {
      article,
      mentions,
      inQuote,
      personMentions: withTitledNames(
        people,
        mentions,
        mentions.filter((mention) => people.isPerson(mention) && !mention.attributive && !inQuote(mention.start)),
      ),
      genders: new Map(),
      people,
      count,
      descriptions,
    };
    const items: Credited[] = [];
    for (const quote of quotes) items.push(creditQuote(context, quote, items));
    creditChains(items);
    creditSameWords(article, items);
    creditMainSpeaker(items, { mentions, body: article.body });
    for (const item of items) if (isLoneWordHeldAtArmsLength(article.body, item)) item.quote.kind = 'scare';
    return { article, items };
  });
  return storyQuotations(namesStayNames(credited), names, descriptions);
}

/** Each article's quotations and the names it mentions, block by block. */
function articleFindings(story: Story, tagged?: Map<string, TaggedBlock[]>): Finding[] {
  // A block's mentions depend on its text only: a block repeated in the story (it shares its first
  // tagging's token list, see tagBlocks) takes the mentions found the first time, moved to where it stands.
  const seen = new Map<Raw[], { from: number; found: BlockMention[] }>();
  const nameRuns = new Map<string, NameParts | null>();
  return story.articles.map((article) => ({
    article,
    quotes: extractQuotes(article),
    mentions: blockRanges(article).flatMap((range, block) => {
      const blockTags = tagged?.get(article.id)?.[block];
      const first = blockTags === undefined ? undefined : seen.get(blockTags.raws);
      if (first !== undefined) return moved(first.found, range.start - first.from, block);
      // The mentions are new objects: the block is added to them, not copied with them.
      const found = findMentions(article.body, range.start, range.end, blockTags, nameRuns) as BlockMention[];
      for (const mention of found) mention.block = block;
      if (blockTags !== undefined && blockTags.raws.length > 0) seen.set(blockTags.raws, { from: range.start, found });
      return found;
    }),
  }));
}
