// Speakers a sentence gives by its shape rather than by a verb next to the quotation: the subject at its start
// (past an opening phrase and a wire dateline), a description opening it as a sayer, a source named in the
// sentence after a quotation ("So says Owen Flint").

import {
  POST_VERBS,
  DEMONSTRATIVES,
  DETERMINERS,
  POSSESSIVE_DETERMINERS,
  MESSAGE_NOUNS,
  SOURCE_OF_NOUNS,
  LINKING_VERBS,
  WEEKDAYS,
  SAYING_VERBS,
  isSpeakingHead,
  SPEAKER_PHRASE_STOPS,
  NEWS_AGENCIES,
  isBetweenWord,
  isSayingParticiple,
  readsAloud,
  OPENING_PHRASE_PREPOSITIONS,
} from '../../lexicon.js';
import { nounPhraseAfter } from './noun-phrase-after.js';
import { nounPhraseBefore, timePhraseStart } from './noun-phrase-before.js';
import { type RawSpeaker, tokenize, norm, POSSESSIVE, isCap, isNamePart, isWordToken } from './tokens.js';

/**
 * The speaker a sentence right after a quotation names as its source, with no verb of saying on the quotation:
 * "That was the message Tuesday from Maria Ruiz, …", "So says Owen Flint, …", "Those words, from Fire Chief Ray
 * Dunn, …", "That has been Cho's philosophy …", "Micah says this …". Names only; null for anything else.
 */
