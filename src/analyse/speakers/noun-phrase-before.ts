// The speaker that ends right before a verb of saying ("Ann Lowe, 83, of Diamond Bar, said"): the stretch before
// the verb, cut at its commas into a chain of names, roles, ages and places, and past a time or an aside between
// the speaker and the verb ("Obama on Tuesday called").

import {
  isAge,
  BODY_HEADS,
  COMPANY_SUFFIXES,
  SAYING_VERBS,
  isSayingParticiple,
  isSpeakingHead,
  ROLE_NOUNS,
  roleHead,
  TITLES,
  DETERMINERS,
  TEAM_NOUNS,
  NOT_NAMES,
  isBetweenWord,
  DESCRIPTION_POST_MODIFIERS,
  DESCRIPTION_PREPOSITIONS,
  WEEKDAYS,
  MONTHS,
  SOURCE_POST_MODIFIERS,
  PEOPLE_NOUNS,
  TIME_WORDS,
  TIME_OPENERS,
  TIME_NOUNS,
  isYear,
  DEICTIC_TIME_WORDS,
  ASIDE_PREPOSITIONS,
  NUMBER_WORDS,
  NAME_PARTICLES,
  NAME_GIVEN_ONLY_AS,
} from '../../lexicon.js';
import { isGivenName } from './gender.js';
import { commaInBodyName, linksBodyName, nameParts } from './names.js';
import { isCap, norm, isNamePartAt, type RawSpeaker, isWordToken, isNamePart, personalName, withoutTitles, POSSESSIVE } from './tokens.js';
import { phraseEndingAt } from './noun-phrase.js';

/** Tokens that end a stretch of appositions: nothing before them belongs to the speaker's noun phrase. */
export const HARD_BREAK = new Set([';', ':', '(', ')', '—', '–']);

/** "Federal Minister for Climate Change Senator Shazia Rahim": a stretch whose last words are a title and a name. */
function endsOnTitledName(words: string[]): boolean {
  const title = words.findLastIndex((word) => TITLES.has(norm(word)) && isCap(word));
  const named = words.slice(title + 1);
  return title >= 0 && named.length > 0 && named.length <= 3 && named.every((word) => isNamePart(word) && !TITLES.has(norm(word)));
}

/** "A reader, Mairéad in Oughterard, emails": a name, then "in" and the capitalised place the person is in. */
function namedWithPlace(words: string[]): boolean {
  const link = words.indexOf('in');
  return (
    link > 0 && link <= 3 && words.slice(0, link).every(isNamePart) && words.length - link - 1 >= 1 && words.slice(link + 1).every(isCap)
  );
}

/**
 * "Declan Grealish of the Anchor bar, where the fire started, said": a person's full name (a known given name first),
 * then where they are from or work — the name, else null.
 */
function nameBeforeAffiliation(words: string[]): RawSpeaker | null {
  const link = words.findIndex((word) => /^(?:of|from|at)$/.test(word));
  if (link < 2 || link > 3 || link === words.length - 1) return null;
  const name = words.slice(0, link);
  return personalName(name) && isGivenName(name[0]) ? { kind: 'name', words: name } : null;
}

type SegmentKind = 'person' | 'body' | 'role' | 'skip' | 'other';

/**
 * What a comma-separated stretch before a saying verb is. 'skip': an age, a place or a relative clause
 * (", 83,", ", of Diamond Bar,", ", who …,"); 'person': a proper name, titles allowed ("Sgt. John Sheahan");
 * 'body': a named organisation; 'role': a description of someone's job or role ("lead writer and executive
 * producer", "Controller", "a spokeswoman for the department"); 'other': anything else (ends the chain).
 */
