// Attribution rules: who the text says spoke a quotation. Looks after the quotation ("…,” Kerry said,
// "…,” said Capaldi, "…,” a senior official told reporters) and before it in the same sentence
// ("Kerry told Lavrov:", "While Kerry said there were still “kinks”", "claims from Russia “…”").

import {
  AS_VERBS,
  ASIDE_PREPOSITIONS,
  BETWEEN,
  BODY_HEADS,
  COMPANY_SUFFIXES,
  DETERMINERS,
  MONTHS,
  TIME_NOUNS,
  TIME_OPENERS,
  TIME_WORDS,
  DEICTIC_TIME_WORDS,
  NAME_PARTICLES,
  OBJECT_PRONOUNS,
  MEMORY_VERBS,
  MANNER_POST_VERBS,
  CAPTION_CREDITS,
  alternation,
  isYear,
  NEVER_NOUNS,
  isAge,
  COLLOQUIAL_SAYING_VERBS,
  COPULAS,
  isBetweenWord,
  isRoleWord,
  isSpeakingHead,
  NOT_NAMES,
  NUMBER_WORDS,
  ORDER_NOUNS,
  PERFECT_POST_VERBS,
  PHRASAL_POST_VERBS,
  PLATFORMS,
  PERCEIVED_PARTICIPLES,
  POSSESSIVE_DETERMINERS,
  POST_VERBS,
  PRONOUNS,
  ROLE_NOUNS,
  roleHead,
  SAYING_NOUNS,
  SAYING_VERBS,
  SPEAKER_PHRASE_STOPS,
  TEAM_NOUNS,
  STUDY_NOUNS,
  TEXT_NOUNS,
  TITLES,
  DESCRIPTION_POST_MODIFIERS,
  DESCRIPTION_PREPOSITIONS,
  SOURCE_POST_MODIFIERS,
  WEEKDAYS,
  isSayingParticiple,
  PLURAL_GROUP_NOUNS,
  BE_FORMS,
  PEOPLE_NOUNS,
  PASSIVE_AUXILIARIES,
} from '../../lexicon.js';
import { isGivenName } from './gender.js';
import { linksBodyName, nameParts } from './names.js';
import { sentenceSubject, speakingSubject, subjectStart } from './sentence-subject.js';
import {
  tokenize,
  type RawSpeaker,
  withoutFullStop,
  norm,
  isPronounSurname,
  isCap,
  isNamePart,
  isWordToken,
  POSSESSIVE,
  isNamePartAt,
  isAcronym,
} from './tokens.js';

/** The speaker named after the closing mark, if the attribution follows the quotation (`postTokens`: tokenize(post)). */
export function attributionAfter(post: string, postTokens: string[] = tokenize(post)): RawSpeaker | null {
  return withoutFullStop(speakerAfter(post, postTokens));
}

function speakerAfter(post: string, postTokens: string[]): RawSpeaker | null {
  const text = post.replace(/^[\s,]+/, '');
  if (text === '' || /^[.!?;…]/.test(text)) return null;
  // The tokens of `text`: those of `post` less one ',' token for each comma of the space and commas cut off.
  let skip = 0;
  for (let at = post.length - text.length - 1; at >= 0; at--) if (post[at] === ',') skip++;
  const tokens = skip === 0 ? postTokens : postTokens.slice(skip);
  if (tokens.length === 0) return null;
  const first = norm(tokens[0]);
  if (PRONOUNS.has(first) && !isPronounSurname(tokens, 0)) {
    let at = 1;
    while (at < tokens.length && isBetweenWord(tokens[at])) at++;
    // “Oh, yes,” he assures himself / she laughs: right after the marks a pronoun and a verb of any manner.
    const mannerVerb =
      skip === 0 &&
      (first === 'he' || first === 'she') &&
      /^\p{Ll}{3,}(?:s|ed)$/u.test(norm(tokens[at] ?? '')) &&
      !/(?:ss|us|is)$/.test(norm(tokens[at]));
    if (!saysAt(tokens, at) && !mannerVerb) return null;
    return reportedSayer(tokens, at) ?? { kind: 'pronoun', pronoun: first };
  }
  // "…,” according to Tom Reed, the committee's chairman, or "according to the indictment". (Only a name or a
  // text the story has: "diagnosed with “feather-duvet lung,” according to a new case report" gives a term the
  // report uses, no one's words.)
  if (first === 'according' && norm(tokens[1] ?? '') === 'to') {
    const source = nounPhraseAfter(tokens, 2);
    const knownText =
      source?.kind === 'description' && norm(source.words[0]) === 'the' && (TEXT_NOUNS.has(source.head) || SAYING_NOUNS.has(source.head));
    // ("according to a statement from the sheriff's office": the office, a body, as the phrase gives it.)
    const knownBody = source?.kind === 'description' && norm(source.words[0]) === 'the' && BODY_HEADS.has(source.head);
    return source?.kind === 'name' || knownText || knownBody ? source : null;
  }
  if (POST_VERBS.has(first)) {
    const found = nounPhraseAfter(tokens, 1); // "…,” said Capaldi
    // "…” announced in May, said Ann Lowe": a verb of the sentence the quotation sits in, then the attribution.
    if (found || tokens[2] === ',' || !tokens.includes(',')) return found;
  }
  for (let at = 1; at < Math.min(tokens.length, AFTER_REACH); at++) {
    const verb = norm(tokens[at]);
    // "in other states", "the notes": after a determiner the word is a noun.
    if (NOUN_BEFORE.test(tokens[at - 1])) continue;
    // "…,” the minister, Yusuf Demir, was quoted as saying by the broadcaster.
    const reported = verb === 'saying' ? reportedAsSaying(tokens, at) : null;
    if (reported) return reported;
    if ((saysAt(tokens, at) || publishedOn(tokens, at)) && !isCap(tokens[at])) {
      const before = nounPhraseBefore(tokens, at);
      // "…” despite being the envoy in Brussels, said another witness": a place after "in" says nothing.
      const found = before && isPlaceBefore(tokens, at, before) ? null : before;
      // "…” announced in May, said Ann Lowe": no speaker before the verb, the attribution is inverted — but
      // "Ann Lowe, the mayor, told Radio City" names whom she told, not a speaker.
      if (found || tokens[at - 1] !== ',' || /^(?:tell|tells|told)$/.test(verb)) return found;
      return nounPhraseAfter(tokens, at + 1);
    }
    if (at > CLAUSE_REACH && !tokens.slice(0, at).includes(',')) break;
  }
  return verblessName(tokens);
}

