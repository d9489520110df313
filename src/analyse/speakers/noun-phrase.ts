// The noun phrase that ends at a given token: a name ("Robert Mueller", "Joost van Hoof of the Fontys
// University"), a description ("a senior State Department official") or a role that speaks for someone ("a
// spokesman for the department"). The readers before and after a quotation both build on it.

import {
  PRONOUNS,
  isSpeakingHead,
  SAYING_VERBS,
  ROLE_NOUNS,
  roleHead,
  TITLES,
  PLATFORMS,
  NOT_NAMES,
  PARTITIVES,
  DETERMINERS,
  isBetweenWord,
  isRoleWord,
  isListedRoleBeforeName,
  POSSESSIVE_DETERMINERS,
  POST_VERBS,
  BE_FORMS,
  TEXT_NOUNS,
  OBTAINED_PARTICIPLES,
  PLURAL_GROUP_NOUNS,
  NAME_PARTICLES,
  BODY_HEADS,
} from '../../lexicon.js';
import { isGivenName } from './gender.js';
import { commaInBodyName, isLetterCodename, linksBodyName, nameParts } from './names.js';
import {
  type RawSpeaker,
  norm,
  isNamePart,
  isWordToken,
  isAcronym,
  isNamePartAt,
  isCap,
  POSSESSIVE,
  isRelativeWord,
  personalName,
} from './tokens.js';

/** The noun phrase ending at tokens[end - 1], not reaching before tokens[floor]. */
export function phraseEndingAt(tokens: string[], end: number, floor: number): RawSpeaker | null {
  if (end <= floor) return null;
  const last = tokens[end - 1];
  const lastNorm = norm(last);
  // "Vice Premier Liu He said": after a capitalised name mid-sentence, "He" ends the name.
  const endsName = last === 'He' && end - 2 >= floor && /^\p{Lu}\p{Ll}/u.test(tokens[end - 2]) && isNamePart(tokens[end - 2]);
  if (PRONOUNS.has(lastNorm) && !endsName) return { kind: 'pronoun', pronoun: lastNorm };
  const ofGroup = oneOfGroup(tokens, end, floor);
  if (ofGroup) return ofGroup;
  if (!isWordToken(last)) return null;
  // "one neo-bank CEO", "the company's CEO": a role in capitals after lower-case words describes someone.
  const describedRole =
    isAcronym(last) &&
    isSpeakingHead(last) &&
    end - 2 >= floor &&
    /^\p{Ll}/u.test(tokens[end - 2]) &&
    !SAYING_VERBS.has(norm(tokens[end - 2]));
  const codename = isLetterCodename(tokens[end - 2], last, tokens[end]);
  if (
    (isNamePart(last) || endsName || codename) &&
    !describedRole &&
    !(ROLE_NOUNS.has(roleHead(last)) && !TITLES.has(lastNorm) && end - 1 === floor)
  )
    return namePhraseEndingAt(tokens, end, floor);
  // A description: "the statement", "a senior State Department official", "officials".
  if (!canHeadDescription(tokens, end)) return null;
  let start = end - 1;
  while (start > floor && withinDescriptionReach(tokens, start, end) && !DETERMINERS.has(norm(tokens[start - 1]))) {
    if (!continuesDescription(tokens, start)) break;
    start--;
  }
  const possessed = start > floor && POSSESSIVE_DETERMINERS.has(norm(tokens[start - 1]));
  // "reports that censors had instructed": after a verb of saying, "that" opens a clause; it determines nothing.
  const opensClause =
    norm(tokens[start - 1] ?? '') === 'that' &&
    (SAYING_VERBS.has(norm(tokens[start - 2] ?? '')) || POST_VERBS.has(norm(tokens[start - 2] ?? '')));
  const determined = start > floor && !opensClause && (DETERMINERS.has(norm(tokens[start - 1])) || possessed);
  // "a spokesman for the special counsel": the head is the role before the preposition.
  const onBehalf = roleBefore(tokens, determined ? start - 1 : start, end, floor);
  if (onBehalf) return onBehalf;
  // "Rachel Dunmore of the economic crime unit said": the person the unit is of speaks, as with a named body.
  const member = memberOfDescribedBody(tokens, determined ? start - 1 : start, floor);
  if (member) return roleBefore(tokens, member[0], member[1], floor) ?? { kind: 'name', words: tokens.slice(...member) };
  // "Russia's foreign ministry said", "Lena Park's lawyer said": the owner determines the description as "the" would.
  const owned = !determined && tokens.slice(start, end - 1).some((token) => POSSESSIVE.test(token));
  return description(determined ? tokens.slice(start - 1, end) : tokens.slice(start, end), determined || owned);
}