function segmentKind(tokens: string[], start: number, end: number): SegmentKind {
  // "…, but General Tom Reed, chairman of …, told": the conjunction joins the clause, it is no part of the name.
  const from = start < end - 1 && /^(?:and|but|yet|while|whereas|though|although)$/i.test(tokens[start]) ? start + 1 : start;
  const words = tokens.slice(from, end);
  // (", now 14,": an age as of now.)
  const age = norm(words[0] ?? '') === 'now' ? words.slice(1) : words;
  if (age.length === 0 || age.every((word) => isAge(word))) return 'skip';
  // "…, and American University in Washington,": a second affiliation joined to the role before.
  if (from > start && /^and$/i.test(tokens[start]) && words.some((word) => /^(?:in|at|of|for)$/.test(word)) && isCap(words[0]))
    return 'skip';
  // "Acme, Inc.": the rest of the company's name.
  if (words.every((word) => COMPANY_SUFFIXES.has(word.toLowerCase()))) return 'skip';
  const first = norm(words[0]);
  // ("Devon Persaud, 26, was secretly filmed … as a middleman boasted": a stretch opening on a verb is a clause.)
  if (/^(?:was|were|is|are|has|had|have)$/.test(first)) return 'other';
  // ("The prime minister, or Taoiseach, wrote": another name for the same office or person.)
  if (first === 'or' && words.length >= 2 && words.length <= 4 && words.slice(1).every(isCap)) return 'skip';
  // (", for Milimani Heights,": whom a lawyer acts for; ", where the fire started,": what happened at the place named.)
  if (/^(?:of|from|for|in|at|aged|who|whose|whom|which|where|with|near|formerly|originally|based|via|speaking|writing)$/.test(first))
    return 'skip';
  // ("Karen Albrecht, her voice breaking, said": an absolute phrase says how.)
  if (/^(?:his|her|their)$/.test(first) && words.length <= 5 && /^\p{Ll}{3,}(?:ing|ed)$/u.test(words[words.length - 1])) return 'skip';
  // ("Dr Ariadne Konstantinou, visibly shaken, said": an adverb and a word or two say how.)
  if (/^\p{Ll}{3,}ly$/u.test(words[0]) && words.length <= 3 && words.every((word) => /^\p{Ll}+$/u.test(word))) return 'skip';
  // "Ms. Haley, seated next to Mr. Trump, told": a participle's aside says where or how, not who.
  // ("Nick Whyte, defending, said": a lone participle too.)
  const participle = /^\p{Ll}{3,}(?:ing|ed)$/u.test(words[0]) && !SAYING_VERBS.has(first) && !isSayingParticiple(first);
  // (Not one that describes a titled person: "The head of the agency, retired Gen. Víctor Salazar, said".)
  if (participle && (words.length > 1 || /ing$/.test(first)) && !endsOnTitledName(words)) return 'skip';
  // "Addressing MPs, the Home Secretary said": a participle opening the sentence, with its object ("Irving Berlin" is a name).
  // (Its object is no name: "Harding Lewis, a farmer, told" names him.)
  const objectNoName = words.slice(1).some((word) => !isCap(word) || /^\p{Lu}{2,}s$/u.test(word));
  if (start === 0 && objectNoName && /^\p{Lu}\p{Ll}{2,}ing$/u.test(words[0]) && !isGivenName(words[0])) return 'skip';
  const hasRole = words.some((word) => /^[\p{Ll}]/u.test(word) && isSpeakingHead(word));
  const roleFirst = ROLE_NOUNS.has(roleHead(words[0])) && !TITLES.has(first);
  // ("The International Association of Machinists, which represents …, said": a body's name after "The".)
  const named = /^the$/i.test(words[0]) && words.length > 1 ? words.slice(1) : words;
  const allName = named.every(
    (word, index) =>
      isNamePartAt(named, index) || (index > 0 && (word === 'of' || NAME_PARTICLES.has(word) || linksBodyName(named, index))),
  );
  if (allName && !roleFirst) {
    const parts = nameParts(named);
    // ("Willis, the Finance Minister, said": an office in capitals after "the" names no one; it is a role.)
    if (!parts) return named !== words && named.some((word) => TITLES.has(norm(word))) ? 'role' : 'other';
    return parts.body ? 'body' : 'person';
  }
  // "Senior Vice President of Sales for Acme": a job title written with capitals, and what it is of.
  if (roleFirst || (TITLES.has(first) && words.some((word) => /^(?:of|for|at)$/.test(word)))) return 'role';
  if (DETERMINERS.has(first) && /^(?:the|a|an|another)$/i.test(words[0])) {
    // "Ann Lowe, a Democrat, said", "…, an Australian from Perth, said": a party or a people describes a person.
    // ("Another Brit, student Tom Hargreaves, 21, said": so does "another".)
    const described = /^(?:a|an|another)$/i.test(words[0]) && isCap(words[1]);
    return described || words.some((word) => isSpeakingHead(word)) ? 'role' : (describedName(words) ?? 'other');
  }
  if (hasRole) return 'role';
  if (endsOnTitledName(words) || namedWithPlace(words) || nameBeforeAffiliation(words)) return 'person';
  return describedName(words, start === 0) ?? 'other';
}

