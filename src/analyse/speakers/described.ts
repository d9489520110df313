// Speakers given by a description rather than a name: "the president", "a spokesman for the company", "the
// airline", "the statement" — whom or what the description stands for, where the text says. (A trade, a
// nationality or an age: epithets.ts.)

import { escapeRegExp } from '../../chars.js';
import {
  COURTESY_TITLES,
  POST_MODIFIER_STARTS,
  isRoleWord,
  roleHead,
  ROLE_NOUNS,
  alternation,
  SPOKESPERSON_NOUNS,
  SAYING_VERBS,
  BODY_HEADS,
  TEXT_NOUNS,
  EPITHETS,
  OF_CHILDREN_COUNT,
  ORGANISATION_NOUNS,
  FEMALE_NOUNS,
  MALE_NOUNS,
  PUBLISHING_VERBS,
  GROUP_QUANTIFIERS,
  UNNAMED_SOURCE_NOUNS,
  COMPANY_NOUNS,
  PRESIDING_ROLES,
  COMPANY_SUFFIXES,
  COMPANY_NAME_HEADS,
  NAME_ENDING_ORGANISATION_NOUNS,
} from '../../lexicon.js';
import { type ArticleContext, type Credited, type Credit, NO_CREDIT, type BlockMention } from './context.js';
import type { FoundQuote } from '../quotes/extract.js';
import { nounPhraseBefore } from './noun-phrase-before.js';
import { describedSayer } from './sentence-subject.js';
import { phraseText, tokenize, type RawSpeaker } from './tokens.js';
import { paragraphStartOf } from './paragraphs.js';
import { nameKey } from './names.js';
import { isGivenName } from './gender.js';
import { courtesyName, lastNamedBefore } from './people.js';
import { textBefore, roleHolder } from './roles.js';
import { epithetReferent, subjectJustBefore, firstPersonJustBefore, referentOfThe } from './epithets.js';
import { AFTER_PREPOSITION } from './sayers-before.js';

/** "some fans flooded his comments": the last group a quantifier brings in, in the singular ("fan"). */
const GROUP_BROUGHT_IN = new RegExp(`\\b(?:${alternation(GROUP_QUANTIFIERS)})\\s+(?:[\\p{Ll}-]+\\s+)?([\\p{Ll}-]+s)\\b`, 'giu');

/** "Runners flooded social media …": people of one kind as the subject opening a sentence. */
const PLURAL_SUBJECT = /(?:^|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+s)\s+(?:have\s+|had\s+)?\p{Ll}+ed\b/gu;

function groupBefore(text: string): string | undefined {
  const plural = [...text.matchAll(GROUP_BROUGHT_IN)].at(-1)?.[1];
  if (plural) return roleHead(plural);
  const subject = [...text.matchAll(PLURAL_SUBJECT)].at(-1)?.[1]?.toLowerCase();
  return subject && isRoleWord(roleHead(subject)) ? roleHead(subject) : undefined;
}

const TEXTS = `(?:${[...TEXT_NOUNS, 'text'].map((noun) => `${noun}s`).join('|')})`;
const NAME_RUN = String.raw`((?:\p{Lu}[\p{L}’'.-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)`;
/** "Whyte had sent Brissett dozens of threatening WhatsApp messages", "40 messages Mr. Whyte sent to her". */
const TEXTS_SENT = new RegExp(
  String.raw`${NAME_RUN}\s+(?:had\s+)?(?:sent|wrote|posted)\b[^.!?“”"]{0,60}?\b${TEXTS}\b|\b${TEXTS}\s+(?:that\s+|which\s+)?${NAME_RUN}\s+(?:had\s+)?(?:sent|wrote|posted)\b`,
  'gu',
);

/** "Mr. Whyte" → "Whyte": a name as its speaker is shown, courtesy titles dropped. */
function withoutCourtesyTitles(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && COURTESY_TITLES.has(words[0].toLowerCase())) words.shift();
  return words.join(' ');
}

/**
 * "Prosecutors presented 40 messages Mr. Whyte sent to her. “…,” one read.": the one who sent the texts "one"
 * of which speaks, named in the paragraph before the quotation (titles dropped).
 */
