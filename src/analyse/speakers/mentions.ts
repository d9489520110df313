// Where an article names someone: runs of proper nouns found with wink-nlp's part-of-speech tags,
// titles stripped. Used to resolve "he said" and to collect every variant of a speaker's name.

import { startsUpper } from '../../chars.js';
import {
  NUMBER_WORDS,
  ORGANISATION_NOUNS,
  BETWEEN,
  BODY_HEADS,
  EMPHATIC_REFLEXIVES,
  isRoleWord,
  isListedRoleBeforeName,
  isSpeakingHead,
  NOT_NAMES,
  NOUN_CLAUSE_OPENERS,
  OPENING_PHRASE_PREPOSITIONS,
  POSSESSIVE_DETERMINERS,
  POST_VERBS,
  SAYING_VERBS,
  PHRASAL_POST_VERBS,
  readsAloud,
  TITLES,
  LOCATING_PREPOSITIONS,
  JOINED_TO_NAMES,
  FAMILY_NOUNS,
  TIME_NOUNS,
  EPITHETS,
  PLACE_WORDS,
} from '../../lexicon.js';
import { tagBlock, type TaggedBlock } from '../terms/index.js';
import { isGivenName } from './gender.js';
import { isCalendarGivenName, isLetterCodename, linksBodyName, nameParts, PARTY_AND_STATE, type NameParts } from './names.js';
import { isAcronym } from './tokens.js';

export interface Mention extends NameParts {
  start: number;
  end: number;
  /** Used as a modifier ("the Assad government"), so not something "he" can point back to. */
  attributive: boolean;
  /**
   * Subject of a main clause: a verb follows, straight away or after an apposition ("Capaldi is …",
   * "Jeff Martin, 33, of Columbus, said …"), and the name is not the subject of a clause reported by a verb
   * before it ("Moffat said Capaldi had …", "knowing Capaldi had …").
   */
  subject: boolean;
  /** Subject of a verb of saying ("Moffat said …", "Handel reassured people that …"). */
  sayer: boolean;
  /** The text marks it as a person: followed by "who", an age (", 33,") or a role; preceded by a role noun. */
  personal: boolean;
  /** Followed by a relative clause on "who" (", who …", "— who … —"): a person even when named by one word. */
  relative: boolean;
  /** The age given in apposition (", 33,"). */
  age?: number;
}

/** A role noun right after a name, at most one other lower-case word between ("Fox makeup artist", "Kerry aide"). */
function roleFollows(words: Word[], end: number): boolean {
  for (let at = end; at < Math.min(end + 2, words.length); at++) {
    const word = words[at];
    if (word.start - words[at - 1].end > 1 || !/^\p{Ll}+$/u.test(word.text)) return false;
    // ("Karen Sully said officers had …": the tagger may read "said" as an adjective; it is the name's verb.)
    if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'ADP' || POST_VERBS.has(word.text)) return false;
    // ("the former Nakivubo Rangers forward said": a player's position is a role at the club.)
    if (isRoleWord(word.text) || EPITHETS.has(word.text)) return true;
  }
  return false;
}

interface Word {
  text: string;
  pos: string;
  start: number;
  end: number;
}

const CONNECTOR = /^(?:al|el|bin|ibn|de|van|von|da|di|du|do|dos|das|le|la|der|of)$/i;

/** Words of body[from, to) with their part-of-speech tags and offsets (from `tagged` when the block is tagged already). */
export function taggedWords(body: string, from: number, to: number, tagged: TaggedBlock = tagBlock(body, from, to)): Word[] {
  const words: Word[] = [];
  tagged.raws.forEach((raw, index) => {
    const start = tagged.starts[index];
    // ("**Lady Gaga** shared": markdown's marks of emphasis are no words of the sentence.)
    if (start >= 0 && !EMPHASIS_MARK.test(raw.text)) words.push({ text: raw.text, pos: raw.pos, start, end: start + raw.text.length });
  });
  return words;
}

const EMPHASIS_MARK = /^(?:\*{1,3}|_{1,3})$/;
const capitalised = startsUpper;
const SENTENCE_END_MARKS = new Set(['.', '!', '?', ':', ';', '“', '"', '‘', '«']);
const sentenceEnd = (word: Word | undefined) => !word || SENTENCE_END_MARKS.has(word.text) || word.pos === 'SPACE';

/** Whether words[at] can be part of a name (a capital is never punctuation or a symbol, so that needs no test). */
function namePart(words: Word[], at: number): boolean {
  const word = words[at];
  if (!capitalised(word.text)) return false;
  const [previous, next] = [words[at - 1]?.text, words[at + 1]?.text];
  if (
    NOT_NAMES.has(word.text.toLowerCase()) &&
    !isCalendarGivenName(previous, word.text, next) &&
    !isLetterCodename(previous, word.text, next)
  )
    return false;
  return (
    word.pos === 'PROPN' ||
    (!sentenceEnd(words[at - 1]) && word.pos !== 'PRON') ||
    surnameReadAsVerb(words, at) ||
    surnameBeforeWho(words, at) ||
    givenNameOpeningAName(words, at)
  );
}

/**
 * "Rob Farrant, the band’s guitarist, concedes": a given name opening its sentence that the tagger reads as a verb
 * or a noun ("rob", "mark", "bill") is a name's when a proper noun follows straight away.
 */
function givenNameOpeningAName(words: Word[], at: number): boolean {
  const [word, next] = [words[at], words[at + 1]];
  if ((word.pos !== 'VERB' && word.pos !== 'NOUN') || !isGivenName(word.text)) return false;
  return next !== undefined && next.pos === 'PROPN' && capitalised(next.text) && next.start === word.end + 1;
}

/**
 * A name that is also a noun or a verb opening its sentence, with a relative clause about a person after it ("Hull,
 * who took silver, said …"): the tagger reads a noun or an imperative; neither alone opens news on a "who".
 */
function surnameBeforeWho(words: Word[], at: number): boolean {
  const [word, comma, who] = [words[at], words[at + 1], words[at + 2]];
  const read = word.pos === 'NOUN' || (word.pos === 'VERB' && !/(?:ed|ing)$/.test(word.text));
  return read && !/s$/.test(word.text) && comma?.text === ',' && comma.start === word.end && who?.text === 'who';
}

/**
 * A name that is also a verb opening its sentence ("Cook said …", "Hunt told …"): the tagger reads an
 * imperative, but an imperative is never followed straight away by a verb of saying in the past or third person.
 */
