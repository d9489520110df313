// Whom "he", "she" or "they" stands for in an attribution, and when a quotation continues the one before.

import {
  FAMILY_NOUNS,
  MY_RELATIVE_SUBJECT,
  THEIR_RELATIVE_SUBJECT,
  UNNAMED_SPEAKER,
  ANONYMOUS_SOURCE_NOUNS,
  DESCRIBED_PERSON,
  DESCRIBED_SUBJECT,
  isSpeakingHead,
  TEXT_NOUNS,
  BODY_HEADS,
  alternation,
  GROUP_QUANTIFIERS,
  isRoleWord,
  POST_MODIFIER_STARTS,
} from '../../lexicon.js';
import { describedSayer } from './sentence-subject.js';
import type { ArticleContext, Credited, BlockMention } from './context.js';
import type { FoundQuote } from '../quotes/extract.js';
import { type Gender, isGivenName, nounGender } from './gender.js';
import { paragraphEndOf, sentencesBetween, paragraphStartOf, previousParagraphStartOf } from './paragraphs.js';

/** How far back "he said" may point to someone the text says it will not name. */
const UNNAMED_WINDOW = 300;

/**
 * "one person, who refused to give his name, … “…,” he said": a pronoun after a speaker the text will not
 * name is theirs, not the person named before. Gives the description ("one person"), null where there is
 * none to give, undefined where no such speaker stands between the last named person and the pronoun.
 */
