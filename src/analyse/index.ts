// The analyse stage: every article's quotations and their speakers, and the tokens the aligner matches on.

import type { AnalysedStory, Article, Quotation, Speaker, Story, Token, WordVectors } from '../types.js';
import { sentenceTokens, tagBlock, termMemo, tokensOf, type Raw, type TaggedBlock } from './terms/index.js';
import { pronounReferents } from './speakers/referents.js';
import { datelineSentences } from './datelines.js';
import { extractQuotes, blockRanges, type FoundQuote } from './quotes/extract.js';
import { quoteWords } from './quotes/classify.js';
import { describedSayer, nounPhraseBefore, sourceNamedNext, tokenize, type RawSpeaker } from './speakers/attribution.js';
import { type Gender, givenGender, givenNameGender, isGivenName, storyGenders } from './speakers/gender.js';
import { findMentions, type Mention } from './speakers/mentions.js';
import { clusterNames, nameKey, nameParts, type NameCount, type NameParts } from './speakers/names.js';
import {
  alternation,
  isAge,
  isBetweenWord,
  isSpeakingHead,
  NOT_NAMES,
  OPENING_PHRASE_PREPOSITIONS,
  PLACE_WORDS,
  PLATFORMS,
  PUBLISHING_VERBS,
  SAYING_VERBS,
  TEXT_NOUNS,
  UNNAMED_SPEAKER,
  DESCRIBED_PERSON,
  DESCRIBED_SUBJECT,
  FEMALE_NOUNS,
  MALE_NOUNS,
  SPOKESPERSON_NOUNS,
  GROUP_QUANTIFIERS,
  EPITHETS,
  PLAIN_SPEAKING_VERBS,
  LANDMARK_HEADS,
  TITLE_ABBREVIATION_WORDS,
  PROPER_EPITHETS,
  ROLE_NOUNS,
  roleHead,
  TITLES,
  isRoleWord,
  BODY_HEADS,
  PLURAL_GROUP_NOUNS,
  PLURAL_SUBJECT_OPENERS,
  COURTESY_TITLES,
  ORGANISATION_NOUNS,
  SEXED_TITLES,
  TITLE_RANKS,
  TITLE_DOMAINS,
} from '../lexicon.js';

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

type BlockMention = Mention & { block: number };

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

interface Credited {
  quote: FoundQuote;
  /** The speaker's name as resolved in the article (before story-wide merging). */
  name: string | null;
  /** A person (so that "he" may point back to them). */
  person: boolean;
  /** Position in the article's list of quotations (what FoundQuote.chain refers to). */
  index: number;
  /** How the speaker was found where the sentence does not name them (Quotation.speakerReason). */
  reason: string | null;
}

const wordsOf = (body: string, quote: FoundQuote) =>
  (
    body
      .slice(quote.start, quote.end)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');

/** Whether an offset falls inside one of the quotations (between its marks). */
function insideQuotes(quotes: FoundQuote[]): (offset: number) => boolean {
  const spans = quotes
    .filter((quote) => !quote.nested)
    .map((quote) => [quote.open, quote.after] as const)
    .sort((a, b) => a[0] - b[0]);
  return (offset) => {
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (spans[mid][0] > offset) high = mid - 1;
      else if (spans[mid][1] <= offset) low = mid + 1;
      else return true;
    }
    return false;
  };
}

/** "he" or "she" for a name: by their given name, else as the article has called them already (a guess itself). */
const genderIn =
  (context: ArticleContext) =>
  (name: string): Gender | undefined =>
    context.people.genderOf(name) ?? context.genders.get(genderKey(name));

/** Whom the article called "he" or "she", by surname: "Charlie McDowell" and a later bare "McDowell" are one. */
const genderKey = (name: string) => surnameKey(name.split(/\s+/));

/** Not a place by its first word ("Western Syria", "New York", "United States"). */
const notPlace = (words: string[]) => !PLACE_WORDS.has(words[0].toLowerCase());

