// The story's people: who counts as a person, their full names by surname, the sex their names and the text give them.

import {
  ACTED_FOR_NOUNS,
  CLAUSE_WORDS,
  DESCRIPTION_PREPOSITIONS,
  FAMILY_NOUNS,
  FUNCTION_WORDS,
  isRoleWord,
  LANDMARK_HEADS,
  NAME_GIVEN_ONLY_AS,
  SAYING_VERBS,
  alternation,
} from '../../lexicon.js';
import { type Finding, type People, surnameKey, notPlace, type BlockMention } from './context.js';
import { isGivenName, storyGenders, type Gender, givenGender, givenNameGender, besideNounGender, titleGender } from './gender.js';
import { nameParts } from './names.js';
import { nextParagraphEndOf } from './paragraphs.js';

/** An age written before a name: "nine-year-old Ruby", "67-year-old Bill Souter" (not "The 21-year-old German"). */
const AGE_BEFORE = /(?<!\b(?:the|a|an)\s+)\b[\p{L}\d]+(?:-[\p{L}\d]+)*-year-old\s+$/iu;

/** "who gave his name only as Kelvin": the name after these words is a person's, alone as it is. */
const GIVEN_ONLY_AS_BEFORE = new RegExp(`${NAME_GIVEN_ONLY_AS}\\s+$`, 'u');

/**
 * A mention the text marks as a person: titled, a full name with ", who …", ", 33,", a role before it ("spokesman
 * Jeremy Handel") or that says something ("Ann Lowe said …"), whose surname the story also uses alone (`alone`), or
 * any name with an age before it.
 */
function markedAsPerson(body: string, mention: BlockMention, alone: Set<string>): boolean {
  if (mention.body) return false;
  // A single name followed by "who" is a person too ("Tommy — who only goes by his first name — retired").
  const fullName = mention.words.length > 1 && notPlace(mention.words);
  // So is one given an age ("Curie, 21, a student, came second").
  const relativeName = (mention.relative || mention.age !== undefined) && notPlace(mention.words);
  // (Its given name alone counts as its surname would: "Jason and Priya Kapoor-Wells … Priya said".)
  // ("the Berlin Marathon … her Berlin prize money": a name after "the" that modifies a noun is no one's.)
  const usedAlone =
    alone.has(surnameKey(mention.words)) ||
    (isGivenName(mention.words[0]) && !mention.attributive && alone.has(surnameKey(mention.words.slice(0, 1))));
  if (mention.titled || relativeName || (fullName && (usedAlone || mention.personal || mention.sayer))) return true;
  if (fullName && !mention.attributive && referredToByGivenNamePronoun(body, mention)) return true;
  if (givenNameSayingOfSelf(body, mention)) return true;
  // ("And nine-year-old Ruby, a pupil at Efford Vale, had her own verdict": an age right before the name.)
  if (AGE_BEFORE.test(body.slice(Math.max(0, mention.start - 30), mention.start)) && notPlace(mention.words)) return true;
  return givenNameAfterRole(body, mention) || GIVEN_ONLY_AS_BEFORE.test(body.slice(Math.max(0, mention.start - 60), mention.start));
}

/** The verb of saying and the "he" or "she" opening what was said, right after a name and an aside between commas. */
const SAYS_OF_SELF = new RegExp(`^(?:,[^,.;]{1,60},)?\\s+(?:${alternation(SAYING_VERBS)})\\s+(?:that\\s+)?(?:he|she)\\b`, 'u');

/**
 * "Raj, whose real name we know, claimed he had ‘fixed’ players": a given name alone, the subject of a verb of
 * saying whose reported clause opens on "he" or "she", is someone who goes by that name ("Jordan said it would"
 * is a country's).
 */
function givenNameSayingOfSelf(body: string, mention: BlockMention): boolean {
  if (mention.words.length !== 1 || !mention.subject || !mention.sayer || !isGivenName(mention.words[0])) return false;
  return SAYS_OF_SELF.test(body.slice(mention.end, mention.end + 100));
}

