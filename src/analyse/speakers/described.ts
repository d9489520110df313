// Speakers given by a description rather than a name: "the Ohio Democrat", "a spokesman for the company", "the
// airline", "the statement" — whom or what the description stands for, where the text says.

import {
  POST_MODIFIER_STARTS,
  TEAM_CAPTAINCIES,
  PROPER_EPITHETS,
  TITLES,
  isRoleWord,
  COURTESY_TITLES,
  ROLE_NOUNS,
  roleHead,
  PLAIN_SPEAKING_VERBS,
  alternation,
  SPOKESPERSON_NOUNS,
  PLURAL_SUBJECT_OPENERS,
  PLURAL_GROUP_NOUNS,
  isBetweenWord,
  SAYING_VERBS,
  BODY_HEADS,
  TEXT_NOUNS,
  EPITHETS,
  ORGANISATION_NOUNS,
  FEMALE_NOUNS,
  MALE_NOUNS,
  TITLE_RANKS,
  TITLE_DOMAINS,
  PUBLISHING_VERBS,
} from '../../lexicon.js';
import { type ArticleContext, type Credited, type Credit, NO_CREDIT, surnameKey, genderIn, type BlockMention } from './context.js';
import type { FoundQuote } from '../quotes/extract.js';
import { nounPhraseBefore } from './noun-phrase-before.js';
import { describedSayer } from './sentence-subject.js';
import { tokenize, type RawSpeaker } from './tokens.js';
import { isGivenName, nounGender } from './gender.js';
import { nameKey } from './names.js';
import { previousParagraphStartOf, paragraphStartOf } from './paragraphs.js';
import { mainSubject } from './pronouns.js';
import { someoneElseNamedBetween } from './named-between.js';
import { textBefore, roleHolder } from './roles.js';

/**
 * Who "the <capitalised words>" of an attribution stands for: an epithet of one just named ("the Ohio Democrat",
 * "the Kenyan", "the Corkman"), or an office the text gives someone ("the Treasurer", "the Prime Minister", "the PM").
 */