function senderOfTextsBefore(text: string): string | undefined {
  const match = [...text.matchAll(TEXTS_SENT)].at(-1);
  const name = match?.[1] ?? match?.[2];
  return name && withoutCourtesyTitles(name);
}

/** "One user posted: “…” Another said: “…”", "“…,” one read": one of a group or of someone's texts the text brought in. */
function oneOfMany(context: ArticleContext, quote: FoundQuote, head: 'one' | 'another', items: Credited[], reason: string): Credit {
  const paragraph = context.article.body.slice(paragraphStartOf(context.article.body, quote.open), quote.open);
  if (head === 'another') {
    // ("“…,” one read. ¶ Another read: “…”": one more of the texts the same sender sent.)
    const sent = items.findLast((item) => item.reason === `resolved from 'one'` && item.person && item.quote.block >= quote.block - 1);
    if (sent?.name) return { name: sent.name, person: true, reason };
    // "One user on Weibo posted: “…” Another said: “…”": one more of the kind the last such speaker was.
    const earlier = [...items].reverse().find((item) => item.name && /^(?:one|a|an|another)\s/i.test(item.name));
    return earlier?.name ? { name: `another ${earlier.name.split(' ').at(-1)}`, person: false, reason } : NO_CREDIT;
  }
  const sender = senderOfTextsBefore(paragraph);
  if (sender) return { name: sender, person: true, reason };
  const group = groupBefore(paragraph);
  return group ? { name: `one ${group}`, person: false, reason } : NO_CREDIT;
}

/** "the official", "the president", "the statement": someone named before where the text ties them, else the description. */
export function fromDescription(
  context: ArticleContext,
  quote: FoundQuote,
  raw: Extract<RawSpeaker, { kind: 'description' }>,
  items: Credited[],
): Credit {
  const text = phraseText(raw.words);
  const reason = `resolved from '${text}'`;
  if (raw.words.length === 1 && (raw.head === 'another' || raw.head === 'one')) return oneOfMany(context, quote, raw.head, items, reason);
  if (/^(?:the|this|that)$/i.test(raw.words[0])) {
    const same = sameDescriptionBefore(context, quote, raw, items);
    if (same) return { ...same, reason };
  }
  // ("the PM": an office written short, spelled out before a name or written so before one.)
  const acronym = raw.words.length === 2 && /^the$/i.test(raw.words[0]) && /^\p{Lu}{2,5}$/u.test(raw.words[1]);
  const short = acronym ? referentOfThe(context, quote, raw.words) : undefined;
  if (short) return { name: short, person: true, reason };
  // "the president said": the person the text gives that role, by title or apposition, before.
  if (/^the$/i.test(raw.words[0]) && raw.words.length <= 3 && !TEXT_NOUNS.has(raw.head)) {
    const modifiers = raw.words.slice(1, -1).map((word) => word.toLowerCase());
    const holder = roleHolder(textBefore(context, quote.open), raw.head, modifiers);
    if (holder) {
      context.count(holder, false);
      return { name: holder, person: true, reason };
    }
    // "A spokesperson for the council said … “…,” the spokesperson said": the one the text introduced so.
    const introduced = introducedBefore(context, quote, raw.head);
    if (introduced) {
      context.count(introduced.name, true);
      return { name: introduced.name, person: false, reason };
    }
    // (Not a spokesperson, who is brought in as such, nor "the man", "the mother": one described, not an office.)
    const sexed = FEMALE_NOUNS.has(raw.head) || MALE_NOUNS.has(raw.head);
    const subjectRole = isRoleWord(raw.head) && !sexed && !BODY_HEADS.has(raw.head) && !SPOKESPERSON_NOUNS.includes(raw.head);
    const subject = subjectRole ? subjectJustBefore(context, quote, raw.head) : undefined;
    if (subject) return { name: subject, person: true, reason };
  }
  const described = longDescriptionReferent(context, quote, raw);
  if (described) return { name: described, person: true, reason };
  // "the statement said": whoever the text has issuing it, a person or body just before.
  if (TEXT_NOUNS.has(raw.head) && /^(?:the|this|that|its|his|her|their)$/i.test(raw.words[0])) {
    const named = fromWhomInSentence(context.article.body, quote, raw.head);
    if (named) return { name: named, person: false, reason };
    const writer = writerOf(context.article.body, quote, raw.head, context.mentions, context.inQuote);
    // ("In his resignation letter, Mr Chanda maintained": the title says which of the story's Chandas.)
    const titled = writer?.courtesy
      ? courtesyName(context.people, writer.words, writer.courtesy, lastNamedBefore(context.mentions, quote.open))
      : undefined;
    if (writer) return { name: titled ?? writer.name, person: !writer.body, reason };
    const described = describedWriter(context.article.body, quote, raw.head);
    // ("In a statement, the company said … “…,” the statement said": the company named before, where the text names it.)
    const organisation =
      described && /^the\s+\p{Ll}+$/iu.test(described) && ORGANISATION_NOUNS.has(described.slice(4))
        ? organisationBefore(context, quote, described.slice(4))
        : undefined;
    if (organisation) return { name: organisation, person: false, reason };
    if (described) {
      context.count(described, true);
      return { name: described, person: false, reason };
    }
    // "…,” the statement continued: the statement the article has already credited, further up.
    const earlier = [...items].reverse().find((item) => item.name && item.reason === reason);
    if (earlier) return { name: earlier.name, person: earlier.person, reason };
  }
  // "the actress says", "the American Horror Story actress wrote": features name their subject once, then by trade.
  // ("The mum-of-two said:": one named before, by her children.)
  // ("the grandmother of five said": the same written with spaces.)
  const parent = OF_CHILDREN_COUNT.test(raw.words.slice(-3).join('-').toLowerCase());
  const trade = parent ? roleHead(raw.head) : EPITHETS.has(raw.head) ? raw.head : undefined;
  const epithet = /^the$/i.test(raw.words[0]) && trade ? epithetReferent(context, quote, trade) : undefined;
  if (epithet) return { name: epithet, person: true, reason };
  const named = organisationNamedFor(context, quote, raw);
  if (named) return { name: named, person: false, reason };
  const presiding = presidingNamedElsewhere(context, quote, raw);
  if (presiding) return { name: presiding, person: true, reason };
  context.count(text, true);
  return { name: text, person: false, reason: null };
}

