// The speaker that starts at a given token, after a verb of saying or "according to" ("said Capaldi", "said
// spokesman Tom Reed", "said the mayor, Ann Lowe", "a report from Kotak Securities").

import {
  PRONOUNS,
  NUMBER_WORDS,
  isSpeakingHead,
  PLURAL_GROUP_NOUNS,
  PEOPLE_NOUNS,
  DETERMINERS,
  POSSESSIVE_DETERMINERS,
  SPEAKER_PHRASE_STOPS,
  SAYING_VERBS,
  BETWEEN,
  TEXT_NOUNS,
  STUDY_NOUNS,
  isRoleWord,
  NAME_PARTICLES,
  OBJECT_PRONOUNS,
} from '../../lexicon.js';
import { linksBodyName } from './names.js';
import { isGivenName } from './gender.js';
import { description } from './noun-phrase.js';
import {
  type RawSpeaker,
  norm,
  isPronounSurname,
  isNamePart,
  isNamePartAt,
  isCap,
  personalName,
  POSSESSIVE,
  isWordToken,
  withoutTitles,
  isAcronym,
} from './tokens.js';

/** Where the name that opens at tokens[at] ends (exclusive): initials, particles and a body's "of" go on. */
function nameRunEnd(tokens: string[], at: number): number {
  let end = at + 1;
  // (A lone capital between name words is a middle initial: "Patricia A O'Gorman"; "Channel 4's" owns the name.)
  // ("Johan van der Merwe": particles in lower case between the given name and the rest of the surname.)
  const particle = (index: number): boolean =>
    NAME_PARTICLES.has(tokens[index]) && (isNamePart(tokens[index + 1] ?? '') || particle(index + 1));
  const joins = (index: number) =>
    ownerNumber(tokens, index) ||
    (/^\p{Lu}$/u.test(tokens[index]) && index > at && isNamePart(tokens[index + 1] ?? '')) ||
    (index > at && particle(index));
  while (
    end < tokens.length &&
    (isNamePartAt(tokens, end) || joins(end) || ((norm(tokens[end]) === 'of' || linksBodyName(tokens, end)) && isCap(tokens[end + 1])))
  ) {
    // "Ann Lowe of the Space Institute", "Ann Lowe of NASA's lab": a person's full name ends before "of" ("Bank
    // of England", "Secretary of State John Kerry" go on).
    if (norm(tokens[end]) === 'of' && personalName(withoutTitles(tokens.slice(at, end)))) break;
    end++;
  }
  return end;
}

/** The source after "according to" at tokens[at]: a noun phrase, or "him" or "her" ("According to him, many …"). */
export function accordingToSource(tokens: string[], at: number): RawSpeaker | null {
  const pronoun = OBJECT_PRONOUNS.get(norm(tokens[at] ?? ''));
  const alone = tokens[at + 1] === undefined || /^[,.;)]$/.test(tokens[at + 1]);
  return pronoun && pronoun !== 'they' && alone ? { kind: 'pronoun', pronoun } : nounPhraseAfter(tokens, at);
}