/** The phrase ending at tokens[end - 1] on a name's word: the name, or the role that speaks for or about it. */
function namePhraseEndingAt(tokens: string[], end: number, floor: number): RawSpeaker | null {
  const last = tokens[end - 1];
  let start = end - 1;
  while (start > floor) {
    const previous = tokens[start - 1];
    if (
      isNamePartAt(tokens, start - 1) ||
      ((norm(previous) === 'of' || linksBodyName(tokens, start - 1)) && start - 1 > floor && isCap(tokens[start - 2])) ||
      // ("Leon du Plessis", "Johan van der Merwe": particles in lower case inside the name.)
      (NAME_PARTICLES.has(previous) && start - 1 > floor && (isNamePart(tokens[start - 2]) || NAME_PARTICLES.has(tokens[start - 2])))
    )
      start--;
    else break;
  }
  // "a spokesman for Robert Mueller said": the spokesman speaks, not the one he speaks for; "the authors of the
  // study published in the journal Nature argued": the authors, the name is what their role is of.
  const onBehalf =
    pluralRoleOpening(tokens, start, end) ?? roleBefore(tokens, start, end, floor) ?? roleFurtherBefore(tokens, start, end, floor);
  if (onBehalf) return onBehalf;
  const placed = placedSpeaker(tokens, start, end, floor) ?? textSeenBy(tokens, start, floor);
  if (placed) return placed;
  // "Joost van Hoof of the Fontys University writes": the person the affiliation is of speaks, not the body —
  // unless a role speaks for that person ("a spokeswoman for Ann Lowe of Acme said").
  const member = memberOfBody(tokens, start, end, floor);
  if (member) return roleBefore(tokens, member[0], end, floor) ?? { kind: 'name', words: tokens.slice(...member) };
  // "One user on Twitter wrote": the platform is where the words went out, the user wrote them.
  if (end - start === 1 && PLATFORMS.has(norm(last)) && norm(tokens[start - 1] ?? '') === 'on' && start - 1 > floor)
    return phraseEndingAt(tokens, start - 1, floor);
  const aged = agedPeopleAdjective(tokens, start, end, floor);
  if (aged) return aged;
  // Lower-case words of a description before a capitalised run: "a senior State Department official".
  const words = tokens.slice(start, end);
  if (words.every((token) => NOT_NAMES.has(norm(token)))) return null;
  // A run of role words only ("Showrunner", "Executive Producer") names no one: a description.
  if (words.every((token) => (ROLE_NOUNS.has(roleHead(token)) && !TITLES.has(norm(token))) || /^(?:and|of)$/i.test(token)))
    return { kind: 'description', words, head: norm(last) };
  if (start > floor && DETERMINERS.has(norm(tokens[start - 1])) && /^(?:the|a|an)$/i.test(tokens[start - 1]))
    return { kind: 'name', words: [tokens[start - 1], ...words] };
  return { kind: 'name', words };
}

/**
 * "An internal memo seen by Reuters warned": the text the outlet got hold of says it, not the outlet — the text's
 * noun phrase before the participle (tokens[start]: the name after "by").
 */
function textSeenBy(tokens: string[], start: number, floor: number): RawSpeaker | null {
  if (start - 2 <= floor || norm(tokens[start - 1]) !== 'by' || !OBTAINED_PARTICIPLES.has(norm(tokens[start - 2]))) return null;
  const text = phraseEndingAt(tokens, start - 2, floor);
  return text?.kind === 'description' && TEXT_NOUNS.has(text.head) ? text : null;
}