/**
 * "Rhian Pryce-Davies, 38, created the design … ¶ The former Penglais School pupil, who moved to Riga in 2015, said":
 * a definite description longer than an office's ("the" and a role with more than one word before it) brings back
 * the person the sentence before is about, or the one the article opens on, where no one else is named since.
 */
function longDescriptionReferent(
  context: ArticleContext,
  quote: FoundQuote,
  raw: Extract<RawSpeaker, { kind: 'description' }>,
): string | undefined {
  if (!/^the$/i.test(raw.words[0]) || raw.words.length <= 3 || raw.words.length > 6) return undefined;
  const sexed = FEMALE_NOUNS.has(raw.head) || MALE_NOUNS.has(raw.head);
  if (!isRoleWord(raw.head) || sexed || BODY_HEADS.has(raw.head) || SPOKESPERSON_NOUNS.includes(raw.head)) return undefined;
  // (Looked for from where the description opens its sentence: the names inside it are not someone else.)
  const body = context.article.body;
  const at = body.indexOf(raw.words.join(' '), quote.sentenceStart);
  if (at < 0 || at >= quote.open) return undefined;
  const from = { ...quote, speakerAt: at };
  return subjectJustBefore(context, from, raw.head) ?? firstPersonJustBefore(context, from);
}

/**
 * "… in what a judge described as “…”" in the lead, "Judge Helen Marsh said" further down: the one who presides over
 * the case, brought in as "a judge" and named once in the article, before or after the quotation. Null where the
 * article names two.
 */