function surnameReadAsVerb(words: Word[], at: number): boolean {
  const next = words[at + 1];
  return (
    words[at].pos === 'VERB' &&
    !/(?:ed|ing)$/.test(words[at].text) &&
    next !== undefined &&
    next.start - words[at].end === 1 &&
    isVerb(next) &&
    POST_VERBS.has(next.text.toLowerCase())
  );
}

/**
 * Every run of proper nouns in body[from, to) that names someone or something. `known`: the name parts of
 * runs read before, by their text (for one story: a story names the same people again and again).
 */
export function findMentions(
  body: string,
  from: number,
  to: number,
  tagged?: TaggedBlock,
  known?: Map<string, NameParts | null>,
): Mention[] {
  const words = taggedWords(body, from, to, tagged);
  const texts = words.map((word) => word.text);
  const mentions: Mention[] = [];
  // Each word is tested once; the runs below look at most words two or three times.
  const partFlags = new Uint8Array(words.length);
  for (let at = 0; at < words.length; at++) partFlags[at] = namePart(words, at) ? 1 : 0;
  let index = 0;
  while (index < words.length) {
    if (partFlags[index] !== 1) {
      index++;
      continue;
    }
    const { end, text: runText } = nameRun(body, words, texts, partFlags, index);
    const before = words[index - 1];
    let parts = known?.get(runText);
    if (parts === undefined) {
      parts = nameParts(joinRun(runText));
      known?.set(runText, parts);
    }
    if (parts) {
      // "a former Fox makeup artist", "Kerry spokesman John Kirby": a name before a role is the role's employer.
      const ofRole = roleFollows(words, end);
      // ("Fianna Fáil candidate Síle Ní Fhlatharta": a listed role in lower case right before a name makes it a person's.)
      const roleBefore = !ofRole && before !== undefined && !capitalised(before.text) && isListedRoleBeforeName(before.text.toLowerCase());
      // ("the Italian Marco Bellandi": "the" goes with the title the name wears, not with a noun the name modifies.)
      const titledPerson = parts.titled && parts.words.length > 1 && isGivenName(parts.words[0]);
      const determinerBefore = before !== undefined && /^(?:the|a|an)$/i.test(before.text) && !titledPerson;
      // (Not the owner of where someone works: "Ignacio Benavente of Lima’s Galería Pacífico said".)
      const ownedAffiliation = words[end - 2]?.text === 'of' && end - 2 > index;
      const possessive = words[end] !== undefined && /^[’']s?$/.test(words[end].text) && !ownedAffiliation;
      // ("The Met Office has issued": a body's name takes "the" and is still the clause's subject.)
      // (Not after "of the" or "at the": "Meera Chaudhry of the University of Victoria said" is hers.)
      const theBody =
        (parts.body || acronymAfterThe(words, index, end)) &&
        /^the$/i.test(before?.text ?? '') &&
        !/^(?:of|at)$/.test(words[index - 2]?.text.toLowerCase() ?? '');
      const verb = possessive || ofRole || (determinerBefore && !theBody) ? undefined : subjectVerb(words, index, end);
      // ("a farmer from Dherai who lost his wife": "who" after a place a preposition gives is about the noun before it.)
      const placed = LOCATING_PREPOSITIONS.has(before?.text ?? '') && !isGivenName(parts.words[0]);
      const after = placed ? { personal: false } : personalAfter(words, end);
      const roleNounBefore = before !== undefined && !capitalised(before.text) && isRoleWord(before.text);
      const bodyNamed =
        parts.body || organisationNamed(words, index, end) || acronymAfterThe(words, index, end) || organisationApposed(words, index, end);
      // ("Kate Oduya, co-founder of the campaign group Leeds Safer Streets, who has been pushing": hers.)
      if (bodyNamed && after.relative) relativeOwnerBefore(mentions, words, index);
      // "said Jobs' departure has …": a possessive after "said" owns the reported clause's subject; it says nothing.
      // ("said BIWTA spokesman Abu Sayeed Chowdhury": the employer before a role is not who said it.)
      const inverted = !possessive && !ofRole && invertedSayer(words, index, end);
      const officeOfApposed = officeBeforeHolder(parts, words, partFlags, end);
      // Fields written out rather than spread from `parts`: a spread that then overrides a field is V8's slow path.
      mentions.push({
        name: parts.name,
        words: parts.words,
        titled: parts.titled || roleBefore,
        body: bodyNamed,
        start: words[index].start,
        end: words[end - 1].end,
        attributive: (!bodyNamed && determinerBefore && !possessive && !roleBefore) || ofRole,
        // "This system, says Ann Lowe, an immunologist, helps …": the subject of the inverted "says" too.
        subject: !officeOfApposed && (clauseSubject(words, index, verb) || inverted),
        sayer: !officeOfApposed && ((verb !== undefined && saysWith(words, verb)) || inverted || saysAsSource(words, index, end)),
        personal: !bodyNamed && (roleNounBefore || after.personal || personalBefore(words, index)),
        relative: !bodyNamed && after.relative === true,
        age: after.age,
        courtesy: parts.courtesy,
      });
    }
    index = end;
  }
  return withSharedSurnames(mentions, body);
}

/** "According to Jeff Schlegelmilch", "voter Angus Beaton, 73, who said": credited with words though no verb follows. */
const saysAsSource = (words: Word[], index: number, end: number): boolean => givenAsSource(words, index) || agedRelativeSays(words, end);

/** "Fiji's Minister for Maritime Transport, Semi Koroitamana, has warned": an office whose holder, in apposition, acts. */
const officeBeforeHolder = (parts: NameParts, words: Word[], partFlags: Uint8Array, end: number): boolean =>
  parts.titled && TITLES.has(parts.words[0].toLowerCase()) && words[end]?.text === ',' && partFlags[end + 1] === 1;

/**
 * Where the name whose first word is words[index] ends, and its text; "Calvin “Sugar” Boone" reads "Calvin Boone" (a
 * nickname in quotation marks between a given name and the surname is no part of the name).
 */
function nameRun(body: string, words: Word[], texts: string[], partFlags: Uint8Array, index: number): { end: number; text: string } {
  const end = runEnd(words, texts, partFlags, index + 1);
  // (The given name may close a run: "Sydney DJ Jackson “Jax” Whitfield".)
  const nickname =
    /^[“"‘']$/.test(words[end]?.text ?? '') &&
    partFlags[end + 1] === 1 &&
    /^[”"’']$/.test(words[end + 2]?.text ?? '') &&
    partFlags[end + 3] === 1 &&
    isGivenName(words[end - 1].text);
  if (!nickname) return { end, text: body.slice(words[index].start, words[end - 1].end) };
  const last = runEnd(words, texts, partFlags, end + 4);
  return {
    end: last,
    text: `${body.slice(words[index].start, words[end - 1].end)} ${body.slice(words[end + 3].start, words[last - 1].end)}`,
  };
}

/** Where a run of name words goes on to from words[end]: name parts, and connectors between them ("al-", "of"). */
function runEnd(words: Word[], texts: string[], partFlags: Uint8Array, from: number): number {
  let end = from;
  for (;;) {
    if (partFlags[end] === 1 && words[end].start - words[end - 1].end <= 1) end++;
    else if (
      words[end] &&
      (CONNECTOR.test(words[end].text) ||
        (words[end].text === '-' && words[end].start === words[end - 1].end) ||
        linksBodyName(texts, end) ||
        possessiveOfBody(words, end)) &&
      partFlags[end + 1] === 1
    )
      end += 2;
    // ("Jake van der Walt", "Ana de la Cruz": two particles in a row.)
    else if (words[end] && CONNECTOR.test(words[end].text) && CONNECTOR.test(words[end + 1]?.text ?? '') && partFlags[end + 2] === 1)
      end += 3;
    else if (end > from && syllableAfterHyphen(words, end)) end += 2;
    else return end;
  }
}

/**
 * "Chan Ka-wing", "Park Ji-hoon", "Kim Jong-un": a given name of two syllables written with a hyphen and the second
 * in lower case, after a family name. (Not "the Smith-led inquiry": a word the name is joined to.)
 */
function syllableAfterHyphen(words: Word[], at: number): boolean {
  const [before, hyphen, syllable] = [words[at - 1], words[at], words[at + 1]];
  return (
    hyphen?.text === '-' &&
    hyphen.start === before.end &&
    syllable?.start === hyphen.end &&
    before.text.length <= 5 &&
    /^\p{Ll}{1,5}$/u.test(syllable.text) &&
    !JOINED_TO_NAMES.has(syllable.text)
  );
}

/**
 * "Jalen and Marcus Tate", "Jason and Priya Kapoor-Wells": a given name joined by "and" to a full name shares its
 * surname, so that the story's later "Jalen" is Jalen Tate.
 */
function withSharedSurnames(mentions: Mention[], body: string): Mention[] {
  mentions.forEach((mention, index) => {
    const next = mentions[index + 1];
    if (mention.words.length !== 1 || next === undefined || next.words.length < 2 || mention.body || next.body) return;
    if (!/^\s+and\s+$/.test(body.slice(mention.end, next.start)) || !isGivenName(mention.words[0]) || !isGivenName(next.words[0])) return;
    const words = [mention.words[0], ...next.words.slice(1)];
    mentions[index] = { ...mention, name: words.join(' '), words };
  });
  return mentions;
}

/** "the Skamania County Sheriff's Office", "the Attorney General’s Office": a possessive inside a body's name. */
function possessiveOfBody(words: Word[], at: number): boolean {
  const next = words[at + 1];
  return (
    /^[’']s$/.test(words[at].text) && words[at].start === words[at - 1].end && next !== undefined && BODY_HEADS.has(next.text.toLowerCase())
  );
}

/** "…, said Mary E. Lovely, an economist": named right after a verb of saying that follows a comma or the marks. */
function invertedSayer(words: Word[], index: number, end: number): boolean {
  // ("…, said BIWTA spokesman Abu Sayeed Chowdhury": past a role and its employer's name.)
  let before = index - 1;
  if (words[before] && !capitalised(words[before].text) && isRoleWord(words[before].text)) {
    before--;
    while (before > index - 5 && words[before] && capitalised(words[before].text)) before--;
  }
  const verb = words[before];
  const mark = words[before - 1];
  // ("Fenwick, prosecuting, said Pennock had forged": after a comma, a name its own verb follows opens a reported clause.)
  if (mark?.text === ',' && isVerb(words[end])) return false;
  // ("Its chief executive, Chidi Okonkwo-Hart, told BBC News Pidgin": "told" takes whom it tells; it never inverts.)
  if (verb?.text === 'told' || verb?.text === 'tells') return false;
  return verb !== undefined && mark !== undefined && POST_VERBS.has(verb.text) && /^[,”"’]$/.test(mark.text);
}

/** "The results, according to Jeff Schlegelmilch, were mixed": the one a claim is credited to has said it. */
function givenAsSource(words: Word[], index: number): boolean {
  const at = /^(?:the|a|an)$/i.test(words[index - 1]?.text ?? '') ? index - 1 : index;
  return words[at - 1]?.text.toLowerCase() === 'to' && words[at - 2]?.text.toLowerCase() === 'according';
}

/**
 * "Asked about Mullane, who was making his third start, Dolan was effusive": a preposition's object with a relative
 * clause, and after it the main clause's own subject, is no subject ("an interview with Smith, who endorsed the new
 * Doctor." is the relative clause's).
 */
function prepositionObjectBeforeSubject(words: Word[], start: number, end: number): boolean {
  const before = words[start - 1];
  if (before?.pos !== 'ADP') return false;
  if (words[end]?.text !== ',' || words[end + 1]?.text !== 'who') return false;
  for (let at = end + 2; at < words.length && !sentenceEnd(words[at]); at++)
    if (words[at].text === ',') return capitalised(words[at + 1]?.text ?? '');
  return false;
}

/**
 * "Ignacio Benavente of Lima’s Galería Pacífico said", "Rosa Huallpa of the regional School of Fine Arts described":
 * where someone works, after "of" and an owner or "of the" and a word or two describing it, is no subject.
 */
function affiliationOfSomeone(words: Word[], start: number): boolean {
  // ("Karen Morrison of the Constabulary's Fraud Squad confirmed": "the" before the owner too.)
  const owner = words[start - 3]?.text === 'the' ? start - 4 : start - 3;
  if (POSSESSIVE_MARK.test(words[start - 1]?.text ?? '') && words[owner]?.text === 'of') return true;
  let at = start - 1;
  while (at >= start - 2 && /^\p{Ll}+$/u.test(words[at]?.text ?? '') && words[at].text !== 'the') at--;
  return at < start - 1 && words[at]?.text === 'the' && /^(?:of|at)$/.test(words[at - 1]?.text ?? '');
}

/**
 * "A dam in the northern Philippines stopped generating": a place a preposition locates, with "the" and adjectives
 * before it, is where something happened, not the clause's subject. (Not "in the end Smith said": a noun there
 * ends the phrase.)
 */
function describedPlace(words: Word[], start: number): boolean {
  let at = start - 1;
  while (at >= start - 2 && words[at]?.pos === 'ADJ' && /^\p{Ll}/u.test(words[at].text)) at--;
  return /^the$/i.test(words[at]?.text ?? '') && LOCATING_PREPOSITIONS.has(words[at - 1]?.text.toLowerCase() ?? '');
}

/** "the MP for Stockport North said": the seat a role is for, after "for"; the role is the subject. */
function seatOfRole(words: Word[], start: number): boolean {
  const role = words[start - 2];
  return words[start - 1]?.text === 'for' && role !== undefined && isAcronym(role.text) && isSpeakingHead(role.text);
}

/** "spoke to voter Angus Beaton, 73, who said it was …": a relative clause of saying after the age says something. */
function agedRelativeSays(words: Word[], end: number): boolean {
  if (words[end]?.text !== ',' || !/^\d{1,3}$/.test(words[end + 1]?.text ?? '') || words[end + 2]?.text !== ',') return false;
  return words[end + 3]?.text === 'who' && SAYING_VERBS.has(words[end + 4]?.text.toLowerCase() ?? '');
}

const DASHES = new Set(['—', '–', '--']);

/** Whether words[at] opens its sentence. */
const sentenceOpensAt = (words: Word[], at: number): boolean => at === 0 || sentenceEnd(words[at - 1]);

/** Where an age written right before words[start] begins ("67-year-old Bill Souter"), else start. */
function ageStart(words: Word[], start: number): number {
  const age = words.slice(Math.max(0, start - 5), start).map((word) => word.text.toLowerCase());
  const count = /^\d{1,3}$/.test(age[0] ?? '') || NUMBER_WORDS.has(age[0] ?? '');
  return age.length === 5 && count && /^-$/.test(age[1]) && age[2] === 'year' && age[3] === '-' && age[4] === 'old' ? start - 5 : start;
}

/** Where a role word at words[role] opens, past a place's name and an age before it ("26-year-old Kraków resident"). */
function roleOpening(words: Word[], role: number): number {
  let at = role;
  while (at > role - 3 && capitalised(words[at - 1]?.text ?? '')) at--;
  return ageStart(words, at);
}

const isVerb = (word: Word | undefined) => word !== undefined && (word.pos === 'VERB' || word.pos === 'AUX');

/** The verb whose subject words[start, end) is, in a main or relative clause (see Mention.subject). */
function subjectVerb(words: Word[], start: number, nameEnd: number): Word | undefined {
  const before = words[start - 1];
  // "Rep. Robert Aderholt (R-AL), ranking member …, pushed": an aside in parentheses right after the name is passed over.
  // "Clifford himself played down …": an emphatic reflexive after the name is passed over too.
  const aside = afterParenthesis(words, nameEnd);
  const end = EMPHATIC_REFLEXIVES.has(words[aside]?.text.toLowerCase() ?? '') ? aside + 1 : aside;
  // ("One of the victims, a trader who gave her name only as Mama Tobi, told", "the first customer, a farmer named
  // Dale Quist, comes in": the name an apposition gives its subject goes on to the verb after its closing comma.)
  const namer = words[start - 2]?.text === 'only' ? words[start - 3] : words[start - 2];
  const namedAs = before?.text === 'as' && /^(?:name|identified|known)$/.test(namer?.text ?? '');
  const named = before?.text === 'named' && words[start - 2]?.pos === 'NOUN';
  if ((namedAs || named) && words[end]?.text === ',') return verbAt(words, end + 1) ?? verbReadAsNoun(words, end + 1);
  // The subject of a reported clause: "said Capaldi had been chosen", "knowing Capaldi had", "that Capaldi …".
  // An inverted attribution (“…,” said Capaldi) is not one, but the quotation's own speaker stands for it.
  // (A word glued on by a hyphen, "Out-going Doctor Matt Smith", is part of a modifier, not a verb.)
  const glued = before !== undefined && start > 1 && words[start - 2].end === before.start;
  // ("… more nervous than Rose-Lynn Harlan has ever been": a comparison's subject is no clause's topic either.)
  // ("New Zealand skipper Tom Latham praised": a title the tagger reads as a verb is still a title.)
  const title = before !== undefined && TITLES.has(before.text.toLowerCase());
  if (before && !glued && !title && !capitalised(before.text) && (isVerb(before) || before.text === 'that' || before.text === 'than'))
    return undefined;
  // ("M. Venkatesh from Kukatpally said": where someone is from is no subject.)
  if (before?.text === 'from') return undefined;
  if (
    prepositionObjectBeforeSubject(words, start, nameEnd) ||
    seatOfRole(words, start) ||
    affiliationOfSomeone(words, start) ||
    describedPlace(words, start)
  )
    return undefined;
  if (DASHES.has(words[end]?.text ?? '') && words[end + 1]?.text === 'who') return verbAfterDashes(words, end);
  // ("NEC captain Thijs Jansen – no relation to the late Pieter – laid flowers": an aside between dashes is passed over.)
  if (DASHES.has(words[end]?.text ?? '')) return verbAfterDashAside(words, end);
  // ("Sen. Gloria Whitfield, D-Ore., who had pushed for more, said": the aside's closing comma opened the clause.)
  if (words[end - 1]?.text === ',' && words[end]?.text === 'who') return mainVerbAfterClause(words, end + 1) ?? verbAt(words, end + 1);
  const next = affiliationEnd(words, end);
  if (words[next]?.text !== ',') return verbAt(words, next) ?? pastReadAsAdjective(words, next) ?? verbReadAsNoun(words, next);
  // "Smith, who endorsed the new Doctor": the subject of the relative clause — and of the main clause after it
  // ("Smith, who represents the families, said …"), whose verb of saying counts first.
  if (words[end + 1]?.text === 'who') {
    const relative = verbAt(words, end + 2);
    // (Or any main verb where the tagger missed the relative clause's: "Troost-Ekong, who returns …, echoed".)
    return mainVerbAfterClause(words, end + 2) ?? relative ?? mainVerbAfterClause(words, end + 2, false);
  }
  // After an apposition the verb follows one of the next commas — when the name opens its clause
  // ("A convention-goer, Jeff Martin, 33, of Columbus, said"; not "hosted by Zoe Ball, featured").
  // ("Steen's son, filmmaker Charlie Dow, remembers": a name after a role in apposition goes on to the verb too.)
  if (!opensClause(words, start, title)) return undefined;
  for (let at = end; at < words.length && at < end + 40; at++) {
    if (at > end && sentenceEnd(words[at])) return undefined;
    if (words[at].text === ',') {
      // ("Her father, Mark Addison, a diesel mechanic, drives her": a verb the tagger read as a plural noun.)
      const verb = verbAt(words, at + 1) ?? verbReadAsNoun(words, at + 1);
      if (verb) return participlesMainVerb(words, at + 1) ?? verb;
    }
  }
  return undefined;
}

/**
 * The name at words[start] opens its clause, so that a verb after the commas of an apposition is its own: at the
 * sentence's start, after a conjunction or a comma, or after a role, a title or an age that opens the sentence.
 */
function opensClause(words: Word[], start: number, title: boolean): boolean {
  const before = words[start - 1];
  return (
    !before ||
    sentenceEnd(before) ||
    // ("… the railway.’ Sian Pritchard, a wheelchair user, agreed": a quotation that ended its sentence.)
    (/^[’”»]$/.test(before.text) && /^[.!?]$/.test(words[start - 2]?.text ?? '')) ||
    (/^(?:,|and|but|while|though|although|when|because|whereas)$/i.test(before.text) && !placeRunsOn(words, start)) ||
    // ("… stood with his hands folded as Patricia Doyle, seated barely three metres away, told": "as" joining a clause.)
    (before.text === 'as' && !/^(?:such|known|as|well|same|named|identified|described)$/i.test(words[start - 2]?.text ?? '')) ||
    DASHES.has(before.text) ||
    // "Minnesota's Mike Conley, playing in his 18th season, hit …": an owner opening the sentence.
    (/^[’']s$/.test(before.text) && sentenceEnd(words[start - 3])) ||
    // ("One of them, 67-year-old Bill Souter from Broughty Ferry, had been due": an age before the name, as a role;
    // "One of them, 26-year-old Kraków resident Zuzanna Mróz, described": an age and a place before the role.)
    (isRoleWord(before.text) && words[roleOpening(words, start - 1) - 1]?.text === ',') ||
    // ("Skipper Danny Okafor, hooked at the break, took": a title opening the sentence.)
    (title && sentenceOpensAt(words, start - 1)) ||
    // ("Eight-year-old Kezia Ramdeen, from Belmont, called": an age opening the sentence too, past "And": "And
    // nine-year-old Ruby, a pupil at Efford Vale, had her own verdict".)
    (ageStart(words, start) < start && ageOpensClause(words, ageStart(words, start))) ||
    ((before.pos === 'NOUN' || title) && /^\p{Ll}/u.test(before.text) && rolePhraseOpens(words, start - 1)) ||
    // ("An emotional Ms Quinlan, a 34-year-old community worker, hugged": how the person felt, opening the sentence.)
    (before.pos === 'ADJ' &&
      /^\p{Ll}/u.test(before.text) &&
      /^(?:an?|the)$/i.test(words[start - 2]?.text ?? '') &&
      sentenceOpensAt(words, start - 2)) ||
    roleAppositionOpens(words, start)
  );
}

/** An age at words[age] opens its clause: after a comma, at the sentence's start or after a conjunction opening it. */
function ageOpensClause(words: Word[], age: number): boolean {
  const before = words[age - 1]?.text ?? '';
  return before === ',' || sentenceOpensAt(words, age) || (/^(?:and|but)$/i.test(before) && sentenceOpensAt(words, age - 1));
}

/**
 * "Patricia Doyle, seated barely three metres away, told": a participle right after the name's comma opens an aside;
 * the verb right after the aside's closing comma is the name's own.
 */
function participlesMainVerb(words: Word[], participle: number): Word | undefined {
  if (!/(?:ed|ing|en)$/.test(words[participle].text)) return undefined;
  for (let at = participle + 1; at < words.length && at < participle + 12; at++) {
    if (sentenceEnd(words[at])) return undefined;
    if (words[at].text === ',') return verbAt(words, at + 1);
  }
  return undefined;
}

/** How many words a place's name before its comma may have ("in New Delhi, India"). */
const PLACE_REACH = 4;

/**
 * "at the Philippine Arena in Bocaue, Bulacan, set for February": a name after a place that a preposition
 * locates and its comma is the rest of that place (its province, state or country), no clause's subject; so is
 * a second place joined by "and" ("who studies rainfall in South and Southeast Asia, said").
 */
function placeRunsOn(words: Word[], start: number): boolean {
  // ("A reader in Kuta, Tom Fielding, has sent": a person's name in apposition, titled or on a given name, is no place.)
  const first = words[start]?.text ?? '';
  // ("of Spring Gully, St Lucy,": a place's first word is no given name, whatever the lists say.)
  const given = isGivenName(first) && !PLACE_WORDS.has(first.toLowerCase());
  if (!/^(?:,|and|or)$/.test(words[start - 1]?.text ?? '') || TITLES.has(first.toLowerCase()) || given) return false;
  let at = start - 2;
  while (at >= 0 && start - 2 - at < PLACE_REACH && capitalised(words[at].text)) at--;
  // ("farmer Lionel Forde of Spring Gully, St Lucy, did not": where someone is from, after "of", runs on too.)
  // (Not an office's: "The Bishop of Huancarpa, Monsignor Alfonso Quispe Mendoza, celebrated".)
  const from = words[at]?.text === 'of' && !TITLES.has(words[at - 1]?.text.toLowerCase() ?? '') && !isRoleWord(words[at - 1]?.text ?? '');
  return at < start - 2 && (LOCATING_PREPOSITIONS.has(words[at]?.text ?? '') || from);
}

/** How many words a role phrase before a name may have ("Letter carrier", "Longtime union steward"). */
const ROLE_PHRASE_REACH = 4;

/** "Letter carrier Dave Tremblay, picketing …, said": the role before the name opens the sentence with its modifiers. */
function rolePhraseOpens(words: Word[], role: number): boolean {
  // ("Mr Asante-Mensah's colleague": a hyphen inside a name is no word of the reach.)
  for (let at = role - 1, taken = 0; taken < ROLE_PHRASE_REACH; at--) {
    if (sentenceEnd(words[at])) return true;
    // ("But union boss Morag Baillie, of …, hit back": a conjunction opening the sentence is no part of the role.)
    if (openingConjunction(words, at)) return true;
    // (Nor is a possessive's "'s".)
    if ((words[at].text === '-' && words[at].start === words[at - 1]?.end) || /^[’']s$/.test(words[at].text)) continue;
    // (Nor a word a hyphen joins to the next, "Seventy-one-year-old farmer Lionel Forde": one compound.)
    if (words[at + 1]?.text === '-' && words[at + 1].start === words[at].end && !sentenceEnd(words[at - 1])) continue;
    taken++;
    // ("At the count, retired miner Huw Davies, 71, said": after a short opening phrase — a role of one person, not
    // "After the storm, local residents Ann Lowe, 40, and others".)
    if (words[at].text === ',') return !/s$/.test(words[role].text) && openingPhraseEndsAt(words, at);
    // ("Hemi’s daughter Kiri Walker, 24, has …": an owner's possessive belongs to the role phrase.)
    // ("Her colleague Dr Mirjam Baumann, …, described": so does a possessive determiner.)
    // ("Ward 14 councillor Boitumelo Sebego": a name opening the sentence the tagger reads as an imperative.)
    const imperative =
      words[at].pos === 'VERB' && capitalised(words[at].text) && (sentenceOpensAt(words, at) || openingConjunction(words, at - 1));
    if (
      !['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM'].includes(words[at].pos) &&
      !imperative &&
      !/^[’']s$/.test(words[at].text) &&
      !POSSESSIVE_DETERMINERS.has(words[at].text.toLowerCase())
    )
      return false;
  }
  return false;
}

/** "But", "And", "Yet", "So" opening the sentence at words[at]. */
const openingConjunction = (words: Word[], at: number): boolean =>
  /^(?:but|and|yet|so)$/i.test(words[at]?.text ?? '') && sentenceOpensAt(words, at);

/** How many words an opening phrase on a preposition may have before its comma ("At the count,"). */
const OPENING_PHRASE_REACH = 6;

/** The comma at words[comma] closes a short phrase on a preposition that opens the sentence ("At the count,"). */
function openingPhraseEndsAt(words: Word[], comma: number): boolean {
  for (let at = comma - 1; at >= 0 && comma - at <= OPENING_PHRASE_REACH; at--) {
    if (words[at].text === ',') return false;
    if (sentenceEnd(words[at - 1])) return OPENING_PHRASE_PREPOSITIONS.has(words[at].text.toLowerCase());
  }
  return false;
}

/** The name at words[index] is the subject of `verb`, its clause's topic, or what a passive of saying says spoke. */
function clauseSubject(words: Word[], index: number, verb: Word | undefined): boolean {
  const before = words[index - 1];
  // "What Page was doing was …": the subject of a clause that is itself a noun is no clause's topic.
  const nounClause = before !== undefined && NOUN_CLAUSE_OPENERS.has(before.text.toLowerCase());
  return (verb !== undefined && !nounClause) || passiveAgent(words, index) || amongInverted(words, index) || forTopic(words, index);
}

/**
 * "For Carys Hughes, whose son was helped by the trust, news of the charges has been hard to take": the one a
 * sentence opening on "For" and a name is about is its topic, as a subject is.
 */
const forTopic = (words: Word[], index: number): boolean => words[index - 1]?.text === 'For' && sentenceOpensAt(words, index - 1);

/** How far back "Among" may open the sentence of an inverted "is" ("Among those waiting for the homes is"). */
const AMONG_REACH = 12;

/** "Among those waiting is Laura Brennan, a nurse": the name after an inverted "is" is the sentence's subject. */
function amongInverted(words: Word[], index: number): boolean {
  // ("Among the protesters was former mahout Muthu Krishnan": a role in lower case may stand before the name.)
  let verb = index - 1;
  while (verb > index - 4 && /^\p{Ll}+$/u.test(words[verb]?.text ?? '') && !/^(?:is|was)$/.test(words[verb].text)) verb--;
  if (!/^(?:is|was)$/i.test(words[verb]?.text ?? '')) return false;
  for (let at = verb - 1; at >= 0 && at >= verb - AMONG_REACH; at--) {
    if (sentenceEnd(words[at])) return false;
    if (at === 0 || sentenceEnd(words[at - 1])) return /^among$/i.test(words[at].text);
  }
  return false;
}

/** How far back from "by" the passive's verb may stand ("was announced to staff in a video call by"). */
const PASSIVE_REACH = 12;
/** How many words of role may stand between "by" and the name ("by co-founder and chief executive Lena Hoffmann"). */
const AGENT_ROLE_REACH = 6;

/**
 * "Her warning was echoed by Carys Jenkins", "The decision was announced … by chief executive Lena Hoffmann": the
 * one a passive of saying says spoke is what the sentence is about, as a subject is ("The report was prepared by
 * Grant Thornton" says nothing of who speaks next).
 */
function passiveAgent(words: Word[], index: number): boolean {
  let by = index - 1;
  while (by >= index - AGENT_ROLE_REACH && words[by] && /^(?:NOUN|ADJ|CCONJ)$/.test(words[by].pos) && !capitalised(words[by].text)) by--;
  if (words[by]?.text.toLowerCase() !== 'by') return false;
  for (let at = by - 1; at >= by - PASSIVE_REACH && at > 0; at--) {
    // (Not through another "by": "was bought by a company owned by Scooter Braun" says the company did it.)
    if (words[at].text === ',' || sentenceEnd(words[at]) || /^(?:by|which|who|that)$/i.test(words[at].text)) return false;
    if (words[at].pos === 'VERB' && /^(?:was|were|been|being|is|are)$/i.test(words[at - 1].text))
      return SAYING_VERBS.has(words[at].text.toLowerCase());
  }
  return false;
}

/** "Her opponent, world number two Sofia Marchetti, said": a role phrase in apposition to the role that opens the sentence. */
function roleAppositionOpens(words: Word[], start: number): boolean {
  let at = start - 1;
  // ("His apprentice, 24-year-old Freya Oduya, arrived": an age's hyphens go with it.)
  const inPhrase = (word: Word | undefined) =>
    word !== undefined && (['NOUN', 'ADJ', 'NUM'].includes(word.pos) || word.text === '-') && !capitalised(word.text);
  for (let taken = 0; taken < ROLE_PHRASE_REACH && inPhrase(words[at]); at--) if (words[at].text !== '-') taken++;
  // ("Mr Asante-Mensah's colleague, Irish nurse Siobhán Kearney, 41, was released": a people's adjective opens it.)
  const people = words[at]?.pos === 'ADJ' || words[at]?.pos === 'PROPN';
  if (at < start - 1 && people && capitalised(words[at].text) && words[at - 1]?.text === ',') at--;
  const role = words[at - 1];
  return at < start - 1 && words[at]?.text === ',' && role?.pos === 'NOUN' && !capitalised(role.text) && rolePhraseOpens(words, at - 1);
}

/** How many words an aside between dashes may hold. */
const DASH_ASIDE_REACH = 12;

/** The verb right after the closing dash of an aside that words[open] opens, if the sentence goes on so. */
function verbAfterDashAside(words: Word[], open: number): Word | undefined {
  for (let at = open + 1; at < words.length && at <= open + DASH_ASIDE_REACH && !sentenceEnd(words[at]); at++)
    if (DASHES.has(words[at].text)) return verbAt(words, at + 1);
  return undefined;
}

/** "Tommy — who goes by his first name — retired": the main verb after the closing dash, else the relative clause's. */
function verbAfterDashes(words: Word[], open: number): Word | undefined {
  for (let at = open + 1; at < words.length && at < open + 30 && !sentenceEnd(words[at]); at++)
    if (DASHES.has(words[at].text)) return verbAt(words, at + 1) ?? verbAt(words, open + 2);
  return verbAt(words, open + 2);
}

/**
 * Where the words go on after an aside opening at words[at]: in parentheses ("(R-AL)", "(“The Discovery”)") or a
 * party and state between commas (", D-Nev.,"); else at.
 */
function afterParenthesis(words: Word[], at: number): number {
  if (words[at]?.text === ',') {
    const close = words.findIndex((word, k) => k > at && word.text === ',');
    const aside = words.slice(at + 1, close).map((word) => word.text);
    return close > at + 1 && close <= at + 6 && PARTY_AND_STATE.test(aside.join('')) ? close + 1 : at;
  }
  if (words[at]?.text !== '(') return at;
  for (let close = at + 1; close < words.length && close <= at + PARENTHESIS_REACH; close++)
    if (words[close].text === ')') return close + 1;
  return at;
}

const PARENTHESIS_REACH = 20;

/** The verb of saying right after the comma that closes a clause starting at words[from], if one follows. */
function mainVerbAfterClause(words: Word[], from: number, saying = true): Word | undefined {
  for (let at = from; at < words.length && at < from + 30; at++) {
    if (sentenceEnd(words[at])) return undefined;
    if (words[at].text !== ',') continue;
    const verb = verbAt(words, at + 1);
    return verb && (!saying || SAYING_VERBS.has(verb.text.toLowerCase())) ? verb : undefined;
  }
  return undefined;
}

/** The verb from words[at] on, past adverbs and the words BETWEEN allows (none if a participle in -ing comes first). */
function verbAt(words: Word[], at: number): Word | undefined {
  for (; at < words.length; at++) {
    const word = words[at];
    if (isVerb(word)) return word.text.endsWith('ing') ? undefined : word;
    // ("Karen Sully said officers had …": read as "the said officers", an adjective.)
    if (word.text === 'said' || word.text === 'told') return word;
    // "Lowe claims that …": a verb of saying the tagger reads as a plural noun is a verb when "that" follows.
    if (word.pos === 'NOUN' && SAYING_VERBS.has(word.text) && words[at + 1]?.text === 'that') return word;
    // ("Glasgow MSP Fiona Carruthers last night demanded answers": a time between the subject and its verb.)
    if (/^(?:last|this)$/i.test(word.text) && TIME_NOUNS.has(words[at + 1]?.text.toLowerCase() ?? '')) {
      at++;
      continue;
    }
    if (word.pos !== 'ADV' && !BETWEEN.has(word.text.toLowerCase())) return undefined;
  }
  return undefined;
}

/** "Hackman retired from acting": a past tense right after a name, followed by a preposition, that the tagger read as an adjective. */
function pastReadAsAdjective(words: Word[], at: number): Word | undefined {
  const word = words[at];
  return word?.pos === 'ADJ' && /^\p{Ll}+ed$/u.test(word.text) && words[at + 1]?.pos === 'ADP' ? word : undefined;
}

/** How many words a body's name after "of the" may run to ("of the University of Victoria"). */
const AFFILIATION_REACH = 8;
const POSSESSIVE_MARK = /^[’']s$/;

/**
 * "Meera Chaudhry of the University of Victoria said", "M. Venkatesh from Kukatpally said": where a person's words
 * go on after "of the", "at the" or "from" and the capitalised name of where they are from; else `at`.
 */
function affiliationEnd(words: Word[], at: number): number {
  // ("M. Venkatesh from Kukatpally said": so does "from" and a place.)
  const from = words[at]?.text === 'from' ? (words[at + 1]?.text === 'the' ? at + 2 : at + 1) : -1;
  // ("Nora Albrecht at the University of Maryland says": "at the" a body, as "of the".)
  const of = /^(?:of|at)$/.test(words[at]?.text ?? '') && words[at + 1]?.text === 'the' ? at + 2 : -1;
  // ("Ignacio Benavente of Lima’s Galería Pacífico said": a place owning the body, its "of" read into the name.)
  const owned = POSSESSIVE_MARK.test(words[at]?.text ?? '') && words[at - 2]?.text === 'of' ? at + 1 : -1;
  let start = Math.max(from, of, owned);
  // ("Rosa Huallpa of the regional School of Fine Arts described": a word or two describing the body.)
  for (let skipped = 0; of >= 0 && skipped < 2 && /^\p{Ll}+$/u.test(words[start]?.text ?? '') && start === of + skipped; skipped++) start++;
  // ("Declan Grealish of Grealish’s bar said": after the owner's mark, what the place is.)
  if (owned >= 0 && start === owned && !capitalised(words[start]?.text ?? '')) return commonNounsAfter(words, at);
  if (start < 0 || !capitalised(words[start]?.text ?? '')) return at;
  const end = bodyNameEnd(words, start, start + AFFILIATION_REACH);
  if (end === start) return at;
  // ("of the Department of Naval Architecture at Bengal University of Engineering and Technology said": a
  // department at its body.)
  const within = words[end]?.text === 'at' && capitalised(words[end + 1]?.text ?? '');
  return commonNounsAfter(words, within ? Math.max(end, bodyNameEnd(words, end + 1, end + 1 + AFFILIATION_REACH)) : end);
}

/**
 * "Declan Grealish of the Anchor bar said", "… of Grealish’s bar, where …, said": a common noun or two after the
 * name (past an owner's mark) say what the place is, and are still where the person is from.
 */
function commonNounsAfter(words: Word[], end: number): number {
  const owner = POSSESSIVE_MARK.test(words[end]?.text ?? '') ? end + 1 : end;
  let next = owner;
  while (next < owner + 2 && /^\p{Ll}+$/u.test(words[next]?.text ?? '') && words[next].pos === 'NOUN') next++;
  return next > owner && (words[next]?.text === ',' || verbAt(words, next)) ? next : end;
}

/** Where a body's name that opens at words[start] ends, its own "of the" in it ("University of the South Pacific"). */
function bodyNameEnd(words: Word[], start: number, reach: number): number {
  let end = start;
  // ("the Ghana Alliance of Persons with Disabilities", "the Council on Foreign Relations".)
  // ("the Constabulary's Fraud Squad": a body's own part, after its owner's mark.)
  const owned = (at: number) => /^[’']s$/.test(words[at].text) && capitalised(words[at + 1]?.text ?? '');
  while (end < reach && words[end] && (capitalised(words[end].text) || /^(?:of|and|for|the|with|on)$/.test(words[end].text) || owned(end)))
    end++;
  while (end > start && !capitalised(words[end - 1].text)) end--;
  return end;
}

/** "Conor Hegarty shot a final-round 66", "Taufa plans to coach": a verb right after a name that the tagger read as a noun. */
function verbReadAsNoun(words: Word[], at: number): Word | undefined {
  const word = words[at];
  const next = words[at + 1];
  if (word?.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(word.text) || next === undefined) return undefined;
  // ("drives her to training": the tagger may read the object "her" as a pronoun rather than a determiner.)
  const object = ['DET', 'PRON'].includes(next.pos) && /^(?:a|an|the|his|her|their|me|us|him|them)$/.test(next.text);
  // ("Taufa plans to coach": a verb in -s before an infinitive.)
  const infinitive = /s$/.test(word.text) && next.text === 'to' && words[at + 2]?.pos === 'VERB';
  // ("Corvell, a subsidiary of a US firm, supplies wiring systems to automakers": a verb in -s before a noun and
  // another noun or a preposition.)
  const nounObject = /s$/.test(word.text) && next.pos === 'NOUN' && ['NOUN', 'ADP'].includes(words[at + 2]?.pos ?? '');
  return object || infinitive || nounObject ? word : undefined;
}

/** A verb of saying, or one reporting what follows with "that" ("reassured people that …"). */
function saysWith(words: Word[], verb: Word): boolean {
  if (SAYING_VERBS.has(verb.text.toLowerCase())) return true;
  const at = words.indexOf(verb);
  // ("Their daughter, Emma Whitlock, read a brief statement": the reader speaks it.)
  const following = words.slice(at + 1, at + 5).map((word) => word.text);
  if (readsAloud(verb.text, following)) return true;
  // ("his agent, Frank Delaney, hit out at the timing": a verb of saying with its particle — not "put it to him",
  // which asks.)
  const particle = words[at + 1]?.text.toLowerCase() ?? '';
  if (particle !== 'it' && PHRASAL_POST_VERBS.has(`${verb.text.toLowerCase()} ${particle}`)) return true;
  return words.slice(at + 1, at + 4).some((word) => word.text === 'that');
}

/** ", who …", "who …", an age (", 33,") or a role in apposition (", a spokeswoman for …,") after the name. */
function personalAfter(words: Word[], end: number): { personal: boolean; relative?: boolean; age?: number } {
  const next = words[end]?.text;
  const then = words[end + 1]?.text ?? '';
  // "Tommy — who only goes by his first name — retired": a relative clause set off by dashes too.
  if (next?.toLowerCase() === 'who' || ((next === ',' || DASHES.has(next ?? '')) && then === 'who'))
    return { personal: true, relative: true };
  if (next !== ',') return { personal: false };
  // ("Rokeya Begum, whose 19-year-old son Shahin was travelling home": one whose relative is named has a family.)
  if (then === 'whose' && words.slice(end + 2, end + 9).some((word) => FAMILY_NOUNS.has(word.text.toLowerCase())))
    return { personal: true, relative: true };
  if (/^\d{1,3}$/.test(then) && words[end + 2]?.text === ',') return { personal: true, age: Number(then) };
  if (/^(?:a|an|the)$/i.test(then)) {
    for (let at = end + 2; at < words.length && at < end + 6 && words[at].text !== ','; at++)
      if (isRoleWord(words[at].text)) return { personal: true };
  }
  return { personal: false };
}

/** "the UHP said", "the NHS": an acronym after "the" is a body's name (not an office: "the PM"). */
function acronymAfterThe(words: Word[], start: number, end: number): boolean {
  const word = words[start].text;
  if (end !== start + 1 || !/^the$/i.test(words[start - 1]?.text ?? '') || !isAcronym(word)) return false;
  return !isRoleWord(word.toLowerCase()) && !TITLES.has(word.toLowerCase());
}

/** The person an apposition ending at words[index] describes, whom a "who" after it is about: the last mention before, in the sentence. */
function relativeOwnerBefore(mentions: Mention[], words: Word[], index: number): void {
  const owner = mentions.at(-1);
  if (!owner || owner.body) return;
  for (let at = index - 1; at >= 0 && words[at].start >= owner.end; at--) if (sentenceEnd(words[at])) return;
  owner.relative = true;
  owner.personal = true;
}

/**
 * "co-founder of the campaign group Leeds Safer Streets, who …": a name an organisation's noun introduces is that
 * organisation's (the "who" after it is the person's before). Not with a verb after it: "the group Smith founded".
 */
function organisationNamed(words: Word[], start: number, end: number): boolean {
  const before = words[start - 1]?.text ?? '';
  // ("Letter carrier Dan Holt": a noun that is also a role is the person's.)
  if (capitalised(before) || !ORGANISATION_NOUNS.has(before) || isRoleWord(before) || isGivenName(words[start].text)) return false;
  return !/^\p{Ll}/u.test(words[end]?.text ?? '');
}

/** "Edizioni Lanterna, the Turin-based publisher, said": a name no given name opens, an organisation's noun in apposition. */
function organisationApposed(words: Word[], start: number, end: number): boolean {
  if (words[end]?.text !== ',' || !/^(?:the|a|an)$/i.test(words[end + 1]?.text ?? '') || isGivenName(words[start].text)) return false;
  let at = end + 2;
  while (at < end + 10 && words[at] && !/^(?:,|of|for|in|at|with|that|which|who)$/.test(words[at].text) && !sentenceEnd(words[at])) at++;
  const head = words[at - 1]?.text.toLowerCase() ?? '';
  return at > end + 2 && ORGANISATION_NOUNS.has(head);
}

/** "a spokesman for the Authority, Jeremy Handel": a role in apposition before the name. */
function personalBefore(words: Word[], start: number): boolean {
  if (words[start - 1]?.text !== ',') return false;
  for (let at = start - 2; at >= 0 && at > start - 14 && !sentenceEnd(words[at]); at--) {
    if (isRoleWord(words[at].text) && /^(?:a|an|the)$/i.test(words[at - 1]?.text ?? '')) return true;
  }
  return false;
}

/** The words of a run as written (its text from its first word to its last), hyphenated parts glued back ("al-Assad"). */
function joinRun(runText: string): string[] {
  return runText.split(/\s+/).filter(Boolean);
}