export function sourceNamedNext(sentence: string): RawSpeaker | null {
  const tokens = tokenize(sentence);
  const first = norm(tokens[0] ?? '');
  if (first === 'so' && POST_VERBS.has(norm(tokens[1] ?? ''))) return nameOnly(nounPhraseAfter(tokens, 2));
  // "Micah says this standing in front of the memorial wall": a name whose verb of saying takes the words as "this".
  const named = nameOnly(nounPhraseAfter(tokens, 0));
  const verb = named ? named.words.length : -1;
  if (named && POST_VERBS.has(norm(tokens[verb] ?? '')) && norm(tokens[verb + 1] ?? '') === 'this') return named;
  // "The study's lead author, Dr. Ann Lowe, made that point repeatedly": a named subject making the words' point.
  const subject = nameOnly(sentenceSubject(tokens));
  if (subject && /\b(?:made|makes)\s+(?:that|this|the same)\s+point\b/i.test(sentence)) return subject;
  if (!DEMONSTRATIVES.has(first)) return null;
  // "That was how Margaret Lindell, who lives in the building, summed up the case".
  if (LINKING_VERBS.has(norm(tokens[1] ?? '')) && norm(tokens[2] ?? '') === 'how') return nameOnly(nounPhraseAfter(tokens, 3));
  // "the message Tuesday from", "Those words, from", "the words of": the message noun a few words before ("of"
  // only after the words or a verdict: "That view of Donald Trump" is about him). A full name only: "the view
  // from Washington" is a place.
  const from = tokens.findIndex((token, at) => {
    const near = tokens.slice(Math.max(0, at - 3), at).map(norm);
    if (at > 8) return false;
    if (norm(token) === 'from') return near.some((word) => MESSAGE_NOUNS.has(word));
    return norm(token) === 'of' && SOURCE_OF_NOUNS.has(near.at(-1) ?? '');
  });
  if (from > 0) {
    const found = nameOnly(nounPhraseAfter(tokens, from + 1));
    return found && found.words.length > 1 ? found : null;
  }
  // "That has been Cho's philosophy": the owner of what the words are called (never a day: "Tuesday's headline").
  const owner = tokens.findIndex((token, at) => at <= 4 && POSSESSIVE.test(token) && isCap(token));
  const ownerName = owner > 0 ? tokens[owner].replace(/[’']s?$/, '') : '';
  const linked =
    LINKING_VERBS.has(norm(tokens[1] ?? '')) && tokens.slice(owner + 1, owner + 2).some((word) => MESSAGE_NOUNS.has(norm(word)));
  return ownerName && linked && !WEEKDAYS.includes(ownerName.toLowerCase()) ? { kind: 'name', words: [ownerName] } : null;
}

/** A speaker that is a name, else null. */
const nameOnly = (found: RawSpeaker | null): Extract<RawSpeaker, { kind: 'name' }> | null => (found?.kind === 'name' ? found : null);

/**
 * "A spokeswoman for the firm told reporters that …", "Her lawyer said …": the description that opens a sentence
 * (after an opening phrase) as the subject of a verb of saying right after it; null for a name, a pronoun or
 * anything else.
 */
export function describedSayer(sentence: string): Extract<RawSpeaker, { kind: 'description' }> | null {
  const tokens = tokenize(sentence);
  // ("One mother, whose son was ill, said": a relative clause in commas is no opening phrase, and the verb comes after it.)
  const relative = relativeClauseSpan(tokens);
  const start = relative > 0 && tokens.indexOf(',') === relative ? 0 : subjectStart(tokens);
  const reach = OPENING_REACH + relativeClauseLength(tokens, relative);
  for (let verb = start + 1; verb < tokens.length && verb - start <= reach; verb++) {
    if (!SAYING_VERBS.has(norm(tokens[verb])) && !readsAloud(tokens[verb], tokens.slice(verb + 1))) continue;
    const found = nounPhraseBefore(tokens, verb);
    const opens = found?.kind === 'description' && found.words[0] === tokens[start] && tokens.indexOf(found.words[0], start) === start;
    return opens && isSpeakingHead(found.head) ? found : null;
  }
  return trailingDescribedSayer(tokens);
}

/** "…, the mayor said.": a description that reports the whole sentence from its end. */
function trailingDescribedSayer(tokens: string[]): Extract<RawSpeaker, { kind: 'description' }> | null {
  const verb = /^[.!?]$/.test(tokens.at(-1) ?? '') ? tokens.length - 2 : tokens.length - 1;
  if (verb < 3 || !SAYING_VERBS.has(norm(tokens[verb].replace(/\.$/, '')))) return null;
  const found = nounPhraseBefore(tokens, verb);
  if (found?.kind !== 'description' || !isSpeakingHead(found.head)) return null;
  return tokens[verb - found.words.length - 1] === ',' ? found : null;
}

/** The subject at the start of a sentence, after an opening phrase like "Ahead of the talks,". */
export function sentenceSubject(tokens: string[]): RawSpeaker | null {
  // "MADRID — Spain's prime minister, Pedro Sánchez, …": a wire dateline is where, not who.
  const dateline = datelineEnd(tokens);
  if (dateline > 0) return sentenceSubject(tokens.slice(dateline));
  const start = subjectStart(tokens);
  // "Even the Prime Minister paid tribute", "Later the minister said": an adverb opening the sentence stands before
  // its subject.
  const opening = tokens.length > 1 && isBetweenWord(tokens[0]) && isCap(tokens[0]) ? 1 : 0;
  const found = nounPhraseAfter(tokens, Math.max(start, opening));
  if (found) return found;
  // "The boy's mother testified, describing …": no opening phrase after all when nothing follows its comma.
  if (start > 0 && !SPEAKER_PHRASE_STOPS.has(norm(tokens[0]))) return nounPhraseAfter(tokens, opening);
  return pronounAfterOpeningPhrase(tokens);
}

/** How many words a phrase opening the sentence with no comma may have before its pronoun subject ("For years she"). */
const OPENING_PHRASE_REACH = 4;

/** "For years she made her rounds …", "On Monday he told …": a pronoun subject after a short opening phrase. */
function pronounAfterOpeningPhrase(tokens: string[]): RawSpeaker | null {
  if (!SPEAKER_PHRASE_STOPS.has(norm(tokens[0] ?? ''))) return null;
  for (let at = 1; at <= OPENING_PHRASE_REACH && at < tokens.length - 1; at++) {
    if (!isWordToken(tokens[at])) return null;
    if (/^(?:he|she|they|we|I)$/.test(tokens[at]) && /^\p{Ll}+$/u.test(tokens[at + 1]))
      return { kind: 'pronoun', pronoun: norm(tokens[at]) };
  }
  return null;
}

/** How many words a dateline may have before its dash ("LOS ANGELES, Calif. (AP) —"). */
const DATELINE_REACH = 8;

/**
 * Where the words after a wire dateline start ("SEOUL —", "BEIRUT (AP) —", "NAIROBI, Kenya (AP) —", "NEW DELHI:",
 * "BRUSSELS (Reuters) -", "LONDON, March 4 (Reuters) -"); 0 when the sentence has none. The place is shouted; after its comma come a state or
 * country and the agency, written as names.
 */
function datelineEnd(tokens: string[]): number {
  // (The agency in parentheses is written as a name, and the tokens keep no spaced hyphen: "BRUSSELS (Reuters) -".)
  const open = tokens.indexOf('(');
  const close = tokens.indexOf(')');
  const agency = open > 0 && close === open + 2 && close < DATELINE_REACH && /^\p{Lu}/u.test(tokens[open + 1]);
  const marked = tokens.findIndex((token) => ['—', '–', '-', ':'].includes(token));
  // ("WINDHOEK, March 21 (APW) - …": an agency in capitals the list does not know, after a shouted place, is one too.)
  const wire = agency && (NEWS_AGENCIES.has(tokens[open + 1].toLowerCase()) || /^\p{Lu}{2,6}$/u.test(tokens[open + 1]));
  const dash = marked > 0 && marked <= DATELINE_REACH ? marked : wire ? close + 1 : -1;
  if (dash < 0) return 0;
  const place = agency && close < dash ? [...tokens.slice(0, open), ...tokens.slice(close + 1, dash)] : tokens.slice(0, dash);
  const comma = place.includes(',') ? place.indexOf(',') : place.length;
  const shouted = place.slice(0, comma);
  if (!shouted.some((token) => /^\p{Lu}{3,}$/u.test(token)) || !shouted.every((token) => /^\p{Lu}{2,}$/u.test(token))) return 0;
  const after = dash === marked ? dash + 1 : dash;
  // (Reuters gives the day too: "LONDON, March 4 (Reuters) -".)
  return place.slice(comma).every((token) => /^(?:\p{Lu}[\p{L}.]*|\d{1,2}|[(),])$/u.test(token)) ? after : 0;
}

/** How many words a relative clause set off by commas after the subject may run to. */
const RELATIVE_REACH = 25;

/** How many words a description may have before an apposition set off by commas ("The club's new owner, a …,"). */
const APPOSED_REACH = 5;

/** Where a relative clause set off by commas opens (its comma, before "who" or "whose"), else -1. */
function relativeClauseSpan(tokens: string[]): number {
  // ("One supporter, travelling home on the train, summed up the mood": a participle's aside after a description.)
  const aside = (word: string) =>
    /^(?:a|an|one|another|the)$/i.test(tokens[0] ?? '') && /^\p{Ll}{3,}ing$/u.test(word) && !isSayingParticiple(word);
  // ("Her husband, a semi-retired builder, said": an apposition of a description is an aside too.)
  const described = DETERMINERS.has(norm(tokens[0] ?? '')) || POSSESSIVE_DETERMINERS.has(norm(tokens[0] ?? ''));
  const apposition = (word: string, comma: number) => described && comma <= APPOSED_REACH && /^(?:a|an)$/.test(word);
  const at = tokens.findIndex(
    (token, k) =>
      token === ',' && (/^(?:who|whose)$/i.test(tokens[k + 1] ?? '') || aside(tokens[k + 1] ?? '') || apposition(tokens[k + 1] ?? '', k)),
  );
  return at > 0 && at <= OPENING_REACH ? at : -1;
}

/** How many words the relative clause opening at `comma` takes, its closing comma included; 0 for none. */
function relativeClauseLength(tokens: string[], comma: number): number {
  if (comma < 0) return 0;
  const close = tokens.indexOf(',', comma + 1);
  return close > comma && close - comma <= RELATIVE_REACH ? close - comma + 1 : 0;
}

/** Words an opening phrase before the subject may run to ("In his first Instagram post about the pregnancy,"). */
const OPENING_REACH = 12;

/** Where the sentence's subject starts: after a short opening phrase ("During the call,"), else at its start. */
export function subjectStart(tokens: string[]): number {
  const firstComma = tokens.indexOf(',');
  // ("Outside the restaurant on Thursday lunchtime, one regular diner said": a preposition opening a phrase of place.)
  const first = norm(tokens[0] ?? '');
  const opening = !isNamePart(tokens[0]) || SPEAKER_PHRASE_STOPS.has(first) || OPENING_PHRASE_PREPOSITIONS.has(first);
  if (!(firstComma > 0 && firstComma < OPENING_REACH && opening)) return 0;
  // "At a rally in Tampa, Fla., on Wednesday, Mr. Trump …": the opening phrase goes on past a state's
  // abbreviation and a time set off by commas.
  let start = firstComma + 1;
  for (let next = tokens.indexOf(',', start); next > start && next - start <= 4; next = tokens.indexOf(',', start)) {
    const segment = tokens.slice(start, next);
    const abbreviation = segment.length === 1 && /^\p{Lu}[\p{L}.]*\.$/u.test(segment[0]);
    if (!abbreviation && timePhraseStart(tokens, next) !== start) break;
    start = next + 1;
  }
  return start;
}

/** The sentence's subject, if it can speak at all ("The decision was …" cannot). */
export function speakingSubject(tokens: string[]): RawSpeaker | null {
  const subject = sentenceSubject(tokens);
  if (
    subject?.kind === 'name' &&
    /^(?:the|a|an)$/i.test(subject.words[0]) &&
    !isSpeakingHead(subject.words[subject.words.length - 1]) &&
    !/^\p{Lu}/u.test(subject.words[1] ?? '') &&
    !/^\p{Lu}[\p{L}’'.-]+$/u.test(subject.words[subject.words.length - 1])
  )
    return null;
  return subject?.kind === 'name' ? describedNameOf(subject.words) : subject;
}

/** "The journal Nature retracted the paper, saying": the name after the lower-case words that say what it is. */
function describedNameOf(words: string[]): RawSpeaker {
  const name = words.findIndex((word, index) => index > 0 && /^\p{Lu}[\p{L}’'.-]+$/u.test(word));
  const described = /^(?:the|a|an)$/i.test(words[0]) && name >= 2 && words.slice(1, name).every((word) => /^\p{Ll}/u.test(word));
  return { kind: 'name', words: described ? words.slice(name) : words };
}