function presidingNamedElsewhere(
  context: ArticleContext,
  quote: FoundQuote,
  raw: Extract<RawSpeaker, { kind: 'description' }>,
): string | undefined {
  // ("An Australian veterinarian who helped … says she “burst into tears”" in the lead, "Dr Hannah Broadbent, senior
  // veterinarian at …" below: a lead brings in the person it names next by their trade.)
  const lead = quote.block === 0 && isRoleWord(raw.head) && !SPOKESPERSON_NOUNS.includes(raw.head);
  if (!/^(?:a|an)$/i.test(raw.words[0]) || raw.words.length > 3 || !(PRESIDING_ROLES.has(raw.head) || lead)) return undefined;
  const body = context.article.body;
  const holders = new Set([...holdersIn(body.slice(0, quote.open), raw.head), ...holdersIn(body.slice(quote.after), raw.head)]);
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** How many holders of a role to look for in a text before giving up on it being one. */
const HOLDERS_REACH = 3;

/** Everyone the text gives the role (up to a few), latest first. */
function holdersIn(text: string, head: string): string[] {
  const holders: string[] = [];
  for (let rest = text, holder = roleHolder(rest, head); holder && holders.length < HOLDERS_REACH; holder = roleHolder(rest, head)) {
    holders.push(holder);
    const at = rest.lastIndexOf(holder.split(' ')[0]);
    if (at < 0) break;
    rest = rest.slice(0, at);
  }
  return holders;
}

/**
 * The organisation named before that a description of one stands for: "the tech giant", "the budget airline" (one
 * modifier may come with it), "a club statement" (a text the organisation's noun says whose it is).
 */
function organisationNamedFor(
  context: ArticleContext,
  quote: FoundQuote,
  raw: Extract<RawSpeaker, { kind: 'description' }>,
): string | undefined {
  const organisationText =
    raw.words.length === 3 &&
    /^(?:a|an|the)$/i.test(raw.words[0]) &&
    TEXT_NOUNS.has(raw.head) &&
    ORGANISATION_NOUNS.has(raw.words[1].toLowerCase());
  const organisation = organisationText || (raw.words.length <= 3 && /^the$/i.test(raw.words[0]) && ORGANISATION_NOUNS.has(raw.head));
  if (!organisation) return undefined;
  // ("the Russian ministry": its other words must fit the name, as "the French Foreign Ministry" does not.)
  const modifiers = organisationText ? [] : raw.words.slice(1, -1).map((word) => word.toLowerCase());
  return organisationBefore(context, quote, organisationText ? raw.words[1].toLowerCase() : raw.head, modifiers);
}

/**
 * "the official said": the last speaker this article described with the same head noun, else the one body it
 * named with that head (latest first, in the paragraph or the two before).
 */
function sameDescriptionBefore(
  context: ArticleContext,
  quote: FoundQuote,
  raw: Extract<RawSpeaker, { kind: 'description' }>,
  items: Credited[],
): Omit<Credit, 'reason'> | undefined {
  const text = raw.words.join(' ');
  // Its other words must fit too: "the French foreign ministry" is not "Russia's foreign ministry".
  const modifiers = raw.words.slice(1, -1).map((word) => word.toLowerCase());
  // ("A source close to the couple told StarWire … “…,” the insider said": in one paragraph, nouns for an unnamed
  // source stand for one another.)
  const sameHead = (head: string | undefined, block: number) =>
    head === raw.head ||
    (block === quote.block && head !== undefined && UNNAMED_SOURCE_NOUNS.has(head) && UNNAMED_SOURCE_NOUNS.has(raw.head));
  const fits = (name: string, block = -1) => {
    const words = nameKey(name).split(' ');
    return sameHead(descriptionHead(words), block) && modifiers.every((word) => words.includes(word));
  };
  const earlier = [...items].reverse().find((item) => item.name && fits(item.name, item.quote.block));
  // ("“…,” said one EU diplomat. ¶ A second diplomat was more cautious. “…,” the diplomat said.")
  const introduced = introducedBefore(context, quote, raw.head);
  if (introduced && earlier && earlier.quote.open < introduced.at) {
    context.count(introduced.name, true);
    return { name: introduced.name, person: false };
  }
  if (earlier) {
    context.descriptions.set(text, earlier.name!);
    return { name: earlier.name, person: false };
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
  if (!named) return undefined;
  context.count(named.name, true);
  return { name: named.name, person: false };
}

/** The head of a description's words: "a spokesperson for the council" → "spokesperson", "the ministry" → "ministry". */
function descriptionHead(words: string[]): string | undefined {
  const modifier = words.findIndex((word, i) => i > 0 && POST_MODIFIER_STARTS.has(word));
  return modifier > 0 ? words[modifier - 1] : words.at(-1);
}

/** ", a spokesperson said." ending a sentence: the indefinite description (group 1) and its head (group 2). */
const TRAILING_INDEFINITE_SAYER = new RegExp(
  `,\\s+((?:a|an|another|one)\\s+(?:[\\p{L}-]+\\s+){0,3}?([\\p{L}-]+))\\s+(?:${alternation(SAYING_VERBS)})\\b[^,]*$`,
  'u',
);

/**
 * "A spokesperson for Harrowfield District Council said … ¶ “…,” the spokesperson said", "A second diplomat was
 * more cautious. “…,” the diplomat said": the latest sentence in the quotation's paragraph or the two before that
 * opens on an indefinite description with the same head — as the speaking subject's whole description where it is
 * one, else up to its head — and where it starts.
 */
function introducedBefore(context: ArticleContext, quote: FoundQuote, head: string): { name: string; at: number } | undefined {
  const at = quote.speakerAt ?? quote.open;
  const sentences = context.article.sentences.filter((sentence) => sentence.block >= quote.block - 2 && sentence.start < at);
  const opening = new RegExp(`^(?:A|An|Another|One)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escapeRegExp(head)}\\b`, 'u');
  for (const sentence of sentences.reverse()) {
    const text = context.article.body.slice(sentence.start, Math.min(sentence.end, at));
    const found = describedSayer(text);
    if (found && /^(?:a|an|one|another)$/i.test(found.words[0]) && roleHead(found.head) === roleHead(head))
      return { name: found.words.join(' '), at: sentence.start };
    const plain = opening.exec(text);
    if (plain) return { name: plain[0], at: sentence.start };
    // ("The museum is not subject to those restrictions, a spokesperson said.": brought in after the clause too.)
    const after = TRAILING_INDEFINITE_SAYER.exec(text);
    if (after && after[2] === head) return { name: after[1], at: sentence.start };
  }
  return undefined;
}

/**
 * "Ryanair has cancelled 400 flights. ¶ “…,” the airline said": the latest name that may be a body and was the
 * subject of a clause, in the quotation's paragraph or the two before (people passed over: "chief executive
 * Georges Elhedery told analysts … the bank said" is still HSBC's).
 */
function organisationBefore(context: ArticleContext, quote: FoundQuote, noun: string, modifiers: string[] = []): string | undefined {
  const fits = (mention: BlockMention) => modifiers.every((word) => mention.words.some((part) => part.toLowerCase() === word));
  const acting = context.mentions.filter(
    (mention) => mention.block >= quote.block - 2 && organisationActing(context, quote, mention) && fits(mention),
  );
  // ("The Ghana Football Federation (GFF) has terminated … after the Black Stars crashed … the federation said": the
  // one whose name the noun heads, where one does.)
  const headed = acting.findLast((mention) => mention.words.at(-1)?.toLowerCase() === noun);
  // ("Swift accused the label of blocking the show. ¶ The company … denied": a single name, maybe a person's, that
  // acts on an organisation the text calls by another noun is not it.)
  const body = context.article.body;
  const actsOnAnother = (mention: BlockMention) => {
    const object = ORGANISATION_OBJECT.exec(body.slice(mention.end, mention.end + 120))?.[1].toLowerCase();
    return mention.words.length === 1 && !mention.body && object !== undefined && object !== noun;
  };
  if (NAME_ENDING_ORGANISATION_NOUNS.has(noun)) return headed?.name;
  return (headed ?? acting.filter((mention) => !actsOnAnother(mention)).at(-1))?.name ?? legalFormBody(context, quote, noun);
}

/**
 * "The plant, operated by Cordillera Hydro Power Corp, shut down, the company said": where no body acts, the one
 * company the paragraph or the two before name by its legal form ("Corp", "Ltd", "Inc") or by what it does
 * ("a mine owned by Meridian Basin Resources").
 */
function legalFormBody(context: ArticleContext, quote: FoundQuote, noun: string): string | undefined {
  if (!COMPANY_NOUNS.has(noun)) return undefined;
  const at = quote.speakerAt ?? quote.open;
  const names = new Set(
    context.mentions
      .filter(
        (mention) =>
          mention.block >= quote.block - 2 &&
          mention.end <= at &&
          mention.words.length > 1 &&
          (COMPANY_SUFFIXES.has(mention.words.at(-1)!.toLowerCase()) || COMPANY_NAME_HEADS.has(mention.words.at(-1)!.toLowerCase())) &&
          !context.inQuote(mention.start),
      )
      .map((mention) => mention.name),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

/** An organisation's noun after "the", further on in the same sentence. */
const ORGANISATION_OBJECT = new RegExp(`^[^.!?;“”"]*?\\bthe\\s+(${alternation(ORGANISATION_NOUNS)})\\b`, 'iu');

/** A name before the quotation that may be a body's, as the subject or sayer of a clause outside quotation marks. */
function organisationActing(context: ArticleContext, quote: FoundQuote, mention: BlockMention): boolean {
  const body = context.article.body;
  return (
    mention.end <= (quote.speakerAt ?? quote.open) &&
    (mention.subject || mention.sayer || /^\s+(?:said|says|announced|reported)\b/.test(body.slice(mention.end, mention.end + 12))) &&
    !context.inQuote(mention.start) &&
    // ("Transport Malta said …": a full name that speaks reads as a person's unless it opens on no given name, or
    // runs to three words or ends on an acronym, as few people's do: "Coral Horizon Cruises", "Horizon TV".)
    // ("Meridian Basin has operated the mine": the first words of a body's name the article gives are that body.)
    (!context.people.isPerson(mention) ||
      shortForBody(context, mention) ||
      (mention.words.length > 1 &&
        !mention.titled &&
        !mention.personal &&
        (!isGivenName(mention.words[0]) || mention.words.length > 2 || /^\p{Lu}{2,}$/u.test(mention.words.at(-1)!)))) &&
    // ("Southern Cross Resources, listed in Sydney, said": a name opening on a place word that says something.)
    (context.people.mayBeBody(mention) || (mention.sayer && mention.words.length > 1 && !mention.titled && !mention.personal)) &&
    // ("Fans had turned on the boss": a word for people opening the sentence, not a body's name.)
    !(mention.words.length === 1 && ROLE_NOUNS.has(roleHead(mention.words[0].toLowerCase()))) &&
    !AFTER_PREPOSITION.test(body.slice(Math.max(0, mention.start - 12), mention.start))
  );
}

/** "Meridian Basin" after "Meridian Basin Resources": a name that opens a longer body's name the article gives. */
function shortForBody(context: ArticleContext, mention: BlockMention): boolean {
  return context.mentions.some(
    (body) => body.body && body.words.length > mention.words.length && mention.words.every((word, index) => body.words[index] === word),
  );
}

/** An aside opened by "who" or "which" that has not closed before the text after it, and one from its start to its close. */
const RELATIVE_ASIDE_OPEN = /,\s+(?:who|which|whose)\b[^,.!?;“”"]*$/u;
const RELATIVE_ASIDE = /^,\s+(?:who|which|whose)\b[^.!?;“”"]{1,200}?,(?=\s)/u;
/** An aside between dashes right after a name: " — known around town as “Chuck” since his trucking days —". */
const DASH_ASIDE = /^\s+[—–]\s[^—–.!?;]{1,200}?\s[—–](?=\s)/u;

/** A description that says something after a comma: ", his family said". */
const ANOTHER_SAYER = /^[^.!?“”"]*?,\s+(?:his|her|their|its|the|a|an)\s+[\p{Ll}\s-]{1,40}?\s(?:said|says|told)\b/u;

/**
 * The writer of "the statement" a quotation is credited to: the latest person or body named in its
 * paragraph or the two before whose own sentence has them issue it ("The ministry issued a statement on
 * Monday. “…,” the statement said"). Anyone else would be a guess.
 */
export function writerOf(
  body: string,
  quote: FoundQuote,
  head: string,
  mentions: BlockMention[],
  inQuote: (offset: number) => boolean,
): BlockMention | null {
  // ("Mr Asante-Mensah was released on Friday": a passive verb tells what happened to the one named, who issues nothing.)
  const issues = new RegExp(
    `^[^.!?“”"]{0,80}?(?<!\\b(?:was|were|been|being|be|is|are)\\s)\\b(?:${alternation(PUBLISHING_VERBS)}|${head}s?)\\b`,
    'iu',
  );
  // ("In his resignation letter, a copy of which was seen by the Sentinel, Mr Chanda maintained": his own text.)
  const inText = new RegExp(`\\b(?:in|through)\\s+(?:a|an|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?${head}\\b[^.!?“”"]*$`, 'iu');
  let found: BlockMention | null = null;
  for (const mention of mentions) {
    if (mention.end > quote.open) break;
    if (mention.block < quote.block - 2 || mention.attributive || inQuote(mention.start)) continue;
    // "a crash in Kandahar, the army said in a statement": a place named after a preposition issues nothing.
    if (AFTER_PREPOSITION.test(body.slice(Math.max(0, mention.start - 12), mention.start))) continue;
    // ("Castlemere Bank (Cyprus) said in a statement": a name in parentheses is an aside to the name before it.)
    if (body[mention.start - 1] === '(') continue;
    // ("Ethan's family issued a statement": the family issues it, not its owner.)
    if (/^[’']s?\s+\p{Ll}/u.test(body.slice(mention.end, mention.end + 4))) continue;
    // ("Mr Obiora-Hart, who made his fortune in … the United States, was not present but issued a statement": a name
    // inside a relative clause issues nothing, and the clause after its subject is read past.)
    if (RELATIVE_ASIDE_OPEN.test(body.slice(Math.max(0, mention.start - 120), mention.start))) continue;
    // ("Tom had gone to the post office, his family said in a statement": another subject says it.)
    // ("Charles Whitman — known around town as “Chuck” … — thanked voters in a statement": past an aside in dashes.)
    const after = body
      .slice(mention.end, mention.end + 300)
      .replace(RELATIVE_ASIDE, '')
      .replace(DASH_ASIDE, '')
      .slice(0, 100);
    if (issues.test(after) && !ANOTHER_SAYER.test(after)) found = mention;
    // ("In a statement on Tuesday, Meridian Trust Bank said": the text before its writer in the sentence.)
    else if (inText.test(body.slice(Math.max(0, mention.start - 80), mention.start)) && mention.subject) found = mention;
  }
  return found;
}

/**
 * The name "a statement from …" gives; after an office, the name in apposition to it ("a statement signed by its
 * Chief Executive Officer, Mr Chidi Okonkwo-Hart"), else none.
 */
function fromWhomName(body: string, offset: number, match: RegExpExecArray | RegExpMatchArray): string | null {
  const name = match[1];
  if (!isRoleWord(name.split(/\s+/).at(-1)?.toLowerCase() ?? '')) return name;
  const after = body.slice(offset + (match.index ?? 0) + match[0].length);
  const apposed = /^,\s+((?:\p{Lu}[\p{L}’'.-]*[ ]+){0,4}\p{Lu}[\p{L}’'-]*)/u.exec(after)?.[1];
  return apposed ? withoutCourtesyTitles(apposed) : null;
}

/**
 * "In a statement issued on Wednesday, the union said", "In a statement released through police, Mr Fairbairn's family
 * said", "In a message posted alongside the data, the group mocked": the description after the text opening its sentence.
 */
function textOpeningDescription(head: string): RegExp {
  return new RegExp(
    `\\b[Ii]n\\s+(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${head}\\b[^.!?“”",]*,\\s+((?:the|its|his|her|their|(?:\\p{Lu}[\\p{L}.]*\\s+)?\\p{Lu}[\\p{L}-]*[’']s)\\s+[\\p{Ll}\\s-]{1,40}?)\\s+(?:${alternation(SAYING_VERBS)}|\\p{Ll}{3,}ed)\\b`,
    'gu',
  );
}

/** "a statement from …", "the memo sent to all staff by …": the name of whom a text is from (group 1). */
function fromWhomPattern(head: string): RegExp {
  return new RegExp(
    `\\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\\s+${head}\\s+(?:from|by|(?:issued|released|sent|signed|written)(?:\\s+to\\s+[^.!?“”"]{1,40}?)?\\s+by)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?((?:\\p{Lu}[\\p{L}’'-]*[ ]+){0,5}\\p{Lu}[\\p{L}’'-]*)`,
    'gu',
  );
}

/** "The statement from Horizon TV said: “…”": whom the text is from, named in the quotation's own sentence. */
function fromWhomInSentence(body: string, quote: FoundQuote, head: string): string | null {
  const own = [...body.slice(quote.sentenceStart, quote.open).matchAll(fromWhomPattern(head))].at(-1);
  return own ? fromWhomName(body, quote.sentenceStart, own) : null;
}

/**
 * The writer of "the statement" given by a description in the paragraph before or the quotation's own:
 * "the US military said in a statement", "the company denied the allegations in a statement", "the ministry
 * issued a statement" — the description, as written; or who it is "from" by name ("a statement from the
 * Toronto District School Board").
 */
export function describedWriter(body: string, quote: FoundQuote, head: string): string | null {
  const from = Math.max(0, body.lastIndexOf('\n\n', body.lastIndexOf('\n\n', quote.open - 1) - 1), quote.open - 600);
  const issuing = new RegExp(
    `\\b(?:${alternation(SAYING_VERBS)})(?:\\s+[^\\s.!?“”"]+){0,6}?\\s+in\\s+(?:a|an|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${head}\\b|\\b(?:${alternation(PUBLISHING_VERBS)})\\s+(?:a|an|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${head}\\b`,
    'giu',
  );
  const text = body.slice(from, quote.open);
  // "according to a statement from the Toronto District School Board": the body or person it is from, by name
  // ("a memo sent to all staff by chief executive Dr Graham Lennox").
  const fromWhom = fromWhomPattern(head);
  // (Named in the lead, two paragraphs up: "… according to a statement from X. ¶ X said … ¶ “…,” the statement read.")
  const wider = Math.max(0, body.lastIndexOf('\n\n', from - 1), quote.open - 900);
  const named = [...body.slice(wider, quote.open).matchAll(fromWhom)].at(-1);
  const last = [...text.matchAll(issuing)].at(-1);
  if (named && (last === undefined || wider + (named.index ?? 0) > from + (last.index ?? 0))) return fromWhomName(body, wider, named);
  const opening = [...text.matchAll(textOpeningDescription(head))].at(-1);
  if (opening && (last === undefined || (opening.index ?? 0) > (last.index ?? 0))) return opening[1];
  if (last === undefined) return null;
  const sentence =
    text
      .slice(0, last.index)
      .split(/(?<=[.!?])\s+|\n/)
      .at(-1) ?? '';
  // ("Ethan's family issued a statement", "his family said in a statement": an owner determines the description as
  // "the" would; "Tom had gone home, his family said": the clause after the last comma first.)
  // ("A Quillwave spokesperson said in a statement": one who speaks for a body issues its text, however brought in;
  // "in an emailed statement", "issued a brief statement": a word or two may describe the text.)
  const determined = (raw: RawSpeaker | null) =>
    raw?.kind === 'description' &&
    (/^(?:the|his|her|their|its)$|[’']s$/i.test(raw.words[0]) || (/^an?$/i.test(raw.words[0]) && SPOKESPERSON_NOUNS.includes(raw.head)))
      ? raw.words.join(' ')
      : null;
  const tokens = tokenize(sentence);
  const clause = tokens.slice(tokens.lastIndexOf(',') + 1);
  return determined(nounPhraseBefore(clause, clause.length)) ?? determined(nounPhraseBefore(tokens, tokens.length));
}