export function unnamedSpeaker(body: string, limit: number, people: BlockMention[]): string | null | undefined {
  const from = Math.max(0, limit - UNNAMED_WINDOW);
  const window = body.slice(from, limit);
  // matchAll works on a copy of the pattern: the shared one's lastIndex is never touched.
  let marker: RegExpExecArray | undefined;
  for (const match of window.matchAll(UNNAMED_SPEAKER)) marker = match;
  if (!marker || marker.index === undefined) return undefined;
  const at = from + marker.index;
  if (people.some((mention) => mention.start >= at && mention.end <= limit)) return undefined;
  // "Several employees, who spoke on condition of anonymity, said … . One senior developer said …": one of them
  // the text goes on to describe as speaking.
  const since = describedSayerSince(body.slice(at + marker[0].length, limit));
  if (since) return since;
  // "A woman who lives across the street, who asked not to be identified, said": the sentence's opening
  // description, relative clause and all; else a short one right before the marker.
  // ("A woman who was waiting at a bus stop, and who asked not to be named, told": a second relative clause; "A
  // consultant at the hospital, who spoke on condition of anonymity, said": the marker's own relative clause.)
  const before = (at <= 100 ? `\n${body.slice(0, at)}` : body.slice(at - 100, at)).replace(
    /,\s*(?:and\s*|who\s+(?:spoke|was\s+speaking|talked)\s*)$/,
    '',
  );
  const opening = /(?:[.!?]["”’]?\s+|\n)((?:A|An|One|Another|The)\s+[^,.;:!?“”"\n]{1,90})\s*$/u.exec(before);
  // ("according to a woman who lives two doors down from him and asked that her name not be published": the
  // description a relative clause of the same sentence goes on from.)
  const description =
    opening ??
    // ("a senior Labour backbencher, who did not want to be named": a capitalised word among its modifiers.)
    /\b((?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+)\s*$/u.exec(body.slice(Math.max(0, at - 80), at)) ??
    /\b((?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+who\s[^.;!?“”"]*$/u.exec(body.slice(Math.max(0, at - 120), at));
  // ("Daniel, a New York University senior who didn't want to give his last name": the name the description is set beside.)
  const start = description ? body.lastIndexOf(description[1], at) : -1;
  const named = /(\p{Lu}[\p{L}’'-]+),\s*$/u.exec(body.slice(Math.max(0, start - 40), start))?.[1];
  if (named !== undefined && isGivenName(named)) return named;
  return description ? description[1] : null;
}

/** The description ("One senior developer") a sentence of `text` opens on as the subject of a verb of saying, the last such. */
function describedSayerSince(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?]["”’]?)\s+|\n/).reverse();
  for (const sentence of sentences) {
    const found = describedSayer(sentence.trim());
    if (found && /^(?:a|an|one|another)$/i.test(found.words[0])) return found.words.join(' ');
  }
  return undefined;
}

/**
 * "“…,” said a volunteer. “…,” she said.": the pronoun after a quotation of its paragraph credited to someone the
 * text only describes is theirs, when no one is named between and the description's noun does not say the other sex.
 */
export function describedSpeakerJustBefore(
  quote: FoundQuote,
  items: Credited[],
  people: BlockMention[],
  pronoun: 'he' | 'she',
): string | undefined {
  const previous = items.findLast((item) => !item.quote.nested && item.quote.open < quote.open);
  if (!previous?.name || previous.person || previous.quote.block !== quote.block) return undefined;
  const words = /^(?:a|an|one|another)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{Ll}-]+)(?:\s+who\b.*)?$/u.exec(previous.name);
  // (Not a source: news does not call an anonymous source "he" or "she" — the pronoun is someone else.)
  if (!words || BODY_HEADS.has(words[2]) || TEXT_NOUNS.has(words[2]) || ANONYMOUS_SOURCE_NOUNS.has(words[2])) return undefined;
  const limit = quote.speakerAt ?? quote.open;
  if (people.some((mention) => mention.start >= previous.quote.end && mention.end <= limit)) return undefined;
  const sex = nounGender(words[2]);
  return sex === undefined || sex === pronoun ? previous.name : undefined;
}

/**
 * "WIRED spoke to one mother, who knew … . “…,” she said": the pronoun points to the person a description and a
 * relative clause brought in, when no one is named after them and their noun does not say the other sex.
 */
export function describedPerson(body: string, limit: number, people: BlockMention[], pronoun: 'he' | 'she'): string | undefined {
  const from = Math.max(0, limit - UNNAMED_WINDOW);
  let last: RegExpExecArray | undefined;
  for (const match of body.slice(from, limit).matchAll(DESCRIBED_PERSON)) last = match;
  for (const match of body.slice(from, limit).matchAll(DESCRIBED_SUBJECT))
    if (!last || (match.index ?? 0) > (last.index ?? 0)) last = match;
  if (!last || last.index === undefined) return undefined;
  const at = from + last.index + last[0].indexOf(last[1]);
  if (people.some((mention) => mention.start >= at && mention.end <= limit)) return undefined;
  const noun = last[2];
  const sex = nounGender(noun);
  return sex === pronoun ? last[1] : undefined;
}

/** How far back a first-person writer's relative may have been the subject ("My father taught me … ¶ … “…,” he said"). */
const MY_RELATIVE_WINDOW = 2000;

/**
 * "My father taught me to drive … ¶ “A car is not a toy,” he said": where the text names no one for "he" or "she",
 * the writer's relative of that sex who was last the subject of a sentence ("My father"), if any.
 */
export function myRelativeBefore(body: string, limit: number, pronoun: 'he' | 'she'): string | undefined {
  const from = Math.max(0, limit - MY_RELATIVE_WINDOW);
  let found: string | undefined;
  for (const match of body.slice(from, limit).matchAll(MY_RELATIVE_SUBJECT))
    if (FAMILY_NOUNS.has(match[2]) && nounGender(match[2]) === pronoun) found = match[1];
  return found;
}

/**
 * "His father was more succinct. “…,” he said": a relative of someone, of the pronoun's sex, who is the subject of
 * a sentence in the quotation's paragraph, with no one named since — the description as written.
 */
export function relativeSubjectBefore(body: string, limit: number, people: BlockMention[], pronoun: 'he' | 'she'): string | undefined {
  const from = paragraphStartOf(body, limit);
  let found: { at: number; words: string[]; noun: string } | undefined;
  for (const match of body.slice(from, limit).matchAll(THEIR_RELATIVE_SUBJECT)) {
    // ("His father", "Her older sister": the noun comes first or after one adjective.)
    const words = FAMILY_NOUNS.has(match[2]) ? [match[1], match[2]] : [match[1], match[2], match[3] ?? ''];
    const noun = words[words.length - 1];
    if (FAMILY_NOUNS.has(noun)) found = { at: from + (match.index ?? 0) + match[0].indexOf(match[1]), words, noun };
  }
  if (!found || nounGender(found.noun) !== pronoun) return undefined;
  const { at } = found;
  return people.some((mention) => mention.start >= at && mention.end <= limit) ? undefined : found.words.join(' ');
}

/**
 * "After the hearing, the daughter of one victim said the family was devastated. In a statement, she said: “…”":
 * the pronoun points to a person a description made the speaking subject of a sentence in its paragraph or the one
 * before, when no one is named after them and their noun does not say the other sex.
 */
export function describedSayerBefore(body: string, limit: number, people: BlockMention[], pronoun: 'he' | 'she'): string | undefined {
  const from = previousParagraphStartOf(body, limit);
  const sentences = [...body.slice(from, limit).matchAll(/[^.!?\n]+(?:[.!?]+["”’)]?|$)/g)].reverse();
  for (const sentence of sentences) {
    const found = describedSayer(sentence[0].trim());
    if (!found) continue;
    const at = from + (sentence.index ?? 0);
    if (people.some((mention) => mention.start >= at && mention.end <= limit)) return undefined;
    const sex = nounGender(found.head);
    // ("The actress said …" is one the story named, by her trade: only a description that brings someone in.)
    const introduces =
      /^(?:a|an|one|another)$/i.test(found.words[0]) || found.words.slice(2).some((word) => POST_MODIFIER_STARTS.has(word));
    const person = introduces && (sex !== undefined || isRoleWord(found.head));
    return person && [pronoun, undefined].includes(sex) ? found.words.join(' ') : undefined;
  }
  return undefined;
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
  // ("For Aisha, the arrests have brought some comfort. ¶ She is now in her second year … ¶ “…,” she said": a
  // paragraph that names no one and opens a sentence on the pronoun hands it back to the paragraph before.)
  const back = pronounOnlyParagraphsBefore(body, limit, people, quote.block, pronoun);
  // (Not one spoken to: "Speaking to Nairobi Pulse from the United States, she said" is the outlet's interview.)
  const previous = people.filter((mention) => mention.block === quote.block - 1 - back && !addressed(body, mention));
  const named = [...new Set(previous.map((mention) => mention.name))];
  // ("For Huamán, the news has brought messages. Her brother … ¶ “…,” she said": the one person of the paragraph,
  // of no sex known, whom its "her" goes on about.)
  const untold = named.length === 1 && genderOf(named[0]) === undefined;
  const candidates = untold ? named : [...new Set(previous.filter(known).map((mention) => mention.name))];
  if (candidates.length !== 1 || (!untold && previous.some((mention) => genderOf(mention.name) === undefined))) return undefined;
  const last = previous[previous.length - 1];
  // ("Among them was the house of retired teacher Carol Nguyen, 74, who had lived there since 1981. ¶ “…,” she
  // said": or one the paragraph brings in, with an age, a relative clause or a role in apposition: "people like
  // Peter Otieno, a Kisumu transport operator who has had three fraudulent calls in a week. ¶ “…,” he told me".)
  const described = last.personal && /^,\s+(?:a|an)\s/.test(body.slice(last.end, last.end + 5));
  if (last.name === candidates[0] && (last.relative || last.age !== undefined || described || back > 0)) return candidates[0];
  const after = body.slice(last.end, paragraphEndOf(body, last.end)).replace(/[“"][^”"]*[”"]/g, '');
  const forms = untold ? (pronoun === 'she' ? 'she|her' : 'he|his|him') : pronoun;
  return new RegExp(`\\b(?:${forms})\\b`, 'i').test(after) ? candidates[0] : undefined;
}

/** Words that make the name right after them the one spoken to: "speaking to", "told", "in an interview with". */
const ADDRESSEE_BEFORE =
  /\b(?:(?:speaking|talking|spoke|spoken|talked|said|says|writing)\s+to|told|tells|telling|interview\s+with)\s+(?:the\s+)?$/i;

/** The mention is someone spoken to, an outlet or an interviewer, rather than anyone the text is about. */
const addressed = (body: string, mention: BlockMention): boolean =>
  ADDRESSEE_BEFORE.test(body.slice(Math.max(0, mention.start - 30), mention.start));

/**
 * How many paragraphs right before the quotation's (at most two) name no one and open a sentence on the pronoun
 * (on "He" or "She" where it is null): they go on about someone named before them.
 */
export function pronounOnlyParagraphsBefore(
  body: string,
  limit: number,
  people: BlockMention[],
  block: number,
  pronoun: Gender | null,
): number {
  const word = pronoun === null ? '(?:He|She)' : pronoun === 'he' ? 'He' : 'She';
  const opens = new RegExp(`(?:^|[.!?]["”’)]?\\s+)${word}\\b`, 'u');
  let back = 0;
  let end = paragraphStartOf(body, limit);
  while (back < 2 && end > 0 && !people.some((mention) => mention.block === block - 1 - back)) {
    const start = previousParagraphStartOf(body, end);
    if (!opens.test(body.slice(start, end))) break;
    back++;
    end = start;
  }
  return back;
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
export function resolvePronoun(
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
  // (Someone quoted of the other sex speaks for no "he".)
  const earlierQuoted = items.some((item) => item.name && item.person && fits(item.name) && item.quote.block >= quote.block - 2);
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
export function mainSubject(subjects: BlockMention[], body: string): BlockMention | undefined {
  let pick = subjects.at(-1);
  for (let k = subjects.length - 2; pick && k >= 0; k--) {
    if (sentencesBetween(body, subjects[k].end, pick.start) > 0) break;
    pick = subjects[k];
  }
  return pick;
}

/** Nothing but space (and block-quote markers) between the end of one quotation's sentence and the next. */
export function continues(body: string, previous: FoundQuote, next: FoundQuote): boolean {
  if (next.block - previous.block > 1 || previous.sentenceEnd > next.open) return false;
  return /^[\s>]*$/.test(body.slice(previous.sentenceEnd, next.open));
}

/**
 * Between a credited quotation and the next only a lead-in that names no one hands over with a colon (“…,” she
 * said. ¶ That process led to a realization: “…”): the speaker goes on.
 */
export function leadInBetween(context: ArticleContext, previous: FoundQuote, next: FoundQuote): boolean {
  if (next.block - previous.block > 1 || previous.sentenceEnd > next.open) return false;
  const leadIn = context.article.body.slice(previous.sentenceEnd, next.open);
  if (!/^[\s>]*[^.!?“”"\n]{1,120}:\s*$/.test(leadIn)) return false;
  // "The studio sent a note:" hands over to the studio's words.
  const words = leadIn.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  if (words.some((word) => isSpeakingHead(word) || TEXT_NOUNS.has(word))) return false;
  return !context.mentions.some((mention) => mention.start >= previous.sentenceEnd && mention.end <= next.open);
}

/** `next` stands in the sentence right after the one `previous` ends in, in the same paragraph. */
export function nextSentence(body: string, previous: FoundQuote, next: FoundQuote): boolean {
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
export function namedBetween(context: ArticleContext, previous: Credited, quote: FoundQuote): boolean {
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
