// Crediting one quotation: its own attribution first (a name, a description, a pronoun), else the quotation or
// sentence before it, else the subject that introduces it.

import {
  isAge,
  EPITHETS,
  LOCATING_PREPOSITIONS,
  SAYING_VERBS,
  PLATFORMS,
  SEXED_TITLES,
  ORGANISATION_NOUNS,
  PLAIN_PERSON_NOUNS,
  TEXT_NOUNS,
  alternation,
} from '../../lexicon.js';
import {
  type ArticleContext,
  type Credited,
  NO_CREDIT,
  type Credit,
  surnameKey,
  genderIn,
  genderKey,
  type BlockMention,
} from './context.js';
import { quoteWords } from '../quotes/classify.js';
import type { FoundQuote } from '../quotes/extract.js';
import { sourceNamedNext, describedSayer } from './sentence-subject.js';
import { fromDescription } from './described.js';
import {
  referentOfThe,
  epithetReferent,
  epithetSubjectBefore,
  subjectJustBefore,
  firstPersonJustBefore,
  sayerJustBefore,
} from './epithets.js';
import {
  AFTER_PREPOSITION,
  reportingPerson,
  speakingBodyBefore,
  spokespersonBefore,
  pluralSubjectBefore,
  sayerInSentence,
} from './sayers-before.js';
import { besideNounGender, isGivenName, nounGender } from './gender.js';
import { answerCredit, answeringPronounIn, turnSpeaker } from './interview.js';
import { nameParts } from './names.js';
import { sentencesBetween, opensParagraph, paragraphStartOf, previousParagraphStartOf } from './paragraphs.js';
import { courtesyName, lastNamedBefore, lastNamedInFullFirst, titleUsedBefore } from './people.js';
import { inReportedClause, someoneElseNamedBetween } from './named-between.js';
import { subjectOfParagraphBefore } from './paragraph-before.js';
import { officeOpeningTheParagraph } from './office-opening.js';
import { askedJustBefore } from './asked-before.js';
import { isCap, type RawSpeaker } from './tokens.js';
import {
  continues,
  leadInBetween,
  nextSentence,
  namedBetween,
  unnamedSpeaker,
  describedPerson,
  describedSayerBefore,
  relativeSubjectBefore,
  resolvePronoun,
  mainSubject,
  myRelativeBefore,
  describedSpeakerJustBefore,
} from './pronouns.js';