export function storyPeople(perArticle: Finding[]): People {
  // Who counts as a person: titled, or a full name whose surname the story also uses alone, or named as a speaker.
  const alone = new Set<string>();
  // (Not after "the": "The Cressida was his pride" calls a car by its model, "his 1987 Toyota Cressida".)
  for (const { mentions } of perArticle)
    for (const mention of mentions)
      if (mention.words.length === 1 && !mention.body && !mention.attributive) alone.add(surnameKey(mention.words));
  const personSurnames = new Set<string>();
  const notePerson = (words: string[]) => personSurnames.add(surnameKey(words));
  for (const { article, mentions, quotes } of perArticle) {
    for (const mention of mentions) if (markedAsPerson(article.body, mention, alone)) notePerson(mention.words);
    for (const quote of quotes) {
      if (quote.raw?.kind !== 'name') continue;
      const parts = nameParts(quote.raw.words);
      if (parts && !parts.body && (parts.titled || parts.words.length > 1) && notPlace(parts.words)) notePerson(parts.words);
    }
  }
  // "Jalen scored …" after "Jalen and Marcus Tate": the given name of one person only is that person.
  const owners = givenNameOwners(perArticle, personSurnames);
  // ("Singer Yoon Ara … Yoon posted a letter": a family name written first, of one person only, is that person.)
  const familyFirst = familyNameFirstOwners(perArticle, personSurnames);
  const isPerson = (mention: BlockMention) =>
    !mention.body &&
    (personSurnames.has(surnameKey(mention.words)) ||
      (mention.words.length === 1 && owners.get(mention.words[0].toLowerCase()) === 1) ||
      (mention.words.length === 1 && familyFirst.get(mention.words[0].toLowerCase()) === 1));
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
  const { firmly, afterSaying } = textGenders(perArticle, isPerson);
  // What the story says of a name, of every full name a bare surname may stand for, and of the bare surname of the
  // only full name that has it — where they agree.
  const toldOf = (name: string, byText: Map<string, Gender | null>): Gender | undefined => {
    const words = name.split(' ');
    const sameSurname = fullNamesBySurname.get(surnameKey(words)) ?? [];
    const names = words.length === 1 ? [name, ...sameSurname] : sameSurname.length === 1 ? [name, words[words.length - 1]] : [name];
    // ("Liam Fortier, 29, … Fortier's mother, Denise Fortier, … Fortier said he plans": a surname shared by a woman
    // and a man is what the text tells of it alone, else of the one named first — news calls the person it
    // brought in first by the surname, a relative by the full name.)
    const sexes = new Set(sameSurname.map((one) => byText.get(one.toLowerCase()) ?? byNameLists(one)));
    if (words.length === 1 && sexes.size > 1)
      return byText.get(name.toLowerCase()) ?? byText.get(sameSurname[0].toLowerCase()) ?? undefined;
    const told = new Set(names.map((one) => byText.get(one.toLowerCase())).filter((gender) => gender !== undefined));
    return told.size === 1 ? ([...told][0] ?? undefined) : undefined;
  };
  const titleSexesOf = surnameTitleSexes(perArticle);
  const courtesies = courtesyGenders(perArticle);
  const surnameCourtesies = surnameCourtesyGenders(perArticle, fullNamesBySurname, titleSexesOf, courtesies);
  // "Mr Patterson": the title says it — as written, or where the story gave the full name one ("Mr Sunday Akpan").
  const titledGender = (name: string) => titleGender(name.slice(0, name.indexOf(' '))) ?? courtesies.get(name);
  const genderOf = (name: string) => {
    // A given name alone ("Christina", "Priya") that is no one's surname: the lists', as for a full name.
    const givenAlone = !name.includes(' ') && !fullNamesBySurname.has(surnameKey([name])) ? givenGender(name) : undefined;
    // (A title before the surname alone yields to what the text tells, "Rajesh Shah and his wife … said Mrs Shah", and
    // outweighs the name lists' guess, "Jone Baravilala … Mr Baravilala said".)
    const bySurnameTitle = surnameCourtesies.get(name);
    return titledGender(name) ?? toldOf(name, firmly) ?? bySurnameTitle ?? byNameLists(name) ?? toldOf(name, afterSaying) ?? givenAlone;
  };
  const toldGenderOf = (name: string) => titledGender(name) ?? toldOf(name, firmly) ?? toldOf(name, afterSaying);
  return { personSurnames, isPerson, ages, mayBeBody, genderOf, toldGenderOf, fullNamesBySurname };
}