/**
 * "Ortega's employer, Dayton-based delivery app QuikDrop, said": lower-case words that say what a name is, then the
 * name — a body or a person, as the name itself says.
 */
function describedName(words: string[], opensSentence = false): 'person' | 'body' | undefined {
  // ("Okafor’s proud dad Emmanuel": an owner opens the description as "the" would.)
  const first = /^(?:the|a|an)$/i.test(words[0] ?? '') || POSSESSIVE.test(words[0] ?? '') ? 1 : 0;
  let name = words.length;
  while (name > first && isNamePartAt(words, name - 1)) name--;
  const described = words.slice(first, name);
  if (name === words.length || words.length - name > 4 || described.length === 0 || described.length > 3) return undefined;
  // ("Dayton-based": where it is based says what it is too; "14-year-old Noah Beaulieu": so does an age.)
  const describes = (word: string) =>
    (/^\p{Ll}[\p{Ll}-]+$/u.test(word) && !NOT_NAMES.has(word) && !isBetweenWord(word)) ||
    /^\p{Lu}[\p{L}-]*-based$/u.test(word) ||
    isAge(word);
  // ("Flag carrier subsidiary Polavia, which …, said": the sentence's capital on the first word of the description.)
  const capitalOfSentence = (word: string, index: number) =>
    index === 0 && first === 0 && opensSentence && /^\p{Lu}\p{Ll}+$/u.test(word) && !isGivenName(word) && describes(word.toLowerCase());
  if (!described.every((word, index) => describes(word) || capitalOfSentence(word, index))) return undefined;
  const parts = nameParts(words.slice(name));
  return parts ? (parts.body ? 'body' : 'person') : undefined;
}

/** "who gave his name only as Kelvin", "identified only as Kelvin", "who gave only her first name, Mary": the name they go by. */
const GIVEN_ONLY_AS = new RegExp(`${NAME_GIVEN_ONLY_AS}\\s+(\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*)?)(?: ,)?$`, 'u');

/** "A man who gave his name only as Kelvin, said": the name the speaker gave, at the end of the chain before the verb. */
function nameGivenOnlyAs(tokens: string[], end: number): RawSpeaker | null {
  const found = GIVEN_ONLY_AS.exec(tokens.slice(Math.max(0, end - 12), end).join(' '));
  // ("who gave his name only as Sunday": a weekday the text will not take for a name keeps the description.)
  const words = found?.[1].split(' ');
  return words && !words.some((word) => WEEKDAYS.includes(norm(word)) || MONTHS.has(norm(word))) ? { kind: 'name', words } : null;
}

/** Words an apposition between commas may run to: an expert's affiliation and a relative clause after it. */
const SEGMENT_REACH = 40;

/**
 * The stretches before tokens[end] cut at commas, nearest first, up to a hard break; a comma that lists the parts
 * of one body's name ("A Foreign, Commonwealth and Development Office spokesperson") cuts nothing.
 */
function commaSegments(tokens: string[], end: number): Array<[number, number]> {
  const segments: Array<[number, number]> = [];
  let segmentEnd = end;
  while (segments.length < 6) {
    let comma = segmentEnd - 1;
    while (
      comma >= 0 &&
      (tokens[comma] !== ',' || commaInBodyName(tokens, comma)) &&
      !HARD_BREAK.has(tokens[comma]) &&
      segmentEnd - comma < SEGMENT_REACH
    )
      comma--;
    segments.push([comma + 1, segmentEnd]);
    if (comma < 0 || tokens[comma] !== ',') break;
    segmentEnd = comma;
  }
  return segments;
}

/**
 * The noun phrase that ends just before tokens[at] (the saying verb), skipping "has also" and appositions.
 * The stretch before the verb is cut at commas. With a comma right before the verb ("X, of Diamond Bar, 83,
 * said") everything after the first stretch is apposition, so the speaker is the outermost proper name of
 * the chain — ages, places, relative clauses and role descriptions are passed over. Without it ("Steven
 * Moffat, lead writer and executive producer says"; "Ben Stephenson, Controller, BBC Drama Commissioning
 * says") an open apposition is recognised by a role word and the name before it is the speaker.
 */
