// Whom "he" or "she" can stand for, by given name: the name lists of gender-detection-from-name (English first).
// Evidence for leaving a person out of a pronoun's candidates, never for choosing one.
import { getGender } from 'gender-detection-from-name';
import { FEMALE_NOUNS, MALE_NOUNS, SEXED_ROLE_STEMS, SEXED_TITLES, UNISEX_GIVEN_NAMES } from '../../lexicon.js';
import { withoutAccents } from '../../letters.js';

export type Gender = 'he' | 'she';

/** The pronoun a person noun says ("mother" → she, "father" → he); most nouns ("resident") say neither. */
export const nounGender = (noun: string | null | undefined): Gender | undefined => {
  if (!noun) return undefined;
  if (FEMALE_NOUNS.has(noun)) return 'she';
  if (MALE_NOUNS.has(noun)) return 'he';
  // ("spokeswoman", "chairman", "policewoman": a role named with its holder's sex; not "human" or "shaman".)
  const sexed = /^(\p{Ll}+?)(wo)?man$/u.exec(noun);
  if (!sexed || !SEXED_ROLE_STEMS.has(sexed[1])) return undefined;
  return sexed[2] ? 'she' : 'he';
};

/**
 * The sex the noun a name is set beside gives it ("Her eight-year-old son, Caleb", "his daughter Nadia"): the
 * lower-case word right before the name at `start`, a comma between or not.
 */
export const besideNounGender = (body: string, start: number): Gender | undefined =>
  nounGender(/(\p{Ll}+),?\s+$/u.exec(body.slice(Math.max(0, start - 20), start))?.[1]);

/** The pronoun a title says ("Mr", "Mrs.", "Dame"), as written. */
export const titleGender = (title: string | undefined): Gender | undefined =>
  title === undefined ? undefined : SEXED_TITLES.get(title.replace(/\.$/, '').toLowerCase());

/**
 * The pronoun a full name's first word goes with, if the lists know it ("Teresa Reed" → she); one word, or a given
 * name of either sex ("Taylor"), tells nothing.
 */
export function givenNameGender(words: readonly string[]): Gender | undefined {
  return words.length < 2 ? undefined : givenGender(words[0]);
}

/** The pronoun a given name goes with, if the lists know it ("Priya" → she), for one the story calls by it alone. */
export function givenGender(word: string): Gender | undefined {
  // "Lars-Erik" by "Lars"; accents as combining marks ("Stéphane" typed as e + ´) are letters of the name.
  const given = withoutAccents(word).split('-')[0];
  if (!/^\p{Lu}\p{Ll}+$/u.test(given) || UNISEX_GIVEN_NAMES.has(given.toLowerCase())) return undefined;
  const found = getGender(given, 'en');
  return found === 'male' ? 'he' : found === 'female' ? 'she' : undefined;
}

/** Whether the name lists know the word as a given name (of either sex): "Adam" is, "Square" is not. */
export function isGivenName(word: string): boolean {
  const given = withoutAccents(word).split('-')[0];
  return UNISEX_GIVEN_NAMES.has(given.toLowerCase()) || getGender(given, 'en') !== 'unknown';
}

/**
 * "he" or "she" for a name, by the longest full name of the story that ends with it: "Hawk Sawyer" and "Sawyer"
 * are "Kathleen Hawk Sawyer", so "she"; none where two such names disagree ("Nielsen Hayden" after "Teresa
 * Nielsen Hayden" and "Patrick Nielsen Hayden").
 */
export function storyGenders(fullNames: string[][]): (name: string) => Gender | undefined {
  const bySurname = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const words of fullNames) {
    const key = words.join(' ').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const surname = words[words.length - 1].toLowerCase();
    const list = bySurname.get(surname);
    if (list) list.push(words);
    else bySurname.set(surname, [words]);
  }
  const known = new Map<string, Gender | undefined>();
  return (name) => {
    if (!known.has(name)) known.set(name, genderOfName(name, bySurname));
    return known.get(name);
  };
}

/** See storyGenders: the gender of one name among the story's full names by surname. */
function genderOfName(name: string, bySurname: Map<string, string[][]>): Gender | undefined {
  const words = name.split(/\s+/);
  const endsWith = (full: string[]) =>
    full.length >= words.length && words.every((word, i) => word.toLowerCase() === full[full.length - words.length + i].toLowerCase());
  const longer = (bySurname.get(words[words.length - 1].toLowerCase()) ?? []).filter(endsWith);
  const longest = Math.max(words.length, ...longer.map((full) => full.length));
  const genders = new Set(longer.filter((full) => full.length === longest).map(givenNameGender));
  if (genders.size === 0) return givenNameGender(words);
  return genders.size === 1 ? [...genders][0] : undefined;
}