/** The sex a title gives each full name the story writes with one ("Mr Sunday Akpan" → he), where it gives one only. */
function courtesyGenders(perArticle: Finding[]): Map<string, Gender | undefined> {
  const genders = new Map<string, Gender | undefined>();
  for (const { mentions } of perArticle)
    for (const mention of mentions) {
      if (!mention.courtesy || mention.words.length < 2) continue;
      const sex = titleGender(mention.courtesy);
      const known = genders.get(mention.name);
      genders.set(mention.name, genders.has(mention.name) && known !== sex ? undefined : sex);
    }
  return genders;
}

/**
 * "Chan Ka-wing … Mr Chan said": the sex a title before a surname alone gives the one full name that has it (last
 * or, written family name first, first) and is not titled as of the other sex; not where "Mrs Patterson" and "Mr
 * Patterson" are two people.
 */
function surnameCourtesyGenders(
  perArticle: Finding[],
  fullNamesBySurname: Map<string, string[]>,
  titleSexesOf: (surname: string) => ReadonlySet<Gender | undefined>,
  courtesies: Map<string, Gender | undefined>,
): Map<string, Gender | undefined> {
  // (A family name written first: the full names that open with it, "Chan Ka-wing".)
  const byFirstWord = new Map<string, Set<string>>();
  for (const name of [...fullNamesBySurname.values()].flat()) {
    const first = name.slice(0, name.indexOf(' '));
    byFirstWord.set(first, (byFirstWord.get(first) ?? new Set()).add(name));
  }
  const genders = new Map<string, Gender | undefined>();
  for (const { mentions } of perArticle)
    for (const mention of mentions) {
      if (!mention.courtesy || mention.words.length !== 1 || titleSexesOf(surnameKey(mention.words)).size !== 1) continue;
      const sex = titleGender(mention.courtesy);
      // ("Mutale Chanda … Mr Chanda … Mrs Ruth Chanda": not one the story titles as of the other sex.)
      const bearers = (fullNamesBySurname.get(surnameKey(mention.words)) ?? [...(byFirstWord.get(mention.words[0]) ?? [])]).filter((name) =>
        [sex, undefined].includes(courtesies.get(name)),
      );
      if (bearers.length === 1) genders.set(bearers[0], sex);
    }
  return genders;
}