export function nounPhraseBefore(tokens: string[], at: number): RawSpeaker | null {
  // "The bill's sponsor, Senator Nathan Oduya (D-Ill.), said": a short aside in parentheses inside the chain.
  const aside = asideInChain(tokens, at);
  if (aside) return nounPhraseBefore([...tokens.slice(0, aside[0]), ...tokens.slice(aside[1])], at - (aside[1] - aside[0]));
  const end = speakerEnd(tokens, at); // exclusive
  if (end === 0) return null;
  const onlyName = nameGivenOnlyAs(tokens, end);
  if (onlyName) return onlyName;
  // "Lowe and her team wrote": the named lead speaks for the team.
  if (end > 3 && TEAM_NOUNS.has(norm(tokens[end - 1])) && /^(?:his|her|their)$/i.test(tokens[end - 2]) && norm(tokens[end - 3]) === 'and') {
    const lead = nounPhraseBefore(tokens, end - 3);
    if (lead?.kind === 'name') return lead;
  }
  const closed = tokens[end - 1] === ',';
  const segments = commaSegments(tokens, closed ? end - 1 : end);
  // A relative clause closed by a comma: "…, a refugee who asked not to be named, said".
  const relative = (index: number) =>
    index > 0 || closed
      ? (relativeHead(tokens, segments[index][0], segments[index][1]) ?? describedBeforeWho(tokens, segments, index))
      : null;
  // "The leader of Ennahda, Rachid Ghannouchi, said": a full name with a given name is no place's rest ("Paris, Texas"),
  // nor is one with a courtesy title ("An analyst at Cowry Securities, Mr. Tunde Bakare, cautioned").
  const givenFullName = ([start, stop]: [number, number]) => {
    const named = withoutTitles(tokens.slice(start, stop));
    return personalName(named) && (isGivenName(named[0]) || named.length < stop - start);
  };
  const kinds = segments.map(([start, stop], index) =>
    (placeContinues(tokens, segments[index + 1]) && !givenFullName(segments[index])) ||
    listTail(tokens, segments[index], segments[index + 1])
      ? 'skip'
      : relative(index)
        ? 'role'
        : segmentKind(tokens, start, stop),
  );
  // ("Senator Maura Brennan, the most prominent voice against the change, said": a description in apposition to the
  // name that opens the sentence, whatever its noun.)
  kinds.forEach((kind, index) => {
    const opensSentence = segments[index + 1]?.[0] === 0 && kinds[index + 1] === 'person';
    if (closed && kind === 'other' && opensSentence && /^(?:the|a|an)$/i.test(tokens[segments[index][0]])) kinds[index] = 'role';
  });
  // (An age beyond a stretch that is no apposition is another's: "Devon Persaud, 26, was filmed as a middleman boasted".)
  const chainEnd = kinds.indexOf('other');
  const aged = segments.some(([start, stop], index) =>
    (index > 0 || closed) && stop > start && (chainEnd < 0 || index < chainEnd)
      ? tokens.slice(start, stop).every((word) => isAge(word))
      : false,
  );
  const pick = (index: number): RawSpeaker | null => {
    const head = relative(index);
    if (head) return head;
    // "Her husband Derek, 70, joked": a name that ends the role is who is meant, the age theirs.
    const ownName = aged && kinds[index] === 'role' ? phraseEndingAt(tokens, segments[index][1], segments[index][0]) : null;
    if (ownName?.kind === 'name') return ownName;
    if (aged && kinds[index] === 'role') return { kind: 'anaphor', words: tokens.slice(segments[index][0], segments[index][1]) };
    // A phrase after the head only right before the verb: further out, "One man in the camp, a refugee who …" is the refugee.
    const found =
      (kinds[index] === 'person' ? nameBeforeAffiliation(tokens.slice(segments[index][0], segments[index][1])) : null) ??
      sourcePostModified(tokens, segments[index][1], segments[index][0]) ??
      phraseEndingAt(tokens, segments[index][1], segments[index][0]) ??
      (index === 0 && !closed ? postModified(tokens, segments[index][1], segments[index][0]) : null);
    return found && aged && found.kind === 'description' ? { kind: 'anaphor' as const, words: found.words } : found;
  };
  if (closed) return closedChainSpeaker(tokens, segments, kinds, pick, givenFullName);
  // "Ann Lowe, a research analyst at the Council on Energy, Environment and Water think tank told": the rest of
  // a name cut by its comma is passed over, and the apposition need not be closed.
  const near = kinds[0] === 'skip' && kinds.length > 1 ? 1 : 0;
  if (kinds[near] === 'role' || ((kinds[near] === 'person' || kinds[near] === 'body') && kinds[near + 1] === 'role')) {
    for (let index = near + 1; index < segments.length && kinds[index] !== 'other'; index++) {
      if (kinds[index] === 'person') return pick(index);
    }
  }
  if (norm(tokens[segments[0][1] - 1] ?? '') === 'who') {
    // "…, including a career officer who described": the antecedent stands before "who" in the same stretch.
    const own = phraseEndingAt(tokens, segments[0][1] - 1, segments[0][0]);
    if (own && own.kind !== 'pronoun') return own;
    if (segments.length > 1) return pick(1);
  }
  return pick(0);
}