/** "…,” she recalls him saying: the one she heard is the speaker, not she (tokens[at]: the verb). */
function reportedSayer(tokens: string[], at: number): RawSpeaker | null {
  if (!MEMORY_VERBS.has(norm(tokens[at])) || !isSayingParticiple(norm(tokens[at + 2] ?? '').replace(/\.$/, ''))) return null;
  const pronoun = OBJECT_PRONOUNS.get(norm(tokens[at + 1] ?? ''));
  if (pronoun) return { kind: 'pronoun', pronoun };
  return isNamePart(tokens[at + 1] ?? '') ? { kind: 'name', words: [tokens[at + 1]] } : null;
}

/**
 * "…,” Mark McCaughrean, senior science advisor for ESA.": an attribution whose verb was left out — a person's
 * full name and at most a short description, and the sentence ends.
 */
function verblessName(tokens: string[]): RawSpeaker | null {
  const endsSentence = (token: string) => /(?:\p{L}{2}|\d)[.!?]$|^[.!?]$/u.test(token);
  let end = 0;
  while (end < tokens.length && isNamePart(tokens[end].replace(/[.!?]$/, '')) && !(end > 0 && endsSentence(tokens[end - 1]))) end++;
  const name = tokens.slice(0, end);
  if (name.length < 2 || !isGivenName(name[0]) || name.some((word) => TITLES.has(norm(word)) || BODY_HEADS.has(norm(word)))) return null;
  if (endsSentence(name[end - 1])) return { kind: 'name', words: name };
  if (tokens[end] !== ',') return null;
  // The description names a role ("senior science advisor for ESA"); a verb or a second comma makes a clause
  // ("James Charbonnet, was listed", "Ann Lowe, the director of the festival, resigned").
  let role = false;
  for (let at = end + 1; at < tokens.length && at <= end + 10; at++) {
    const word = norm(tokens[at]).replace(/[.!?]$/, '');
    const lower = /^\p{Ll}/u.test(tokens[at]);
    if (!isWordToken(tokens[at].replace(/[.!?]$/, '')) || (lower && (SAYING_VERBS.has(word) || isBetweenWord(word)))) return null;
    if (role && lower && /ed$/.test(word) && !isSpeakingHead(word)) return null;
    role ||= lower && isSpeakingHead(word);
    if (endsSentence(tokens[at])) return role ? { kind: 'name', words: name } : null;
  }
  return null;
}

/** The name found before tokens[at] (and a comma) stands after "in", "at" or "from": a place, not a speaker. */
function isPlaceBefore(tokens: string[], at: number, found: RawSpeaker): boolean {
  if (found.kind !== 'name') return false;
  const end = tokens[at - 1] === ',' ? at - 1 : at;
  const start = end - found.words.length;
  // The name must be what stands right there (not a speaker before an apposition that ends "in the directorate").
  const there = found.words.every((word, k) => tokens[start + k]?.startsWith(word));
  return there && /^(?:in|at|from|near|outside|inside|across)$/i.test(tokens[start - 1] ?? '');
}

/** Words after the marks with no comma among them past which no attribution is looked for (the sentence goes on). */
const CLAUSE_REACH = 20;
/** Words after the marks an attribution's verb may stand at ("…” and PG&E is taking steps …, “…,” CEO Andy Vesey said). */
const AFTER_REACH = 40;

/** Words after which a verb of saying's form is a noun: "in other states", "their notes". */
const NOUN_BEFORE = /^(?:the|a|an|this|these|those|other|many|all|some|several|both|their|its|our|my|your|such|each|every)$/i;

/** A verb of saying at tokens[at], of one word ("said") or with its particle ("weighed in"). */
const saysAt = (tokens: string[], at: number): boolean =>
  POST_VERBS.has(norm(tokens[at] ?? '')) ||
  MANNER_POST_VERBS.has(norm(tokens[at] ?? '')) ||
  PHRASAL_POST_VERBS.has(`${norm(tokens[at] ?? '')} ${norm(tokens[at + 1] ?? '')}`) ||
  (PERFECT_POST_VERBS.has(norm(tokens[at] ?? '')) && /^(?:has|have|had)$/.test(norm(tokens[at - 1] ?? '')));

/** A verb in the past followed by "on Twitter", "on its website": the words were written and published. */
function publishedOn(tokens: string[], at: number): boolean {
  if (!/ed$/.test(tokens[at]) || norm(tokens[at + 1] ?? '') !== 'on') return false;
  const next = norm(tokens[at + 2] ?? '');
  return PLATFORMS.has(next) || (/^(?:its|his|her|their|the)$/.test(next) && PLATFORMS.has(norm(tokens[at + 3] ?? '')));
}