/** The speaker of one quotation: from its own attribution, else from the quotation or sentence before. */
export function creditQuote(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credited {
  let credit = quote.raw ? (answerCredit(context, quote, items) ?? fromAttribution(context, quote, items)) : NO_CREDIT;
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
  // ("“…” Micah says this standing by the wall.": a source the sentence after names comes first.)
  if (unattributed)
    credit =
      namedInSentenceAfter(context, quote) ??
      answerToAddressed(context, quote, items) ??
      askedAgain(context, quote, items) ??
      continuedQuotation(context, quote, items) ??
      credit;
  // A quoted sentence with no attribution right after one in which someone says something, in its paragraph
  // (“Burr said the inquiry goes on. “We will follow the facts.”) or the one before (“Moffat said Capaldi had
  // been cast …” ¶ “We made a home video …”): theirs — if no one else is named in between.
  if (!credit.name && unattributed && quote.sentenceStart === quote.open) {
    const sayer = sayerBefore(quote, context);
    // (Not past a quotation of someone else: "“…,” said a volunteer. She said … . “…”".)
    const spokeSince = (item: Credited) => item.name && item.name !== sayer?.name && item.quote.open > (sayer?.end ?? quote.open);
    if (sayer && !items.some(spokeSince))
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
        subjectOfParagraphBefore(context, quote, items) ??
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
  const turn = credit.name ? undefined : turnSpeaker(context, quote);
  if (turn) credit = { ...turn, reason: 'the speaker its transcript turn is labelled with' };
  if (quote.kind === 'scare') credit = NO_CREDIT;
  return { quote, ...credit, index: items.length };
}

/** The speaker the quotation's attribution gives: a name, a description, a pronoun or "the 55-year-old". */
function fromAttribution(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credit {
  const raw = quote.raw!;
  const { people, personMentions } = context;
  if (raw.kind === 'name') {
    const holder = /^the$/i.test(raw.words[0]) ? referentOfThe(context, quote, raw.words) : undefined;
    if (holder) return { name: holder, person: true, reason: `resolved from '${raw.words.join(' ')}'` };
    const parts = nameParts(raw.words);
    if (!parts) return NO_CREDIT;
    const name =
      /^(?:the|a|an)\s/i.test(raw.words.join(' ')) && !parts.body && !/^\p{Lu}/u.test(parts.name)
        ? raw.words.join(' ')
        : parts.courtesy
          ? (sameCourtesyBefore(items, raw.words) ??
            courtesyName(
              people,
              parts.words,
              parts.courtesy,
              lastNamedBefore(context.mentions, quote.speakerAt ?? quote.open),
              titleUsedBefore(personMentions, quote.speakerAt ?? quote.open),
            ))
          : // ("Dr Jones said", "Senator Smith said": a title of either sex, the one of that surname named last.)
            parts.titled && parts.words.length === 1
            ? courtesyName(people, parts.words, raw.words[0], lastNamedBefore(context.mentions, quote.speakerAt ?? quote.open))
            : courtesyName(people, parts.words, parts.courtesy, lastNamedInFullFirst(context.mentions, quote.speakerAt ?? quote.open));
    // Named right after the quotation ("…,” Kerry said): a person, whatever else the story says.
    const person =
      !parts.body && (people.personSurnames.has(surnameKey(parts.words)) || (quote.via === 'after' && /^\p{Lu}/u.test(parts.name)));
    const reporter = person ? undefined : reportingPerson(context, quote, name);
    if (reporter) return { name: reporter, person: true, reason: null };
    context.count(name, parts.body);
    return { name, person, reason: null };
  }
  if (raw.kind === 'description') {
    // "Morag Duncan told The Herald that fans wanted a manager “who understands what this derby means”": a few
    // quoted words in a clause someone of the sentence reports ("that" opening it, not determining the noun) are
    // that reporter's.
    const partial = quote.kind === 'partial' && quote.via === 'before' && /^that$/i.test(raw.words[0]);
    const reporter = partial ? sayerInSentence(context, quote, raw.words.join(' ')) : undefined;
    if (reporter) return { name: reporter, person: true, reason: null };
    // ("Across the road, one resident who did not want to give his name was blunt. “…,” the man said": the one an
    // indefinite description brought in, as "he" would stand for; not "The doctor" the text goes on about.)
    const plain = raw.words.length === 2 && /^the$/i.test(raw.words[0]) ? PLAIN_PERSON_NOUNS.get(raw.head) : undefined;
    const brought = plain ? fromSexedPronoun(context, quote, items, plain) : undefined;
    if (brought?.name && !brought.person && /^(?:a|an|one|another)\s/i.test(brought.name))
      return { ...brought, reason: `resolved from '${raw.words.join(' ')}'` };
    return fromDescription(context, quote, raw, items);
  }
  if (raw.kind === 'pronoun') {
    const reason = `resolved from '${raw.pronoun}'`;
    if (raw.pronoun === 'it' || raw.pronoun === 'they') {
      // ("…,” it read": the text spoken of before, whatever body was named last.)
      // (Only where the text says whose it is: "a second email arrived" says no more than "it".)
      const text = raw.pronoun === 'it' ? textReadBefore(context, quote) : null;
      const writer = text ? fromDescription(context, quote, text, items) : NO_CREDIT;
      if (text && writer.name && writer.name !== text.words.join(' ')) return { ...writer, reason };
      // "they said" stands for a body only where the body itself was saying something ("Acme denies that …").
      const body = speakingBodyBefore(context, quote, raw.pronoun === 'they');
      if (body) context.count(body, true);
      if (body) return { name: body, person: false, reason };
      const own = raw.pronoun === 'it' ? (bodyOpeningTheSentence(context, quote) ?? bodySayingJustBefore(context, quote)) : null;
      if (own) return { ...fromDescription(context, quote, own, items), reason };
      const spokesperson = raw.pronoun === 'they' ? spokespersonBefore(context, quote) : undefined;
      if (spokesperson) return { name: spokesperson, person: true, reason };
      const group = raw.pronoun === 'they' ? pluralSubjectBefore(context, quote) : undefined;
      return group ? { name: group, person: false, reason } : NO_CREDIT;
    }
    return raw.pronoun === 'he' || raw.pronoun === 'she' ? fromSexedPronoun(context, quote, items, raw.pronoun) : NO_CREDIT;
  }
  return fromAge(context, quote, items, raw.words);
}

/**
 * "the 55-year-old": whoever the story gives that age. Where it gives no one that age the description stands as
 * written: news brings its main person back by an age ("Pochettino was sacked … The 56-year-old [Mourinho]
 * said"), not the one last spoken of, so the rules for "he" would guess. ("Presenter, 40, says": as for "he".)
 */
function fromAge(context: ArticleContext, quote: FoundQuote, items: Credited[], words: string[]): Credit {
  const text = words.join(' ');
  const age = Number(/(\d{1,3})/.exec(text)?.[1] ?? NaN);
  const aged = words.some(isAge);
  const resolved =
    context.people.ages.get(age) ??
    (aged ? undefined : resolvePronoun(quote, items, context.personMentions, genderIn(context), null, context.article.body));
  if (resolved) return { name: resolved, person: true, reason: `resolved from '${text}'` };
  if (!aged) return NO_CREDIT;
  // (One given no age in the story is the person the sentence before is about, or has telling, where no one else is
  // named since; "the 43-year-old man" is one the text brought in so.)
  // ("the 29-year-old rider": an age before a trade, as "the rider" would be.)
  const trade = words.length === 3 && EPITHETS.has(words[2].toLowerCase()) ? words[2].toLowerCase() : undefined;
  const subject =
    words.length === 2 || (words.length === 3 && (isCap(words[2]) || trade))
      ? (subjectJustBefore(context, quote, null) ??
        firstPersonJustBefore(context, quote) ??
        sayerJustBefore(context, quote) ??
        (trade && epithetReferent(context, quote, trade)))
      : undefined;
  if (subject) return { name: subject, person: true, reason: `resolved from '${text}'` };
  context.count(text, false);
  return { name: text, person: false, reason: null };
}

/**
 * "Ethan's family issued a statement through police. “…,” it read.": "it" that reads is the text last spoken of in the
 * paragraph or the one before — credited as "the statement read" would be.
 */
function textReadBefore(context: ArticleContext, quote: FoundQuote): Extract<RawSpeaker, { kind: 'description' }> | null {
  const body = context.article.body;
  const attribution =
    quote.via === 'after' ? body.slice(quote.after, quote.after + 12) : body.slice(quote.speakerAt ?? quote.open).slice(0, 10);
  if (!/^[\s,]*it\s+reads?\b/i.test(attribution)) return null;
  const before = body.slice(previousParagraphStartOf(body, quote.open), quote.open);
  // ("a statement", "a short statement".)
  const head = [...before.matchAll(/\b(?:a|an|the|its|their)\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/gu)]
    .map((match) => (TEXT_NOUNS.has(match[1]) ? match[1] : match[2]))
    .findLast((noun) => noun !== undefined && TEXT_NOUNS.has(noun));
  return head ? { kind: 'description', words: ['the', head], head } : null;
}

/** "The company suspended its dividend, which it described as “…”": a body the quotation's own sentence opens on. */
function bodyOpeningTheSentence(context: ArticleContext, quote: FoundQuote): Extract<RawSpeaker, { kind: 'description' }> | null {
  const sentence = context.article.body.slice(quote.sentenceStart, quote.speakerAt ?? quote.open);
  const [the, first, second] = sentence.split(/\s+/, 3);
  if (!/^the$/i.test(the ?? '')) return null;
  // ("The company …", "The Canadian company …".)
  const words = ORGANISATION_NOUNS.has(first ?? '') ? [the, first] : ORGANISATION_NOUNS.has(second ?? '') ? [the, first, second] : null;
  return words ? { kind: 'description', words, head: words[words.length - 1] } : null;
}

/** A sentence opening on a description and a verb of saying: "The army's media wing said". */
const DESCRIPTION_SAYING = new RegExp(
  `^(?:the|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?([\\p{Ll}]+)\\s+(?:${alternation(SAYING_VERBS)})\\b`,
  'iu',
);

/**
 * "The army's media wing said troops had been deployed. “…,” it said in a statement": a body's description that
 * opens the sentence before, in the quotation's paragraph or the one before, as the subject of a verb of saying.
 */
function bodySayingJustBefore(context: ArticleContext, quote: FoundQuote): Extract<RawSpeaker, { kind: 'description' }> | null {
  const { body, sentences } = context.article;
  // ("The league said its committee would meet. ¶ “…,” it said in a statement": the paragraph before, for a
  // quotation that opens its own.)
  const opens = opensParagraph(body, quote.open);
  const before = sentences.findLast(
    (sentence) => (sentence.block === quote.block || (opens && sentence.block === quote.block - 1)) && sentence.end <= quote.sentenceStart,
  );
  if (!before || sentencesBetween(body, before.start, quote.sentenceStart) > 1) return null;
  const found = DESCRIPTION_SAYING.exec(body.slice(before.start, before.end));
  if (!found || !ORGANISATION_NOUNS.has(found[1])) return null;
  const words = found[0].split(/\s+/).slice(0, -1);
  return { kind: 'description', words, head: found[1] };
}

/**
 * "Tom and Aroha Pauling … “…,” Mrs Pauling said. Her husband said …": the one full name of the story that shares the
 * surname of the last person before of the owner's sex and is of the relative's, where there is one.
 */
function namedRelative(context: ArticleContext, at: number, description: string): string | undefined {
  const [owner, noun] = description.toLowerCase().split(' ');
  const ownerSex = owner === 'his' ? 'he' : owner === 'her' ? 'she' : undefined;
  const sex = nounGender(noun);
  if (!ownerSex || !sex || description.split(' ').length !== 2) return undefined;
  const { people, personMentions } = context;
  const ownerName = personMentions.findLast((mention) => mention.end <= at && people.genderOf(mention.name) === ownerSex)?.name;
  if (!ownerName) return undefined;
  const kin = (people.fullNamesBySurname.get(surnameKey(ownerName.split(' '))) ?? []).filter(
    (name) => name !== ownerName && people.genderOf(name) === sex,
  );
  return kin.length === 1 ? kin[0] : undefined;
}

/** "he said" or "she said": the speaker the pronoun stands for, by the rules below in turn (reason: resolved from it). */
function fromSexedPronoun(context: ArticleContext, quote: FoundQuote, items: Credited[], pronoun: 'he' | 'she'): Credit {
  const { personMentions, genders } = context;
  const reason = `resolved from '${pronoun}'`;
  // "Michelle Obama said he believes … because Americans “feel the difference now.”": a few quoted words in
  // what a named person of the sentence says are that person's, whoever "he" is.
  const reporter = quote.kind === 'partial' && quote.via === 'before' ? sayerInSentence(context, quote, pronoun) : undefined;
  if (reporter) return { name: reporter, person: true, reason: null };
  // (null: a speaker the text will not name and gives no description of — no one, not the one named before.)
  const withheld = unnamedSpeaker(context.article.body, quote.speakerAt ?? quote.open, personMentions);
  const at = quote.speakerAt ?? quote.open;
  const unnamed =
    withheld === undefined
      ? (describedPerson(context.article.body, at, personMentions, pronoun) ??
        describedSayerBefore(context.article.body, at, personMentions, pronoun) ??
        relativeSubjectBefore(context.article.body, at, personMentions, pronoun))
      : withheld;
  if (unnamed !== undefined) {
    const named = unnamed ? namedRelative(context, at, unnamed) : undefined;
    if (named) return { name: named, person: true, reason };
    return unnamed ? { name: unnamed, person: false, reason } : NO_CREDIT;
  }
  const described = describedSpeakerJustBefore(quote, items, personMentions, pronoun);
  if (described) return { name: described, person: false, reason };
  const office = officeOpeningTheParagraph(context, quote, items, pronoun);
  if (office) return { ...office, reason };
  const asked = askedJustBefore(context, quote, pronoun);
  if (asked) return { name: asked, person: true, reason };
  // "The regional governor said the toll would rise. “…,” he told a press conference": the description that
  // spoke in the sentence right before, resolved as it would be there.
  const subject = describedSubjectBefore(context, quote, items, pronoun);
  const kin = subject?.name ? namedRelative(context, at, subject.name) : undefined;
  if (kin) return { name: kin, person: true, reason };
  if (subject) return { ...subject, reason };
  const resolved =
    pronounOpeningTheParagraph(context, quote, items, pronoun) ??
    epithetSubjectBefore(context, quote) ??
    ownerOpeningTheSentenceBefore(context, quote, pronoun) ??
    soleSubjectAgainstTheLists(context, quote, items, pronoun) ??
    resolvePronoun(quote, items, personMentions, genderIn(context), pronoun, context.article.body) ??
    againstTheNameLists(context, quote, items, pronoun);
  const relative = resolved ? undefined : myRelativeBefore(context.article.body, quote.speakerAt ?? quote.open, pronoun);
  if (relative) return { name: relative, person: false, reason };
  if (!resolved) return NO_CREDIT;
  if (!genders.has(genderKey(context, resolved))) genders.set(genderKey(context, resolved), pronoun);
  return { name: resolved, person: true, reason };
}

/**
 * "He said the middle game, in which Mr. Deshpande found …, had prompted his suspicion. “…,” he said": where the
 * paragraph opens on the same pronoun and no one is made a subject after its first sentence, the pronoun goes on
 * standing for whom it stood for at the paragraph's start.
 */
function pronounOpeningTheParagraph(context: ArticleContext, quote: FoundQuote, items: Credited[], pronoun: 'he' | 'she'): string | null {
  const body = context.article.body;
  const limit = quote.speakerAt ?? quote.open;
  const start = paragraphStartOf(body, limit);
  if (!new RegExp(`^${pronoun}\\s`, 'i').test(body.slice(start, limit))) return null;
  const firstEnd = start + (/[.!?]["”’)]?\s/.exec(body.slice(start, limit))?.index ?? limit - start);
  if (context.personMentions.some((mention) => mention.subject && mention.start >= firstEnd && mention.end <= limit)) return null;
  const atStart = { ...quote, open: start, speakerAt: start };
  return resolvePronoun(atStart, items, context.personMentions, genderIn(context), pronoun, body);
}

/** How many sentences back, past those opening on the pronoun itself, a sentence on someone's thing may stand. */
const OWNER_REACH = 3;
const OPENS_ON_PRONOUN = { he: /^[\s>“"]*he\s/i, she: /^[\s>“"]*she\s/i };

/**
 * "Liam Callister's cookbook was a bestseller, and his TV series ran for three seasons. ¶ He says he has no plans to
 * leave Cornwall. ¶ “…,” he said": the person whose thing the last sentence not opening on the pronoun opens on (a
 * name with its owner's mark), where no one else is made a subject since and the lists do not say the other sex.
 */
function ownerOpeningTheSentenceBefore(context: ArticleContext, quote: FoundQuote, pronoun: 'he' | 'she'): string | null {
  const { body, sentences } = context.article;
  const at = quote.speakerAt ?? quote.open;
  const opensOnPronoun = OPENS_ON_PRONOUN[pronoun];
  const before = sentences.filter((sentence) => sentence.end <= at && sentence.block >= quote.block - 2).slice(-OWNER_REACH);
  const sentence = before.findLast((candidate) => !opensOnPronoun.test(body.slice(candidate.start, candidate.end)));
  if (!sentence) return null;
  const owner = context.mentions.find(
    (mention) => mention.start === sentence.start && !mention.body && (context.people.isPerson(mention) || isGivenName(mention.words[0])),
  );
  if (!owner || !/^[’']s\s+\p{Ll}/u.test(body.slice(owner.end, owner.end + 6))) return null;
  const since = context.personMentions.filter((mention) => mention.start > owner.end && mention.end <= at && mention.name !== owner.name);
  if (since.some((mention) => mention.subject || mention.sayer)) return null;
  return [pronoun, undefined].includes(context.people.genderOf(owner.name)) ? owner.name : null;
}

/** A question that calls its addressee by name first or last: "Ms. Lumb, how long …?", "… did you, Tom?". */
const COURTESY = `(?:${alternation([...SEXED_TITLES.keys()].map((title) => title.replace(/^./, (first) => first.toUpperCase())))})\\.?`;
const ADDRESSED_QUESTION = new RegExp(
  `^(?:(${COURTESY})\\s+)?(\\p{Lu}[\\p{L}’'-]+),\\s[\\s\\S]*\\?$|,\\s+(?:(${COURTESY})\\s+)?(\\p{Lu}[\\p{L}’'-]+)\\?$`,
  'u',
);

/** The reason an answer to a question that calls its speaker by name is credited with. */
const ANSWER_REASON = 'answers the question before, which calls them by name';

/**
 * "“Ms. Lumb, how long did you work for him?” Kowalczyk asked. ¶ “Eleven years.”": a quotation with no attribution
 * that opens the paragraph after a question calling someone by name is that person's answer, not the asker's.
 */
function answerToAddressed(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credit | null {
  const question = items.at(-1);
  const body = context.article.body;
  if (!question?.name || question.quote.block !== quote.block - 1 || paragraphStartOf(body, quote.open) !== quote.open) return null;
  const match = ADDRESSED_QUESTION.exec(body.slice(question.quote.start, question.quote.end).trim());
  const called = match ? (match[2] ?? match[4]) : undefined;
  if (!match || !called) return null;
  const parts = nameParts([match[1] ?? match[3], called].filter((word) => word !== undefined));
  if (!parts || parts.body) return null;
  const name = courtesyName(context.people, parts.words, parts.courtesy, lastNamedBefore(context.mentions, quote.open));
  return name !== question.name ? { name, person: true, reason: ANSWER_REASON } : null;
}

/** "… ¶ “Eleven years.” ¶ “And did he ever ask you to alter a record?”": the next question after such an answer is the asker's. */
function askedAgain(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credit | null {
  const [question, answer] = items.slice(-2);
  const body = context.article.body;
  if (answer?.reason !== ANSWER_REASON || !question?.name || answer.quote.block !== quote.block - 1) return null;
  const asks = /\?$/.test(body.slice(quote.start, quote.end).trim()) && paragraphStartOf(body, quote.open) === quote.open;
  return asks ? { name: question.name, person: question.person, reason: 'asks again after the answer before' } : null;
}

/**
 * The speaker of the quotation before, where this one continues it (“…,” he said. “…”) or is the next paragraph
 * after it.
 */
function continuedQuotation(context: ArticleContext, quote: FoundQuote, items: Credited[]): Credit | null {
  // A title in scare quotes within the attribution ("…,” Lowe said on “Morning Report”. “…”) interrupts nothing.
  const before = [...items].reverse().find((item) => !item.quote.nested && item.quote.kind !== 'scare');
  // The part after an attribution that cut it (“…,” Lowe said, “…”) is credited with its first part later.
  const previous =
    before && !before.name && before.quote.chain !== undefined
      ? items.find((item) => item.quote.chain === before.quote.chain && item.name)
      : before;
  if (!before || !previous?.name || !(continues(context.article.body, before.quote, quote) || leadInBetween(context, before.quote, quote)))
    return null;
  return { name: previous.name, person: previous.person, reason: 'continues the quotation before' };
}

/** "“…,” Ms Okafor said … “…,” Ms Okafor added": whom the article already meant by the same title and surname. */
function sameCourtesyBefore(items: Credited[], words: string[]): string | undefined {
  const written = words.join(' ');
  return (
    items.findLast((item) => item.name && item.quote.raw?.kind === 'name' && item.quote.raw.words.join(' ') === written)?.name ?? undefined
  );
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
  const others = { passAttributive: true, fullOrPerson: true, passReported: true };
  if (!mention || someoneElseNamedBetween(context, mention, quote.open, others)) return null;
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
  const found = match
    ? { word: match[1], at: match.index + match[0].indexOf(match[1]) }
    : (pronounSayerIn(before) ?? answeringPronounIn(before));
  if (!found) return null;
  const pronoun = found.word.toLowerCase() as 'he' | 'she';
  const speakerAt = paragraphStart + found.at;
  const reason = `resolved from '${pronoun}' in the sentence before`;
  const described = describedSpeakerJustBefore({ ...quote, speakerAt }, items, context.personMentions, pronoun);
  if (described) return { name: described, person: false, reason };
  const resolved = resolvePronoun({ ...quote, speakerAt }, items, context.personMentions, genderIn(context), pronoun, body);
  return resolved ? { name: resolved, person: true, reason } : null;
}

/**
 * "Joburg mayor Xolani Mabuza apologised to residents. “…,” he said." with "Xolani" a woman's name in the lists:
 * the one person the quotation's paragraph names before it (or, for a quotation opening a paragraph that names no
 * one, the paragraph before), its subject, is whom the pronoun stands for, unless the text itself gave them the
 * other sex.
 */
function soleSubjectAgainstTheLists(context: ArticleContext, quote: FoundQuote, items: Credited[], pronoun: 'he' | 'she'): string | null {
  const at = quote.speakerAt ?? quote.open;
  const namedIn = (block: number) =>
    context.personMentions.filter((mention) => mention.block === block && mention.end <= at && !context.inQuote(mention.start));
  // ("Associate Professor Wen Li … said captive births … ¶ “…,” she said": a quotation opening its paragraph, the
  // paragraph before.)
  const opens = opensParagraph(context.article.body, quote.open);
  const block = namedIn(quote.block).length === 0 && opens ? quote.block - 1 : quote.block;
  const here = namedIn(block);
  const name = here[0]?.name;
  // (Not by a bare surname two of the story's people share, which may stand for another of the family: "The elder
  // Dhaliwal"; by the surname of one, as by the full name: "Hemi Parata … ¶ Parata is more thoughtful".)
  const bySurname = (mention: BlockMention) =>
    mention.words.length === 1 && (context.people.fullNamesBySurname.get(surnameKey(mention.words))?.length ?? 0) > 1;
  const subject = here.find((mention) => mention.subject && !bySurname(mention));
  if (!name || here.some((mention) => mention.name !== name) || !subject) return null;
  if (items.some((item) => item.quote.block >= block && item.name && item.name !== name)) return null;
  // (From the paragraph before, only one that reports what the person said, with no quotation of its own.)
  if (block < quote.block && (!subject.sayer || items.some((item) => item.quote.block === block))) return null;
  // ("Her eight-year-old son, Caleb, spent two nights in hospital. “…,” she said": the noun the name is set beside says its sex.)
  if (![pronoun, undefined].includes(besideNounGender(context.article.body, subject.start))) return null;
  const { genderOf, toldGenderOf } = context.people;
  const listed = genderOf(name);
  return listed !== undefined && listed !== pronoun && toldGenderOf(name) === undefined ? name : null;
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
  const calledSo = (name: string) => context.genders.get(genderKey(context, name));
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
  // (The whole sentence as the splitter cut it, past the full stop of "Dr.".)
  const opens = quote.after + next[0].indexOf(next[1]);
  const sentence = context.article.sentences.find((candidate) => candidate.start === opens);
  const source = sourceNamedNext(sentence ? context.article.body.slice(sentence.start, sentence.end) : next[1]);
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
function describedSubjectBefore(context: ArticleContext, quote: FoundQuote, items: Credited[], pronoun?: 'he' | 'she'): Credit | null {
  if (quote.sentenceStart !== quote.open) return null;
  const body = context.article.body;
  // ("… the City Council passed an ordinance, the mayor said. ¶ “…,” he said.": for a pronoun, the paragraph
  // before when the quotation opens its own.)
  const opensParagraph = paragraphStartOf(body, quote.open) === quote.open;
  const paragraphStart = opensParagraph && pronoun ? previousParagraphStartOf(body, quote.open) : paragraphStartOf(body, quote.open - 1);
  const match = /(?:^|[.!?]["”’)]?\s+)([^.!?]+[.!?]["”’)]?)\s*$/.exec(body.slice(paragraphStart, quote.open));
  if (!match) return null;
  const raw = describedSayer(match[1]);
  if (!raw) return null;
  // ("The mother said …. “…,” he said": a noun of the other sex is someone else.)
  const sex = nounGender(raw.head);
  if (pronoun && sex && sex !== pronoun) return null;
  const sentenceStart = paragraphStart + match.index + match[0].indexOf(match[1]);
  // Past the subject: its owner ("Swift's rep") is not someone else named.
  const last = raw.words[raw.words.length - 1];
  const subjectEnd = body.indexOf(last, sentenceStart) + last.length;
  const named = (mention: BlockMention) =>
    mention.start >= subjectEnd && mention.end <= quote.open && !mention.attributive && context.people.isPerson(mention);
  if (context.mentions.some(named)) return null;
  const credit = fromDescription(context, { ...quote, speakerAt: sentenceStart }, raw, items);
  // (From the paragraph before, only a description the text ties to someone named: "the MP for Stockport North"
  // may be the one "she" goes on about.)
  // ("His wife said she did not believe him. ¶ “…,” she said": or one whose noun says the pronoun's sex.)
  if (!credit.name || (opensParagraph && pronoun && !credit.person && sex !== pronoun)) return null;
  return { ...credit, reason: credit.reason ? `${credit.reason} in the sentence before` : 'subject of the sentence before' };
}

/**
 * "Dr Chinedu Okeke, who leads a group at the University of Lagos, told Banking Tech Africa that …": a body told
 * something, or the one someone is at, is no other speaker.
 */
function addressedOrAffiliated(context: ArticleContext, mention: BlockMention): boolean {
  const before = context.article.body.slice(Math.max(0, mention.start - 12), mention.start);
  if (/\btold\s+(?:the\s+)?$/.test(before) || (!context.people.isPerson(mention) && /\bat\s+the\s+$/.test(before))) return true;
  // ("Abdul Kader Molla, a 46-year-old vegetable trader from Char Alexander who survived …, said": where the one
  // described is from, in their apposition.)
  const apposition = context.article.body.slice(Math.max(0, mention.start - 80), mention.start);
  return !mention.subject && !mention.sayer && APPOSED_ORIGIN.test(apposition);
}

/** "told reporters outside Sydney Airport": a place after a preposition of place that is no person is where, not who. */
function placeWhereSaid(context: ArticleContext, mention: BlockMention): boolean {
  const word = /(\p{L}+)\s+(?:the\s+)?$/u.exec(context.article.body.slice(Math.max(0, mention.start - 16), mention.start))?.[1];
  return word !== undefined && LOCATING_PREPOSITIONS.has(word.toLowerCase()) && !context.people.isPerson(mention);
}

/** The end of an apposition that describes someone and says where they are from: ", a vegetable trader from ". */
const APPOSED_ORIGIN = /,\s+(?:a|an)\s[^,.;:“”"]*\bfrom\s+$/u;

/** The latest person before a quotation who is the subject of a verb of saying in its paragraph or the one before, with no one named since. */
function sayerBefore(quote: FoundQuote, context: ArticleContext): BlockMention | undefined {
  // (The one told is no sayer's rival: "told Banking Tech Africa that …".)
  const before = context.personMentions.filter(
    (mention) => mention.end <= quote.open && mention.block >= quote.block - 1 && !addressedOrAffiliated(context, mention),
  );
  // ("Baird said the family was trying to get to New Zealand to be with Richard": one named in what the sayer
  // reports, after a preposition, is part of it.)
  const body = context.article.body;
  const reportedBy = (sayer: BlockMention, mention: BlockMention) =>
    AFTER_PREPOSITION.test(body.slice(Math.max(0, mention.start - 12), mention.start)) && inReportedClause(body, sayer, mention);
  const last = before.findLast(
    (mention) => !before.some((sayer) => sayer.sayer && sayer.end <= mention.start && reportedBy(sayer, mention)),
  );
  if (!last?.sayer) return undefined;
  // Where the words were posted ("on Instagram") names no other speaker, nor does a name inside quoted words.
  const other = (mention: BlockMention) =>
    mention.start > last.end &&
    !context.inQuote(mention.start) &&
    mention.end <= quote.open &&
    !mention.attributive &&
    mention.name !== last.name &&
    !PLATFORMS.has(mention.name.toLowerCase()) &&
    !addressedOrAffiliated(context, mention) &&
    !placeWhereSaid(context, mention) &&
    !reportedBy(last, mention);
  if (context.mentions.some(other)) return undefined;
  // In the paragraph before, the last sayer of it (an object named after them is no speaker either way).
  return last.block === quote.block ? last : before.filter((mention) => mention.sayer && mention.block === quote.block - 1).at(-1);
}