/** One of a group the text has just brought in, never a name: "Another said", "“…,” one wrote", "One of them said". */
function oneOfGroup(tokens: string[], end: number, floor: number): RawSpeaker | null {
  const last = tokens[end - 1];
  const lastNorm = norm(last);
  // ("according to two people familiar with the investigation. One of them said": one of a group just named.)
  const partitive = norm(tokens[end - 3] ?? '');
  if (lastNorm === 'them' && end - 3 >= floor && norm(tokens[end - 2]) === 'of' && PARTITIVES.has(partitive))
    return { kind: 'description', words: tokens.slice(end - 3, end), head: partitive };
  // ("One user posted: … Another said:": one more of the kind just quoted.)
  if (lastNorm === 'another' || (lastNorm === 'one' && end - 1 === floor)) return { kind: 'description', words: [last], head: lastNorm };
  return null;
}

/**
 * Whether tokens[end - 1] can be a description's head: no adverb in -ly ("family" and "ally" are heads), no word
 * that names no one, no verb of saying — unless a text it also names follows a determiner ("the post", "the tweet").
 */
function canHeadDescription(tokens: string[], end: number): boolean {
  const last = norm(tokens[end - 1]);
  const text = TEXT_NOUNS.has(last) && /^(?:the|this|that|its|his|her|their)$/i.test(tokens[end - 2] ?? '');
  return !NOT_NAMES.has(last) && (!SAYING_VERBS.has(last) || text) && !(/ly$/.test(last) && isBetweenWord(last));
}

/** How many words a description runs to before its head; a body's name inside it may run to more. */
const DESCRIPTION_REACH = 7;
const BODY_NAME_REACH = 12;

/**
 * Whether the description may take the token before tokens[start]: a word within its reach, or further back
 * a capitalised word of the body's name it holds ("an Australian Department of Foreign Affairs and Trade spokesperson").
 */
function withinDescriptionReach(tokens: string[], start: number, end: number): boolean {
  const previous = tokens[start - 1];
  if (!isWordToken(previous)) return commaInBodyName(tokens, start - 1);
  if (end - start < DESCRIPTION_REACH) return true;
  return end - start < BODY_NAME_REACH && (isCap(previous) || linksBodyName(tokens, start - 1));
}

/** Whether the word before tokens[start] belongs to the description that goes on at tokens[start]. */
function continuesDescription(tokens: string[], start: number): boolean {
  const previous = tokens[start - 1];
  // "the singer and guitarist": two roles of one person joined by "and".
  if (norm(previous) === 'and' && isRoleWord(tokens[start]) && isRoleWord(tokens[start - 2] ?? '')) return true;
  // ("the then minister": the office as it was then.)
  if (norm(previous) === 'then' && /^the$/i.test(tokens[start - 2] ?? '') && isSpeakingHead(tokens[start])) return true;
  // ("A WHO spokesperson": an acronym is a word of the description, whatever word it spells; "a No 10 spokesman":
  // "No" before a figure is "number".)
  const numbered = /^No\.?$/.test(previous) && /^\d+$/.test(tokens[start]);
  // ("A Department of Health and Social Care spokesperson", "A Foreign, Commonwealth and Development Office spokesperson":
  // a body's name, its links and commas and all, describes the role.)
  if ((linksBodyName(tokens, start - 1) && isCap(tokens[start])) || commaInBodyName(tokens, start - 1)) return true;
  if (NOT_NAMES.has(norm(previous)) && !isAcronym(previous) && !numbered) return false;
  return isCap(previous) || POSSESSIVE.test(previous) || !SAYING_VERBS.has(norm(previous));
}

/**
 * "An official in Kabul said", "The US embassy in Kabul said", "Kerry in Moscow said": a place after "in" says
 * where the speaker is; the speaker is the phrase before it (a description keeps the place).
 */
function placedSpeaker(tokens: string[], start: number, end: number, floor: number): RawSpeaker | null {
  if (start - 1 <= floor || norm(tokens[start - 1]) !== 'in') return null;
  const head = phraseEndingAt(tokens, start - 1, floor);
  // ("…” despite being the envoy in Brussels, said another witness": a predicate, no speaker.)
  if (!head || head.kind === 'pronoun' || BE_FORMS.has(norm(tokens[start - 2 - head.words.length] ?? ''))) return null;
  if (head.kind === 'description') return { ...head, words: [...head.words, ...tokens.slice(start - 1, end)] };
  return head.kind === 'name' ? head : null;
}

/** How far before a name a role may stand whose phrase the name ends ("the authors of the study … in Nature"). */
const ROLE_REACH = 10;