/** A dash, then a name or description of a few words and what may follow a comma: "– Ann Lowe, reader". */
const SIGNATURE = /^[–—―-]{1,2}\s*(\p{Lu}[^,;(|\n]{0,60})(?:[,;(|][^\n]*)?$/u;

/**
 * The signer of a quotation set as a paragraph of its own, from the line below it (testimonials, reviews and
 * epigraphs sign their words this way: “…” ¶ – Ann Lowe); null when the line is not a signature.
 */
export function signature(line: string): RawSpeaker | null {
  const match = SIGNATURE.exec(line.trim());
  if (!match) return null;
  const tokens = tokenize(match[1]);
  if (tokens.length === 0 || tokens.length > 5) return null;
  const found = nounPhraseAfter(tokens, 0);
  // The phrase takes every word of the line: a signature is a name, never a sentence ("– We will win").
  if (!found || found.kind === 'pronoun' || found.words.length !== tokens.length) return null;
  return withoutFullStop(found);
}

/**
 * A heading that credits a person as a caption does: "##### Donated by Charles L. Blockson, Gwynedd, Pa.",
 * "**Mark Person, Richmond, Va.**" — a heading or bold line, a given name and one to three more name words, then
 * a place after a comma, or a giver named ("Donated by", "Courtesy of"). Not a byline ("By Ann Lowe"), and not
 * a bare name, which may head a section about that person.
 */
export function headingName(line: string): RawSpeaker | null {
  if (!/^\s*(?:#{1,6}\s+|\*\*[^*]+\*\*\s*$)/.test(line)) return null;
  const text = line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*+|\*+$/g, '');
  const given = new RegExp(`^(?:${alternation(CAPTION_CREDITS)})\\s+`, 'i').exec(text);
  const [name, place] = text.slice(given?.[0].length ?? 0).split(/,(.*)/s);
  if (!given && !place?.trim()) return null;
  const tokens = tokenize(name);
  if (tokens.length < 2 || tokens.length > 4 || !isGivenName(tokens[0]) || !tokens.every((token) => isNamePart(token))) return null;
  if (tokens.some((token) => TITLES.has(norm(token)) || BODY_HEADS.has(norm(token)))) return null;
  return { kind: 'name', words: tokens };
}

/** The speaker named earlier in the sentence: the nearest cue that names someone (`tokens`: tokenize(pre)). */
export function attributionBefore(pre: string, tokens: string[] = tokenize(pre)): RawSpeaker | null {
  return withoutFullStop(speakerBefore(tokens));
}

function speakerBefore(tokens: string[]): RawSpeaker | null {
  // "Lena's office said it viewed the move as “…”": a pronoun judging in a reported clause is the sayer's.
  const judged = asVerbSubject(tokens);
  if (judged && judged.kind !== 'pronoun') return judged;
  return invertedBeforeMarks(tokens) ?? sayingVerbSpeaker(tokens) ?? colloquialSayer(tokens) ?? judged;
}

/** "After losing that bid, says Jones, “…”": an inverted attribution set off by commas right before the marks. */
function invertedBeforeMarks(tokens: string[]): RawSpeaker | null {
  if (tokens.at(-1) !== ',') return null;
  for (let verb = tokens.length - 2; verb >= 0 && verb >= tokens.length - 16; verb--) {
    if (!POST_VERBS.has(tokens[verb])) continue;
    // A verb nearer the marks that is not inverted has its own subject: "…, and the mayor says, “".
    if (verb > 0 && tokens[verb - 1] !== ',') return null;
    const found = nounPhraseAfter(tokens, verb + 1);
    if (!found || found.kind === 'pronoun') return null;
    // The attribution reaches the marks: the name, then at most an apposition with no verb of its own ("…, says
    // Ann Lowe, her father would sing, “" is the father's clause).
    const after = verb + 1 + found.words.length;
    const apposition = tokens.slice(after + 1, -1);
    const reaches =
      after === tokens.length - 1 ||
      (tokens[after] === ',' &&
        apposition.length <= 8 &&
        !apposition.some((token) => isBetweenWord(token) || SAYING_VERBS.has(norm(token)) || POST_VERBS.has(norm(token))));
    return reaches ? found : null;
  }
  return null;
}

/**
 * Speech as talk tells it, right before the marks: "the network goes, “…”", "My agents were like, “…”". Only
 * with the comma or colon that opens a quotation: "the money goes to …" says nothing.
 */
function colloquialSayer(tokens: string[]): RawSpeaker | null {
  if (!/^[,:]$/.test(tokens.at(-1) ?? '')) return null;
  const verb = tokens.length - 2;
  // "The statement read: “…”": what a text says, right before the marks.
  if (/^reads?$/.test(tokens[verb] ?? '') && tokens.at(-1) === ':') return nounPhraseBefore(tokens, verb);
  if (COLLOQUIAL_SAYING_VERBS.has(norm(tokens[verb] ?? ''))) return nounPhraseBefore(tokens, verb);
  if (norm(tokens[verb] ?? '') !== 'like') return null;
  const copula = verb - 1;
  if (COPULAS.has(norm(tokens[copula] ?? ''))) return nounPhraseBefore(tokens, copula);
  // "She’s like, “…”": the subject and its verb in one word.
  const contracted = /^(.+)[’'](?:s|re|m)$/iu.exec(tokens[copula] ?? '');
  return contracted ? nounPhraseBefore([...tokens.slice(0, copula), contracted[1]], copula + 1) : null;
}

/** The subject of the nearest verb or noun of saying before the marks. */
function sayingVerbSpeaker(tokens: string[]): RawSpeaker | null {
  let participle = -1;
  /** A verb of saying nearer the marks whose subject was no speaker ("The letter … said"). */
  let unsaid = false;
  for (let at = tokens.length - 1; at >= 0; at--) {
    // "(44 percent of voters say …), but the poll shows that …": a verb in an aside is not the quotation's clause.
    if (tokens[at] === ')' && tokens.lastIndexOf('(', at) >= 0) {
      at = tokens.lastIndexOf('(', at);
      continue;
    }
    const word = norm(tokens[at]);
    if (word === 'according' && norm(tokens[at + 1] ?? '') === 'to') {
      const found = nounPhraseAfter(tokens, at + 2);
      if (found) return found;
      continue;
    }
    if ((SAYING_NOUNS.has(word) || ORDER_NOUNS.has(word) || TEXT_NOUNS.has(word)) && !isCap(tokens[at])) {
      const link = norm(tokens[at + 1] ?? '');
      // "remarks from the minister", "a statement by the board", "in the words of the patient".
      if (link === 'from' || link === 'by' || (link === 'of' && word === 'words')) {
        const found = nounPhraseAfter(tokens, at + 2);
        if (found) return found;
      }
      const owner = ownerBefore(tokens, at);
      // "X has denied Swift's claims, saying they were “…”": the participle nearer the quotation is X's.
      if (owner >= 0 && participle < 0) return nounPhraseBefore(tokens, owner + 1);
      if (!SAYING_VERBS.has(word)) continue;
    }
    // Verbs are lower-case mid-sentence: "Islamic State" holds no verb "states"; and no possessive is a verb ("the state's").
    // A verb with its particle counts too: "it pointed out that …".
    const says = SAYING_VERBS.has(word) || isSayingParticiple(word) || PHRASAL_POST_VERBS.has(`${word} ${norm(tokens[at + 1] ?? '')}`);
    if (!says || (at > 0 && isCap(tokens[at])) || POSSESSIVE.test(tokens[at])) continue;
    // "Jobs will continue to provide “…”": going on doing something, not going on speaking.
    if (/^continu/.test(word) && norm(tokens[at + 1] ?? '') === 'to') continue;
    // A passive names or addresses its subject, who says nothing: "it is called “…”", "he was told: “…”".
    if (/(?:ed|told|said|written)$/.test(word) && /^(?:is|are|was|were|be|been|being)$/.test(norm(tokens[at - 1] ?? ''))) continue;
    const reported = word === 'saying' ? reportedAsSaying(tokens, at) : null;
    if (reported) return reported;
    // "Swift's claims", "Lowe's declaring": after a possessive the word is a noun (a gerund too).
    if (at > 0 && POSSESSIVE.test(tokens[at - 1])) continue;
    // ", accusing Washington of …", "by saying:" — the subject is the clause's, further back.
    // ("after repeatedly saying": an adverb between the preposition and the participle.)
    const opener = /ly$/.test(norm(tokens[at - 1] ?? '')) ? tokens[at - 2] : tokens[at - 1];
    if (
      /ing$/.test(word) &&
      (at === 0 ||
        /^(?:,|by|of|while|after|before|without|—|–)$/i.test(opener ?? '') ||
        SAYING_NOUNS.has(norm(tokens[at - 1])) ||
        afterPrepositionObject(tokens, at) ||
        afterTextNoun(tokens, at))
    ) {
      if (participle < 0) participle = at;
      continue;
    }
    // An -ing form the list does not hold speaks only as the participle above (after a comma, "by", "while" …):
    // "they were writing" does not.
    if (!SAYING_VERBS.has(word) && isSayingParticiple(word)) continue;
    // A noun like "claims" or "calls" used as a noun: "denied claims", "the calls" — not a verb here ("said" never is).
    if (at > 0 && DETERMINERS.has(norm(tokens[at - 1])) && tokens[at - 1] !== 'One' && !NEVER_NOUNS.has(word)) continue;
    if (norm(tokens[at - 1] ?? '') === 'to') return infinitiveSubject(tokens, at);
    const found = nounPhraseBefore(tokens, at) ?? coordinatedSubject(tokens, at);
    // "… the letter Mike wrote was “kind and loving”": a verb in a clause that only tells which text is meant —
    // unless that text says the words itself ("the letter Mike wrote said “…”": his).
    if (found?.kind === 'name' && !unsaid && reducedRelative(tokens, at, found.words.length)) continue;
    if (found) return found;
    unsaid = true;
  }
  return participle >= 0 ? participleSubject(tokens, participle) : null;
}

/** Who "saying" at tokens[at] is reported of: "quoted Valery Gerasimov as saying", "Voss can be heard saying". */
function reportedAsSaying(tokens: string[], at: number): RawSpeaker | null {
  if (PERCEIVED_PARTICIPLES.has(norm(tokens[at - 1] ?? ''))) {
    let verb = at - 1;
    while (verb > 0 && PASSIVE_AUXILIARIES.has(norm(tokens[verb - 1]))) verb--;
    return nounPhraseBefore(tokens, verb);
  }
  if (norm(tokens[at - 1] ?? '') !== 'as') return null;
  for (let back = at - 2; back >= 0 && back > at - 12; back--) {
    if (!/^quot/.test(norm(tokens[back]))) continue;
    // "Yusuf Demir was quoted by the broadcaster as saying": the one quoted is the passive's subject.
    if (BE_FORMS.has(norm(tokens[back - 1] ?? ''))) return nounPhraseBefore(tokens, back - 1);
    const found = nounPhraseAfter(tokens, back + 1);
    if (found) return found;
  }
  return null;
}

/** The name of `length` words before the verb at tokens[at] follows a text noun: "the letter Mike wrote". */
function reducedRelative(tokens: string[], at: number, length: number): boolean {
  const before = tokens[at - length - 1];
  return before !== undefined && /^\p{Ll}/u.test(before) && TEXT_NOUNS.has(norm(before)) && tokens.slice(at - length, at).every(isCap);
}

/** Words a noun of saying may have between it and its owner ("Trump's Oct. 11 announcement", "Lowe's latest remarks"). */
const OWNER_REACH = 3;

/** Where the speaker before a verb at tokens[at] ends: past adverbs, auxiliaries and a time between them. */
function speakerEnd(tokens: string[], at: number): number {
  let end = at;
  while (end > 0 && isBetweenWord(tokens[end - 1])) end--;
  // "Senator Ann Lowe (D-Ohio) said": an aside in parentheses right before the verb.
  if (tokens[end - 1] === ')' && tokens.lastIndexOf('(', end - 1) > 0) end = tokens.lastIndexOf('(', end - 1);
  // "Obama on Tuesday called", "Ann Hale, at the time, said": a time between the speaker and the verb.
  // (A time before a comma only when a comma opens it too: in "who will meet Putin on Tuesday, told" it ends a clause.)
  const time = timePhraseStart(tokens, end);
  const commaAfter = tokens[end - 1] === ',';
  if (time < end && time > 0 && (!commaAfter || (time > 1 && tokens[time - 1] === ','))) end = commaAfter ? time - 1 : time;
  while (end > 0 && isBetweenWord(tokens[end - 1])) end--;
  // "Netanyahu, however, said": a word set off by commas between the speaker and the verb.
  if (end > 3 && tokens[end - 1] === ',' && tokens[end - 3] === ',' && isBetweenWord(tokens[end - 2])) end -= 3;
  // "Ann Lowe, for her part, said", "Lowe, in an interview, said": a short phrase on a preposition set off by commas.
  return end - prepositionAside(tokens, end);
}

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

/** Where the capitalised possessive that owns the noun tokens[at] stands ("Mr. Trump's Oct. 11 announcement"), or -1. */
function ownerBefore(tokens: string[], at: number): number {
  for (let back = at - 1; back >= 0 && at - back <= OWNER_REACH + 1; back--) {
    const token = tokens[back];
    if (/[’']s$/.test(token)) return isCap(token) ? back : -1;
    const modifier =
      /^\d/.test(token) ||
      MONTHS.has(norm(token).replace(/\.$/, '')) ||
      (/^\p{Ll}+$/u.test(token) && !SPEAKER_PHRASE_STOPS.has(token) && !DETERMINERS.has(token));
    if (!modifier) return -1;
  }
  return -1;
}

/** How far back from "as" the verb of judging may stand ("rejected these new accusations from Moscow as"). */
const AS_REACH = 10;

/**
 * "The ministry rejected the claims as “…”", "which the firm views as “…”": the quoted words right after "as"
 * are the judgement of the verb's subject (see AS_VERBS). A passive ("was described as") names no one.
 */
function asVerbSubject(tokens: string[]): RawSpeaker | null {
  if (norm(tokens.at(-1) ?? '') !== 'as') return null;
  for (let at = tokens.length - 2; at >= 0 && at >= tokens.length - 1 - AS_REACH; at--) {
    if (HARD_BREAK.has(tokens[at])) return null;
    const word = tokens[at];
    if (!AS_VERBS.has(word)) continue;
    if (/^(?:is|are|was|were|be|been|being)$/.test(norm(tokens[at - 1] ?? ''))) return null;
    if (norm(tokens[at - 1] ?? '') === 'to') return infinitiveSubject(tokens, at);
    return nounPhraseBefore(tokens, at);
  }
  return null;
}

/**
 * Who speaks in "to say", "to describe … as": a name right before "to" ("allowed Mosseri to claim that …"),
 * else the sentence's subject ("Kejriwal turned to Twitter to describe his city as “…”").
 */
function infinitiveSubject(tokens: string[], at: number): RawSpeaker | null {
  // "Whitfield took to Twitter to say": where the words went out, not who said them.
  const platform = at >= 2 && PLATFORMS.has(norm(tokens[at - 2]));
  if (at >= 2 && isCap(tokens[at - 2]) && isNamePart(tokens[at - 2]) && !platform) return nounPhraseBefore(tokens, at - 1);
  // "asked him to explain": the one asked speaks, and a pronoun object says too little; "you're terrified to
  // say": a subject that is a pronoun run into its verb names no one.
  if (at >= 2 && /^(?:him|her|them|me|us|you|it)$/i.test(tokens[at - 2])) return null;
  const subject = speakingSubject(tokens);
  return subject && subject.kind !== 'pronoun' && /^(?:you|we|i|they|he|she|it)[’']/i.test(subject.words[0]) ? null : subject;
}

/** How far back a text a participle goes with may stand: "sent a letter to management earlier this month stating". */
const TEXT_REACH = 8;

/** A participle of saying after a text sent or written, with no comma between: the text says it, its sender speaks. */
function afterTextNoun(tokens: string[], at: number): boolean {
  for (let back = at - 1; back >= 0 && at - back <= TEXT_REACH; back--) {
    if (!isWordToken(tokens[back])) return false;
    if (TEXT_NOUNS.has(norm(tokens[back]))) return true;
  }
  return false;
}

/**
 * "sent a letter to the council stating": a participle right after the object of a preposition is not that
 * object's; it belongs to the clause.
 */
function afterPrepositionObject(tokens: string[], at: number): boolean {
  let back = at - 1;
  while (
    back >= 0 &&
    at - back < 5 &&
    isWordToken(tokens[back]) &&
    !DETERMINERS.has(norm(tokens[back])) &&
    !SPEAKER_PHRASE_STOPS.has(norm(tokens[back]))
  )
    back--;
  if (back >= 0 && DETERMINERS.has(norm(tokens[back]))) back--;
  return back >= 0 && back < at - 1 && /^(?:to|for|at|from|into|on|in)$/i.test(tokens[back]);
}

/**
 * Whose is ", saying: “…”"? The participle belongs to the nearest clause: a relative clause's antecedent
 * ("Smith, who pre-recorded a message, saying"), else a passive's agent ("was welcomed by Smith, saying"),
 * else the sentence's subject — if that can speak at all ("The decision was …" cannot).
 */
function participleSubject(tokens: string[], participle: number): RawSpeaker | null {
  for (let at = participle - 1; at > 0; at--) {
    // "…, who tried … by saying", "Likud, which tried to rally support by saying": the relative's antecedent.
    if (tokens[at] !== 'who' && tokens[at] !== 'which') continue;
    const found = phraseEndingAt(tokens, tokens[at - 1] === ',' ? at - 1 : at, 0);
    if (found && found.kind !== 'pronoun') return found;
  }
  for (let at = participle - 1; at > 1; at--) {
    if (
      norm(tokens[at]) === 'by' &&
      /ed$/.test(tokens[at - 1]) &&
      /^(?:was|were|is|are|been|being)$/i.test(tokens[at - 2] ?? '') &&
      isNamePart(tokens[at + 1])
    ) {
      const found = nounPhraseAfter(tokens, at + 1);
      if (found) return found;
    }
  }
  return coordinatedClauseSubject(tokens, participle) ?? speakingSubject(tokens) ?? objectBefore(tokens, participle);
}

/**
 * "Page would grow animated, and Schmidt would shut him down, saying, “…”": a participle after a clause joined by
 * ", and" or ", but" is that clause's subject's, not the sentence's.
 */
function coordinatedClauseSubject(tokens: string[], participle: number): RawSpeaker | null {
  for (let at = participle - 2; at > 1; at--) {
    if (tokens[at - 1] !== ',' || !/^(?:and|but)$/i.test(tokens[at])) continue;
    const clause = tokens.slice(at + 1, participle);
    const subject = speakingSubject(clause);
    if (!subject || subject.kind === 'pronoun') return null;
    // A clause: its subject goes straight on to a verb ("Schmidt would"), as an item of a list of names does not.
    const last = clause.indexOf(subject.words[subject.words.length - 1]);
    const next = last < 0 ? '' : (clause[last + 1] ?? '');
    return /^\p{Ll}+$/u.test(next) && !NOT_NAMES.has(next) ? subject : null;
  }
  return null;
}

/**
 * "One video featured a series of South Dakotans — including adults and children — declaring": when the subject
 * cannot speak, the participle is the object's, named right before it (past an aside between dashes).
 */
function objectBefore(tokens: string[], participle: number): RawSpeaker | null {
  let end = tokens[participle - 1] === ',' ? participle - 1 : participle;
  if (/^[—–]$/.test(tokens[end - 1] ?? '')) {
    const open = tokens.lastIndexOf(tokens[end - 1], end - 2);
    if (open < 0) return null;
    end = open;
  }
  const found = nounPhraseBefore(tokens, end);
  return found && found.kind !== 'pronoun' ? found : null;
}

/**
 * "Lowe toured the site and said …", "She gave no date, but said …": a verb joined by "and" or "but" to the
 * clause's first verb shares its subject — the sentence's, if that can speak.
 */
function coordinatedSubject(tokens: string[], at: number): RawSpeaker | null {
  // "(the company would not say but called it “…”)": an aside has a subject of its own.
  const aside = tokens.lastIndexOf('(', at);
  if (aside >= 0 && tokens.lastIndexOf(')', at) < aside) return coordinatedSubject(tokens.slice(aside + 1), at - aside - 1);
  let before = at - 1;
  while (before > 0 && BETWEEN.has(norm(tokens[before]))) before--;
  const conjunction = norm(tokens[before] ?? '');
  if (conjunction !== 'and' && conjunction !== 'but') return null;
  // "She gave no date, but said …": a comma may stand before "but".
  const clauseEnd = conjunction === 'but' && tokens[before - 1] === ',' ? before - 1 : before;
  // Only a single clause: no apposition, list or relative clause between the subject and the conjunction.
  const clause = tokens.slice(subjectStart(tokens), clauseEnd);
  if (clause.some((token) => token === ',' || /^(?:who|which|that|whom|whose)$/i.test(token))) return null;
  const subject = sentenceSubject(tokens);
  return subject?.kind === 'anaphor' ? null : subject;
}

/** Tokens that end a stretch of appositions: nothing before them belongs to the speaker's noun phrase. */
const HARD_BREAK = new Set([';', ':', '(', ')', '—', '–']);

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
  if (words.length === 0 || words.every((word) => isAge(word))) return 'skip';
  // "…, and American University in Washington,": a second affiliation joined to the role before.
  if (from > start && /^and$/i.test(tokens[start]) && words.some((word) => /^(?:in|at|of|for)$/.test(word)) && isCap(words[0]))
    return 'skip';
  // "Acme, Inc.": the rest of the company's name.
  if (words.every((word) => COMPANY_SUFFIXES.has(word.toLowerCase()))) return 'skip';
  const first = norm(words[0]);
  if (/^(?:of|from|in|at|aged|who|whose|whom|which|with|near|formerly|originally|based|via|speaking|writing)$/.test(first)) return 'skip';
  // "Ms. Haley, seated next to Mr. Trump, told": a participle's aside says where or how, not who.
  // ("Nick Whyte, defending, said": a lone participle too.)
  const participle = /^\p{Ll}{3,}(?:ing|ed)$/u.test(words[0]) && !SAYING_VERBS.has(first) && !isSayingParticiple(first);
  if (participle && (words.length > 1 || /ing$/.test(first))) return 'skip';
  // "Addressing MPs, the Home Secretary said": a participle opening the sentence, with its object ("Irving Berlin" is a name).
  // (Its object is no name: "Harding Lewis, a farmer, told" names him.)
  const objectNoName = words.slice(1).some((word) => !isCap(word) || /^\p{Lu}{2,}s$/u.test(word));
  if (start === 0 && objectNoName && /^\p{Lu}\p{Ll}{2,}ing$/u.test(words[0]) && !isGivenName(words[0])) return 'skip';
  const hasRole = words.some((word) => /^[\p{Ll}]/u.test(word) && isSpeakingHead(word));
  const roleFirst = ROLE_NOUNS.has(roleHead(words[0])) && !TITLES.has(first);
  // ("The International Association of Machinists, which represents …, said": a body's name after "The".)
  const named = /^the$/i.test(words[0]) && words.length > 1 ? words.slice(1) : words;
  const allName = named.every(
    (word, index) => isNamePartAt(named, index) || (index > 0 && (/^(?:of|de|van|von|al|bin)$/i.test(word) || linksBodyName(named, index))),
  );
  if (allName && !roleFirst) {
    const parts = nameParts(named);
    // ("Willis, the Finance Minister, said": an office in capitals after "the" names no one; it is a role.)
    if (!parts) return named !== words && named.some((word) => TITLES.has(norm(word))) ? 'role' : 'other';
    return parts.body ? 'body' : 'person';
  }
  // "Senior Vice President of Sales for Acme": a job title written with capitals, and what it is of.
  if (roleFirst || (TITLES.has(first) && words.some((word) => /^(?:of|for|at)$/.test(word)))) return 'role';
  if (DETERMINERS.has(first) && /^(?:the|a|an)$/i.test(words[0])) {
    // "Ann Lowe, a Democrat, said", "…, an Australian from Perth, said": a party or a people describes a person.
    const described = /^(?:a|an)$/i.test(words[0]) && isCap(words[1]);
    return described || words.some((word) => isSpeakingHead(word)) ? 'role' : 'other';
  }
  if (hasRole) return 'role';
  return 'other';
}

/** Words an apposition between commas may run to: an expert's affiliation and a relative clause after it. */
const SEGMENT_REACH = 40;

/**
 * The noun phrase that ends just before tokens[at] (the saying verb), skipping "has also" and appositions.
 * The stretch before the verb is cut at commas. With a comma right before the verb ("X, of Diamond Bar, 83,
 * said") everything after the first stretch is apposition, so the speaker is the outermost proper name of
 * the chain — ages, places, relative clauses and role descriptions are passed over. Without it ("Steven
 * Moffat, lead writer and executive producer says"; "Ben Stephenson, Controller, BBC Drama Commissioning
 * says") an open apposition is recognised by a role word and the name before it is the speaker.
 */
export function nounPhraseBefore(tokens: string[], at: number): RawSpeaker | null {
  const end = speakerEnd(tokens, at); // exclusive
  if (end === 0) return null;
  // "Lowe and her team wrote": the named lead speaks for the team.
  if (end > 3 && TEAM_NOUNS.has(norm(tokens[end - 1])) && /^(?:his|her|their)$/i.test(tokens[end - 2]) && norm(tokens[end - 3]) === 'and') {
    const lead = nounPhraseBefore(tokens, end - 3);
    if (lead?.kind === 'name') return lead;
  }
  const closed = tokens[end - 1] === ',';
  const segments: Array<[number, number]> = [];
  let segmentEnd = closed ? end - 1 : end;
  while (segments.length < 6) {
    let comma = segmentEnd - 1;
    while (comma >= 0 && tokens[comma] !== ',' && !HARD_BREAK.has(tokens[comma]) && segmentEnd - comma < SEGMENT_REACH) comma--;
    segments.push([comma + 1, segmentEnd]);
    if (comma < 0 || tokens[comma] !== ',') break;
    segmentEnd = comma;
  }
  // A relative clause closed by a comma: "…, a refugee who asked not to be named, said".
  const relative = (index: number) => (index > 0 || closed ? relativeHead(tokens, segments[index][0], segments[index][1]) : null);
  // "The leader of Ennahda, Rachid Ghannouchi, said": a full name with a given name is no place's rest ("Paris, Texas").
  const givenFullName = ([start, stop]: [number, number]) => personalName(tokens.slice(start, stop)) && isGivenName(tokens[start]);
  const kinds = segments.map(([start, stop], index) =>
    (placeContinues(tokens, segments[index + 1]) && !givenFullName(segments[index])) ||
    listTail(tokens, segments[index], segments[index + 1])
      ? 'skip'
      : relative(index)
        ? 'role'
        : segmentKind(tokens, start, stop),
  );
  const aged = segments.some(([start, stop], index) =>
    (index > 0 || closed) && stop > start ? tokens.slice(start, stop).every((word) => isAge(word)) : false,
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
      sourcePostModified(tokens, segments[index][1], segments[index][0]) ??
      phraseEndingAt(tokens, segments[index][1], segments[index][0]) ??
      (index === 0 && !closed ? postModified(tokens, segments[index][1], segments[index][0]) : null);
    return found && aged && found.kind === 'description' ? { kind: 'anaphor' as const, words: found.words } : found;
  };
  if (closed) {
    let person = -1;
    let role = -1;
    for (let index = 0; index < segments.length && kinds[index] !== 'other'; index++) {
      if (kinds[index] === 'person' || kinds[index] === 'body') person = index;
      else if (kinds[index] === 'role') role = index;
    }
    if (person >= 0) return pick(person);
    // The outermost role that reads as a speaker ("One man in the camp" names none; "a refugee who …" does).
    for (let index = role; index >= 0; index--) {
      const found = kinds[index] === 'role' ? pick(index) : null;
      if (found) return found;
    }
    return null;
  }
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
 * ", a refugee who asked not to be named, said": a description whose head a relative "who" follows names a
 * person, whatever the noun; the relative clause is no part of it. Null for any other stretch.
 */
function relativeHead(tokens: string[], start: number, stop: number): RawSpeaker | null {
  if (!/^(?:a|an|the)$/i.test(tokens[start] ?? '')) return null;
  let who = start + 2;
  while (who < stop && who - start < 6 && isWordToken(tokens[who]) && tokens[who] !== 'who') who++;
  if (who >= stop || tokens[who] !== 'who') return null;
  const head = tokens[who - 1];
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
  return at < stop - 1 && at >= start && /^(?:in|at|from|near|of|on)$/i.test(tokens[at]) && !titled;
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

/** The noun phrase ending at tokens[end - 1], not reaching before tokens[floor]. */
function phraseEndingAt(tokens: string[], end: number, floor: number): RawSpeaker | null {
  if (end <= floor) return null;
  const last = tokens[end - 1];
  const lastNorm = norm(last);
  // "Vice Premier Liu He said": after a capitalised name mid-sentence, "He" ends the name.
  const endsName = last === 'He' && end - 2 >= floor && /^\p{Lu}\p{Ll}/u.test(tokens[end - 2]) && isNamePart(tokens[end - 2]);
  if (PRONOUNS.has(lastNorm) && !endsName) return { kind: 'pronoun', pronoun: lastNorm };
  // "One user posted: … Another said:": one more of the kind just quoted, never a name.
  if (lastNorm === 'another') return { kind: 'description', words: [last], head: lastNorm };
  if (!isWordToken(last)) return null;
  // "one neo-bank CEO", "the company's CEO": a role in capitals after lower-case words describes someone.
  const describedRole =
    isAcronym(last) &&
    isSpeakingHead(last) &&
    end - 2 >= floor &&
    /^\p{Ll}/u.test(tokens[end - 2]) &&
    !SAYING_VERBS.has(norm(tokens[end - 2]));
  if ((isNamePart(last) || endsName) && !describedRole && !(ROLE_NOUNS.has(roleHead(last)) && !TITLES.has(lastNorm) && end - 1 === floor)) {
    let start = end - 1;
    while (start > floor) {
      const previous = tokens[start - 1];
      if (
        isNamePartAt(tokens, start - 1) ||
        ((norm(previous) === 'of' || linksBodyName(tokens, start - 1)) && start - 1 > floor && isCap(tokens[start - 2]))
      )
        start--;
      else break;
    }
    // "a spokesman for Robert Mueller said": the spokesman speaks, not the one he speaks for; "the authors of the
    // study published in the journal Nature argued": the authors, the name is what their role is of.
    const onBehalf =
      pluralRoleOpening(tokens, start, end) ?? roleBefore(tokens, start, end, floor) ?? roleFurtherBefore(tokens, start, end, floor);
    if (onBehalf) return onBehalf;
    const placed = placedSpeaker(tokens, start, end, floor);
    if (placed) return placed;
    // "Joost van Hoof of the Fontys University writes": the person the affiliation is of speaks, not the body —
    // unless a role speaks for that person ("a spokeswoman for Ann Lowe of Acme said").
    const member = memberOfBody(tokens, start, end, floor);
    if (member) return roleBefore(tokens, member[0], end, floor) ?? { kind: 'name', words: tokens.slice(...member) };
    // "One user on Twitter wrote": the platform is where the words went out, the user wrote them.
    if (end - start === 1 && PLATFORMS.has(norm(last)) && norm(tokens[start - 1] ?? '') === 'on' && start - 1 > floor)
      return phraseEndingAt(tokens, start - 1, floor);
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
  // A description: "the statement", "a senior State Department official", "officials".
  // (An adverb in -ly is no head; "family" and "ally" are.)
  if (NOT_NAMES.has(lastNorm) || SAYING_VERBS.has(lastNorm) || (/ly$/.test(lastNorm) && isBetweenWord(lastNorm))) return null;
  let start = end - 1;
  while (start > floor && end - start < 7 && isWordToken(tokens[start - 1]) && !DETERMINERS.has(norm(tokens[start - 1]))) {
    const previous = tokens[start - 1];
    // "the singer and guitarist": two roles of one person joined by "and".
    const joinsRoles = norm(previous) === 'and' && isRoleWord(tokens[start]) && isRoleWord(tokens[start - 2] ?? '');
    if (
      !joinsRoles &&
      (NOT_NAMES.has(norm(previous)) || (!isCap(previous) && !POSSESSIVE.test(previous) && SAYING_VERBS.has(norm(previous))))
    )
      break;
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
  // "Russia's foreign ministry said", "Lena Park's lawyer said": the owner determines the description as "the" would.
  const owned = !determined && tokens.slice(start, end - 1).some((token) => POSSESSIVE.test(token));
  return description(determined ? tokens.slice(start - 1, end) : tokens.slice(start, end), determined || owned);
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

/** How far before a name a role may stand whose phrase the name ends ("the authors of the study … in Nature"). */
const ROLE_REACH = 10;

/** roleBefore for a role further back, with words between it and the name: no verb of saying, clause or comma between. */
function roleFurtherBefore(tokens: string[], at: number, end: number, floor: number): RawSpeaker | null {
  for (let p = at - 2; p > floor && at - p <= ROLE_REACH; p--) {
    const word = tokens[p];
    if (!isWordToken(word) || SAYING_VERBS.has(norm(word)) || /^(?:who|which|that|whom|whose)$/i.test(word)) return null;
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
  const preposition = at - 1;
  if (preposition - 1 < floor || !/^(?:for|of|at|from)$/i.test(tokens[preposition] ?? '')) return null;
  const role = tokens[preposition - 1];
  // "Lawyers for Voss said": a plural role may open the sentence, without "the".
  if (preposition - 1 === floor) return pluralRoleOpening(tokens, floor, end);
  if (!/^\p{Ll}/u.test(role) || !ROLE_NOUNS.has(roleHead(role)) || TEXT_NOUNS.has(roleHead(role))) return null;
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
function description(phrase: string[], determined: boolean): RawSpeaker | null {
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
    let end = at + 1;
    // (A lone capital between name words is a middle initial: "Patricia A O'Gorman".)
    const initial = (index: number) => /^\p{Lu}$/u.test(tokens[index]) && index > at && isNamePart(tokens[index + 1] ?? '');
    while (
      end < tokens.length &&
      (isNamePartAt(tokens, end) || initial(end) || ((norm(tokens[end]) === 'of' || linksBodyName(tokens, end)) && isCap(tokens[end + 1])))
    ) {
      // "Ann Lowe of the Space Institute", "Ann Lowe of NASA's lab": a person's full name ends before "of" ("Bank
      // of England", "Secretary of State John Kerry" go on).
      if (norm(tokens[end]) === 'of' && personalName(withoutTitles(tokens.slice(at, end)))) break;
      end++;
    }
    // "said NASA administrator Jim Bridenstine": the name after the role is the speaker's.
    const afterRole = nameAfterRole(tokens, end);
    if (afterRole) return afterRole;
    // "Norway's ambassador to Canada": the owner's role speaks, never the owner.
    if (POSSESSIVE.test(tokens[end - 1]) && /^\p{Ll}/u.test(tokens[end] ?? '')) return ownedDescription(tokens, at, end);
    return { kind: 'name', words: tokens.slice(at, end) };
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
    return named?.kind === 'name' && personalName(named.words) ? named : found;
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
  if (!/^(?:from|by)$/.test(norm(tokens[by] ?? ''))) return null;
  const author = nounPhraseAfter(tokens, by + 1);
  return author && author.kind !== 'pronoun' ? author : null;
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

/** Two or three capitalised words with no title or body word among them: a person's full name. */
/** The words after the titles a name opens with ("Dr. Ann Lowe" → "Ann Lowe"). */
const withoutTitles = (words: string[]): string[] => words.slice(words.findIndex((word) => !TITLES.has(norm(word).replace(/\.$/, ''))));

function personalName(words: string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((word) => isNamePart(word) && !TITLES.has(norm(word)) && !BODY_HEADS.has(norm(word)) && !POSSESSIVE.test(word))
  );
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

/**
 * "Ann Lowe of Acme Corp", "Joost van Hoof of the Netherlands’ Fontys University": a person named with the body
 * they are of (the run tokens[start, end) holds the "of", or follows it); the person's name as [start, end), or null.
 */
function memberOfBody(tokens: string[], start: number, end: number, floor: number): [number, number] | null {
  const inside = tokens.slice(start + 1, end).findIndex((token) => token === 'of' || token === 'at');
  const before = /^(?:the|a)$/i.test(tokens[start - 1] ?? '') ? start - 2 : start - 1;
  for (const ofAt of [inside >= 0 ? start + 1 + inside : -1, before]) {
    if (ofAt <= floor || !/^(?:of|at)$/.test(tokens[ofAt] ?? '')) continue;
    const nameStart = personalNameStart(tokens, ofAt, floor);
    if (nameStart >= 0) return [nameStart, ofAt];
  }
  return null;
}

/** A name after a role in lower case that starts at tokens[at] ("spokesman", "chief executive"), if one follows. */
function nameAfterRole(tokens: string[], at: number): RawSpeaker | null {
  // "author and psychologist Patricia O'Gorman": two roles of one person joined by "and".
  const joinsRoles = (index: number) =>
    norm(tokens[index]) === 'and' && index > at && isRoleWord(tokens[index - 1]) && isRoleWord(tokens[index + 1] ?? '');
  let end = at;
  while (
    end < tokens.length &&
    end - at < 4 &&
    /^\p{Ll}/u.test(tokens[end]) &&
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
    if (!isWordToken(word) || SPEAKER_PHRASE_STOPS.has(norm(word)) || DETERMINERS.has(norm(word))) return null;
    if (!/^\p{Ll}/u.test(word) || !isSpeakingHead(word)) continue;
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
  return named?.kind === 'name' && personalName(named.words) ? named : description(tokens.slice(at, end), true);
}
