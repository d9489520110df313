// What the attribution rules read a sentence as: its tokens (a lawmaker's party and state read past) and the
// tests a token passes to be part of a name. Every reader of speakers before and after a quotation shares them.

import { BODY_HEADS, NOT_NAMES, SAYING_VERBS, TITLES } from '../../lexicon.js';
import { PARTY_AND_STATE, tokenNorm, isCalendarGivenName, isLetterCodename } from './names.js';

/** What the attribution names, before pronouns and "the official" are resolved. */
export type RawSpeaker =
  | { kind: 'name'; words: string[] }
  | { kind: 'description'; words: string[]; head: string }
  | { kind: 'pronoun'; pronoun: string }
  /** A description that points back to someone named before, like a pronoun: "the 55-year-old". */
  | { kind: 'anaphor'; words: string[] };

// (A figure's thousands separators stay inside it: the comma of "1,200 people" breaks no clause.)
const TOKEN = /\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}])|[\p{L}\p{N}][\p{L}\p{N}\p{M}.’'-]*|[,;:()—–]/gu;

export function tokenize(text: string): string[] {
  const tokens = text.match(TOKEN) ?? [];
  // "Sen. Carla Dunmore, D-Ore., said": a lawmaker's party and state between commas are read past, as if absent.
  return tokens.some((token) => PARTY_AND_STATE.test(token)) ? withoutPartyAndState(tokens) : tokens;
}

function withoutPartyAndState(tokens: string[]): string[] {
  const dropped = new Set<number>();
  tokens.forEach((token, k) => {
    if (!PARTY_AND_STATE.test(token) || tokens[k - 1] !== ',') return;
    dropped.add(k);
    if (tokens[k + 1] === ',') dropped.add(k + 1);
    // (", D-Ore., who led …, said" keeps the comma that opens the relative clause, ", R-Kan., a co-sponsor, said"
    // the one that opens the apposition.)
    if (!/^(?:who|a|an|the|one)$/i.test(tokens[k + 2] ?? '')) dropped.add(k - 1);
  });
  return tokens.filter((_, k) => !dropped.has(k));
}

export const norm = tokenNorm;
export const POSSESSIVE = /[’']s$/;
export const isWordToken = (token: string | undefined) => token !== undefined && /^[\p{L}\p{N}]/u.test(token);
export const isCap = (token: string | undefined) => token !== undefined && /^\p{Lu}/u.test(token);
const NAME_PREFIX = /^(?:al|el|bin|ibn|de|van|von|da|di|du|le|la)-?\p{Lu}?/u;
/** Capitals only, two letters or more: an acronym ("WHO", "IT"), never the function word it spells. */
export const isAcronym = (token: string) => /^\p{Lu}{2,}\.?$/u.test(token);
/** A user name on a forum or a network: letters with two digits or more ("elmo666", "jayk1984"; not "mp3") or an @handle. */
const HANDLE = /^(?:@[\p{L}\p{N}_]{2,}|\p{L}{2,}[\p{L}_]*\p{N}{2,}[\p{L}\p{N}_]*)$/u;

export const isNamePart = (token: string | undefined) =>
  token !== undefined &&
  ((isCap(token) && (!NOT_NAMES.has(norm(token)) || isAcronym(token))) ||
    (NAME_PREFIX.test(token) && /-\p{Lu}/u.test(token)) ||
    HANDLE.test(token));

/**
 * "He Lifeng", "He Jianxiong": a surname that spells the pronoun, before a capitalised name that is no verb. A
 * pronoun is followed by its verb, not by a name.
 */
export const isPronounSurname = (tokens: string[], at: number): boolean =>
  tokens[at] === 'He' &&
  isNamePart(tokens[at + 1]) &&
  /^\p{Lu}\p{Ll}/u.test(tokens[at + 1] ?? '') &&
  !SAYING_VERBS.has(norm(tokens[at + 1]));
/** A word of a name at tokens[at], the pronoun-spelled surname included. */
export const isNamePartAt = (tokens: string[], at: number): boolean =>
  isNamePart(tokens[at]) ||
  isPronounSurname(tokens, at) ||
  isCalendarGivenName(tokens[at - 1], tokens[at], tokens[at + 1]) ||
  isLetterCodename(tokens[at - 1], tokens[at], tokens[at + 1]);

/** The words of a phrase as text: a comma among them ("A Foreign, Commonwealth and … spokesperson") keeps to its word. */
export const phraseText = (words: readonly string[]): string => words.join(' ').replace(/ ,/g, ',');

/**
 * The sentence's full stop glued to the speaker's last word ("… said Ann Lowe.") is no part of the name; an
 * abbreviation's is ("Jr.", "D.C.": no two lower-case letters before the stop).
 */
export function withoutFullStop(raw: RawSpeaker | null): RawSpeaker | null {
  if (raw === null || raw.kind === 'pronoun') return raw;
  const last = raw.words[raw.words.length - 1];
  // ("… said Garda A.": a letter ending a name is a codename; a middle initial never ends one.)
  const codename = last === 'A.' && raw.words.length > 1;
  if (!/\p{Ll}{2}\.$|^\p{Lu}{2,}\.$/u.test(last) && !codename) return raw;
  return { ...raw, words: [...raw.words.slice(0, -1), last.slice(0, -1)] };
}

/** The words after the titles a name opens with ("Dr. Ann Lowe" → "Ann Lowe"). */
export const withoutTitles = (words: string[]): string[] =>
  words.slice(words.findIndex((word) => !TITLES.has(norm(word).replace(/\.$/, ''))));

/** A relative or "that" ("who", "Which"); not an acronym written like one ("A WHO spokesperson"). */
export const isRelativeWord = (word: string): boolean => /^(?:who|which|that|whom|whose)$/i.test(word) && !/^\p{Lu}{2,}$/u.test(word);

/** Two or three capitalised words with no title or body word among them: a person's full name. */
export function personalName(words: string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((word) => isNamePart(word) && !TITLES.has(norm(word)) && !BODY_HEADS.has(norm(word)) && !POSSESSIVE.test(word))
  );
}