/** The sexes of the titles written before each surname alone, by surname key. */
function surnameTitleSexes(perArticle: Finding[]): (surname: string) => ReadonlySet<Gender | undefined> {
  const sexes = new Map<string, Set<Gender | undefined>>();
  for (const { mentions } of perArticle)
    for (const mention of mentions) {
      if (!mention.courtesy || mention.words.length !== 1) continue;
      const key = surnameKey(mention.words);
      sexes.set(key, (sexes.get(key) ?? new Set()).add(titleGender(mention.courtesy)));
    }
  return (surname) => sexes.get(surname) ?? new Set();
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

/** How many of the story's people have each first word of a full name that is no given name, lower case ("yoon"). */
function familyNameFirstOwners(perArticle: Finding[], personSurnames: Set<string>): Map<string, number> {
  const byFirst = new Map<string, Set<string>>();
  for (const { mentions } of perArticle)
    for (const mention of mentions) {
      if (mention.body || mention.words.length < 2 || !personSurnames.has(surnameKey(mention.words)) || isGivenName(mention.words[0]))
        continue;
      // (Marked as someone by a title or role before it, or an age: "Google Toolbar, a way for users to search" is no
      // one, nor "Google" then.)
      if (!mention.titled && mention.age === undefined) continue;
      const first = mention.words[0].toLowerCase();
      byFirst.set(first, (byFirst.get(first) ?? new Set()).add(mention.name));
    }
  return new Map([...byFirst].map(([first, names]) => [first, names.size]));
}

/**
 * Who "Mr Obama" is where the story names Michelle and Barack Obama: the one full name of that surname the
 * title's sex fits (of two or more, the one the article named before); "Mr Patterson", title kept, where the story's Pattersons are of the other sex only (so he is
 * none of them); the surname as written otherwise.
 */
export function courtesyName(
  people: People,
  words: string[],
  courtesy: string | undefined,
  lastNamedAt: (name: string) => number = () => -1,
  titleUsedFor: (name: string) => string | undefined = () => undefined,
): string {
  const sex = titleGender(courtesy);
  if (words.length !== 1) return words.join(' ');
  // ("Gareth Jones … His colleague Huw Jones … ‘…,’ Dr Jones said": a title of either sex, the one named last.)
  // ("Vendor Joan Harewood … Swan Street shopkeeper Errol Harewood … ‘…,’ Harewood said": a bare surname the
  // story's people share, the one named last too.)
  if (sex === undefined) {
    const full = people.fullNamesBySurname.get(surnameKey(words)) ?? [];
    return courtesy || full.length > 1 ? (lastNamedOf(full, lastNamedAt) ?? words[0]) : words[0];
  }
  const full = people.fullNamesBySurname.get(surnameKey(words)) ?? surnameFirst(people, words[0]);
  // (Of one sex or of none known: "Tebogo Dlamini … His father, Sipho Dlamini, … Mr Dlamini said" may be either.)
  const possible = full.filter((name) => [sex, undefined].includes(people.genderOf(name)));
  const fitting = sameTitleFirst(
    possible.length > 1 && possible.some((name) => lastNamedAt(name) >= 0)
      ? possible
      : full.filter((name) => people.genderOf(name) === sex),
    courtesy,
    titleUsedFor,
  );
  if (fitting.length === 1) return fitting[0];
  // ("Alan and Sheila Marchant … Mr Marchant, 77, said … their son, David Marchant": the one already named; of
  // several, the one named last: "Jayden's grandfather, Ray Morris, raised the alarm. “…,” Mr Morris said.")
  const introduced = lastNamedOf(fitting, lastNamedAt);
  if (introduced) return introduced;
  const otherSex = full.some((name) => ![sex, undefined].includes(people.genderOf(name)));
  return fitting.length === 0 && otherSex ? `${courtesy} ${words[0]}` : words[0];
}

/**
 * Of several who fit a title, the one the article already called by it, else those it has not called by another:
 * an outlet keeps one title for a person ("Mrs Pickford suffered a fractured wrist … Their daughter, Hayley
 * Pickford, … Mrs Pickford added": the mother still; "Their mother, Bridie Kearney, … Mrs Kearney said … Ms Kearney
 * herself": not the mother).
 */
function sameTitleFirst(names: string[], courtesy: string | undefined, titleUsedFor: (name: string) => string | undefined): string[] {
  if (names.length < 2) return names;
  const title = (written: string | undefined) => written?.replace(/\.$/, '').toLowerCase();
  const calledSo = names.filter((name) => title(titleUsedFor(name)) === title(courtesy));
  if (calledSo.length > 0) return calledSo;
  const uncalled = names.filter((name) => titleUsedFor(name) === undefined);
  return uncalled.length > 0 ? uncalled : names;
}

/**
 * The title a surname alone already had for each name among `resolved` (titled mentions resolved to full names, in
 * text order) before `offset`: for courtesyName.
 */
export const titleUsedBefore =
  (resolved: BlockMention[], offset: number) =>
  (name: string): string | undefined =>
    resolved.find((mention) => mention.start < offset && mention.courtesy && mention.words.length === 1 && mention.name === name)?.courtesy;

/** `persons` (in text order) with each title and surname alone resolved to the full name it stands for. */
export function withTitledNames(people: People, mentions: BlockMention[], persons: BlockMention[]): BlockMention[] {
  const resolved: BlockMention[] = [];
  for (const mention of persons) {
    if (!mention.courtesy) {
      resolved.push(mention);
      continue;
    }
    const { words, courtesy, start } = mention;
    const name = courtesyName(people, words, courtesy, lastNamedBefore(mentions, start), titleUsedBefore(resolved, start));
    resolved.push({ ...mention, name });
  }
  return resolved;
}

/** Of `names`, the one named last before the quotation (by `lastNamedAt`); undefined for none named. */
function lastNamedOf(names: string[], lastNamedAt: (name: string) => number): string | undefined {
  const introduced = names.filter((name) => lastNamedAt(name) >= 0);
  return introduced.length > 0 ? introduced.reduce((last, name) => (lastNamedAt(name) > lastNamedAt(last) ? name : last)) : undefined;
}

/**
 * "Mr Lim Kok Wee … Mr Lim": where no full name ends in the surname, those that open with it and not with a given
 * name (Chinese, Korean, Vietnamese and Hungarian names put the family name first).
 */
function surnameFirst(people: People, surname: string): string[] {
  if (isGivenName(surname)) return [];
  return [...people.fullNamesBySurname.values()].flat().filter((name) => name.split(' ')[0] === surname);
}

/**
 * Where each name was last named among `mentions` (in text order) before `offset`, else -1: for courtesyName. With
 * `byGivenName`, its given name alone names it too ("Stephen notes … says Jones" after "Jerry Jones … Stephen
 * Jones"; not for "Ms Brennan", where a given name alone is more often a child's).
 */
export const lastNamedBefore =
  (mentions: BlockMention[], offset: number, byGivenName = false) =>
  (name: string): number =>
    mentions.findLast(
      (other) =>
        other.start < offset && (other.name === name || (byGivenName && other.words.length === 1 && name.startsWith(`${other.words[0]} `))),
    )?.start ?? -1;

/**
 * As lastNamedBefore by given names too, but anyone the article has named in full ranks above anyone it calls by
 * the given name alone, as news calls a child: "Dil Bahadur Magar … His five-year-old son, Bishal, … Magar, 34,
 * told" is the father.
 */
export const lastNamedInFullFirst = (mentions: BlockMention[], offset: number) => {
  const inFull = lastNamedBefore(mentions, offset);
  const byGivenName = lastNamedBefore(mentions, offset, true);
  return (name: string): number => (inFull(name) >= 0 ? offset + byGivenName(name) : byGivenName(name));
};

/**
 * The sex the story gives a name (lower case; null where it says both): `firmly` by "his", "her", "himself" or a
 * "he" of its own clause, `afterSaying` only by the subject of what the person said ("said she would"), which the
 * name lists outweigh.
 */
interface TextGenders {
  firmly: Map<string, Gender | null>;
  afterSaying: Map<string, Gender | null>;
}

/** The pronouns that tell a person's sex, with the sex they tell. */
const SEXED_PRONOUNS = /\b(?:(he|his|him|himself)|(she|her|hers|herself))\b/gi;

/**
 * A pronoun after a subject that is the subject's own: not "him" or an object "her" ("Vukovic taught her as much":
 * someone else), nor the subject of a relative clause on a noun (below).
 */
function ownPronoun(stretch: string, match: RegExpExecArray): boolean {
  const word = match[0].toLowerCase();
  if (word === 'him') return false;
  const next = /^\s+([\p{L}’'-]+)/u.exec(stretch.slice((match.index ?? 0) + match[0].length))?.[1];
  if (word === 'her' && (next === undefined || FUNCTION_WORDS.has(next.toLowerCase()))) return false;
  // ("Nadia Marchetti leapt to his defense", "came to her aid": the possessive of one the subject acts for.)
  const before = /([\p{L}]+)\s+$/u.exec(stretch.slice(0, match.index))?.[1]?.toLowerCase() ?? '';
  if (/^(?:to|on|in|for|at|by)$/.test(before) && next !== undefined && ACTED_FOR_NOUNS.has(next.toLowerCase())) return false;
  return !inReducedRelative(stretch.slice(0, match.index), match[0]);
}

/**
 * An indefinite apposition closed by a comma right after a name (", a labourer,", ", an engineer from Swat,"), or an
 * aside between dashes (" — his sister-in-law —"): what it says is of someone else.
 */
const CLOSED_APPOSITION = /^(?:,\s+(?:a|an)\s+[^,.;:!?“”"‘\n]{1,60},|\s*[—–][^—–.;:!?“”"‘\n]{1,60}[—–])/;

/**
 * "he" or "she" as the story itself uses it of a person: a subject followed in its sentence, before anyone else
 * is named or quoted and before any comma, by a sexed pronoun ("Mikey Madison won the Oscar for her role" —
 * though the name lists call Mikey a man's name). By name as written, lower case; null where the story says both (the
 * name lists then decide).
 */
/** How far before a subject an opening phrase with an owner's pronoun may start. */
const FRONTED_REACH = 80;
/**
 * "Before his arrest, Moyo told", "In her primary race, Angle": an opening phrase on a preposition whose "his" or
 * "her" is the subject's, right before it (not an apposition: "concerns his predecessor, Fiona Hill, raised").
 */
const FRONTED_OWNER =
  /(?:^|[.!?]["”’]?\s+|\n)(?:Before|After|In|During|At|On|Since|As|Following|Throughout|Despite|Upon|Until|To)\s+[^.!?,;\n“”"]{0,40}?\b(his|her)\s+[^.!?,;\n“”"]{1,30},\s+$/u;

function textGenders(perArticle: Finding[], isPerson: (mention: BlockMention) => boolean): TextGenders {
  const told: TextGenders = { firmly: new Map(), afterSaying: new Map() };
  for (const { article, mentions } of perArticle) {
    const body = article.body;
    mentions.forEach((mention, index) => {
      // ("Rajesh Patel and his wife, Meena, …": the pronoun right after "and" is his too.)
      const coordinated = /^\s+and\s+(?:his|her)\b/.test(body.slice(mention.end, mention.end + 12));
      if (!(mention.subject || coordinated) || mention.attributive || !isPerson(mention)) return;
      const next = mentions[index + 1]?.start ?? body.length;
      // ("Gul Rehman, a labourer, lost his two sons": past an apposition closed by its comma, the clause goes on.)
      const from = mention.end + (CLOSED_APPOSITION.exec(body.slice(mention.end, next))?.[0].length ?? 0);
      // (Not past a comma: "said Beth Meacham, one of his editors" — an apposition speaks of someone else.)
      const sentenceEnd = /[.!?](?=\s|$)|\n|[,;:“”"‘]/.exec(body.slice(from, next));
      const stretch = body.slice(from, sentenceEnd ? from + sentenceEnd.index : next);
      // (Past an apposition, not into what is said: "Rohan Deshpande, a bank clerk, said … so that she could study.")
      const sayingAt =
        from > mention.end ? [...stretch.matchAll(/\b\p{Ll}+\b/gu)].find((word) => SAYING_VERBS.has(word[0]))?.index : undefined;
      const pronoun = [...stretch.matchAll(SEXED_PRONOUNS)].find(
        (match) => ownPronoun(stretch, match) && (sayingAt === undefined || (match.index ?? 0) < sayingAt),
      );
      // ("Beside him, his daughter Nadia held his arm": the noun the name is set beside says its sex, not a pronoun
      // that may be the relative's.)
      const beside = besideNounGender(body, mention.start);
      const fronted = FRONTED_OWNER.exec(body.slice(Math.max(0, mention.start - FRONTED_REACH), mention.start))?.[1].toLowerCase();
      if (!pronoun && !beside && !fronted) return;
      const gender: Gender = beside ?? (fronted ? (fronted === 'his' ? 'he' : 'she') : pronoun?.[1] ? 'he' : 'she');
      // "Dr Alasdair Munro said she had …": the subject of what is said may be someone else, and so may an owner
      // in it ("Castellano said the decision was not a judgment on his guilt").
      const wordBefore = pronoun ? (/([\p{L}]+)\s+$/u.exec(stretch.slice(0, pronoun.index))?.[1]?.toLowerCase() ?? '') : '';
      const saidBefore =
        pronoun !== undefined && [...stretch.slice(0, pronoun.index).matchAll(/\b\p{Ll}+\b/gu)].some((word) => SAYING_VERBS.has(word[0]));
      const reported =
        (/^(?:he|she)$/i.test(pronoun?.[0] ?? '') && SAYING_VERBS.has(wordBefore)) ||
        (/^(?:his|her)$/i.test(pronoun?.[0] ?? '') && saidBefore);
      const map = !beside && reported ? told.afterSaying : told.firmly;
      const key = mention.name.toLowerCase();
      const known = map.get(key);
      map.set(key, known === undefined || known === gender ? gender : null);
    });
  }
  return told;
}

/** How many words may stand between a determiner and the subject of a relative clause on its noun. */
const RELATIVE_NOUN_REACH = 4;

/**
 * "says Jeptoo is the most disciplined athlete he has coached": a "he" or "she" right after a noun phrase is the
 * subject of a relative clause on that noun (its "that" left out) — someone else, not the sentence's subject.
 */
function inReducedRelative(before: string, pronoun: string): boolean {
  if (!/^(?:he|she)$/i.test(pronoun)) return false;
  const words = before
    .trim()
    .split(/\s+/)
    .slice(-(RELATIVE_NOUN_REACH + 1));
  const determiner = words.findLastIndex((word) => /^(?:the|a|an|every|any|each|no)$/i.test(word));
  if (determiner < 0 || determiner === words.length - 1) return false;
  const phrase = words.slice(determiner + 1);
  const linking = (word: string) => FUNCTION_WORDS.has(word) || CLAUSE_WORDS.has(word) || SAYING_VERBS.has(word);
  return phrase.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !linking(word));
}

/** A role noun with its determiner and up to two words before it ("The girl’s father,"), then the comma of an apposition. */
const ROLE_BEFORE_APPOSITION =
  /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Tt]he|[Aa]n?|\p{Lu}[\p{L}-]*[’']s)\s+(?:[\p{Ll}\d-]+(?:[’']s)?\s+){0,2}([\p{Ll}-]+)(,?)\s$/u;

/**
 * "Her daughter, Kirsten, said", "Tebogo's older brother, Mpho,", "Her 9-year-old grandson, Jack,": a given name
 * alone in apposition to a role is a person; so is one right after a relative, commas or not ("his daughter Nadia
 * held his arm", "Ms Kinsella's daughter Aoife said").
 */
function givenNameAfterRole(body: string, mention: BlockMention): boolean {
  if (mention.words.length !== 1 || mention.body) return false;
  const match = ROLE_BEFORE_APPOSITION.exec(body.slice(Math.max(0, mention.start - 60), mention.start));
  const role = match?.[1]?.toLowerCase();
  if (role === undefined) return false;
  if (!match?.[2]) return FAMILY_NOUNS.has(role) && !/^\s\p{Lu}/u.test(body.slice(mention.end, mention.end + 2));
  // ("His father, Prakash, said": after a relative, any name — the lists lack many.)
  return body[mention.end] === ',' && (FAMILY_NOUNS.has(role) || (isGivenName(mention.words[0]) && isRoleWord(role)));
}

/**
 * "Margaret Thatcher rose to speak. The world, she proclaimed, …", "I met Jo Hollis at a diner. ¶ … she said": a
 * full name whose first word is a given name, and a pronoun that may stand for it (of the name's sex, where it has
 * one) later in its paragraph or the next — a person, though named only once.
 */
function referredToByGivenNamePronoun(body: string, mention: BlockMention): boolean {
  // (A given name the lists lack, in apposition as the subject of a clause: "The sarpanch, Bhanwar Singh, refused
  // … he was polite" — not "Web of Angels was the first novel she sold".)
  const apposed = /,\s$/.test(body.slice(mention.start - 2, mention.start)) && body[mention.end] === ',';
  const given = isGivenName(mention.words[0]) || (mention.subject && apposed && mention.words.length === 2);
  if (!given || LANDMARK_HEADS.has(mention.words[mention.words.length - 1].toLowerCase())) return false;
  // ("lived on the same street in Island Bay … she told me": a name after "in" is a place.)
  const wordBefore = /(\p{L}+)\s+$/u.exec(body.slice(Math.max(0, mention.start - 12), mention.start))?.[1].toLowerCase();
  if (wordBefore !== undefined && DESCRIPTION_PREPOSITIONS.has(wordBefore)) return false;
  const gender = givenNameGender(mention.words);
  // (Not the attribution right after a quotation, "“…,” he said": that is the pronoun to be resolved — unless the
  // name is the subject of a sentence of that paragraph: "Pat Byrne has farmed here for forty years. “…,” he said.")
  const lookBehind = mention.subject ? '' : '(?<![”"’],?\\s{0,2})';
  const pronoun = new RegExp(`${lookBehind}\\b(?:${gender ?? 'he|she'})\\b`, 'i');
  return pronoun.test(body.slice(mention.end, nextParagraphEndOf(body, mention.end)));
}