/** roleBefore for a role further back, with words between it and the name: no verb of saying, clause or comma between. */
function roleFurtherBefore(tokens: string[], at: number, end: number, floor: number): RawSpeaker | null {
  for (let p = at - 2; p > floor && at - p <= ROLE_REACH; p--) {
    const word = tokens[p];
    if (!isWordToken(word) || SAYING_VERBS.has(norm(word)) || isRelativeWord(word)) return null;
    const found = roleBefore(tokens, p + 1, end, floor);
    if (found) return found;
  }
  return null;
}

/**
 * A role that speaks for what follows it: "a spokesman for" + tokens[at, end) ("a spokesman for Robert Mueller",
 * "a spokeswoman for the department"). The whole phrase up to the saying verb is the description.
 */
function roleBefore(tokens: string[], at: number, end: number, floor: number): RawSpeaker | null {
  // ("a manager at one of the banks said": the role's object may be one of many.)
  if (at - 3 > floor && norm(tokens[at - 1]) === 'of' && PARTITIVES.has(norm(tokens[at - 2])))
    return roleBefore(tokens, at - 2, end, floor);
  const preposition = at - 1;
  // ("One engineer on the storage team said": the team the role is on — not "One user on Twitter", where it posted.)
  const onTeam = norm(tokens[preposition] ?? '') === 'on' && norm(tokens[at] ?? '') === 'the' && /^\p{Ll}/u.test(tokens[at + 1] ?? '');
  if (preposition - 1 < floor || !(/^(?:for|of|at|from)$/i.test(tokens[preposition] ?? '') || onTeam)) return null;
  const role = tokens[preposition - 1];
  // "Lawyers for Voss said": a plural role may open the sentence, without "the".
  if (preposition - 1 === floor) return pluralRoleOpening(tokens, floor, end);
  // ("the MP for Stockport North said": a role in capitals that speaks, before its seat.)
  const spokenRole = (/^\p{Ll}/u.test(role) && isRoleWord(role)) || (isAcronym(role) && isSpeakingHead(role));
  if (!spokenRole || TEXT_NOUNS.has(roleHead(role))) return null;
  let start = preposition - 1;
  while (
    start > floor &&
    preposition - start < 5 &&
    isWordToken(tokens[start - 1]) &&
    !DETERMINERS.has(norm(tokens[start - 1])) &&
    !NOT_NAMES.has(norm(tokens[start - 1]))
  )
    start--;
  if (start <= floor || !DETERMINERS.has(norm(tokens[start - 1]))) return null;
  return { kind: 'description', words: tokens.slice(start - 1, end), head: roleHead(role) };
}

/**
 * "the 19-year-old Filipino": one capitalised word after a determiner and an age is a people's adjective, naming one
 * named before by where they are from (a name takes no "the").
 */
function agedPeopleAdjective(tokens: string[], start: number, end: number, floor: number): RawSpeaker | null {
  const aged = end - start === 1 && start - 2 >= floor && /-year-old$/i.test(tokens[start - 1]);
  return aged && DETERMINERS.has(norm(tokens[start - 2])) ? { kind: 'anaphor', words: tokens.slice(start - 2, end) } : null;
}

/** "Friends of Jerome Tate said", "Lawyers for Voss said": a capitalised plural role before "of" or "for" at tokens[at]. */
function pluralRoleOpening(tokens: string[], at: number, end: number): RawSpeaker | null {
  const role = tokens[at];
  if (!/^(?:of|for)$/.test(tokens[at + 1] ?? '') || !/^\p{Lu}\p{Ll}+s$/u.test(role)) return null;
  const head = roleHead(role.toLowerCase());
  return ROLE_NOUNS.has(head) ? { kind: 'description', words: tokens.slice(at, end), head } : null;
}

/**
 * A description as a speaker, if it can be one: its head must name a role, a body or a text ("the official",
 * "police", "the statement"; not "the decision"). One that gives an age ("the 55-year-old") stands for a
 * person named before, like a pronoun.
 */