/**
 * "A vendor at Kwekwe's main bus terminus, who asked not to be named, said": an indefinite article (or "one",
 * "another": "One county director in the Rift Valley, who …"), a lower-case noun and a short phrase after it, with
 * "who" opening the next stretch — a person, whatever the noun; not the place the phrase names.
 */
function describedBeforeWho(tokens: string[], segments: Array<[number, number]>, index: number): RawSpeaker | null {
  const [start, stop] = segments[index];
  let last = start + 1;
  while (
    last + 1 < stop &&
    /^\p{Ll}+$/u.test(tokens[last + 1]) &&
    !DESCRIPTION_PREPOSITIONS.has(tokens[last + 1]) &&
    tokens[last + 1] !== 'of'
  )
    last++;
  const head = tokens[last] ?? '';
  const beforeWho = index > 0 && norm(tokens[segments[index - 1][0]] ?? '') === 'who';
  const described =
    /^(?:a|an|one|another)$/i.test(tokens[start] ?? '') && stop - start <= 8 && /^\p{Ll}{3,}$/u.test(head) && !NOT_NAMES.has(head);
  return beforeWho && described ? { kind: 'description', words: tokens.slice(start, stop), head } : null;
}

/**
 * The speaker of a chain of appositions closed by a comma before the verb ("X, of Diamond Bar, 83, said"): the
 * outermost person or body, else the outermost role that reads as a speaker.
 */
function closedChainSpeaker(
  tokens: string[],
  segments: Array<[number, number]>,
  kinds: SegmentKind[],
  pick: (index: number) => RawSpeaker | null,
  givenFullName: (segment: [number, number]) => boolean,
): RawSpeaker | null {
  let person = -1;
  let role = -1;
  for (let index = 0; index < segments.length && kinds[index] !== 'other'; index++) {
    if (kinds[index] === 'person' || kinds[index] === 'body') person = index;
    else if (kinds[index] === 'role') role = index;
  }
  // "The Mandan, North Dakota, police chief, Jason Ziegler, said": a bare role right before a full name is that
  // name's description, cut by a place's commas; what stands further out is part of the role.
  const bareRole = kinds[1] === 'role' && /^\p{Ll}/u.test(tokens[segments[1][0]]) && !DETERMINERS.has(norm(tokens[segments[1][0]]));
  if (kinds[0] === 'person' && bareRole && givenFullName(segments[0])) return pick(0);
  // ("The head of Fiji's National Disaster Management Office, Vasiti Naulu, said", "The Ministry of Health's Director
  // of Public Health, Dr Peter Omondi, has called": an office described with "the", then the person who holds it.)
  // ("Minister for Youth and Sports, Hon. Abena Osei-Bonsu, said": an office with its field, no one's name, too.)
  const [outerStart, outerStop] = segments[person] ?? [0, 0];
  // ("Fiji's Minister for Maritime Transport, Semi Koroitamana, has warned": an owner may come before the office.)
  // ("Cyprus' Deputy Minister of Culture, Ms Eleni Charalambous, said": a plural's or an s-ending name's mark too.)
  const titleAt = /(?:[’']s|s[’'])$/.test(tokens[outerStart] ?? '') ? outerStart + 1 : outerStart;
  const office = TITLES.has(norm(tokens[titleAt] ?? '')) && tokens.slice(titleAt, outerStop).some((token) => /^(?:for|of)$/.test(token));
  const described = person > 0 && (DETERMINERS.has(norm(tokens[outerStart])) || office);
  const fullName = (segment: [number, number]) => givenFullName(segment) || segment[1] - segment[0] >= 2;
  const holder = described ? segments.findIndex((segment, index) => index < person && kinds[index] === 'person' && fullName(segment)) : -1;
  if (holder >= 0) return pick(holder);
  if (person >= 0) return pick(person);
  const named = roleEndingOnName(tokens, segments.slice(0, role + 1), kinds);
  if (named) return named;
  // The outermost role that reads as a speaker ("One man in the camp" names none; "a refugee who …" does).
  for (let index = role; index >= 0; index--) {
    const found = kinds[index] === 'role' ? pick(index) : null;
    if (found) return found;
  }
  return null;
}

