// Who a trade, an office, a nationality or an age given for a speaker stands for: "the Ohio Democrat", "the
// right-hander", "the Arsenal manager", "the 29-year-old" — a person the text named before.

import { escapeRegExp } from '../../chars.js';
import {
  TEAM_CAPTAINCIES,
  PROPER_EPITHETS,
  TITLES,
  isRoleWord,
  COURTESY_TITLES,
  ROLE_NOUNS,
  roleHead,
  EPITHETS,
  TITLE_RANKS,
  TITLE_DOMAINS,
} from '../../lexicon.js';
import { type ArticleContext, surnameKey, genderIn, type BlockMention } from './context.js';
import type { FoundQuote } from '../quotes/extract.js';
import { isGivenName, nounGender } from './gender.js';
import { paragraphStartOf, sentencesBetween } from './paragraphs.js';
import { mainSubject, pronounOnlyParagraphsBefore } from './pronouns.js';
import { someoneElseNamedBetween } from './named-between.js';
import { textBefore, roleHolder, titlePattern } from './roles.js';

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
  // ("President Bankole … President Mendes Farias … Bankole said … ¶ “…,” the President stated": of two holders, the
  // one the sentence just before has speak.)
  const recent = holder && modifiers.length === 0 ? lastSayerBefore(context, quote) : undefined;
  if (holder && recent && recent !== holder && titledWith(window, head, recent)) return recent;
  return holder ?? (capitalised ? epithetReferent(context, quote, head) : undefined);
}

/** The person who last spoke (a subject saying something) in the quotation's paragraph or the one before, with no one named since. */
function lastSayerBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
  const at = quote.speakerAt ?? quote.open;
  const before = context.personMentions.filter(
    (mention) => mention.end <= at && mention.block >= quote.block - 1 && !context.inQuote(mention.start),
  );
  const last = before.at(-1);
  return last?.sayer ? last.name : undefined;
}

/** The text writes `head` as a title before `name`, or before its surname ("President Olumide Bankole", "President Bankole"). */
function titledWith(text: string, head: string, name: string): boolean {
  const surname = escapeRegExp(name.split(' ').at(-1) ?? name);
  return new RegExp(`(?<![\\p{L}])${titlePattern(head)}\\s+(?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,2}${surname}(?![\\p{L}])`, 'u').test(text);
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
  // ("When Aisha Bello opened her letter, she … ¶ She had scored 318 … ¶ “…,” the 20-year-old told the ABN".)
  const back = pronounOnlyParagraphsBefore(context.article.body, at, before, quote.block, null);
  const pick = mainSubject(
    before.filter((mention) => mention.block === quote.block - 1 - back && (mention.subject || mention.sayer)),
    context.article.body,
  );
  if (!pick || pick.name !== before[0].name) return undefined;
  // (A place named with them is no one else: "Morven Ashcroft, 41, … in Tallinnvere, a town of 20,000".)
  const others = { sameBySurname: true, passAttributive: true, passQuoted: true, fullOrPerson: true };
  return someoneElseNamedBetween(context, pick, at, others) ? undefined : pick.name;
}

/**
 * "… as Patricia Doyle, seated barely three metres away, told a Milton courtroom what his fraud had cost her. ¶ “…,”
 * the 78-year-old said": where the quotation's paragraph names no one before it, the one person whom the last sentence
 * of the paragraph before has telling, when no one else is named since.
 */
export function sayerJustBefore(context: ArticleContext, quote: FoundQuote): string | undefined {
  if (quote.nested) return undefined;
  const at = quote.speakerAt ?? quote.open;
  const body = context.article.body;
  const before = context.personMentions.filter((mention) => mention.end <= at);
  if (before.length === 0 || before.some((mention) => mention.block === quote.block)) return undefined;
  const last = before.at(-1)!;
  const sayers = before.filter(
    (mention) => mention.block === quote.block - 1 && mention.sayer && sentencesBetween(body, mention.end, last.start) === 0,
  );
  const names = new Set(sayers.map((mention) => mention.name));
  if (names.size !== 1) return undefined;
  // (A place the teller is from is no one: "Sam Pritchard, a 400m runner from Coalville, said".)
  // (A place named with them is no one else: "Morven Ashcroft, 41, … in Tallinnvere, a town of 20,000".)
  const others = { sameBySurname: true, passAttributive: true, passQuoted: true, fullOrPerson: true };
  return someoneElseNamedBetween(context, sayers[0], at, others) ? undefined : sayers[0].name;
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
export function epithetReferent(context: ArticleContext, quote: FoundQuote, head: string): string | undefined {
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