/** The matching key of a name's last word. */
const surnameKey = (words: string[]) =>
  words[words.length - 1]
    .toLowerCase()
    .replace(/^(?:al|el)-/, '')
    .replace(/[’']s$/, '');

/** Quotations and speakers of a story, without tokens (`tagged`: its articles' blocks, tagged already). */
export function findQuotations(story: Story, tagged?: Map<string, TaggedBlock[]>): { quotations: Quotation[]; speakers: Speaker[] } {
  const perArticle = articleFindings(story, tagged);
  const people = storyPeople(perArticle);
  const names: NameCount[] = [];
  const descriptions = new Map<string, string>(); // raw description → the name it was resolved to
  const count = (name: string, body: boolean) => names.push({ name, body, count: 1 });
  const credited = perArticle.map(({ article, quotes, mentions }) => {
    for (const mention of mentions) count(mention.name, mention.body);
    // Names inside quotations (“I'm so excited Peter Capaldi is …”) are the speaker's words, not the article's.
    const inQuote = insideQuotes(quotes);
    const context: ArticleContext = {
      article,
      mentions,
      inQuote,
      personMentions: mentions
        .filter((mention) => people.isPerson(mention) && !mention.attributive && !inQuote(mention.start))
        .map((mention) => (mention.courtesy ? { ...mention, name: courtesyName(people, mention.words, mention.courtesy) } : mention)),
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

/**
 * One or two lower-case words in quotation marks that no one is credited with, in a sentence with no attribution
 * and no plain verb of saying ("the ISPs do not want to be “dumb pipes”", "it was “literally” true"): words the
 * writer holds at arm's length. (With "said" in the sentence they stay a quotation whose speaker was missed.)
 */
function isLoneWordHeldAtArmsLength(body: string, item: Credited): boolean {
  const { quote } = item;
  if (item.name || quote.kind !== 'partial' || quote.raw || quote.cued || quote.nested) return false;
  return /^\p{Ll}[\p{L}’'-]*(?: \p{Ll}[\p{L}’'-]*)?[.,]?$/u.test(body.slice(quote.start, quote.end));
}

/**
 * Words the story uses as a name somewhere ("the “Meth. We're on it.” campaign") are that name wherever they
 * stand with no attribution of their own (a tagline alone on a line, "“Meth. We're on it” is rolling out"): a
 * slogan or a title is not speech because one paragraph quotes it bare. Several words only; one word is as
 * often a remark as a term.
 */
function namesStayNames(credited: Array<{ article: Article; items: Credited[] }>): Array<{ article: Article; items: Credited[] }> {
  const key = (article: Article, quote: FoundQuote) => quotedNameKey(article.body.slice(quote.start, quote.end));
  const named = new Set(
    credited.flatMap(({ article, items }) =>
      items.filter(({ quote }) => quote.kind === 'scare' && !quote.nested).map(({ quote }) => key(article, quote)),
    ),
  );
  named.delete('');
  return credited.map(({ article, items }) => ({
    article,
    items: items.map((item) =>
      item.quote.kind !== 'scare' && !item.quote.raw && !item.quote.nested && named.has(key(article, item.quote))
        ? { ...item, quote: { ...item.quote, kind: 'scare' as const }, name: null, person: false, reason: null }
        : item,
    ),
  }));
}

/** Quoted words compared as a name: case, punctuation and marks aside; empty for fewer than two words. */
function quotedNameKey(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= 2 ? words.join(' ') : '';
}

interface Finding {
  article: Article;
  quotes: FoundQuote[];
  mentions: BlockMention[];
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

/** Who the story's people are: by surname, and by the ages it gives them. */
interface People {
  personSurnames: Set<string>;
  isPerson: (mention: BlockMention) => boolean;
  /** An age held by one person only ("Capaldi, 55,") → that person. */
  ages: Map<number, string>;
  /**
   * A body, or a name nothing marks as a person's (no title, role, age or "who", and a surname the story never
   * uses alone): "Lakeside Records", "Netflix" — what "it said" or "they said" may stand for.
   */
  mayBeBody: (mention: BlockMention) => boolean;
  /** "he" or "she" by a person's given name, or by the given name the story gives their surname elsewhere. */
  genderOf: (name: string) => Gender | undefined;
  /** The people's full names, by surname key ("obama" → "Michelle Obama", "Barack Obama"). */
  fullNamesBySurname: Map<string, string[]>;
}

function storyPeople(perArticle: Finding[]): People {
  // Who counts as a person: titled, or a full name whose surname the story also uses alone, or named as a speaker.
  const alone = new Set<string>();
  for (const { mentions } of perArticle)
    for (const mention of mentions) if (mention.words.length === 1 && !mention.body) alone.add(surnameKey(mention.words));
  const personSurnames = new Set<string>();
  const notePerson = (words: string[]) => personSurnames.add(surnameKey(words));
  for (const { article, mentions, quotes } of perArticle) {
    for (const mention of mentions) {
      if (mention.body) continue;
      // A full name the text marks as a person (", who …", ", 33,", "spokesman Jeremy Handel") or that says
      // something ("Ann Lowe said …") counts too.
      // A single name followed by "who" is a person too ("Tommy — who only goes by his first name — retired").
      const fullName = mention.words.length > 1 && notPlace(mention.words);
      // So is one given an age ("Curie, 21, a student, came second").
      const relativeName = (mention.relative || mention.age !== undefined) && notPlace(mention.words);
      // (Its given name alone counts as its surname would: "Jason and Priya Kapoor-Wells … Priya said".)
      const usedAlone =
        alone.has(surnameKey(mention.words)) || (isGivenName(mention.words[0]) && alone.has(surnameKey(mention.words.slice(0, 1))));
      if (mention.titled || relativeName || (fullName && (usedAlone || mention.personal || mention.sayer))) notePerson(mention.words);
      else if (fullName && referredToByGivenNamePronoun(article.body, mention)) notePerson(mention.words);
    }
    for (const quote of quotes) {
      if (quote.raw?.kind !== 'name') continue;
      const parts = nameParts(quote.raw.words);
      if (parts && !parts.body && (parts.titled || parts.words.length > 1) && notPlace(parts.words)) notePerson(parts.words);
    }
  }
  // "Jalen scored …" after "Jalen and Marcus Tate": the given name of one person only is that person.
  const owners = givenNameOwners(perArticle, personSurnames);
  const isPerson = (mention: BlockMention) =>
    !mention.body &&
    (personSurnames.has(surnameKey(mention.words)) || (mention.words.length === 1 && owners.get(mention.words[0].toLowerCase()) === 1));
  const ageCounts = new Map<number, Set<string>>();
  for (const { mentions } of perArticle)
    for (const mention of mentions)
      if (mention.age !== undefined && isPerson(mention))
        ageCounts.set(mention.age, (ageCounts.get(mention.age) ?? new Set()).add(mention.name));
  const ages = new Map([...ageCounts].filter(([, names]) => names.size === 1).map(([age, names]) => [age, [...names][0]]));
  const mayBeBody = (mention: BlockMention) =>
    mention.body ||
    (!mention.titled &&
      !mention.personal &&
      notPlace(mention.words) &&
      !(mention.words.length === 1 ? personSurnames : alone).has(surnameKey(mention.words)));
  const fullNames = perArticle.flatMap(({ mentions }) => mentions.filter((m) => m.words.length > 1 && isPerson(m)).map((m) => m.words));
  const byNameLists = storyGenders(fullNames);
  const fullNamesBySurname = new Map<string, string[]>();
  for (const words of fullNames) {
    const known = fullNamesBySurname.get(surnameKey(words)) ?? [];
    const name = words.join(' ');
    if (!known.includes(name)) fullNamesBySurname.set(surnameKey(words), [...known, name]);
  }
  const byText = textGenders(perArticle, isPerson);
  // What the story says of a name, of every full name a bare surname may stand for, and of the bare surname of the
  // only full name that has it — where they agree.
  const toldOf = (name: string): Gender | undefined => {
    const words = name.split(' ');
    const sameSurname = fullNamesBySurname.get(surnameKey(words)) ?? [];
    const names = words.length === 1 ? [name, ...sameSurname] : sameSurname.length === 1 ? [name, words[words.length - 1]] : [name];
    const told = new Set(names.map((each) => byText.get(each.toLowerCase())).filter((gender) => gender !== undefined));
    return told.size === 1 ? ([...told][0] ?? undefined) : undefined;
  };
  const genderOf = (name: string) => {
    // "Mr Patterson": the title says it.
    const titled = SEXED_TITLES.get(name.slice(0, name.indexOf(' ')).replace(/\.$/, '').toLowerCase());
    // A given name alone ("Christina", "Priya") that is no one's surname: the lists', as for a full name.
    const givenAlone = !name.includes(' ') && !fullNamesBySurname.has(surnameKey([name])) ? givenGender(name) : undefined;
    return titled ?? toldOf(name) ?? byNameLists(name) ?? givenAlone;
  };
  return { personSurnames, isPerson, ages, mayBeBody, genderOf, fullNamesBySurname };
}

/** How many of the story's people (full names of a person's surname) go by each given name, lower case. */
function givenNameOwners(perArticle: Finding[], personSurnames: Set<string>): Map<string, number> {
  const byGiven = new Map<string, Set<string>>();
  for (const { mentions } of perArticle)
    for (const mention of mentions) {
      if (mention.body || mention.words.length < 2 || !personSurnames.has(surnameKey(mention.words)) || !isGivenName(mention.words[0]))
        continue;
      const given = mention.words[0].toLowerCase();
      byGiven.set(given, (byGiven.get(given) ?? new Set()).add(mention.name));
    }
  return new Map([...byGiven].map(([given, names]) => [given, names.size]));
}

/**
 * Who "Mr Obama" is where the story names Michelle and Barack Obama: the one full name of that surname the
 * title's sex fits; "Mr Patterson", title kept, where the story's Pattersons are of the other sex only (so he is
 * none of them); the surname as written otherwise.
 */
function courtesyName(people: People, words: string[], courtesy: string | undefined): string {
  const sex = courtesy === undefined ? undefined : SEXED_TITLES.get(courtesy.replace(/\.$/, '').toLowerCase());
  if (sex === undefined || words.length !== 1) return words.join(' ');
  const full = people.fullNamesBySurname.get(surnameKey(words)) ?? [];
  const fitting = full.filter((name) => people.genderOf(name) === sex);
  if (fitting.length === 1) return fitting[0];
  const otherSex = full.some((name) => ![sex, undefined].includes(people.genderOf(name)));
  return fitting.length === 0 && otherSex ? `${courtesy} ${words[0]}` : words[0];
}

/** The pronouns that tell a person's sex, with the sex they tell. */
const SEXED_PRONOUN = /\b(?:(he|his|him|himself)|(she|her|hers|herself))\b/i;

/**
 * "he" or "she" as the story itself uses it of a person: a subject followed in its sentence, before anyone else
 * is named or quoted and before any comma, by a sexed pronoun ("Mikey Madison won the Oscar for her role" —
 * though the name lists call Mikey a man's name). By name as written, lower case; null where the story says both (the
 * name lists then decide).
 */
function textGenders(perArticle: Finding[], isPerson: (mention: BlockMention) => boolean): Map<string, Gender | null> {
  const told = new Map<string, Gender | null>();
  for (const { article, mentions } of perArticle) {
    const body = article.body;
    mentions.forEach((mention, index) => {
      // ("Rajesh Patel and his wife, Meena, …": the pronoun right after "and" is his too.)
      const coordinated = /^\s+and\s+(?:his|her)\b/.test(body.slice(mention.end, mention.end + 12));
      if (!(mention.subject || coordinated) || mention.attributive || !isPerson(mention)) return;
      const next = mentions[index + 1]?.start ?? body.length;
      // (Not past a comma: "said Beth Meacham, one of his editors" — an apposition speaks of someone else.)
      const sentenceEnd = /[.!?](?=\s|$)|\n|[,;:“”"‘]/.exec(body.slice(mention.end, next));
      const stretch = body.slice(mention.end, sentenceEnd ? mention.end + sentenceEnd.index : next);
      const pronoun = SEXED_PRONOUN.exec(stretch);
      if (!pronoun) return;
      const gender: Gender = pronoun[1] ? 'he' : 'she';
      const key = mention.name.toLowerCase();
      const known = told.get(key);
      told.set(key, known === undefined || known === gender ? gender : null);
    });
  }
  return told;
}

/**
 * "Margaret Thatcher rose to speak. The world, she proclaimed, …", "I met Jo Hollis at a diner. ¶ … she said": a
 * full name whose first word is a given name, and a pronoun that may stand for it (of the name's sex, where it has
 * one) later in its paragraph or the next — a person, though named only once.
 */
function referredToByGivenNamePronoun(body: string, mention: BlockMention): boolean {
  if (!isGivenName(mention.words[0]) || LANDMARK_HEADS.has(mention.words[mention.words.length - 1].toLowerCase())) return false;
  const gender = givenNameGender(mention.words);
  // (Not the attribution right after a quotation, "“…,” he said": that is the pronoun to be resolved — unless the
  // name is the subject of a sentence of that paragraph: "Pat Byrne has farmed here for forty years. “…,” he said.")
  const lookBehind = mention.subject ? '' : '(?<![”"’],?\\s{0,2})';
  const pronoun = new RegExp(`${lookBehind}\\b(?:${gender ?? 'he|she'})\\b`, 'i');
  return pronoun.test(body.slice(mention.end, nextParagraphEndOf(body, mention.end)));
}

/** What crediting an article's quotations reads: its names, its people and the story's name counts. */
interface ArticleContext {
  article: Article;
  mentions: BlockMention[];
  /** People named outside quotations, not as modifiers. */
  personMentions: BlockMention[];
  inQuote: (offset: number) => boolean;
  /** "he" or "she", as the article has called someone already (by genderKey). */
  genders: Map<string, Gender>;
  people: People;
  count: (name: string, body: boolean) => void;
  descriptions: Map<string, string>;
}

type Credit = Pick<Credited, 'name' | 'person' | 'reason'>;
const NO_CREDIT: Credit = { name: null, person: false, reason: null };

/** The speaker of one quotation: from its own attribution, else from the quotation or sentence before. */
function creditQuote(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credited {
  let credit = quote.raw ? fromAttribution(context, quote, items) : NO_CREDIT;
  if (credit.name && !credit.reason && (quote.via === 'lead' || quote.via === 'signed' || quote.via === 'heading'))
    credit = {
      ...credit,
      reason:
        quote.via === 'lead'
          ? 'named in the sentence that introduces it'
          : quote.via === 'heading'
            ? 'named in the heading above it'
            : quote.signedAfter
              ? 'signed after it'
              : 'signed on the line below it',
    };
  // A quotation with no attribution of its own that continues the one before (“…,” he said. “…”), or
  // stands as the next paragraph after a credited quotation, full or partial (news copy names the
  // speaker once and lets the following quoted paragraph run on).
  // (Later parts of a multi-paragraph quotation take their first part's speaker in creditChains instead.)
  const laterPart = quote.chain !== undefined && quote.chain < items.length;
  const unattributed = !quote.raw && quote.kind === 'full' && !quote.nested && !laterPart;
  if (unattributed) {
    // A title in scare quotes within the attribution ("…,” Lowe said on “Morning Report”. “…”) interrupts nothing.
    const before = [...items].reverse().find((item) => !item.quote.nested && item.quote.kind !== 'scare');
    // The part after an attribution that cut it (“…,” Lowe said, “…”) is credited with its first part later.
    const previous =
      before && !before.name && before.quote.chain !== undefined
        ? items.find((item) => item.quote.chain === before.quote.chain && item.name)
        : before;
    if (before && previous?.name && (continues(context.article.body, before.quote, quote) || leadInBetween(context, before.quote, quote)))
      credit = { name: previous.name, person: previous.person, reason: 'continues the quotation before' };
  }
  // A quoted sentence with no attribution right after one in which someone says something, in its paragraph
  // (“Burr said the inquiry goes on. “We will follow the facts.”) or the one before (“Moffat said Capaldi had
  // been cast …” ¶ “We made a home video …”): theirs — if no one else is named in between.
  if (!credit.name && unattributed && quote.sentenceStart === quote.open) {
    const sayer = sayerBefore(quote, context);
    if (sayer)
      credit = {
        name: sayer.name,
        person: true,
        reason: sayer.block === quote.block ? 'named in the sentence before' : 'named in the paragraph before',
      };
  }
  // “Lowe had a similar experience: “…”” or “Lowe returned to the issue. “…?””: a quotation with no attribution
  // that a person's sentence introduces with a colon, or that follows it in its paragraph, is that person's.
  if (!credit.name && unattributed) {
    const subject = introducingSubject(context, quote);
    if (subject) credit = { name: subject.mention.name, person: true, reason: subject.reason };
    else
      credit =
        pronounSubjectBefore(context, quote, items) ??
        describedSubjectBefore(context, quote, items) ??
        namedInSentenceAfter(context, quote) ??
        credit;
  }
  // “…,” says Ken Doctor. That's produced a strategy of “continuous cost-cutting”: a few words quoted with no
  // attribution in the very next sentence are still the speaker's, if no one else is named on the way.
  if (!credit.name && !quote.raw && quote.kind === 'partial' && !quote.nested) {
    const previous = [...items].reverse().find((item) => !item.quote.nested && item.quote.kind !== 'scare');
    if (previous?.name && nextSentence(context.article.body, previous.quote, quote) && !namedBetween(context, previous, quote))
      credit = { name: previous.name, person: previous.person, reason: 'named in the sentence before' };
    // "…, Howitt says. Just because …, “that doesn't mean …”": reported speech in the sentence before, no marks.
    const sayer = credit.name ? undefined : sayerBefore(quote, context);
    if (sayer && sayer.block === quote.block && sentencesBetween(context.article.body, sayer.end, quote.open) === 1)
      credit = { name: sayer.name, person: true, reason: 'named in the sentence before' };
  }
  // “… I said, ‘…’ …”: the outer quotation's speaker quoting themselves.
  if (quote.selfQuoted && !credit.name) {
    const outer = [...items].reverse().find((item) => !item.quote.nested && item.quote.start <= quote.start && item.quote.end >= quote.end);
    if (outer?.name) credit = { name: outer.name, person: outer.person, reason: 'quoting themselves inside the quotation' };
  }
  if (quote.kind === 'scare') credit = NO_CREDIT;
  return { quote, ...credit, index: items.length };
}

/** The speaker the quotation's attribution gives: a name, a description, a pronoun or "the 55-year-old". */
function fromAttribution(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credit {
  const raw = quote.raw!;
  const { people, personMentions, genders } = context;
  if (raw.kind === 'name') {
    const holder = /^the$/i.test(raw.words[0]) ? referentOfThe(context, quote, raw.words) : undefined;
    if (holder) return { name: holder, person: true, reason: `resolved from '${raw.words.join(' ')}'` };
    const parts = nameParts(raw.words);
    if (!parts) return NO_CREDIT;
    const name =
      /^(?:the|a|an)\s/i.test(raw.words.join(' ')) && !parts.body && !/^\p{Lu}/u.test(parts.name)
        ? raw.words.join(' ')
        : courtesyName(people, parts.words, parts.courtesy);
    // Named right after the quotation ("…,” Kerry said): a person, whatever else the story says.
    const person =
      !parts.body && (people.personSurnames.has(surnameKey(parts.words)) || (quote.via === 'after' && /^\p{Lu}/u.test(parts.name)));
    const reporter = person ? undefined : reportingPerson(context, quote, name);
    if (reporter) return { name: reporter, person: true, reason: null };
    context.count(name, parts.body);
    return { name, person, reason: null };
  }
  if (raw.kind === 'description') return fromDescription(context, quote, raw, items);
  if (raw.kind === 'pronoun') {
    const reason = `resolved from '${raw.pronoun}'`;
    if (raw.pronoun === 'it' || raw.pronoun === 'they') {
      // "they said" stands for a body only where the body itself was saying something ("Acme denies that …").
      const body = speakingBodyBefore(context, quote, raw.pronoun === 'they');
      if (body) context.count(body, true);
      if (body) return { name: body, person: false, reason };
      const spokesperson = raw.pronoun === 'they' ? spokespersonBefore(context, quote) : undefined;
      if (spokesperson) return { name: spokesperson, person: true, reason };
      const group = raw.pronoun === 'they' ? pluralSubjectBefore(context, quote) : undefined;
      return group ? { name: group, person: false, reason } : NO_CREDIT;
    }
    if (raw.pronoun !== 'he' && raw.pronoun !== 'she') return NO_CREDIT;
    // "Michelle Obama said he believes … because Americans “feel the difference now.”": a few quoted words in
    // what a named person of the sentence says are that person's, whoever "he" is.
    const reporter = quote.kind === 'partial' && quote.via === 'before' ? sayerInSentence(context, quote, raw.pronoun) : undefined;
    if (reporter) return { name: reporter, person: true, reason: null };
    // (null: a speaker the text will not name and gives no description of — no one, not the one named before.)
    const withheld = unnamedSpeaker(context.article.body, quote.speakerAt ?? quote.open, personMentions);
    const unnamed =
      withheld === undefined ? describedPerson(context.article.body, quote.speakerAt ?? quote.open, personMentions, raw.pronoun) : withheld;
    if (unnamed !== undefined) return unnamed ? { name: unnamed, person: false, reason } : NO_CREDIT;
    const resolved =
      epithetSubjectBefore(context, quote) ??
      resolvePronoun(quote, items, personMentions, genderIn(context), raw.pronoun, context.article.body) ??
      againstTheNameLists(context, quote, items, raw.pronoun);
    if (!resolved) return NO_CREDIT;
    if (!genders.has(genderKey(resolved))) genders.set(genderKey(resolved), raw.pronoun);
    return { name: resolved, person: true, reason };
  }
  // "the 55-year-old": whoever the story gives that age. Where it gives no one that age the description stands as
  // written: news brings its main person back by an age ("Pochettino was sacked … The 56-year-old [Mourinho]
  // said"), not the one last spoken of, so the rules for "he" would guess. ("Presenter, 40, says": as for "he".)
  const text = raw.words.join(' ');
  const age = Number(/(\d{1,3})/.exec(text)?.[1] ?? NaN);
  const aged = raw.words.some(isAge);
  const resolved =
    people.ages.get(age) ??
    (aged ? undefined : resolvePronoun(quote, items, personMentions, genderIn(context), null, context.article.body));
  if (resolved) return { name: resolved, person: true, reason: `resolved from '${text}'` };
  if (!aged) return NO_CREDIT;
  context.count(text, false);
  return { name: text, person: false, reason: null };
}

/**
 * Who "the <capitalised words>" of an attribution stands for: an epithet of one just named ("the Ohio Democrat",
 * "the Kenyan", "the Corkman"), or an office the text gives someone ("the Treasurer", "the Prime Minister", "the PM").
 */
function referentOfThe(context: ArticleContext, quote: FoundQuote, words: string[]): string | null | undefined {
  const head = words[words.length - 1].toLowerCase();
  const window = textBefore(context, quote.open);
  if (PROPER_EPITHETS.has(head) || (words.length === 2 && isPlaceEpithet(words[1], window))) return epithetReferent(context, quote, head);
  // "the PM", "the DSP": an office the text spells out before a name ("Prime Minister Anthony Albanese").
  const spelled = words.length === 2 && /^\p{Lu}{2,5}$/u.test(words[1]) ? acronymExpansion(window, words[1]) : undefined;
  if (spelled) return roleHolder(window, spelled);
  const office = words.length <= 4 && (TITLES.has(head) || isRoleWord(head));
  if (!office) return undefined;
  // (With other words, only a holder of the whole office: "the Hollywood Reporter said" is no reporter's.)
  const modifiers = words.slice(1, -1).map((word) => word.toLowerCase());
  const holder = modifiers.length > 0 ? roleHolder(window, [...modifiers, head].join(' '), [], false) : roleHolder(window, head);
  // "Rachel Reeves has insisted … ¶ The Chancellor told the BBC": an office in capitals no one is titled with
  // stands for the person the text has just made its subject, as a trade would.
  const capitalised = words.length === 2 && TITLES.has(head) && !COURTESY_TITLES.has(head) && /^\p{Lu}/u.test(words[1]);
  return holder ?? (capitalised ? epithetReferent(context, quote, head) : undefined);
}

/**
 * "the Corkman", "the Kerrywoman", "the Brooklynite", "the Dubliner" (where the text names Dublin): a word for
 * someone from a place, not a name. (Not every capitalised word in "-er": "the Observer" is a newspaper.)
 */
function isPlaceEpithet(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if (TITLES.has(lower) || ROLE_NOUNS.has(roleHead(lower)) || !/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return false;
  if (/\p{Ll}(?:man|woman|ite)$/u.test(word)) return true;
  const place = /^(\p{Lu}\p{Ll}{2,})er$/u.exec(word)?.[1];
  return place !== undefined && new RegExp(`(?<![\\p{L}])${place}(?![\\p{L}])`, 'u').test(text);
}

/** The capitalised title an acronym abbreviates in the text ("PM" → "prime minister"), lower-cased; "of" may be skipped. */
function acronymExpansion(text: string, acronym: string): string | undefined {
  const letters = acronym.toLowerCase();
  const word = '\\p{Lu}\\p{Ll}+';
  const title = new RegExp(`(?<![\\p{L}])${word}(?:\\s+(?:(?:of|for|the)\\s+)?${word}){${letters.length - 1}}(?=\\s+\\p{Lu})`, 'gu');
  for (const match of text.matchAll(title)) {
    const initials = match[0]
      .split(/\s+/)
      .filter((part) => /^\p{Lu}/u.test(part))
      .map((part) => part[0].toLowerCase())
      .join('');
    if (initials === letters) return match[0].toLowerCase();
  }
  return undefined;
}

/**
 * "Pompeo said that … Washington had concluded the settlements were “not, per se, inconsistent …”": a few quoted
 * words whose nearest verb has a place or body for subject, inside what a person of the same sentence says, are
 * that person's — the reporter quotes whom they heard.
 */
function reportingPerson(context: ArticleContext, quote: FoundQuote, inner: string): string | undefined {
  if (quote.kind !== 'partial' || quote.via !== 'before') return undefined;
  const innerAt = context.mentions.findLast((mention) => mention.name === inner && mention.end <= quote.open)?.start ?? quote.open;
  return context.personMentions.find(
    (mention) => mention.sayer && mention.start >= quote.sentenceStart && mention.end <= innerAt && mention.name !== inner,
  )?.name;
}

/**
 * The person named before the quotation's pronoun, in its sentence, as saying something — unless the pronoun
 * itself speaks the words ("Ann Lowe said that when she asked Tom Reed, he said it was “dead”": Reed's).
 */
function sayerInSentence(context: ArticleContext, quote: FoundQuote, pronoun: string): string | undefined {
  const at = quote.speakerAt ?? quote.open;
  const verb = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(context.article.body.slice(at + pronoun.length, at + pronoun.length + 40))?.[1];
  if (verb !== undefined && PLAIN_SPEAKING_VERBS.has(verb)) return undefined;
  return context.personMentions.findLast((mention) => mention.sayer && mention.start >= quote.sentenceStart && mention.end <= at)?.name;
}

/** ", a spokesperson for Instagram,": the apposition that names someone's job as speaking for a body. */
const SPOKESPERSON_APPOSITION = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation(SPOKESPERSON_NOUNS)})\\b`, 'iu');

/**
 * A singular "they": "Kym Lino, a spokesperson for Instagram, confirmed … “…,” they said in an email." — the
 * person introduced in the paragraph as speaking for a body, when no one else is named between.
 */
function spokespersonBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
  const at = quote.speakerAt ?? quote.open;
  const before = context.personMentions.filter((mention) => mention.block === quote.block && mention.end <= at);
  const last = before.at(-1);
  if (!last || !(last.subject || last.sayer) || !SPOKESPERSON_APPOSITION.test(context.article.body.slice(last.end, last.end + 80)))
    return undefined;
  return last.name;
}

/**
 * What "they said" stands for where no body does: the latest sentence, in the quotation's paragraph or the one
 * before, that opens on people named by a plural role ("Police arrested two men. ¶ “…,” they said.", "The
 * study's authors cautioned …"), as written; none if a person is named after it.
 */
function pluralSubjectBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
  const body = context.article.body;
  const at = quote.speakerAt ?? quote.open;
  const from = previousParagraphStartOf(body, at);
  const openers = [...PLURAL_SUBJECT_OPENERS].join('|');
  const opening = new RegExp(`(?:^|[.!?]["”’)]?\\s+)((?:(?:${openers})\\s+(?:[\\p{L}’'-]+\\s+){0,2}?)?(\\p{L}+))\\s+\\p{Ll}`, 'gu');
  let found: { text: string; end: number } | undefined;
  for (const match of body.slice(from, at).matchAll(opening)) {
    const head = match[2].toLowerCase();
    const plural = PLURAL_GROUP_NOUNS.has(head) || (/s$/.test(head) && ROLE_NOUNS.has(roleHead(head)));
    if (plural) found = { text: match[1], end: from + match.index + match[0].length };
    // "The men were later charged": other people became the subject since.
    else if (/(?:s|men)$/.test(head) && PLURAL_SUBJECT_OPENERS.has(match[1].split(/\s/)[0])) found = undefined;
  }
  if (!found || context.personMentions.some((mention) => mention.start >= found.end && mention.end <= at)) return undefined;
  return /^The\s/.test(found.text) ? `the${found.text.slice(3)}` : found.text;
}

/** A name right after a preposition ("for Instagram", "in the Kandahar province") is its object, not a subject. */
const AFTER_PREPOSITION = /\b(?:for|of|at|from|with|by|to|on|in|near|into)\s+(?:the\s+)?$/i;

/**
 * The first word after a subject that is no auxiliary or adverb ("have twice denied" → "denied"; past a relative
 * clause between commas: ", which regulates campaign finances, issued" → "issued"), lower case.
 */
function verbAfter(text: string): string {
  const rest = text.replace(/^,\s+(?:which|who)\b[^,.!?]{0,80},/, '');
  const words = /^,?\s+([a-z]+(?:\s+[a-z]+){0,3})/.exec(rest)?.[1].split(/\s+/) ?? [];
  return words.find((word) => !isBetweenWord(word)) ?? '';
}

/**
 * What "it said" stands for: the latest body that was the subject of a clause, in the quotation's paragraph or
 * the one before ("The Harbour Board said the ferry would stop. ¶ “…,” it added."); none if a person came after it.
 */
function speakingBodyBefore(context: ArticleContext, quote: FoundQuote, sayerOnly = false): string | null {
  const { mentions, inQuote } = context;
  const text = context.article.body;
  const at = quote.speakerAt ?? quote.open;
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index];
    if (mention.start >= at || inQuote(mention.start)) continue;
    if (mention.block < quote.block - 1) break;
    // "The Harbour Board said": a determiner keeps a body from counting as a subject in the mentions.
    const verb = verbAfter(text.slice(mention.end, mention.end + 140));
    // "a spokesperson for Instagram, confirmed": the object of a preposition is no one's subject.
    if (AFTER_PREPOSITION.test(text.slice(Math.max(0, mention.start - 12), mention.start))) continue;
    const body = context.people.mayBeBody(mention);
    // A name only guessed to be a body must itself say something ("Lakeside Records denies …"), not merely
    // be a clause's subject ("Many in Hong Kong will deplore that decision").
    const says = SAYING_VERBS.has(verb) || (mention.body && (sayerOnly ? mention.sayer : mention.subject));
    if (body && (says || (!sayerOnly && mention.subject))) return mention.name;
    if ((!body || sayerOnly) && mention.subject) return null;
  }
  return null;
}

/** "the official", "the president", "the statement": someone named before where the text ties them, else the description. */
function fromDescription(
  context: ArticleContext,
  quote: FoundQuote,
  raw: Extract<RawSpeaker, { kind: 'description' }>,
  items: Credited[],
): Credit {
  const text = raw.words.join(' ');
  const reason = `resolved from '${text}'`;
  if (raw.words.length === 1 && raw.head === 'another') {
    // "One user on Weibo posted: “…” Another said: “…”": one more of the kind the last such speaker was.
    const earlier = [...items].reverse().find((item) => item.name && /^(?:one|a|an|another)\s/i.test(item.name));
    return earlier?.name ? { name: `another ${earlier.name.split(' ').at(-1)}`, person: false, reason } : NO_CREDIT;
  }
  if (/^(?:the|this|that)$/i.test(raw.words[0])) {
    // "the official said": the last speaker this article described with the same head noun.
    // Its other words must fit too: "the French foreign ministry" is not "Russia's foreign ministry".
    const modifiers = raw.words.slice(1, -1).map((word) => word.toLowerCase());
    const fits = (name: string) => {
      const words = nameKey(name).split(' ');
      return words.at(-1) === raw.head && modifiers.every((word) => words.includes(word));
    };
    const earlier = [...items].reverse().find((item) => item.name && fits(item.name));
    if (earlier) {
      context.descriptions.set(text, earlier.name!);
      return { name: earlier.name, person: false, reason };
    }
    // "The Russian Foreign Ministry criticised the plan. “…,” the ministry said.": the body the article named
    // with that head, latest first, in the paragraph or the two before.
    const at = quote.speakerAt ?? quote.open;
    // (Only where the article names one such body: "the Bank of England and Barclays Bank … the bank said" is either.)
    const bodies = BODY_HEADS.has(raw.head)
      ? context.mentions.filter(
          (mention) =>
            mention.body &&
            mention.words.length > 1 &&
            mention.end <= at &&
            mention.block >= quote.block - 2 &&
            !context.inQuote(mention.start) &&
            fits(mention.name),
        )
      : [];
    const named = new Set(bodies.map((mention) => mention.name)).size === 1 ? bodies[0] : undefined;
    if (named) {
      context.count(named.name, true);
      return { name: named.name, person: false, reason };
    }
  }
  // "the president said": the person the text gives that role, by title or apposition, before.
  if (/^the$/i.test(raw.words[0]) && raw.words.length <= 3 && !TEXT_NOUNS.has(raw.head)) {
    const modifiers = raw.words.slice(1, -1).map((word) => word.toLowerCase());
    const holder = roleHolder(textBefore(context, quote.open), raw.head, modifiers);
    if (holder) {
      context.count(holder, false);
      return { name: holder, person: true, reason };
    }
  }
  // "the statement said": whoever the text has issuing it, a person or body just before.
  if (TEXT_NOUNS.has(raw.head) && /^(?:the|this|that|its|his|her|their)$/i.test(raw.words[0])) {
    const writer = writerOf(context.article.body, quote, raw.head, context.mentions, context.inQuote);
    if (writer) return { name: writer.name, person: !writer.body, reason };
    const described = describedWriter(context.article.body, quote, raw.head);
    if (described) {
      context.count(described, true);
      return { name: described, person: false, reason };
    }
    // "…,” the statement continued: the statement the article has already credited, further up.
    const earlier = [...items].reverse().find((item) => item.name && item.reason === reason);
    if (earlier) return { name: earlier.name, person: earlier.person, reason };
  }
  // "the actress says", "the American Horror Story actress wrote": features name their subject once, then by trade.
  const epithet = /^the$/i.test(raw.words[0]) && EPITHETS.has(raw.head) ? epithetReferent(context, quote, raw.head) : undefined;
  if (epithet) return { name: epithet, person: true, reason };
  const organisation = raw.words.length === 2 && /^the$/i.test(raw.words[0]) && ORGANISATION_NOUNS.has(raw.head);
  const named = organisation ? organisationBefore(context, quote) : undefined;
  if (named) return { name: named, person: false, reason };
  context.count(text, true);
  return { name: text, person: false, reason: null };
}

/**
 * "Ryanair has cancelled 400 flights. ¶ “…,” the airline said": the latest name that may be a body and was the
 * subject of a clause, in the quotation's paragraph or the two before (people passed over: "chief executive
 * Georges Elhedery told analysts … the bank said" is still HSBC's).
 */
function organisationBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
  const at = quote.speakerAt ?? quote.open;
  const body = context.article.body;
  return context.mentions.findLast(
    (mention) =>
      mention.end <= at &&
      mention.block >= quote.block - 2 &&
      (mention.subject || mention.sayer || /^\s+(?:said|says|announced|reported)\b/.test(body.slice(mention.end, mention.end + 12))) &&
      !context.inQuote(mention.start) &&
      !context.people.isPerson(mention) &&
      context.people.mayBeBody(mention) &&
      !AFTER_PREPOSITION.test(body.slice(Math.max(0, mention.start - 12), mention.start)),
  )?.name;
}

/** A sentence of the paragraph that opens on "The <trade>" ("The right-hander, speaking through an interpreter, said"). */
const EPITHET_OPENING = /(?:^|[.!?]["”’]?\s+)The\s+((?:[\p{Ll}-]+\s+)?([\p{Ll}-]+))\b/gu;

/**
 * "The right-hander … said he felt in rhythm. “…,” he said": "he" is who the trade that opened the paragraph's
 * sentence stands for, not one quoted before it — where no one is named between.
 */
function epithetSubjectBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
  const body = context.article.body;
  const at = quote.speakerAt ?? quote.open;
  const from = paragraphStartOf(body, at);
  let found: { head: string; end: number } | undefined;
  for (const match of body.slice(from, at).matchAll(EPITHET_OPENING))
    if (EPITHETS.has(match[2])) found = { head: match[2], end: from + match.index + match[0].length };
  if (!found || context.personMentions.some((mention) => mention.start >= found.end && mention.end <= at)) return undefined;
  return epithetReferent(context, { ...quote, speakerAt: found.end }, found.head);
}

/**
 * Whom "the actress" or "the singer" stands for: the latest person before it, in its paragraph or the two before,
 * who is the subject of a clause and not known to be of the other sex (where the trade has one).
 */
function epithetReferent(context: ArticleContext, quote: FoundQuote, head: string): string | undefined {
  const at = quote.speakerAt ?? quote.open;
  // "Senator Tom Reed, a Republican, … Jim Hill … “…,” the Republican said": the one the text calls so, first.
  const called = PROPER_EPITHETS.has(head) ? roleHolder(textBefore(context, at), head) : null;
  if (called) return called;
  const sex = FEMALE_NOUNS.has(head) ? 'she' : MALE_NOUNS.has(head) ? 'he' : undefined;
  // "Manager Stephen Bradley … “…,” the goalkeeper said": one the text titles with another office is not meant
  // (a nation or party goes with any office: the manager may be "the Austrian").
  const before = context.article.body.slice(0, at);
  // (A bare surname has the office its full name was given: "coach Nasreddine Nabi … Nabi".)
  const namesOf = (name: string) =>
    name.includes(' ') ? [name] : [name, ...(context.people.fullNamesBySurname.get(surnameKey([name])) ?? [])];
  const office = (name: string) =>
    PROPER_EPITHETS.has(head) || namesOf(name).every((full) => [undefined, head].includes(officeTitleOf(before, full)));
  const fits = (name: string) => (sex === undefined || [sex, undefined].includes(genderIn(context)(name))) && office(name);
  // "Cork's Seán Finn was named man of the match. “…,” the Corkman said": a full name on a known given name is a
  // person here, though nothing else marks it so.
  const person = (mention: BlockMention) =>
    context.people.isPerson(mention) || (mention.words.length > 1 && !mention.body && isGivenName(mention.words[0]));
  // The main clause's subject: "Glasner praised his goalkeeper, Dean Henderson, who made six saves. “…,” said the
  // Austrian" — Glasner.
  const subjects = context.mentions.filter(
    (mention) =>
      mention.subject &&
      !mention.attributive &&
      mention.end <= at &&
      !context.inQuote(mention.start) &&
      person(mention) &&
      fits(mention.name),
  );
  const near = mainSubject(
    subjects.filter((mention) => mention.block >= quote.block - 2),
    context.article.body,
  );
  // "Sen. John Cornyn … became the latest Republican … ¶ … “…,” the Texas Republican told reporters": a nation or
  // party further on stands for the person the article opens on.
  const lead = PROPER_EPITHETS.has(head) && subjects[0] !== undefined && subjects[0].block <= 1 ? subjects[0] : undefined;
  return (near ?? lead)?.name;
}

/** The office a text writes before a person's name ("Manager Stephen Bradley" → "manager"); not a courtesy or a trade. */
function officeTitleOf(text: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (Or a trade in lower case: "catcher Will Smith" is not "the right-hander".)
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{L}[\\p{L}-]*\\.?)\\s+${escaped}(?![\\p{L}])`, 'gu'))) {
    const word = match[1].toLowerCase();
    // (A plural describes a group the name is one of: "founding members Ann Lowe and Tom Reed".)
    const known = /^\p{Lu}/u.test(match[1]) ? TITLES.has(word) : isRoleWord(word) && roleHead(word) === word;
    const office = known && !COURTESY_TITLES.has(word) && !EPITHETS.has(word) && !PROPER_EPITHETS.has(word);
    if (office && !TITLE_RANKS.has(word) && !TITLE_DOMAINS.has(word)) return word;
  }
  return undefined;
}

/** A quotation over several paragraphs: the attribution of any part credits every part. */
function creditChains(items: Credited[]): void {
  const chains = new Map<number, Credited>();
  for (const item of items) {
    if (item.quote.chain === undefined || !item.name) continue;
    const known = chains.get(item.quote.chain);
    // An explicit attribution beats one inherited from the paragraph before.
    if (!known || (!known.quote.raw && item.quote.raw)) chains.set(item.quote.chain, item);
  }
  for (const item of items) {
    const source = item.quote.chain === undefined ? undefined : chains.get(item.quote.chain);
    if (source && source !== item && (!item.name || !item.quote.raw)) {
      const reason =
        source.quote.block === item.quote.block
          ? 'the quotation goes on after its attribution'
          : 'the quotation runs on over several paragraphs';
      [item.name, item.person, item.reason] = [source.name, source.person, reason];
    }
  }
}

/** The same words quoted twice in one article are the same speaker's (read only if some quotation still has none). */
function creditSameWords(article: Article, items: Credited[]): void {
  if (!items.some((item) => !item.name && item.quote.kind !== 'scare')) return;
  const byWords = new Map<string, Credited>();
  const quoteWords = items.map((item) => wordsOf(article.body, item.quote));
  items.forEach((item, i) => {
    if (item.name && item.quote.kind !== 'scare') byWords.set(quoteWords[i], item);
  });
  for (const [i, item] of items.entries()) {
    if (item.name || item.quote.kind === 'scare') continue;
    const same = byWords.get(quoteWords[i]);
    if (same) {
      [item.name, item.person, item.reason] = [same.name, same.person, 'the same words are credited earlier in the article'];
      continue;
    }
    // A heading or pull quote repeating part of a credited quotation ("My fears have been realized" ¶ Morrison
    // told the committee, "I feared … My fears have been realized."): that quotation's speaker, if only one.
    // (Not a quotation nested in another: its words lie in the outer one, which is someone else quoting them.)
    const repeated = !item.quote.nested && quoteWords[i].split(' ').length >= MIN_REPEATED_WORDS;
    const within = repeated ? containing(quoteWords[i], byWords) : null;
    if (within)
      [item.name, item.person, item.reason] = [within.name, within.person, 'its words are quoted with their speaker in the article'];
  }
}

/** An article's main speaker gives at least this share of its credited quotations, and at least MAIN_SPEAKER_MIN. */
const MAIN_SPEAKER_SHARE = 0.6;
const MAIN_SPEAKER_MIN = 5;
/** A partial quotation of at least three words (and this many characters) is a phrase someone said. */
const MAIN_SPEAKER_PHRASE = 12;

/**
 * An interview or a profile lets its subject speak without a verb each time ("How social was she? ¶ “Um. Not for
 * more than a couple of days.”"): a whole-sentence quotation with no attribution at all, in an article where one
 * person gives most of the credited quotations, is that person's — with the reason shown.
 */
function creditMainSpeaker(items: Credited[], context: { mentions: BlockMention[]; body: string }): void {
  const counts = new Map<string, number>();
  let credited = 0;
  for (const item of items) {
    if (!item.name || item.quote.kind === 'scare') continue;
    credited++;
    if (item.person) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
  }
  const [main, most] = [...counts].reduce<[string | null, number]>((best, entry) => (entry[1] > best[1] ? entry : best), [null, 0]);
  if (!main || most < MAIN_SPEAKER_MIN || most < MAIN_SPEAKER_SHARE * credited) return;
  for (const item of items) {
    if (item.name || item.quote.kind === 'scare' || item.quote.raw || item.quote.nested) continue;
    // Quoted words inside a sentence only if they are a phrase (not a word held at arm's length) and their
    // sentence names no one else who could have said them.
    const { sentenceStart, sentenceEnd } = item.quote;
    const namesOther = context.mentions.some(
      (mention) => mention.start >= sentenceStart && mention.end <= sentenceEnd && mention.name !== main,
    );
    const phrase =
      item.quote.end - item.quote.start >= MAIN_SPEAKER_PHRASE && /\s\S+\s/.test(context.body.slice(item.quote.start, item.quote.end));
    if (item.quote.kind === 'partial' && (namesOther || !phrase)) continue;
    [item.name, item.person, item.reason] = [main, true, "the article's main speaker"];
  }
}

/** Words a repeated part of a quotation must have to count as repeated rather than a common phrase. */
const MIN_REPEATED_WORDS = 4;

/** The credited quotation whose words contain `words` as a run, if all such quotations share one speaker. */
function containing(words: string, byWords: Map<string, Credited>): Credited | null {
  const found = [...byWords].filter(([other]) => ` ${other} `.includes(` ${words} `)).map(([, item]) => item);
  return found.length > 0 && found.every((item) => item.name === found[0].name) ? found[0] : null;
}

/** The story's quotations with speakers merged story-wide (variants of one name under its canonical form). */
function storyQuotations(
  credited: Array<{ article: Article; items: Credited[] }>,
  names: NameCount[],
  descriptions: Map<string, string>,
): { quotations: Quotation[]; speakers: Speaker[] } {
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
    for (const { quote, name, reason } of ordered) {
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
        speakerReason: speaker === null ? null : reason,
        nested: quote.nested,
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
 * The writer of "the statement" a quotation is credited to: the latest person or body named in its
 * paragraph or the two before whose own sentence has them issue it ("The ministry issued a statement on
 * Monday. “…,” the statement said"). Anyone else would be a guess.
 */
function writerOf(
  body: string,
  quote: FoundQuote,
  head: string,
  mentions: BlockMention[],
  inQuote: (offset: number) => boolean,
): BlockMention | null {
  const issues = new RegExp(`^[^.!?“”"]{0,80}?\\b(?:${alternation(PUBLISHING_VERBS)}|${head}s?)\\b`, 'iu');
  let found: BlockMention | null = null;
  for (const mention of mentions) {
    if (mention.end > quote.open) break;
    if (mention.block < quote.block - 2 || mention.attributive || inQuote(mention.start)) continue;
    // "a crash in Kandahar, the army said in a statement": a place named after a preposition issues nothing.
    if (AFTER_PREPOSITION.test(body.slice(Math.max(0, mention.start - 12), mention.start))) continue;
    if (issues.test(body.slice(mention.end, mention.end + 100))) found = mention;
  }
  return found;
}

/**
 * The writer of "the statement" given by a description in the paragraph before or the quotation's own:
 * "the US military said in a statement", "the company denied the allegations in a statement", "the ministry
 * issued a statement" — the description, as written.
 */
function describedWriter(body: string, quote: FoundQuote, head: string): string | null {
  const from = Math.max(0, body.lastIndexOf('\n\n', body.lastIndexOf('\n\n', quote.open - 1) - 1), quote.open - 600);
  const issuing = new RegExp(
    `\\b(?:${alternation(SAYING_VERBS)})(?:\\s+[^\\s.!?“”"]+){0,6}?\\s+in\\s+(?:a|an|its|their)\\s+${head}\\b|\\b(?:${alternation(PUBLISHING_VERBS)})\\s+(?:a|an|its|their)\\s+${head}\\b`,
    'giu',
  );
  const text = body.slice(from, quote.open);
  const last = [...text.matchAll(issuing)].at(-1);
  if (last === undefined) return null;
  const sentence =
    text
      .slice(0, last.index)
      .split(/(?<=[.!?])\s+|\n/)
      .at(-1) ?? '';
  const tokens = tokenize(sentence);
  const raw = nounPhraseBefore(tokens, tokens.length);
  return raw?.kind === 'description' && /^(?:the)$/i.test(raw.words[0]) ? raw.words.join(' ') : null;
}

/**
 * The person whose sentence introduces a quotation that has no attribution: the first person subject of the
 * quotation's own sentence when a colon opens it, else of the sentence before in its paragraph — when no other
 * person is named between them and the quotation.
 */
function introducingSubject(context: ArticleContext, quote: FoundQuote): { mention: BlockMention; reason: string } | null {
  const body = context.article.body;
  const people = context.personMentions.filter((mention) => mention.block === quote.block && mention.end <= quote.open);
  if (/:[\s“"‘'«]*$/.test(body.slice(quote.sentenceStart, quote.open))) {
    const mention = people.find((person) => person.start >= quote.sentenceStart && person.subject);
    // ("Aly Raisman … was asked the same question by a reporter: “What about you, Aly?”": she is spoken to.)
    const words = new Set(quoteWords(body.slice(quote.start, quote.end)));
    const addressed = mention?.words.some((word) => words.has(word));
    return mention && !addressed ? { mention, reason: 'subject of the sentence that introduces it' } : null;
  }
  if (quote.sentenceStart !== quote.open) return null;
  const mention = mainSubject(
    people.filter((person) => person.subject),
    body,
  );
  // Anyone else named since by a full name ("and thanked Mary Holt"), person for sure or not, may be the one
  // quoted; a single word no one calls a person ("three SLS rockets") is a thing.
  const otherNamed = (named: BlockMention) =>
    named.start > mention!.end &&
    named.end <= quote.open &&
    !named.attributive &&
    !named.body &&
    named.name !== mention!.name &&
    (named.words.length > 1 || context.people.isPerson(named));
  if (!mention || context.mentions.some(otherNamed)) return null;
  // The subject's sentence is the one right before the quotation's.
  if (sentencesBetween(body, mention.end, quote.open) > 1) return null;
  return { mention, reason: 'subject of the sentence before' };
}

/**
 * “He then turned to the report. “I cannot disagree with it.””: a quotation that opens its sentence, with no
 * attribution, after a sentence of its paragraph that opens on "He" or "She" — theirs, the pronoun resolved as
 * for "he said".
 */
function pronounSubjectBefore(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credit | null {
  if (quote.sentenceStart !== quote.open) return null;
  const body = context.article.body;
  const paragraphStart = paragraphStartOf(body, quote.open - 1);
  const before = body.slice(paragraphStart, quote.open);
  // The sentence right before: from the last sentence end before the quotation's own.
  const match = /(?:^|[.!?]["”’)]?\s+)(He|She)(?:['’]s)?\s+[^.!?]*[.!?]["”’)]?\s*$/.exec(before);
  const found = match ? { word: match[1], at: match.index + match[0].indexOf(match[1]) } : pronounSayerIn(before);
  if (!found) return null;
  const pronoun = found.word.toLowerCase() as 'he' | 'she';
  const speakerAt = paragraphStart + found.at;
  const resolved = resolvePronoun({ ...quote, speakerAt }, items, context.personMentions, genderIn(context), pronoun, body);
  return resolved ? { name: resolved, person: true, reason: `resolved from '${pronoun}' in the sentence before` } : null;
}

/**
 * "Roof said … ¶ “…,” he said." with "Dylann" a woman's name in the lists: where the lists leave no one near for
 * "he" or "she", the text's own use of the pronoun wins — among the people of this paragraph and the one before,
 * and never someone the article itself called by the other pronoun.
 */
function againstTheNameLists(context: ArticleContext, quote: FoundQuote, items: Credited[], pronoun: string | null): string | null {
  if (pronoun !== 'he' && pronoun !== 'she') return null;
  const body = context.article.body;
  // "Ann Lowe said that when she asked …": the lists' pronoun in the person's own sentence bears the lists out.
  const borneOut = (mention: BlockMention) => {
    const listed = context.people.genderOf(mention.name);
    const sentenceEnd = /[.!?]/.exec(body.slice(mention.end))?.index ?? body.length;
    return (
      listed !== undefined &&
      listed !== pronoun &&
      new RegExp(`\\b${listed}\\b`, 'i').test(body.slice(mention.end, mention.end + sentenceEnd))
    );
  };
  const near = context.personMentions.filter((mention) => mention.sayer && mention.block >= quote.block - 1 && !borneOut(mention));
  const calledSo = (name: string) => context.genders.get(genderKey(name));
  return resolvePronoun(quote, items, near, calledSo, pronoun, body);
}

/**
 * “We are not going anywhere.” ¶ That was the message Tuesday from Maria Ruiz: a quotation that ends its sentence
 * with no attribution, and a next sentence (in its paragraph or the next) naming its source (see sourceNamedNext).
 */
function namedInSentenceAfter(context: ArticleContext, quote: FoundQuote): Credit | null {
  const rest = context.article.body.slice(quote.after);
  const next = /^\s+([^.!?]+[.!?])/.exec(rest);
  if (!next || /^\s*\n\n[\s\S]*\n\n/.test(rest.slice(0, next[0].length))) return null;
  const source = sourceNamedNext(next[1]);
  const parts = source?.kind === 'name' ? nameParts(source.words) : null;
  return parts ? { name: parts.name, person: !parts.body, reason: 'named in the sentence after' } : null;
}

/** "The world, she proclaimed, had a task.": "he" or "she" with a verb of saying in a text's last sentence. */
function pronounSayerIn(text: string): { word: string; at: number } | null {
  const sentence = /(?:^|[.!?]["”’)]?\s+)([^.!?]+[.!?]["”’)]?)\s*$/.exec(text);
  if (!sentence) return null;
  const from = sentence.index + sentence[0].indexOf(sentence[1]);
  for (const match of sentence[1].matchAll(/\b([Hh]e|[Ss]he)\s+(\p{Ll}+)/gu))
    if (SAYING_VERBS.has(match[2])) return { word: match[1], at: from + match.index };
  return null;
}

/**
 * “Her lawyer told reporters the claim was false. “She never signed it.””: a quotation that opens its sentence,
 * with no attribution, after a sentence of its paragraph whose subject is a description saying something —
 * the description's, resolved as "the lawyer said" would be. Not when a person is named after that subject.
 */
function describedSubjectBefore(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credit | null {
  if (quote.sentenceStart !== quote.open) return null;
  const body = context.article.body;
  const paragraphStart = paragraphStartOf(body, quote.open - 1);
  const match = /(?:^|[.!?]["”’)]?\s+)([^.!?]+[.!?]["”’)]?)\s*$/.exec(body.slice(paragraphStart, quote.open));
  if (!match) return null;
  const raw = describedSayer(match[1]);
  if (!raw) return null;
  const sentenceStart = paragraphStart + match.index + match[0].indexOf(match[1]);
  // Past the subject: its owner ("Swift's rep") is not someone else named.
  const last = raw.words[raw.words.length - 1];
  const subjectEnd = body.indexOf(last, sentenceStart) + last.length;
  const named = (mention: BlockMention) =>
    mention.start >= subjectEnd && mention.end <= quote.open && !mention.attributive && context.people.isPerson(mention);
  if (context.mentions.some(named)) return null;
  const credit = fromDescription(context, { ...quote, speakerAt: sentenceStart }, raw, items);
  if (!credit.name) return null;
  return { ...credit, reason: credit.reason ? `${credit.reason} in the sentence before` : 'subject of the sentence before' };
}

/** The latest person before a quotation who is the subject of a verb of saying in its paragraph or the one before, with no one named since. */
function sayerBefore(quote: FoundQuote, context: ArticleContext): BlockMention | undefined {
  const before = context.personMentions.filter((mention) => mention.end <= quote.open && mention.block >= quote.block - 1);
  const last = before.at(-1);
  if (!last?.sayer) return undefined;
  // Where the words were posted ("on Instagram") names no other speaker, nor does a name inside quoted words.
  const other = (mention: BlockMention) =>
    mention.start > last.end &&
    !context.inQuote(mention.start) &&
    mention.end <= quote.open &&
    !mention.attributive &&
    mention.name !== last.name &&
    !PLATFORMS.has(mention.name.toLowerCase());
  if (context.mentions.some(other)) return undefined;
  // In the paragraph before, the last sayer of it (an object named after them is no speaker either way).
  return last.block === quote.block ? last : before.filter((mention) => mention.sayer && mention.block === quote.block - 1).at(-1);
}

/** How far back a role ("the president") is looked for in a title or an apposition. */
const ROLE_WINDOW = 3000;

/** The article's text within a role's reach before `at`, where its holder is looked for. */
function textBefore(context: ArticleContext, at: number): string {
  return context.article.body.slice(Math.max(0, at - ROLE_WINDOW), at);
}

/**
 * Who the text gives a role, latest first: by title ("President Donald Trump", "spokesman Peter Carr") or
 * apposition ("Peter Carr, a spokesman for the special counsel"). Null where no one holds it.
 */
function roleHolder(text: string, head: string, modifiers: string[] = [], apposition = true): string | null {
  // "the foreign minister" is the foreign minister where a title names one ("Foreign Minister Anna Kessler"), else
  // whoever the text calls "minister". (Not by apposition: in "aboard the USS Higgins, the Pentagon chief said"
  // the comma ends an opening phrase.)
  if (modifiers.length > 0) {
    const fitting = roleHolder(text, [...modifiers, head].join(' '), [], false);
    if (fitting) return fitting;
  }
  const capitalFirst = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1).replace(/[^\p{L}-]/gu, '')}`;
  const role = head.split(' ').map(capitalFirst).join('\\s+');
  // "Sen. Ruth Ballard" holds "the senator" as "Senator Ruth Ballard" would.
  const short = [...TITLE_ABBREVIATION_WORDS].filter(
    ([, word]) => word === head || (head.startsWith('congress') && word === 'representative'),
  );
  const title = [role, ...short.map(([abbreviation]) => `${abbreviation[0].toUpperCase()}${abbreviation.slice(1)}\\.`)].join('|');
  const name = "((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]+)";
  // (Not "Vice President X" for "the president", nor "former President X".)
  const titled = new RegExp(`(?<![\\p{L}]|[Vv]ice[\\s-]|[Ff]ormer\\s)(?:${title})\\s+${name}`, 'gu');
  const apposed = new RegExp(`${name},\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${role}(?![\\p{L}])`, 'gu');
  // "The health secretary, Wes Harding, …": the role first, the name in apposition.
  const leading = new RegExp(`(?<![\\p{L}])[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${role},\\s+${name}(?=,)`, 'gu');
  let best: { at: number; words: string[] } | null = null;
  for (const pattern of apposition ? [titled, apposed, leading] : [titled, leading]) {
    for (const match of text.matchAll(pattern)) {
      const words = match[1].split(/\s+/);
      // "However, the group said": a sentence adverb before the comma, not a name in apposition.
      if (NOT_NAMES.has(words[0].toLowerCase())) continue;
      if (pattern === apposed && OPENING_PHRASE_PREPOSITIONS.has(wordBefore(text, match.index))) continue;
      if (!best || match.index > best.at) best = { at: match.index, words };
    }
  }
  const parts = best ? nameParts(best.words) : null;
  return parts && !parts.body ? parts.name : null;
}

/** The word right before text[at], lower-cased ("" at the start). */
const wordBefore = (text: string, at: number): string =>
  /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1].toLowerCase() ?? '';

/** How far back "he said" may point to someone the text says it will not name. */
const UNNAMED_WINDOW = 300;

/**
 * "one person, who refused to give his name, … “…,” he said": a pronoun after a speaker the text will not
 * name is theirs, not the person named before. Gives the description ("one person"), null where there is
 * none to give, undefined where no such speaker stands between the last named person and the pronoun.
 */
function unnamedSpeaker(body: string, limit: number, people: BlockMention[]): string | null | undefined {
  const from = Math.max(0, limit - UNNAMED_WINDOW);
  const window = body.slice(from, limit);
  // matchAll works on a copy of the pattern: the shared one's lastIndex is never touched.
  let marker: RegExpExecArray | undefined;
  for (const match of window.matchAll(UNNAMED_SPEAKER)) marker = match;
  if (!marker || marker.index === undefined) return undefined;
  const at = from + marker.index;
  if (people.some((mention) => mention.start >= at && mention.end <= limit)) return undefined;
  // "A woman who lives across the street, who asked not to be identified, said": the sentence's opening
  // description, relative clause and all; else a short one right before the marker.
  const before = at <= 100 ? `\n${body.slice(0, at)}` : body.slice(at - 100, at);
  const opening = /(?:[.!?]["”’]?\s+|\n)((?:A|An|One|Another)\s+[^,.;:!?“”"\n]{1,60})\s*$/u.exec(before);
  const description =
    opening ?? /\b((?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s*$/u.exec(body.slice(Math.max(0, at - 80), at));
  return description ? description[1] : null;
}

/**
 * "WIRED spoke to one mother, who knew … . “…,” she said": the pronoun points to the person a description and a
 * relative clause brought in, when no one is named after them and their noun does not say the other sex.
 */
function describedPerson(body: string, limit: number, people: BlockMention[], pronoun: 'he' | 'she'): string | undefined {
  const from = Math.max(0, limit - UNNAMED_WINDOW);
  let last: RegExpExecArray | undefined;
  for (const match of body.slice(from, limit).matchAll(DESCRIBED_PERSON)) last = match;
  for (const match of body.slice(from, limit).matchAll(DESCRIBED_SUBJECT))
    if (!last || (match.index ?? 0) > (last.index ?? 0)) last = match;
  if (!last || last.index === undefined) return undefined;
  const at = from + last.index + last[0].indexOf(last[1]);
  if (people.some((mention) => mention.start >= at && mention.end <= limit)) return undefined;
  const noun = last[2];
  const sex = FEMALE_NOUNS.has(noun) ? 'she' : MALE_NOUNS.has(noun) ? 'he' : undefined;
  return sex === pronoun ? last[1] : undefined;
}

/**
 * Who "he" or "she" stands for by given name where the usual order would pass them over: in the quotation's
 * paragraph, the last person known to fit when its subjects do not ("When Ford visited his editor Teresa Reed …,
 * he would … “…,” she recalled"); else the one person known to fit in the paragraph before, when that paragraph
 * already calls someone by the pronoun ("… I thought of Elise Reed. How would she feel? ¶ “…,” she replied").
 */
function genderedReferent(
  quote: FoundQuote,
  limit: number,
  people: BlockMention[],
  genderOf: (name: string) => Gender | undefined,
  pronoun: Gender,
  body: string,
): string | undefined {
  const known = (mention: BlockMention) => mention.end <= limit && genderOf(mention.name) === pronoun;
  const own = people.filter((mention) => mention.block === quote.block && mention.end <= limit);
  const fitting = own.filter(known);
  if (fitting.length > 0 && own.some((mention) => mention.subject && genderOf(mention.name) !== undefined && !known(mention)))
    return fitting[fitting.length - 1].name;
  if (own.length > 0) return undefined;
  const previous = people.filter((mention) => mention.block === quote.block - 1);
  const candidates = [...new Set(previous.filter(known).map((mention) => mention.name))];
  if (candidates.length !== 1 || previous.some((mention) => genderOf(mention.name) === undefined)) return undefined;
  const last = previous[previous.length - 1];
  const after = body.slice(last.end, paragraphEndOf(body, last.end)).replace(/[“"][^”"]*[”"]/g, '');
  return new RegExp(`\\b${pronoun}\\b`, 'i').test(after) ? candidates[0] : undefined;
}

/**
 * "he said" (or "the 55-year-old said"): who the text last put forward as acting or speaking, in this order —
 *  1. the subject of a clause earlier in the same paragraph ("Lavrov arrived late. “…,” he said") — of the last
 *     sentence with one, its main clause's (the first: "Figgins declined to say whether Thomas slept");
 *  2. within the last two paragraphs, the latest speaker: someone quoted, or the subject of a verb of saying
 *     ("Moffat said Capaldi had …" — Moffat; Capaldi is the subject of the reported clause, not a speaker);
 *  3. the main clause's subject of the last sentence with one ("Capaldi is best known for his role as …");
 *  4. the first person named in the last sentence that names anyone.
 * Only people count, never names inside quotations or titles, nor anyone whose gender, as shown by an earlier
 * "he"/"she", does not fit. For "he said" before the marks, only what precedes the pronoun is looked at.
 */
function resolvePronoun(
  quote: FoundQuote,
  items: Credited[],
  people: BlockMention[],
  genderOf: (name: string) => Gender | undefined,
  pronoun: string | null,
  body: string,
): string | null {
  const limit = quote.speakerAt ?? quote.open;
  const fits = (name: string) => {
    const gender = pronoun === null ? undefined : genderOf(name);
    return gender === undefined || gender === pronoun;
  };
  const before = people.filter((mention) => mention.end <= limit && fits(mention.name));
  const inBlock = mainSubject(
    before.filter((mention) => mention.subject && mention.block === quote.block),
    body,
  );
  // "Clearly, Energy Control believed that …, Caudevilla said. “…,” he added.": the one that sentence says spoke.
  const sayerThere =
    inBlock &&
    before.findLast(
      (mention) =>
        mention.sayer &&
        mention.block === quote.block &&
        mention.start >= inBlock.start &&
        sentencesBetween(body, inBlock.start, mention.start) === 0,
    );
  if (sayerThere) return sayerThere.name;
  if (inBlock) return inBlock.name;
  // "We met Dan Moss, a father who knew. “…,” he said.": the one person the quotation's paragraph names, where no
  // one in it is a subject, and no quotation of it has spoken.
  const ofParagraph = before.filter((mention) => mention.block === quote.block);
  const spokeHere = items.some((item) => item.quote.block === quote.block && item.name);
  const earlierSayer = before.some((mention) => mention.sayer && mention.block >= quote.block - 2 && mention.block < quote.block);
  const earlierQuoted = items.some((item) => item.name && item.person && item.quote.block >= quote.block - 2);
  if (
    !spokeHere &&
    !earlierSayer &&
    !earlierQuoted &&
    ofParagraph.length > 0 &&
    ofParagraph.every((mention) => mention.name === ofParagraph[0].name)
  )
    return ofParagraph[0].name;
  const gendered = pronoun === 'he' || pronoun === 'she' ? genderedReferent(quote, limit, people, genderOf, pronoun, body) : undefined;
  if (gendered) return gendered;
  const sayer = before.filter((mention) => mention.sayer && mention.block >= quote.block - 2).at(-1);
  const quoted = [...items]
    .reverse()
    .find(
      (item) =>
        item.person &&
        item.name &&
        fits(item.name) &&
        !item.quote.nested &&
        item.quote.open < quote.open &&
        item.quote.block >= quote.block - 2,
    );
  // A paragraph since the last one who spoke whose first subject is a person has a newer topic ("Tommy — who …
  // — retired … ¶ “…,” he wrote") — unless a sentence of it opens on "He" or "She" before that person, going
  // on about the one before ("He raised it … as NASA envisioned"); the speaker's own paragraph has none.
  const spoke = Math.max(sayer?.block ?? -1, quoted?.quote.block ?? -1);
  const since = spoke >= 0 ? before.filter((mention) => mention.subject && mention.block > spoke) : [];
  const topic = since.find((mention) => mention.block === since.at(-1)?.block);
  if (topic && !pronounOpensBefore(body, topic)) return topic.name;
  if (sayer && (!quoted || sayer.start > quoted.quote.open)) return sayer.name;
  if (quoted) return quoted.name;
  // Else the first person named in the last sentence that names anyone (a sentence's topic is named first).
  const subject = mainSubject(
    before.filter((mention) => mention.subject),
    body,
  );
  return subject?.name ?? mainSubject(before, body)?.name ?? null;
}

/** A sentence of the mention's paragraph opens on "He" or "She" before the mention. */
function pronounOpensBefore(body: string, mention: BlockMention): boolean {
  const paragraphStart = paragraphStartOf(body, mention.start);
  return /(?:^|[.!?]["”’)]?\s+)(?:He|She)\b/.test(body.slice(paragraphStart, mention.start));
}

/**
 * The subject of the main clause of the last sentence that has subjects: its first. "Figgins declined to address
 * whether Thomas slept on the night Epstein died. “…,” he said" — he is Figgins, not Epstein.
 */
function mainSubject(subjects: BlockMention[], body: string): BlockMention | undefined {
  let pick = subjects.at(-1);
  for (let k = subjects.length - 2; pick && k >= 0; k--) {
    if (sentencesBetween(body, subjects[k].end, pick.start) > 0) break;
    pick = subjects[k];
  }
  return pick;
}

/** Where the paragraph holding body[offset] starts (paragraphs are lines of the body). */
const paragraphStartOf = (body: string, offset: number) => body.lastIndexOf('\n', offset) + 1;
/** Where the paragraph holding `offset` ends (its line break, or the body's end). */
const paragraphEndOf = (body: string, offset: number) => {
  const end = body.indexOf('\n', offset);
  return end < 0 ? body.length : end;
};
/** Where the paragraph before the one holding `offset` starts (blank lines between are skipped). */
const previousParagraphStartOf = (body: string, offset: number) => {
  let end = paragraphStartOf(body, offset) - 1;
  while (end > 0 && body[end] === '\n') end--;
  return paragraphStartOf(body, Math.max(0, end));
};
/** Where the paragraph after the one holding `offset` ends. */
const nextParagraphEndOf = (body: string, offset: number) => paragraphEndOf(body, Math.min(body.length, paragraphEndOf(body, offset) + 2));

/** How many sentence ends body[from, to) holds. */
function sentencesBetween(body: string, from: number, to: number): number {
  return body.slice(from, to).match(/[.!?]["”’)]?\s/g)?.length ?? 0;
}

/** Nothing but space (and block-quote markers) between the end of one quotation's sentence and the next. */
function continues(body: string, previous: FoundQuote, next: FoundQuote): boolean {
  if (next.block - previous.block > 1 || previous.sentenceEnd > next.open) return false;
  return /^[\s>]*$/.test(body.slice(previous.sentenceEnd, next.open));
}

/**
 * Between a credited quotation and the next only a lead-in that names no one hands over with a colon (“…,” she
 * said. ¶ That process led to a realization: “…”): the speaker goes on.
 */
function leadInBetween(context: ArticleContext, previous: FoundQuote, next: FoundQuote): boolean {
  if (next.block - previous.block > 1 || previous.sentenceEnd > next.open) return false;
  const leadIn = context.article.body.slice(previous.sentenceEnd, next.open);
  if (!/^[\s>]*[^.!?“”"\n]{1,120}:\s*$/.test(leadIn)) return false;
  // "The studio sent a note:" hands over to the studio's words.
  const words = leadIn.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  if (words.some((word) => isSpeakingHead(word) || TEXT_NOUNS.has(word))) return false;
  return !context.mentions.some((mention) => mention.start >= previous.sentenceEnd && mention.end <= next.open);
}

/** `next` stands in the sentence right after the one `previous` ends in, in the same paragraph. */
function nextSentence(body: string, previous: FoundQuote, next: FoundQuote): boolean {
  return (
    next.block === previous.block &&
    previous.sentenceEnd <= next.sentenceStart &&
    /^\s*$/.test(body.slice(previous.sentenceEnd, next.sentenceStart))
  );
}

/**
 * Someone other than `previous`'s speaker who could have said it is named between its quotation and `quote`: a
 * person, a body, or a name that says something ("many Marines" is neither).
 */
function namedBetween(context: ArticleContext, previous: Credited, quote: FoundQuote): boolean {
  return context.mentions.some(
    (mention) =>
      mention.start >= previous.quote.end &&
      mention.end <= quote.open &&
      !mention.attributive &&
      mention.name !== previous.name &&
      !quantified(context.article.body, mention.start) &&
      (context.people.isPerson(mention) || mention.body || mention.sayer || mention.titled),
  );
}

/** A name after a quantifier (GROUP_QUANTIFIERS) is a group of people, not one who speaks. */
const QUANTIFIER_BEFORE = new RegExp(`(?:${alternation(GROUP_QUANTIFIERS)})\\s+$`, 'i');
const quantified = (body: string, at: number): boolean => {
  const from = Math.max(0, at - 20);
  const found = QUANTIFIER_BEFORE.exec(body.slice(from, at));
  return found !== null && !/[\p{L}\p{N}]/u.test(body[from + found.index - 1] ?? '');
};

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