/** The noun phrase starting at tokens[at]: "Capaldi", "Mark Thompson", "the official". */
export function nounPhraseAfter(tokens: string[], at: number): RawSpeaker | null {
  const first = tokens[at];
  if (first === undefined) return null;
  const firstNorm = norm(first);
  if (PRONOUNS.has(firstNorm) && !isPronounSurname(tokens, at)) return { kind: 'pronoun', pronoun: firstNorm };
  // "wrote 43-year-old Martin Taylor": an age before the name.
  if (/^\d{1,3}-years?-old$/i.test(first) && isNamePart(tokens[at + 1])) return nounPhraseAfter(tokens, at + 1);
  // "said two officials", "signed by seven physicians": a count before plural speakers, as "officials said" reads.
  const counted = NUMBER_WORDS.get(firstNorm) ?? (/^\d+$/.test(first) ? Number(first) : undefined);
  if (counted !== undefined && counted > 1) {
    for (let head = at + 1; head < tokens.length && head - at <= 4 && /^\p{Ll}/u.test(tokens[head]); head++) {
      const word = tokens[head].replace(/\.$/, '');
      if (isSpeakingHead(word) && (/s$/.test(word) || PLURAL_GROUP_NOUNS.has(word) || PEOPLE_NOUNS.has(word)))
        return description([...tokens.slice(at + 1, head), word], true);
      if (word !== tokens[head]) break;
    }
    return null;
  }
  // "said spokesman Tom Reed", "said police spokesman Tom Reed": the name after the role.
  const titledName = nameAfterRole(tokens, at);
  if (titledName) return titledName;
  if (isNamePartAt(tokens, at)) {
    const end = nameRunEnd(tokens, at);
    // "said NASA administrator Jim Bridenstine": the name after the role is the speaker's.
    const afterRole = nameAfterRole(tokens, end);
    if (afterRole) return afterRole;
    // "Norway's ambassador to Canada": the owner's role speaks, never the owner.
    if (POSSESSIVE.test(tokens[end - 1]) && /^\p{Ll}/u.test(tokens[end] ?? '')) return ownedDescription(tokens, at, end);
    // ("Fellow judge and Bondi restaurateur Lachie Brennan": a word capitalised only because it opens the sentence
    // starts the roles before the name.)
    const opening = at === 0 && end === 1 && !isGivenName(first) ? titleRunName([first.toLowerCase(), ...tokens.slice(1)], 0) : null;
    return opening ?? { kind: 'name', words: tokens.slice(at, end) };
  }
  // "the mayor", "his aunt, Jane Starner": a description, or the name in apposition to it.
  if (DETERMINERS.has(firstNorm) || POSSESSIVE_DETERMINERS.has(firstNorm)) {
    let end = at + 1;
    while (
      end < tokens.length &&
      end - at < 8 &&
      isWordToken(tokens[end]) &&
      !SPEAKER_PHRASE_STOPS.has(norm(tokens[end])) &&
      !SAYING_VERBS.has(norm(tokens[end])) &&
      !BETWEEN.has(norm(tokens[end])) &&
      !DETERMINERS.has(norm(tokens[end])) &&
      // A verb in the past ends the phrase, not a name in -ed ("the Associated Press").
      !/^(?:was|is|were|are|has|had|have|did|does)$|^[a-z][a-z’'-]*ed$/.test(tokens[end])
    )
      end++;
    if (end === at + 1) return null;
    // "the Bank of England", "the Centers for Disease Control and Prevention": a body's name goes on past its links.
    while (linksBodyName(tokens, end) && isNamePart(tokens[end + 1])) {
      end += 2;
      while (isNamePart(tokens[end])) end++;
    }
    const author = authorOfText(tokens, end);
    if (author) return author;
    const words = tokens.slice(at, end);
    if (words.slice(1).some(isCap) && isCap(words[words.length - 1])) return { kind: 'name', words };
    // "The group sent a letter": a verb the stops above do not know ends the phrase after its last head noun.
    let head = words.length;
    // (The sentence's full stop is no part of the head: "said one senior official.")
    while (head > 1 && !isSpeakingHead(words[head - 1].replace(/\.$/, ''))) head--;
    const found = description(words.slice(0, Math.max(head, 2)), true);
    // "said the mayor, Ann Lowe", "said another witness in the probe, former adviser Fiona Hill": the name in
    // apposition is who the description is.
    const comma = found ? appositionComma(tokens, at + Math.max(head, 2)) : -1;
    const named = comma >= 0 ? nounPhraseAfter(tokens, comma + 1) : null;
    return named?.kind === 'name' && personalName(withoutTitles(named.words)) ? named : found;
  }
  return null;
}

/** Participles between a text and its author: "the letter signed by …". */
const AUTHORED = /^(?:signed|written|issued|released|sent|authored|published|posted|drafted|co-signed)$/i;

/**
 * Who wrote the text named just before tokens[at]: "a report from Kotak Securities", "a statement by his lawyer",
 * "the letter signed by seven physicians" — the words are the author's, a report says nothing of its own.
 */
function authorOfText(tokens: string[], at: number): RawSpeaker | null {
  const text = norm(tokens[at - 1] ?? '');
  if (!(TEXT_NOUNS.has(text) || STUDY_NOUNS.has(text))) return null;
  // "the letter signed by seven physicians", "a report written by the committee".
  const by = AUTHORED.test(tokens[at] ?? '') && norm(tokens[at + 1] ?? '') === 'by' ? at + 1 : at;
  // ("the lawsuit of Fox anchor Andrea Tantaros": whose text it is, by name.)
  const of = norm(tokens[by] ?? '') === 'of';
  if (!of && !/^(?:from|by)$/.test(norm(tokens[by] ?? ''))) return null;
  const author = nounPhraseAfter(tokens, by + 1);
  return author && author.kind !== 'pronoun' && (!of || author.kind === 'name') ? author : null;
}

/** The comma that opens an apposition at tokens[at], or after a short prepositional phrase there ("in the probe,"); else -1. */
function appositionComma(tokens: string[], at: number): number {
  if (tokens[at] === ',') return at;
  if (!/^(?:in|of|at|for|from|on|with)$/i.test(tokens[at] ?? '')) return -1;
  for (let next = at + 1; next < tokens.length && next - at <= 6; next++) {
    if (tokens[next] === ',') return next;
    if (!isWordToken(tokens[next])) return -1;
  }
  return -1;
}

/** A number ending an owner's name before a person's ("Channel 4's Mark Evans"): the name's run goes on. */
const ownerNumber = (tokens: string[], at: number) => /^\d+[’']s$/.test(tokens[at]) && isNamePart(tokens[at + 1] ?? '');

/** A name after a role in lower case that starts at tokens[at] ("spokesman", "chief executive"), if one follows. */
function nameAfterRole(tokens: string[], at: number): RawSpeaker | null {
  // "author and psychologist Patricia O'Gorman": two roles of one person joined by "and".
  const joinsRoles = (index: number) =>
    norm(tokens[index]) === 'and' && index > at && isRoleWord(tokens[index - 1]) && isRoleWord(tokens[index + 1] ?? '');
  // ("co-founder and CEO Priya Raghunathan": a role in capitals after "and" is one of them.)
  const roleInCapitals = (index: number) =>
    index > at && norm(tokens[index - 1]) === 'and' && isAcronym(tokens[index]) && isRoleWord(tokens[index]);
  let end = at;
  while (
    end < tokens.length &&
    end - at < 4 &&
    (/^\p{Ll}/u.test(tokens[end]) || roleInCapitals(end)) &&
    (!SPEAKER_PHRASE_STOPS.has(norm(tokens[end])) || joinsRoles(end)) &&
    !DETERMINERS.has(norm(tokens[end]))
  )
    end++;
  if (end === at || !isSpeakingHead(tokens[end - 1]) || !isNamePart(tokens[end])) return titleRunName(tokens, at);
  return nounPhraseAfter(tokens, end);
}

/**
 * A name after a role whose words mix capitals in ("former White House Russia adviser Fiona Hill"): a lower-case
 * word opens the run, a lower-case role noun ends it, and a person's full name follows.
 */
function titleRunName(tokens: string[], at: number): RawSpeaker | null {
  if (!/^\p{Ll}/u.test(tokens[at] ?? '')) return null;
  for (let end = at + 1; end < tokens.length && end - at < 7; end++) {
    const word = tokens[end];
    // ("judge and Bondi restaurateur Lachie Brennan": two roles of one person joined by "and".)
    const joinsRoles = norm(word) === 'and' && isSpeakingHead(tokens[end - 1]);
    if (!isWordToken(word) || (SPEAKER_PHRASE_STOPS.has(norm(word)) && !joinsRoles) || DETERMINERS.has(norm(word))) return null;
    if (!/^\p{Ll}/u.test(word) || !isSpeakingHead(word) || norm(tokens[end + 1] ?? '') === 'and') continue;
    let stop = end + 1;
    while (stop < tokens.length && stop - end <= 3 && isNamePart(tokens[stop])) stop++;
    const name = tokens.slice(end + 1, stop);
    return personalName(name) ? { kind: 'name', words: name } : null;
  }
  return null;
}

/** The description tokens[at, …) whose owner ends at tokens[ownerEnd - 1]: its head is the last word before a preposition or verb. */
function ownedDescription(tokens: string[], at: number, ownerEnd: number): RawSpeaker | null {
  let end = ownerEnd;
  while (
    end < tokens.length &&
    end - ownerEnd < 4 &&
    /^\p{Ll}/u.test(tokens[end]) &&
    !SPEAKER_PHRASE_STOPS.has(norm(tokens[end])) &&
    !SAYING_VERBS.has(norm(tokens[end])) &&
    !BETWEEN.has(norm(tokens[end]))
  )
    end++;
  if (end === ownerEnd) return null;
  // "said Boyd's attorney, Sheila Marks": the name in apposition is who the owner's role is.
  const comma = appositionComma(tokens, end);
  const named = comma >= 0 ? nounPhraseAfter(tokens, comma + 1) : null;
  return named?.kind === 'name' && personalName(withoutTitles(named.words)) ? named : description(tokens.slice(at, end), true);
}