/** "The victim, 52-year-old shopkeeper Rajesh Patel, said": a role in apposition that ends on the person's name. */
function roleEndingOnName(tokens: string[], segments: Array<[number, number]>, kinds: SegmentKind[]): RawSpeaker | null {
  for (let index = 0; index < segments.length; index++) {
    const found = kinds[index] === 'role' ? phraseEndingAt(tokens, segments[index][1], segments[index][0]) : null;
    if (found?.kind === 'name' && personalName(withoutTitles(found.words))) return found;
  }
  return null;
}

/**
 * ", a refugee who asked not to be named, said": a description whose head a relative "who" follows names a
 * person, whatever the noun ("a retired teacher from Truro who": past where they are from); the relative clause is
 * no part of it. Null for any other stretch.
 */
function relativeHead(tokens: string[], start: number, stop: number): RawSpeaker | null {
  if (!/^(?:a|an|the)$/i.test(tokens[start] ?? '')) return null;
  let who = start + 2;
  while (who < stop && who - start < 8 && isWordToken(tokens[who]) && tokens[who] !== 'who') who++;
  if (who >= stop || tokens[who] !== 'who') return null;
  // ("a retired teacher from Truro who …": the head before where they are from.)
  const from = tokens.slice(start + 2, who).findIndex((token) => /^(?:from|in|at|of)$/.test(token));
  const headAt = from >= 0 && who - (start + 2 + from) <= 3 ? start + 1 + from : who - 1;
  if (headAt === who - 1 && who - start > 5) return null;
  const head = tokens[headAt];
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(head) || NOT_NAMES.has(head) || /(?:ly|ing|ed)$/.test(head)) return null;
  return { kind: 'description', words: tokens.slice(start, who), head };
}

/**
 * The stretch before this one ends with a place ("… in Greenbelt", "… in Washington"): a short capitalised
 * stretch after it is the rest of that place ("Maryland", "D.C."), no one's name.
 */
function placeContinues(tokens: string[], before: [number, number] | undefined): boolean {
  if (!before) return false;
  const [start, stop] = before;
  let at = stop - 1;
  while (at >= start && isNamePart(tokens[at])) at--;
  // "… Bank of Kansas City President Thomas M. Hoenig": a title in the run makes it a person's name, not a place.
  const titled = tokens.slice(at + 1, stop).some((token) => TITLES.has(norm(token)));
  // ("The head of Fiji's National Disaster Management Office, Vasiti Naulu": a body's name is no place going on.)
  if (at >= stop - 1 || at < start || !/^(?:in|at|from|near|of|on)$/i.test(tokens[at]) || titled) return false;
  return !BODY_HEADS.has(norm(tokens[stop - 1]));
}

/**
 * "… who decides what borrowers pay on mortgages, loans and other credit products, said": the last items of a
 * list cut by its commas, in lower case, go on the stretch before them; they are no apposition of their own.
 */
function listTail(tokens: string[], segment: [number, number], before: [number, number] | undefined): boolean {
  if (!before) return false;
  const words = tokens.slice(segment[0], segment[1]);
  const joined = words.some((word) => /^(?:and|or)$/.test(word));
  return joined && words.every((word) => /^[\p{Ll}\p{N}]/u.test(word)) && /^\p{Ll}+s$/u.test(tokens[before[1] - 1] ?? '');
}

/** How many words such a phrase may have, its preposition included. */
const POST_MODIFIER_REACH = 4;
/** As much for one saying whose source it is ("close to the team's owners"). */
const SOURCE_MODIFIER_REACH = 6;