export function description(phrase: string[], determined: boolean): RawSpeaker | null {
  if (phrase.length === 0) return null;
  // The sentence's full stop after its last word ("…,” said the mayor.") is no part of it.
  const words = /\p{Ll}\.$/u.test(phrase[phrase.length - 1]) ? [...phrase.slice(0, -1), phrase[phrase.length - 1].slice(0, -1)] : phrase;
  if (words.some((word) => /^\d{1,3}-years?-olds?$/i.test(word))) return { kind: 'anaphor', words };
  const last = words[words.length - 1];
  if (!isSpeakingHead(last)) return null;
  // Without a determiner only a plural or mass noun reads as a speaker, with up to three modifiers: "officials
  // said", "aviation analysts said", "former royal press aides said".
  if (!determined && (words.length > 4 || !(/s$/i.test(norm(last)) || PLURAL_GROUP_NOUNS.has(norm(last))))) return null;
  return { kind: 'description', words, head: norm(last) };
}

/**
 * A person's full name ending at tokens[end - 1]: a given name then capitalised name words ("Ann Lowe"), or
 * name words with a particle between them ("Joost van Hoof"); its start, or -1.
 */
function personalNameStart(tokens: string[], end: number, floor: number): number {
  let start = end;
  while (start > floor && (isNamePart(tokens[start - 1]) || (start < end && NAME_PARTICLES.has(tokens[start - 1])))) start--;
  while (start < end && !isCap(tokens[start])) start++;
  const words = tokens.slice(start, end);
  if (words.length < 2 || words.some((word) => TITLES.has(norm(word)) || BODY_HEADS.has(norm(word)) || POSSESSIVE.test(word))) return -1;
  return isGivenName(words[0]) || words.some((word) => NAME_PARTICLES.has(word)) ? start : -1;
}

/** A person right before "of"/"at" and the description opening at tokens[start] ("Rachel Dunmore of the crime unit"). */
function memberOfDescribedBody(tokens: string[], start: number, floor: number): [number, number] | null {
  const ofAt = start - 1;
  return ofAt > floor && /^(?:of|at)$/.test(tokens[ofAt]) ? memberNameBefore(tokens, ofAt, floor) : null;
}

/**
 * The person named right before "of"/"at" at tokens[ofAt]: a full name ("Ann Lowe"), a titled one ("Sgt Rachel
 * Dunmore", "Leader of Opposition Debabrata Gogoi", "Mr Hale") or one after a role in lower case ("Opposition leader
 * Debabrata Gogoi"); [start, ofAt), or null.
 */
function memberNameBefore(tokens: string[], ofAt: number, floor: number): [number, number] | null {
  const nameStart = personalNameStart(tokens, ofAt, floor);
  if (nameStart >= 0) return [nameStart, ofAt];
  let start = ofAt;
  while (
    start > floor &&
    (isNamePart(tokens[start - 1]) || (norm(tokens[start - 1]) === 'of' && start - 1 > floor && isCap(tokens[start - 2])))
  )
    start--;
  const run = tokens.slice(start, ofAt);
  if (run.length === 0 || run.some((word) => POSSESSIVE.test(word))) return null;
  const parts = nameParts(run);
  if (parts && !parts.body && parts.titled) return [start, ofAt];
  const roleBefore = start > floor && /^\p{Ll}/u.test(tokens[start - 1]) && isListedRoleBeforeName(tokens[start - 1]);
  return roleBefore && personalName(run) ? [start, ofAt] : null;
}

/**
 * "Ann Lowe of Acme Corp", "Joost van Hoof of the Netherlands’ Fontys University": a person named with the body
 * they are of (the run tokens[start, end) holds the "of", or follows it); the person's name as [start, end), or null.
 */
function memberOfBody(tokens: string[], start: number, end: number, floor: number): [number, number] | null {
  const inside = tokens.slice(start + 1, end).findIndex((token) => token === 'of' || token === 'at');
  // ("Rosa Huallpa of the regional School of Fine Arts described": a word describing the body, after "the".)
  const adjective = start - 2 > floor && /^\p{Ll}+$/u.test(tokens[start - 1] ?? '') && tokens[start - 2] === 'the' ? 1 : 0;
  const before = /^(?:the|a)$/i.test(tokens[start - 1 - adjective] ?? '') ? start - 2 - adjective : start - 1;
  if (inside >= 0) {
    const nameStart = personalNameStart(tokens, start + 1 + inside, floor);
    if (nameStart >= 0) return [nameStart, start + 1 + inside];
  }
  // ("Leader of Opposition Debabrata Gogoi of the Congress": a titled name, or one after a role, before the body.)
  return before > floor && /^(?:of|at)$/.test(tokens[before] ?? '') ? memberNameBefore(tokens, before, floor) : null;
}