export function referentOfThe(context: ArticleContext, quote: FoundQuote, words: string[]): string | null | undefined {
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
export function reportingPerson(context: ArticleContext, quote: FoundQuote, inner: string): string | undefined {
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
export function sayerInSentence(context: ArticleContext, quote: FoundQuote, pronoun: string): string | undefined {
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
export function spokespersonBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
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
export function pluralSubjectBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
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
export const AFTER_PREPOSITION = /\b(?:for|of|at|from|with|by|to|on|in|near|into)\s+(?:the\s+)?$/i;

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
export function speakingBodyBefore(context: ArticleContext, quote: FoundQuote, sayerOnly = false): string | null {
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
export function fromDescription(
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
    const same = sameDescriptionBefore(context, quote, raw, items);
    if (same) return { ...same, reason };
  }
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
  // ("the tech giant", "the budget airline": one modifier may come with it.)
  const organisation = raw.words.length <= 3 && /^the$/i.test(raw.words[0]) && ORGANISATION_NOUNS.has(raw.head);
  const named = organisation ? organisationBefore(context, quote) : undefined;
  if (named) return { name: named, person: false, reason };
  context.count(text, true);
  return { name: text, person: false, reason: null };
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
  const fits = (name: string) => {
    const words = nameKey(name).split(' ');
    return descriptionHead(words) === raw.head && modifiers.every((word) => words.includes(word));
  };
  const earlier = [...items].reverse().find((item) => item.name && fits(item.name));
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
  }
  return undefined;
}

/**
 * "Mikel Arteta praised his side. “…,” the Arsenal manager said", "Daicos deflected credit. “…,” the 22-year-old
 * said": the person who is the main subject of the last sentence with one in the quotation's paragraph, when no
 * other person is named between them and the quotation, the paragraph speaks of no one else by that noun ("After
 * meeting the president, Rishi Sunak said"), the text gives them no other office, and the noun does not say the
 * other sex. (Not in a paragraph before: "Mint was sacked. ¶ The 56-year-old [his successor] said".)
 */
export function subjectJustBefore(context: ArticleContext, quote: FoundQuote, head: string | null): string | undefined {
  if (quote.nested) return undefined;
  const at = quote.speakerAt ?? quote.open;
  const body = context.article.body;
  const paragraph = body.slice(paragraphStartOf(body, at), quote.open);
  if (head && new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i').test(paragraph)) return undefined;
  const before = context.personMentions.filter((mention) => mention.end <= at && mention.block === quote.block);
  const subjects = before.filter((mention) => mention.subject || mention.sayer);
  const pick = mainSubject(subjects, body);
  // (Anyone named since, though nothing else marks them a person: "Arteta praised Bukayo Saka." — not a name in
  // capitals: "told the ABC".)
  if (!pick || someoneElseNamedBetween(context, pick, at, { passCapitals: true, passQuoted: true })) return undefined;
  const sex = nounGender(head);
  if (sex && ![sex, undefined].includes(genderIn(context)(pick.name))) return undefined;
  const office = head ? officeTitleOf(body.slice(0, at), pick.name) : undefined;
  return office === undefined || office === head ? pick.name : undefined;
}

/**
 * "Limerick’s Conor Hegarty shot a 66 to win the Irish Open. ¶ “…,” the 29-year-old said": where the quotation's
 * paragraph names no one before it, the person the article named first, when they are the main subject of the
 * paragraph before and no one else is named since. (Not someone else: "Tom Reed will replace Carl Mint. ¶ Mint was
 * sacked. ¶ The 56-year-old said" stays as written.)
 */
export function firstPersonJustBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
  if (quote.nested) return undefined;
  const at = quote.speakerAt ?? quote.open;
  const before = context.personMentions.filter((mention) => mention.end <= at);
  if (before.length === 0 || before.some((mention) => mention.block === quote.block)) return undefined;
  const pick = mainSubject(
    before.filter((mention) => mention.block === quote.block - 1 && (mention.subject || mention.sayer)),
    context.article.body,
  );
  if (!pick || pick.name !== before[0].name) return undefined;
  const others = { sameBySurname: true, passAttributive: true, passQuoted: true };
  return someoneElseNamedBetween(context, pick, at, others) ? undefined : pick.name;
}

/** A word as a regular expression that matches it literally. */
const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
export function epithetSubjectBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
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
  const sex = nounGender(head);
  // "Manager Stephen Bradley … “…,” the goalkeeper said": one the text titles with another office is not meant
  // (a nation or party goes with any office: the manager may be "the Austrian").
  const before = context.article.body.slice(0, at);
  // (A bare surname has the office its full name was given: "coach Nasreddine Nabi … Nabi".)
  const namesOf = (name: string) =>
    name.includes(' ') ? [name] : [name, ...(context.people.fullNamesBySurname.get(surnameKey([name])) ?? [])];
  const office = (name: string) => PROPER_EPITHETS.has(head) || namesOf(name).every((full) => fitsTrade(officeTitleOf(before, full), head));
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

/** An office the text gives someone fits a trade when it is that trade, or a captaincy any player may hold ("Captain William Troost-Ekong … the defender"). */
const fitsTrade = (office: string | undefined, trade: string): boolean =>
  office === undefined || office === trade || TEAM_CAPTAINCIES.has(office);

/** The office a text writes before a person's name ("Manager Stephen Bradley" → "manager"); not a courtesy or a trade. */
function officeTitleOf(text: string, name: string): string | undefined {
  // (Or a trade in lower case: "catcher Will Smith" is not "the right-hander".)
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{L}[\\p{L}-]*\\.?)\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))) {
    const word = match[1].toLowerCase();
    // (A plural describes a group the name is one of: "founding members Ann Lowe and Tom Reed".)
    const known = /^\p{Lu}/u.test(match[1]) ? TITLES.has(word) : isRoleWord(word) && roleHead(word) === word;
    const office = known && !COURTESY_TITLES.has(word) && !EPITHETS.has(word) && !PROPER_EPITHETS.has(word);
    if (office && !TITLE_RANKS.has(word) && !TITLE_DOMAINS.has(word)) return word;
  }
  return undefined;
}
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
 * issued a statement" — the description, as written; or who it is "from" by name ("a statement from the
 * Toronto District School Board").
 */
export function describedWriter(body: string, quote: FoundQuote, head: string): string | null {
  const from = Math.max(0, body.lastIndexOf('\n\n', body.lastIndexOf('\n\n', quote.open - 1) - 1), quote.open - 600);
  const issuing = new RegExp(
    `\\b(?:${alternation(SAYING_VERBS)})(?:\\s+[^\\s.!?“”"]+){0,6}?\\s+in\\s+(?:a|an|its|their)\\s+${head}\\b|\\b(?:${alternation(PUBLISHING_VERBS)})\\s+(?:a|an|its|their)\\s+${head}\\b`,
    'giu',
  );
  const text = body.slice(from, quote.open);
  // "according to a statement from the Toronto District School Board": the body or person it is from, by name.
  const fromWhom = new RegExp(
    `\\b(?:a|an|the|its|their)\\s+${head}\\s+(?:from|by|issued\\s+by|released\\s+by)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}’'-]*[ ]+){0,5}\\p{Lu}[\\p{L}’'-]*)`,
    'gu',
  );
  // (Named in the lead, two paragraphs up: "… according to a statement from X. ¶ X said … ¶ “…,” the statement read.")
  const wider = Math.max(0, body.lastIndexOf('\n\n', from - 1), quote.open - 900);
  const named = [...body.slice(wider, quote.open).matchAll(fromWhom)].at(-1);
  const last = [...text.matchAll(issuing)].at(-1);
  if (named && (last === undefined || wider + (named.index ?? 0) > from + (last.index ?? 0))) return named[1];
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
