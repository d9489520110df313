// Names of people and bodies: titles stripped, variants merged ("Sergey"/"Sergei Lavrov",
// "Mr Kerry"/"John Kerry"/"Kerry"), and the canonical form chosen. Nothing here knows any particular story.

import { startsUpper } from '../../chars.js';
import {
  BODY_HEADS,
  FEELING_BEFORE_NAMES,
  HEAD_FIRST_BODY_WORDS,
  DETERMINERS,
  isRoleWord,
  MONTH_DATE_LEADS,
  MONTHS,
  NOT_NAMES,
  POST_NOMINALS,
  NAME_OPENING_INSTITUTIONS,
  ROLE_NOUNS,
  roleHead,
  SEXED_TITLES,
  TITLE_DOMAINS,
  TITLES,
  WEEKDAYS,
  COUNTRY_ABBREVIATIONS,
  TITLE_ABBREVIATION_WORDS,
} from '../../lexicon.js';
import { isGivenName } from './gender.js';

export interface NameParts {
  /** The name without titles or determiner ("John Kerry", "Russian Foreign Ministry"). */
  name: string;
  /** Words of `name`. */
  words: string[];
  /** A title or role came before the name ("Mr", "Foreign Minister", "spokesman"). */
  titled: boolean;
  /** A body (ministry, department, the Kremlin) rather than a person. */
  body: boolean;
  /** A title before the name that says the person's sex ("Mr", "Mrs.", "Dame"), as written. */
  courtesy?: string;
}