/**
 * A description with a word or a short phrase after its head ("one of the managers present said", "one of the
 * engineers in the room said"): the head is found before it, and the phrase stays part of the description.
 */
function postModified(tokens: string[], end: number, floor: number): RawSpeaker | null {
  for (let cut = end - 1; cut > floor && end - cut <= POST_MODIFIER_REACH; cut--) {
    if (!isWordToken(tokens[cut])) return null;
    const word = norm(tokens[cut]);
    if (!(cut === end - 1 && DESCRIPTION_POST_MODIFIERS.has(word)) && !DESCRIPTION_PREPOSITIONS.has(word)) continue;
    // "the officials on Monday said", "officers in 2019 said": a time, not which of them.
    const object = norm(tokens[cut + 1] ?? '');
    if (WEEKDAYS.includes(object) || MONTHS.has(object) || /^\d/.test(object)) return null;
    const head = phraseEndingAt(tokens, cut, floor);
    return head?.kind === 'description' ? { ...head, words: [...head.words, ...tokens.slice(cut, end)] } : null;
  }
  return null;
}

/**
 * "a source close to the club said", "two people familiar with the talks said": the source speaks, not what it is
 * close to. The head before the adjective must read as a speaker; the whole phrase is the description.
 */
function sourcePostModified(tokens: string[], end: number, floor: number): RawSpeaker | null {
  for (let cut = end - 2; cut > floor && end - cut <= SOURCE_MODIFIER_REACH; cut--) {
    if (!isWordToken(tokens[cut])) return null;
    if (!SOURCE_POST_MODIFIERS.has(`${norm(tokens[cut])} ${norm(tokens[cut + 1])}`)) continue;
    const head = phraseEndingAt(tokens, cut, floor) ?? peopleBefore(tokens, cut, floor);
    return head?.kind === 'description' ? { ...head, words: [...head.words, ...tokens.slice(cut, end)] } : null;
  }
  return null;
}

/** "people", "two people", "several people" ending at tokens[end - 1]: a description only with what follows it. */
function peopleBefore(tokens: string[], end: number, floor: number): RawSpeaker | null {
  const head = norm(tokens[end - 1] ?? '');
  if (end - 1 < floor || !PEOPLE_NOUNS.has(head)) return null;
  const count = end - 2 >= floor && /^(?:\p{Ll}+|\d+)$/u.test(tokens[end - 2]) && !SAYING_VERBS.has(norm(tokens[end - 2]));
  return { kind: 'description', words: tokens.slice(count ? end - 2 : end - 1, end), head };
}

/** How many tokens an aside in parentheses may hold ("(D-Ill.)", "(ANC)"). */
const ASIDE_REACH = 4;
/** How far before the verb such an aside may stand. */
const ASIDE_DISTANCE = 24;

/**
 * [open, close + 1) of a short aside in parentheses in the chain before the verb at tokens[at] — before a comma, or
 * inside a relative clause ("Mfinanga, whom fans call “Mshale” (the arrow) for his pace, wrote"); or null.
 */
function asideInChain(tokens: string[], at: number): [number, number] | null {
  for (let close = at - 2; close > 0 && at - close <= ASIDE_DISTANCE; close--) {
    if (tokens[close] !== ')' || !(tokens[close + 1] === ',' || tokens.slice(close + 1, at).includes(','))) continue;
    const open = tokens.lastIndexOf('(', close);
    return open > 0 && close - open <= ASIDE_REACH && !tokens.slice(open + 1, close).includes(')') ? [open, close + 1] : null;
  }
  return null;
}

/** How many tokens an aside between dashes before the verb may hold ("— dubbed ‘Red Mo’ by her critics —"). */
const DASH_ASIDE_REACH = 12;