/** A token as the word lists hold it: lower case, without a possessive or the full stop of a sentence's end. */
export const tokenNorm = (token: string): string =>
  token
    .toLowerCase()
    // "Lowe's", and a pronoun's contracted verb: "he'd say", "she'll tell".
    .replace(/[’'](?:s|d|ll)$/, '')
    .replace(/\.+$/, '');

/**
 * "Jan Simpson", "April Ryan", "June Carter", "Mr Sunday Akpan": a month or a weekday that is a given name, so a
 * name's word although NOT_NAMES holds it — a month written as a name after no word that makes it a date ("in May
 * Acme"), a weekday after a title that says the person's sex — before a name's next word (capitalised, not held back
 * by NOT_NAMES). `previous` and `next`: the words either side. The one rule the attribution reader and the mention
 * finder both read calendar words in names by.
 */
export function isCalendarGivenName(previous: string | undefined, word: string | undefined, next: string | undefined): boolean {
  return (isMonthName(previous, word) || isWeekdayName(previous, word)) && nameGoesOn(next);
}

/**
 * "Garda A", "Witness A": the letter a court or inquiry gives an unnamed person, after the role it names them by,
 * is a name's last word although NOT_NAMES holds "A" — where no capitalised word follows ("Officer A Smith" is no
 * such name). The other letters are name parts already ("Soldier F").
 */
export function isLetterCodename(previous: string | undefined, word: string | undefined, next: string | undefined): boolean {
  if (
    (word !== 'A' && !(word === 'A.' && next === undefined)) ||
    previous === undefined ||
    !/^\p{Lu}\p{Ll}+$/u.test(previous) ||
    !isRoleWord(previous.toLowerCase())
  )
    return false;
  return next === undefined || !/^\p{Lu}/u.test(next);
}

/** "Mr Sunday Akpan", "Chief Monday Okon": a weekday is a given name right after a title that says the person's sex. */
const isWeekdayName = (previous: string | undefined, word: string | undefined): boolean =>
  word !== undefined && WEEKDAYS.includes(tokenNorm(word)) && /^\p{Lu}\p{Ll}+$/u.test(word) && SEXED_TITLES.has(tokenNorm(previous ?? ''));

const isMonthName = (previous: string | undefined, word: string | undefined): word is string =>
  word !== undefined &&
  MONTHS.has(tokenNorm(word)) &&
  !MONTH_DATE_LEADS.has(previous?.toLowerCase() ?? '') &&
  /^\p{Lu}\p{Ll}+$/u.test(word) &&
  isGivenName(word);

/** A capitalised word after a given name that goes on with the name (not held back by NOT_NAMES). */
const nameGoesOn = (next: string | undefined): boolean =>
  next !== undefined && /^\p{Lu}\p{Ll}/u.test(next) && !NOT_NAMES.has(tokenNorm(next));

/** Lower case, a possessive dropped: what /[’']s$/ removes after toLowerCase. */
const lower = (word: string) => {
  const w = word.toLowerCase();
  return w.endsWith('s') && (w.endsWith("'s") || w.endsWith('’s')) ? w.slice(0, -2) : w;
};

/** A name's last word with a full stop that ends the sentence, not an initial or abbreviation ("Moffat." but not "Jr." or "J."). */
const SENTENCE_FINAL_NAME = /^\p{Lu}\p{Ll}{2,}\.$/u;
const ABBREVIATED_TITLE = /^(?:Jr|Sr|Gen|Col|Sgt|Capt)\.$/;
const OF_OR_THE = /^(?:of|the)$/i;

/** A word of a run as nameParts reads it: possessive and a trailing comma, colon or semicolon dropped (in that order). */
function trimWord(word: string): string {
  let w = word;
  if (w.endsWith('s') && (w.endsWith("'s") || w.endsWith('’s'))) w = w.slice(0, -2);
  const last = w.charCodeAt(w.length - 1);
  return last === 44 || last === 58 || last === 59 ? w.slice(0, -1) : w;
}

/** Lower-case words that join the parts of one body's name, after its head ("Department of Health"). */
const BODY_LINKS = new Set(['of', 'for', 'on', 'to']);
const ROMANCE_OF = /^(?:de|do|da|del|des|di)$/;
/** Heads a name may go on from by "on" or "to" ("Council on Foreign Relations", "Committee to Protect Journalists"). */
const ON_TO_HEADS = new Set(['council', 'committee', 'commission', 'campaign']);
/** How far back "and" looks for the link that made its run a body's name. */
const AND_REACH = 6;

const isBodyHead = (word: string) => {
  const bare = lower(word).replace(/[.,]$/, '');
  return startsUpper(word) && (BODY_HEADS.has(bare) || BODY_HEADS.has(bare.replace(/s$/, '')));
};

/**
 * Whether words[at], a lower-case word before a capitalised one, joins one body's name: "of" or "for" after a
 * body's head ("Department of Health", "Centers for Disease Control"), "on"/"to" after a council's or committee's
 * ("Council on Foreign Relations"), and "and" after such a link in the same run ("… of Health and Human
 * Services", "… for Disease Control and Prevention"). The caller tells whether the next word is a name's.
 */
export function linksBodyName(words: readonly string[], at: number): boolean {
  const word = words[at]?.toLowerCase();
  if (word === undefined || at === 0) return false;
  if (word === 'and') {
    // ("Foreign, Commonwealth and Development Office": a list of the name's parts.)
    for (let k = at - 1; k > 0 && at - k <= AND_REACH && (startsUpper(words[k]) || words[k] === ','); k--) {
      if (words[k] === ',' ? commaInBodyName(words, k) : BODY_LINKS.has(words[k - 1].toLowerCase()) && linksBodyName(words, k - 1))
        return true;
    }
    return false;
  }
  // ("Minister for Foreign Affairs Ciarán Doherty", "Secretary of State for Health": an office's "for" after its title;
  // not a member's for a seat: "the MP for Stockport North".)
  const title = lower(words[at - 1]);
  if (word === 'for' && startsUpper(words[at - 1]) && TITLES.has(title) && !POST_NOMINALS.has(title)) return true;
  // ("Corvell Automotive de México": a Spanish, Portuguese or French "of" after a body's head too.)
  if (ROMANCE_OF.test(word) && isBodyHead(words[at - 1])) return true;
  if (!BODY_LINKS.has(word) || !isBodyHead(words[at - 1])) return false;
  return word === 'of' || word === 'for' || ON_TO_HEADS.has(lower(words[at - 1]).replace(/s$/, ''));
}

/**
 * Whether tokens[comma], a comma, lists parts of one body's name: "A Foreign, Commonwealth and Development Office
 * spokesperson", "a Department for Environment, Food and Rural Affairs spokesperson" — capitalised words on both
 * sides, one-word parts running on to "and" and a capitalised word, with a body's head among them.
 */
export function commaInBodyName(tokens: readonly string[], comma: number): boolean {
  if (tokens[comma] !== ',' || !startsUpper(tokens[comma - 1] ?? '') || !startsUpper(tokens[comma + 1] ?? '')) return false;
  const and = tokens.indexOf('and', comma + 1);
  if (and < 0 || and - comma > AND_REACH || !startsUpper(tokens[and + 1] ?? '')) return false;
  // (Each listed part one word that is no given name: "Obafemi Awolowo University, Emeka Obi and Halima Garba" lists people.)
  const listed = tokens.slice(comma + 1, and);
  const oneWordParts = listed.every((token, index) => (index % 2 === 1 ? token === ',' : startsUpper(token) && !isGivenName(token)));
  if (!oneWordParts || listed.length % 2 === 0) return false;
  let first = comma - 1;
  while (first > 0 && (startsUpper(tokens[first - 1]) || BODY_LINKS.has(tokens[first - 1]) || tokens[first - 1] === ',')) first--;
  let last = and + 1;
  while (last + 1 < tokens.length && startsUpper(tokens[last + 1])) last++;
  return tokens.slice(first, last + 1).some(isBodyHead);
}

/** A US lawmaker's party and state, as news writes them after the name: "D-Nev.", "R-Texas", "I-Vt.". */
export const PARTY_AND_STATE = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** Strip a possessive, titles and a leading determiner from a run of words naming someone. */
export function nameParts(run: string[]): NameParts | null {
  // "Sen. Maria Esquivel, D-Nev., said": a party and state after a lawmaker's name are no one's name.
  if (run.length === 1 && PARTY_AND_STATE.test(run[0])) return null;
  const trimmed: string[] = [];
  // "NASA's Steve Clarke": the owner before a full name is where the person works, not part of the name.
  // ("The Conservatives’ Tom Pryce-Jones": a plural owner's mark after its s.)
  const ownerAt = run.slice(0, -2).findLastIndex((word) => /(?:[’']s|s[’'])$/.test(word));
  const owned = run.slice(ownerAt + 1);
  const owner = owned.length <= 3 && !owned.some((word) => BODY_HEADS.has(word.toLowerCase())) ? ownerAt : -1;
  for (let index = owner + 1; index < run.length; index++) {
    // (A possessive inside a body's name stays: "the Sheriff's Office".)
    const ofBody = index < run.length - 1 && BODY_HEADS.has(run[index + 1].toLowerCase()) && /[’']s$/.test(run[index]);
    let word = ofBody ? run[index] : trimWord(run[index]);
    if (index === run.length - 1 && word.endsWith('.') && SENTENCE_FINAL_NAME.test(word) && !ABBREVIATED_TITLE.test(word))
      word = word.slice(0, -1);
    if (word) trimmed.push(word);
  }
  let first = 0;
  while (first < trimmed.length && DETERMINERS.has(trimmed[first].toLowerCase())) first++;
  const words = first === 0 ? trimmed : trimmed.slice(first);
  if (words.length === 0) return null;
  // Each word lower-cased once: the body and title tests below read these.
  const lowerWords: string[] = new Array(words.length);
  const bareWords: string[] = new Array(words.length);
  let namesBody = false;
  for (let index = 0; index < words.length; index++) {
    const lowered = lower(words[index]);
    const bared = lowered.endsWith('.') ? lowered.slice(0, -1) : lowered;
    lowerWords[index] = lowered;
    bareWords[index] = bared;
    if (!namesBody && BODY_HEADS.has(bared) && (index === words.length - 1 || startsUpper(words[index]))) namesBody = true;
  }
  // ("Sindicato Independiente de Trabajadores de Corvell": a body's head first, as in the languages it is named in.)
  if (words.length > 1 && HEAD_FIRST_BODY_WORDS.has(bareWords[0])) return { name: words.join(' '), words, titled: false, body: true };
  if (
    namesBody &&
    !personOfBody(words, bareWords) &&
    (BODY_HEADS.has(bareWords[words.length - 1]) ||
      words.length === 1 ||
      linkedBody(words, lowerWords) ||
      institutionBeforePlace(words, bareWords))
  )
    return { name: words.join(' '), words, titled: false, body: true };
  // The person's own name is what follows the last title: "U.S. Secretary of State John Kerry" → "John Kerry".
  let { after, titled, courtesy } = afterTitles(words, lowerWords, bareWords);
  const office = titled ? officeNamed(words, lowerWords, after) : null;
  if (office) return office;
  // "Owner Tom Reed", "Manager Ann Lowe": a role written as a title before a full name.
  // (A given name is no role, whatever its ending: "Walter Brennan Hale", "Homer Lee Jones" — but a listed role
  // before a given name is: "Patient Janet Walsh".)
  // ("Lieutenant Commander Nikos Papadakis": a role after a title too.)
  const listedRole = ROLE_NOUNS.has(roleHead(lowerWords[after])) && words.length > after + 2 && isGivenName(words[after + 1]);
  const roleFirst = isRoleWord(lowerWords[after]) && (!isGivenName(words[after]) || listedRole);
  if (words.length >= after + 3 && roleFirst && startsUpper(words[after + 1]) && startsUpper(words[after + 2])) {
    after += 1;
    titled = true;
  }
  // "Ann Lowe of Acme", "the Steve Jobs of Google": a full name ends before "of"; what follows is where she is from.
  const rest = words.slice(after);
  const of = rest.findIndex((word, index) => index >= 2 && lower(word) === 'of');
  const own = (of > 0 ? rest.slice(0, of) : rest).filter((word) => !OF_OR_THE.test(word));
  // "Simon Greaves KC", "Keir Langley MP": letters after the name are no part of it.
  while (own.length > 2 && /^\p{Lu}[\p{L}]{1,3}$/u.test(own[own.length - 1]) && POST_NOMINALS.has(lower(own[own.length - 1]))) own.pop();
  if (own.length === 0) return null;
  // "Square Cofounder", "Apple CEO": a role after a word that is no given name is someone's role there, not a
  // name ("Adam Driver" is a name).
  // "Cofounder of Square" is a role at a body too.
  const last = lower(own[own.length - 1]);
  const givenFirst = isGivenName(own[0]) || /^(?:\p{Lu}\.)+$/u.test(own[0]);
  if (!titled && own.length >= 2 && !givenFirst && endsOnRole(last)) return pluralRoleBody(own);
  if (!titled && ROLE_NOUNS.has(roleHead(lowerWords[0])) && lowerWords[1] === 'of') return null;
  if (!titled && acronymBody(own)) return { name: own.join(' '), words: own, titled: false, body: true };
  const parts: NameParts = { name: own.join(' '), words: own, titled, body: false };
  if (courtesy) parts.courtesy = courtesy;
  return parts;
}

/**
 * "Queen's University Belfast", "University College Dublin": an institution's noun before a place's name (no title,
 * role or person's full name after it: not "Hospital Director Ann Lowe"; a place may spell a given name, "Dublin").
 */
function institutionBeforePlace(words: string[], bareWords: string[]): boolean {
  const at = bareWords.findIndex((word) => NAME_OPENING_INSTITUTIONS.has(word));
  if (at < 0 || at === words.length - 1) return false;
  const rest = words.slice(at + 1);
  return rest.every((word, k) => {
    const bare = bareWords[at + 1 + k];
    const fullNameOpens = isGivenName(word) && k < rest.length - 1;
    return startsUpper(word) && !fullNameOpens && !TITLES.has(bare) && !isRoleWord(bare);
  });
}

/**
 * "NHS Tayside", "BBC Scotland": an acronym opening a name of more words is a body's (not "FEMA Administrator Deanne
 * Criswell-Marsh"; "JD Vance" has initials; a tabloid's capitals are no acronym: "STEVE Carrow was AXED").
 */
function acronymBody(own: string[]): boolean {
  if (own.length < 2 || !/^\p{Lu}{3,}$/u.test(own[0]) || /^[JS]r\.?$/.test(own[1])) return false;
  if (isGivenName(own[0][0] + lower(own[0].slice(1)))) return false;
  return !own.some((word, index) => index > 0 && (isGivenName(word) || isRoleWord(lower(word))));
}

/** Where the name after the last title begins ("U.S. Secretary of State John Kerry": at "John"), and the courtesy title. */
function afterTitles(words: string[], lowerWords: string[], bareWords: string[]): { after: number; titled: boolean; courtesy?: string } {
  let after = 0;
  let titled = false;
  let courtesy: string | undefined;
  // ("Delighted Janet told the Clarion", "Heartbroken Tom Reed said": a tabloid's word for how someone feels.)
  if (words.length > 1 && FEELING_BEFORE_NAMES.has(lowerWords[0])) after = 1;
  for (let index = 0; index < words.length - 1; index++) {
    // (Words of an office already passed are no new title: "Minister of Foreign Affairs Sergei Lavrov".)
    if (index < after) continue;
    // ("Federal Controller of Works Hauwa Bello": a capitalised role with its field before a name is a title too.)
    // (A listed role, not a surname in -er, "Lisa Crowther of Leicestershire Police", nor a group, "Friends of the Earth".)
    const office =
      startsUpper(words[index]) &&
      ROLE_NOUNS.has(lowerWords[index]) &&
      /^(?:of|for)$/.test(lowerWords[index + 1] ?? '') &&
      lowerWords[index + 2] !== 'the';
    if (
      TITLES.has(lowerWords[index]) ||
      TITLES.has(bareWords[index]) ||
      hyphenatedTitle(bareWords[index]) ||
      (office && index + 3 < words.length)
    ) {
      after = index + 1;
      titled = true;
      if (SEXED_TITLES.has(bareWords[index])) courtesy = words[index];
      if (/^(?:of|for)$/.test(lowerWords[after] ?? '') && after + 1 < words.length - 1) after = ofPhraseEnd(words, after);
    }
  }
  return { after, titled, courtesy };
}

/** "Brigadier-General", "Major-General", "Attorney-General": a title joined to a rank or an office before it. */
function hyphenatedTitle(word: string): boolean {
  const [first, second, ...rest] = word.split('-');
  return rest.length === 0 && second !== undefined && TITLES.has(second) && (TITLES.has(first) || isRoleWord(first) || first === 'major');
}

/** An office or a title of a place with no one named after it, which is the name itself; else null. */
function officeNamed(words: string[], lowerWords: string[], after: number): NameParts | null {
  // "Director of Public Prosecutions": an office with no name after it is the name.
  // ("Minister for Youth and Sports": a field's last word after "and" is no surname either.)
  const fieldEnd = OFFICE_ENDING.test(lowerWords[after]) || lowerWords[after - 1] === 'and';
  if (after === words.length - 1 && lowerWords[after - 2] !== undefined && fieldEnd) {
    const office = Math.max(words.lastIndexOf('of', after), words.lastIndexOf('for', after)) - 1;
    if (office >= 0 && !isGivenName(words[after]))
      return { name: words.slice(office).join(' '), words: words.slice(office), titled: true, body: false };
  }
  // "The Prince of Wales", "the Duke of Sussex": a title of a place with no name after it is the name.
  if (lowerWords[after] === 'of' && after === words.length - 2)
    return { name: words.slice(after - 1).join(' '), words: words.slice(after - 1), titled: true, body: false };
  return null;
}

/** Words that end the name of an office or a field, never a surname: "Public Prosecutions", "Foreign Affairs". */
const OFFICE_ENDING =
  /(?:tions|sions|ments|ities|affairs|services|defence|defense|justice|health|education|finance)$|^(?:transport|trade|energy|agriculture|tourism|sports?|culture|industry|labou?r|interior|housing|works|fisheries|mines|infrastructure|security|technology|commerce|youth|women|welfare|aviation|science|economy|environment)$/;

/**
 * Where the person's name begins after a title's "of" at words[of]: past the office's words up to the first given
 * name ("Minister of Foreign Affairs Sergei Lavrov"), else at the last word ("Secretary of State Pompeo").
 */
function ofPhraseEnd(words: string[], of: number): number {
  let at = of + 1;
  while (at < words.length - 1 && !(startsUpper(words[at]) && isGivenName(words[at]))) at++;
  return at;
}

/** A name's last word that is a role or title ("Acme Cofounder"); a country written short is none ("Cycling UK"). */
function endsOnRole(last: string): boolean {
  // ("Tapas Sen", "Hun Sen": a title written short comes before a name, never after it.)
  return ROLE_NOUNS.has(roleHead(last)) || (TITLES.has(last) && !COUNTRY_ABBREVIATIONS.has(last) && !TITLE_ABBREVIATION_WORDS.has(last));
}

/** "Mid-Ohio Harvest Partners", "Hillside Medical Associates": a role in the plural closes a firm's name; else no name. */
function pluralRoleBody(own: string[]): NameParts | null {
  const last = lower(own[own.length - 1]);
  const plural = roleHead(last) !== last && /s$/.test(last);
  return plural && own.every(startsUpper) ? { name: own.join(' '), words: own, titled: false, body: true } : null;
}

/**
 * A body's name with its parts linked ("Centers for Disease Control and Prevention"), no title or role after its
 * head ("Bank of England Governor Mark Carney" is the governor); a field of office ("Foreign Relations") is no title.
 */
function linkedBody(words: string[], lowerWords: string[]): boolean {
  const link = words.findIndex((_, index) => index > 0 && linksBodyName(words, index));
  // (A role as the name's last word is what the body is of: "International Association of Machinists".)
  const last = lowerWords.length - 1;
  return (
    link > 0 &&
    !lowerWords.slice(link).some((word, k) => ((TITLES.has(word) && !TITLE_DOMAINS.has(word)) || isRoleWord(word)) && link + k < last)
  );
}

/**
 * "Sergeant Lisa Crowther of Leicestershire Police", "Andrew Maguire of Merseyside Police": a personal name — after a
 * title or a role, or opening on a given name — then "of" and a body is someone of that body, not the body's name.
 */
function personOfBody(words: string[], bareWords: string[]): boolean {
  let first = 0;
  // ("Economist Meera Chaudhry of the University of Victoria": a role written as a title is one.)
  while (first < words.length && (TITLES.has(bareWords[first]) || (first === 0 && isRoleWord(bareWords[first])))) first++;
  const of = bareWords.indexOf('of', first);
  if (of - first < 2) return false;
  const own = words.slice(first, of);
  if (!own.every(startsUpper) || bareWords.slice(first, of).some((word) => BODY_HEADS.has(word) || TITLES.has(word))) return false;
  return first > 0 || isGivenName(own[0]);
}

/** Levenshtein distance, capped: returns max + 1 as soon as it is certain to exceed max. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Given names are compatible when one is missing, one is the other's initial, or they are spelled alike. */
function givenCompatible(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const x = a[0].toLowerCase().replace(/\.$/, '');
  const y = b[0].toLowerCase().replace(/\.$/, '');
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return editDistance(x, y, 2) <= 2 && x[0] === y[0];
}

export interface NameCount {
  /** The name as written, titles stripped. */
  name: string;
  body: boolean;
  count: number;
}

/**
 * "Alan Fraser … his older brother, Douglas Fraser, … Fraser told the Sentinel": the full name an article gives a
 * bare surname first (a given name before it, no title), which the article's later bare surname stands for — news
 * calls the person it brought in first by the surname, a relative by the full name.
 */
export function firstFullNameIn(body: string, surname: string, isStoryName: (name: string) => boolean = () => false): string | undefined {
  // (Letters, apostrophes and hyphens only: nothing in the surname needs escaping in the pattern.)
  if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(surname)) return undefined;
  const fullName = new RegExp(`(?<![\\p{L}])(?:(\\p{Lu}[\\p{Ll}’'-]+)\\s+)?(\\p{Lu}[\\p{Ll}’'-]+)\\s+${surname}(?![\\p{L}’'-])`, 'gu');
  for (const [, first, second] of body.matchAll(fullName)) {
    // ("Dil Bahadur Magar": a name of the story's people, though the lists know neither given name.)
    if (first && isStoryName(`${first} ${second} ${surname}`)) return `${first} ${second} ${surname}`;
    if (isGivenName(second) || isStoryName(`${second} ${surname}`)) return `${second} ${surname}`;
  }
  return undefined;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The initials of a name's capitalised words ("Racing Integrity Board" → "RIB"; "of", "for" left out). */
function initials(words: string[]): string {
  return words
    .filter((word) => startsUpper(word))
    .map((word) => word[0])
    .join('');
}

/**
 * "the Racing Integrity Board (RIB) … the RIB said": the name an article spells out before an acronym in
 * parentheses. Only the article's own: two outlets' "CDC" may be two countries' centres.
 */
export function acronymSpelledOut(body: string, acronym: string): string | undefined {
  if (!ACRONYM.test(acronym)) return undefined;
  const spelled = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|for|and|on|the)\\s+)*){2,8})\\(${acronym}\\)`, 'u').exec(body);
  if (!spelled) return undefined;
  const words = spelled[1].trim().split(/\s+/);
  for (let start = words.length - 2; start >= 0; start--) {
    if (startsUpper(words[start]) && initials(words.slice(start)) === acronym) return words.slice(start).join(' ');
  }
  return undefined;
}

/** A cluster of variants of one name and its canonical form. */
export interface NameCluster {
  canonical: string;
  variants: string[];
  body: boolean;
}

// (One outlet's "O'Dea" is another's "O’Dea".)
const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Variants of one name as they are merged: a body's, or a person's with the given names they go by. */
interface NameGroup {
  members: NameCount[];
  body: boolean;
}
interface PersonGroup extends NameGroup {
  given: string[];
}

/** What one call of clusterNames works out once per name, and the groups it makes. */
interface Clustering {
  groups: NameGroup[];
  wordsOf: (name: string) => string[];
  keyOf: (name: string) => string;
}

/**
 * Merge name variants: bodies by their words (case and determiner ignored); people by surname and
 * compatible given names. A bare surname joins the one full name it fits, if only one does.
 */
export function clusterNames(names: NameCount[]): NameCluster[] {
  // A story names the same few people hundreds of times: each name's words and key are worked out once,
  // and a name is placed once. Where a name's later entries go is settled by its first: a body by its key; a
  // full name joins the first group it fits, and no group's given names change while full names are placed
  // (only groups made by a bare surname have none, and those come last); every bare surname of one surname
  // joins the same group (the only one, or the most mentioned, which stays so). So each later entry of a name
  // adds its count to the member its first entry became.
  const clustering: Clustering = { groups: [], wordsOf: remembered((name) => name.split(/\s+/)), keyOf: remembered(key) };
  const people = placeBodies(clustering, names);
  placePeople(clustering, people);
  return clustering.groups.map((group) => ({
    canonical: canonicalName(group.members),
    variants: [...new Set(group.members.map((member) => member.name))],
    body: group.body,
  }));
}

/**
 * Bodies and descriptions placed in groups by key. The people are left for placePeople: a person's name has
 * one to four words, and they are listed by length, longest first, in order within a length.
 */
function placeBodies({ groups, wordsOf, keyOf }: Clustering, names: NameCount[]): NameCount[][] {
  const byKey = new Map<string, NameGroup>();
  const bodyMembers = new Map<string, NameCount>();
  const people: NameCount[][] = [[], [], [], []];
  for (const entry of names) {
    const words = wordsOf(entry.name);
    if (entry.body || !startsUpper(entry.name) || words.length > 4) {
      const known = bodyMembers.get(entry.name);
      if (known !== undefined) {
        known.count += entry.count;
        continue;
      }
      const k = keyOf(entry.name);
      let group = byKey.get(k);
      if (!group) {
        group = { members: [], body: true };
        byKey.set(k, group);
        groups.push(group);
      }
      bodyMembers.set(entry.name, addMember(group, entry));
    } else people[4 - words.length].push(entry);
  }
  return people;
}

/** People placed in groups by surname, full names before bare surnames. */
function placePeople({ groups, wordsOf, keyOf }: Clustering, people: NameCount[][]): void {
  const personMembers = new Map<string, NameCount>();
  const bySurname = new Map<string, PersonGroup[]>();
  for (const sameLength of people) {
    for (const entry of sameLength) {
      const known = personMembers.get(entry.name);
      if (known !== undefined) {
        known.count += entry.count;
        continue;
      }
      const surname = keyOf(entry.name).split(' ').pop()!;
      const list = bySurname.get(surname) ?? [];
      bySurname.set(surname, list);
      personMembers.set(entry.name, placePerson(entry, wordsOf(entry.name).slice(0, -1), list, groups));
    }
  }
}

const isPersonGroup = (group: NameGroup): group is PersonGroup => !group.body && 'given' in group;

/** Place a person's first entry among the groups of its surname (`list`); returns the member it became. */
function placePerson(entry: NameCount, given: string[], list: PersonGroup[], groups: NameGroup[]): NameCount {
  const fits = list.filter((group) => givenCompatible(group.given, given));
  if (given.length === 0 ? fits.length === 1 : fits.length >= 1) {
    const member = addMember(fits[0], entry);
    if (fits[0].given.length === 0) fits[0].given = given;
    return member;
  }
  if (given.length === 0 && fits.length > 1) {
    // A bare surname shared by several people: credit the most mentioned.
    const best = [...fits].sort((a, b) => total(b.members) - total(a.members))[0];
    return addMember(best, entry);
  }
  // "Li explained …" after "Li Jifeng, a doctor at Chaoyang Hospital": a bare name that is no one's surname but the
  // first name of exactly one person (a surname written first, or a first name) is that person. (Not an acronym,
  // which is a body's: "NEC said" is not "NEC Aan De Waal".)
  if (given.length === 0 && fits.length === 0 && !/^\p{Lu}{2,}$/u.test(entry.name)) {
    const first = entry.name.toLowerCase();
    const owners = groups.filter(isPersonGroup).filter((group) => group.given[0]?.toLowerCase() === first);
    if (owners.length === 1) return addMember(owners[0], entry);
  }
  const group: PersonGroup = { members: [], body: false, given };
  list.push(group);
  groups.push(group);
  return addMember(group, entry);
}

/** The group's member of the entry's name, with the entry's count added (a copy of the entry if it is new). */
function addMember(group: NameGroup, entry: NameCount): NameCount {
  const same = group.members.find((member) => member.name === entry.name);
  if (same) {
    same.count += entry.count;
    return same;
  }
  const member = { ...entry };
  group.members.push(member);
  return member;
}

/** A function of a string that works out each answer once (for one call of clusterNames). */
function remembered<T>(work: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) known.set(text, (value = work(text)));
    return value;
  };
}

const total = (members: NameCount[]) => members.reduce((sum, member) => sum + member.count, 0);

/** The longest full name: most words, then no determiner, then longest, then most capitals, most used, first seen. */
function canonicalName(members: NameCount[]): string {
  const score = (member: NameCount) => {
    const determiner = /^(?:the|a|an)\s/i.test(member.name) ? 1 : 0;
    const words = member.name.split(/\s+/).length - determiner;
    // "PETER Capaldi" (a shouted lead-in) loses to "Peter Capaldi".
    const shouted = member.name.split(/\s+/).filter((word) => /^\p{Lu}{2,}$/u.test(word) && word.length > 3).length;
    return [words, -determiner, -shouted, member.name.length, member.count];
  };
  let best = members[0];
  for (const member of members.slice(1)) {
    const a = score(member);
    const b = score(best);
    for (let index = 0; index < a.length; index++) {
      if (a[index] !== b[index]) {
        if (a[index] > b[index]) best = member;
        break;
      }
    }
  }
  return best.name;
}

export const nameKey = key;