/** Where the speaker before a verb at tokens[at] ends: past adverbs, auxiliaries and a time between them. */
function speakerEnd(tokens: string[], at: number): number {
  let end = at;
  while (end > 0 && isBetweenWord(tokens[end - 1])) end--;
  // "Senator Ann Lowe (D-Ohio) said": an aside in parentheses right before the verb; "Cathal Brennan – no relation –
  // said": one between dashes.
  if (tokens[end - 1] === ')' && tokens.lastIndexOf('(', end - 1) > 0) end = tokens.lastIndexOf('(', end - 1);
  const dash = tokens[end - 1] === '–' || tokens[end - 1] === '—' ? tokens.lastIndexOf(tokens[end - 1], end - 2) : -1;
  if (dash > 0 && end - dash <= DASH_ASIDE_REACH) end = dash;
  // "Obama on Tuesday called", "Ann Hale, at the time, said": a time between the speaker and the verb.
  // (A time before a comma only when a comma opens it too: in "who will meet Putin on Tuesday, told" it ends a clause.)
  const time = timePhraseStart(tokens, end);
  const commaAfter = tokens[end - 1] === ',';
  if (time < end && time > 0 && (!commaAfter || (time > 1 && tokens[time - 1] === ','))) end = commaAfter ? time - 1 : time;
  while (end > 0 && isBetweenWord(tokens[end - 1])) end--;
  // ("One season-ticket holder of 30 years said": how long they have been one.)
  const tenure = end > 3 && norm(tokens[end - 3]) === 'of' && /^(?:\d+|\p{Ll}+)$/u.test(tokens[end - 2]);
  if (tenure && /^(?:years|months|decades)$/.test(norm(tokens[end - 1])) && isNumberWord(tokens[end - 2])) end -= 3;
  // "Netanyahu, however, said": a word set off by commas between the speaker and the verb.
  if (end > 3 && tokens[end - 1] === ',' && tokens[end - 3] === ',' && isBetweenWord(tokens[end - 2])) end -= 3;
  // "Ann Lowe, for her part, said", "Lowe, in an interview, said": a short phrase on a preposition set off by commas.
  return end - prepositionAside(tokens, end);
}

/** A count in figures or in words ("30", "thirty", "many"). */
const isNumberWord = (word: string): boolean =>
  /^\d+$/.test(word) || NUMBER_WORDS.has(norm(word)) || /^(?:many|several|some)$/.test(norm(word));

/** The length of a phrase on a preposition set off by commas that ends at tokens[end - 1] (its comma), or 0. */
function prepositionAside(tokens: string[], end: number): number {
  if (tokens[end - 1] !== ',') return 0;
  for (let open = end - 3; open >= Math.max(1, end - 6); open--) {
    if (tokens[open] !== ',') continue;
    const words = tokens.slice(open + 1, end - 1);
    const aside = ASIDE_PREPOSITIONS.has(norm(words[0])) && words.slice(1).every((word) => /^\p{Ll}+$/u.test(word));
    return aside ? end - open : 0;
  }
  return 0;
}

/**
 * Where a phrase of time that ends at tokens[end - 1] (or before its comma) starts: "on Tuesday", "last week",
 * "on Dec. 21", "earlier this month", "in 2009", "at the time", "Monday night", "yesterday"; `end` if none.
 */
export function timePhraseStart(tokens: string[], end: number): number {
  const last = end - (tokens[end - 1] === ',' ? 2 : 1);
  const word = (at: number) => norm(tokens[at] ?? '').replace(/\.$/, '');
  if (last < 0) return end;
  if (TIME_WORDS.has(word(last))) return last;
  let start = last;
  const day = /^\d{1,2}$/.test(word(start)) && MONTHS.has(word(start - 1)) && isCap(tokens[start - 1]);
  if (day) start--;
  const head = word(start);
  // A month only with its day or an opener ("on Dec. 21", "in May"): "Theresa May said" names her.
  const month = MONTHS.has(head) && isCap(tokens[start]) && (day || TIME_OPENERS.has(word(start - 1)));
  const dated = WEEKDAYS.includes(head) || month || (isYear(head) && TIME_OPENERS.has(word(start - 1)));
  if (!dated && !TIME_NOUNS.has(head)) return end;
  const deictic = (at: number) => DEICTIC_TIME_WORDS.has(word(at));
  if (TIME_NOUNS.has(head) && (WEEKDAYS.includes(word(start - 1)) || deictic(start - 1) || word(start - 1) === 'the')) start--;
  if (deictic(start) && /^(?:earlier|later)$/.test(word(start - 1))) start--;
  if (TIME_OPENERS.has(word(start - 1)) && !deictic(start)) start--;
  // A bare time noun needs its opener ("the time" alone is no time: "said the time had come").
  if (!dated && (start === last || word(start) === 'the')) return end;
  return start;
}
