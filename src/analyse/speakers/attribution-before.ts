// Attribution before a quotation, in the same sentence: the subject of the nearest verb or noun of saying
// ("Kerry told Lavrov:", "claims from Russia “…”"), an inverted attribution ("…, says Jones, “"), talk's
// "goes" and "was like", a judging verb before "as", and whose a participle is (", saying: “…”").

import {
  LOCATING_PREPOSITIONS,
  CAPTIONED_TEXTS,
  SHARING_VERBS,
  POSSESSIVE_DETERMINERS,
  POST_VERBS,
  isBetweenWord,
  SAYING_VERBS,
  WISH_VERBS,
  COLLOQUIAL_SAYING_VERBS,
  MANNER_POST_VERBS,
  COPULAS,
  SAYING_NOUNS,
  ORDER_NOUNS,
  TEXT_NOUNS,
  isSayingParticiple,
  PHRASAL_POST_VERBS,
  DETERMINERS,
  NEVER_NOUNS,
  PERCEIVED_PARTICIPLES,
  PASSIVE_AUXILIARIES,
  BE_FORMS,
  MONTHS,
  SPEAKER_PHRASE_STOPS,
  AS_VERBS,
  PLATFORMS,
  ASIDE_PREPOSITIONS,
  NOT_NAMES,
  BETWEEN,
  VIEW_NOUNS,
  POSSESSIVE_PRONOUN_SUBJECTS,
  CLAUSE_WORDS,
} from '../../lexicon.js';
import { accordingToSource, nounPhraseAfter } from './noun-phrase-after.js';
import { nounPhraseBefore, HARD_BREAK } from './noun-phrase-before.js';
import { description, phraseEndingAt } from './noun-phrase.js';
import { speakingSubject, subjectStart, sentenceSubject } from './sentence-subject.js';
import { tokenize, type RawSpeaker, withoutFullStop, norm, isCap, POSSESSIVE, isNamePart, isWordToken, isRelativeWord } from './tokens.js';

/** The speaker named earlier in the sentence: the nearest cue that names someone (`tokens`: tokenize(pre)). */
export function attributionBefore(pre: string, tokens: string[] = tokenize(pre)): RawSpeaker | null {
  return withoutFullStop(speakerBefore(tokens));
}

function speakerBefore(tokens: string[]): RawSpeaker | null {
  // "Lena's office said it viewed the move as “…”": a pronoun judging in a reported clause is the sayer's.
  const judged = asVerbSubject(tokens);
  if (judged && judged.kind !== 'pronoun') return judged;
  return invertedBeforeMarks(tokens) ?? captionWriter(tokens) ?? sayingVerbSpeaker(tokens) ?? colloquialSayer(tokens) ?? judged;
}

/** How far back from a caption the verb of sharing may stand: "shared a black-and-white photo of the empty stadium with the caption". */
const CAPTION_REACH = 14;

/**
 * The words of a caption or of a message a post goes out with are the poster's: "Vale shared a photo with the
 * caption “…”", "posting a heart on her comments along with the words “…”", "a selfie, captioned: “…”". The
 * subject of the verb of sharing, else of the sentence (none without such a verb).
 */
function captionWriter(tokens: string[]): RawSpeaker | null {
  let end = tokens.length - 1;
  while (end >= 0 && /^[:,]$/.test(tokens[end])) end--;
  const last = norm(tokens[end] ?? '');
  const caption = /^caption(?:ed|ing)?$/.test(last) || (CAPTIONED_TEXTS.has(last) && norm(tokens[end - 1] ?? '') === 'the');
  if (!caption) return null;
  for (let at = end - 1; at >= 0 && end - at <= CAPTION_REACH; at--) {
    const word = norm(tokens[at]);
    if (!SHARING_VERBS.has(word)) continue;
    if (word.endsWith('ing')) return participleSubject(tokens, at);
    const subject = nounPhraseBefore(tokens, at);
    // ("Du Plessis, who reposted the picture with the caption": the relative's antecedent, found by the other rules.)
    return subject ?? (norm(tokens[at - 1] ?? '') === 'who' ? null : speakingSubject(tokens));
  }
  return null;
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

/** The verb of saying with a manner right before the closing colon, or before "on Instagram", "in a post": its index, else -1. */
function mannerVerbBeforeColon(tokens: string[]): number {
  const colon = tokens.length - 1;
  for (let verb = colon - 1; verb >= 0 && verb >= colon - 4; verb--) {
    if (MANNER_POST_VERBS.has(norm(tokens[verb]))) return verb === colon - 1 || /^(?:on|in|to)$/.test(norm(tokens[verb + 1])) ? verb : -1;
    if (!isWordToken(tokens[verb])) return -1;
  }
  return -1;
}

/**
 * Speech as talk tells it, right before the marks: "the network goes, “…”", "My agents were like, “…”". Only
 * with the comma or colon that opens a quotation: "the money goes to …" says nothing.
 */
function colloquialSayer(tokens: string[]): RawSpeaker | null {
  if (!/^[,:]$/.test(tokens.at(-1) ?? '')) return null;
  const verb = tokens.length - 2;
  // "The statement read: “…”", "The statement read in part, “…”": what a text says, right before the marks.
  if (/^reads?$/.test(tokens[verb] ?? '') && tokens.at(-1) === ':') return nounPhraseBefore(tokens, verb);
  if (/^reads?$/.test(tokens[verb - 2] ?? '') && /^in part$/i.test(`${tokens[verb - 1]} ${tokens[verb]}`))
    return nounPhraseBefore(tokens, verb - 2);
  if (COLLOQUIAL_SAYING_VERBS.has(norm(tokens[verb] ?? ''))) return nounPhraseBefore(tokens, verb);
  // "Imogen later gushed: ‘…’", "The star raged on Instagram: ‘…’": a verb of saying with a manner opens a
  // quotation with a colon as after one, where the words went out between.
  const manner = tokens.at(-1) === ':' ? mannerVerbBeforeColon(tokens) : -1;
  if (manner >= 0) return nounPhraseBefore(tokens, manner);
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
  /** The marks stand in a second clause of what is said: "X said the council had declared … and that …". */
  let secondClause = false;
  for (let at = tokens.length - 1; at >= 0; at--) {
    // "(44 percent of voters say …), but the poll shows that …": a verb in an aside is not the quotation's clause.
    if (tokens[at] === ')' && tokens.lastIndexOf('(', at) >= 0) {
      at = tokens.lastIndexOf('(', at);
      continue;
    }
    const word = norm(tokens[at]);
    if (word === 'and' && norm(tokens[at + 1] ?? '') === 'that') secondClause = true;
    const source = word === 'according' && norm(tokens[at + 1] ?? '') === 'to' ? accordingToSource(tokens, at + 2) : null;
    const viewer = source ?? (VIEW_NOUNS.has(word) ? viewHolder(tokens, at) : null);
    if (viewer) return viewer;
    if (word === 'according') continue;
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
    // ("sent a WhatsApp message reading ‘…’": a text that reads so, sent by the clause's subject.)
    if (word === 'reading' && afterTextNoun(tokens, at)) return textSender(tokens, at);
    const says = SAYING_VERBS.has(word) || isSayingParticiple(word) || PHRASAL_POST_VERBS.has(`${word} ${norm(tokens[at + 1] ?? '')}`);
    if (!says || (at > 0 && isCap(tokens[at])) || POSSESSIVE.test(tokens[at])) continue;
    // "Jobs will continue to provide “…”": going on doing something, not going on speaking.
    if (/^continu/.test(word) && norm(tokens[at + 1] ?? '') === 'to') continue;
    if (WISH_VERBS.has(word) && reportedWish(tokens, at)) continue;
    // A passive names or addresses its subject, who says nothing: "it is called “…”", "he was told: “…”" — its
    // agent speaks ("she had been told by a manager that her approach was ‘…’").
    if (/(?:ed|told|said|written)$/.test(word) && /^(?:is|are|was|were|be|been|being)$/.test(norm(tokens[at - 1] ?? ''))) {
      const agent = passiveAgent(tokens, at);
      if (agent) return agent;
      continue;
    }
    // ("said in a statement issued by the League Managers Association that …": a participle with its agent.)
    if (/ed$/.test(word) && norm(tokens[at + 1] ?? '') === 'by') continue;
    if (secondClause && inFirstClauseSaid(tokens, at)) continue;
    const reported = word === 'saying' ? reportedAsSaying(tokens, at) : null;
    if (reported) return reported;
    // "Swift's claims", "Lowe's declaring": after a possessive the word is a noun (a gerund too).
    if (at > 0 && POSSESSIVE.test(tokens[at - 1])) continue;
    // ", accusing Washington of …", "by saying:" — the subject is the clause's, further back.
    if (opensParticiplePhrase(tokens, at)) {
      if (participle < 0) participle = at;
      continue;
    }
    // An -ing form the list does not hold speaks only as the participle above (after a comma, "by", "while" …):
    // "they were writing" does not.
    if (!SAYING_VERBS.has(word) && isSayingParticiple(word)) continue;
    // A noun like "claims" or "calls" used as a noun: "denied claims", "the calls" — not a verb here ("said" never is).
    // ("One said", "Another commented": a determiner opening the sentence stands for a person.)
    if (at > 0 && DETERMINERS.has(norm(tokens[at - 1])) && !/^(?:One|Another)$/.test(tokens[at - 1]) && !NEVER_NOUNS.has(word)) continue;
    if (possessedNoun(tokens, at) || platformNoun(tokens, at)) continue;
    if (norm(tokens[at - 1] ?? '') === 'to') return infinitiveSubject(tokens, at);
    // ("Mr. Trump said he would consider Mr. Grenell but added": a verb after "but" shares the clause's subject.)
    const afterBut = norm(tokens[at - 1] ?? '') === 'but' ? (coordinatedSubject(tokens, at) ?? earlierSayer(tokens, at)) : null;
    const found = afterBut ?? describedOpeningSubject(tokens, at) ?? nounPhraseBefore(tokens, at) ?? coordinatedSubject(tokens, at);
    // "… the letter Mike wrote was “kind and loving”": a verb in a clause that only tells which text is meant —
    // unless that text says the words itself ("the letter Mike wrote said “…”": his).
    if (found?.kind === 'name' && !unsaid && reducedRelative(tokens, at, found.words.length)) continue;
    // ("She said Obama is the calm dad who tells his injured child, “…”": what someone is said to be says nothing.)
    if (found?.kind === 'description' && predicateBefore(tokens, at, found.words)) continue;
    if (found) return whoIsThere(tokens, at, found);
    unsaid = true;
  }
  return participle >= 0 ? participleSubject(tokens, participle) : null;
}

/**
 * The words of a description found before tokens[at] follow a linking verb: a predicate, no one in the clause. (Not
 * in a cleft: "It was my mother who told me" is hers.)
 */
function predicateBefore(tokens: string[], at: number, words: string[]): boolean {
  for (let start = at - words.length; start >= 0 && at - start <= words.length + 8; start--) {
    if (words.every((word, k) => tokens[start + k] === word))
      return /^(?:is|was|are|were|be|been)$/i.test(tokens[start - 1] ?? '') && !/^it$/i.test(tokens[start - 2] ?? '');
  }
  return false;
}

/** How many tokens before a verb of wishing the verb of saying that reports it may stand ("said the bereaved family wanted"). */
const REPORTED_WISH_REACH = 6;

/** "Aoife said the family wanted “…”": a wish a verb of saying just before reports is that sayer's words. */
function reportedWish(tokens: string[], at: number): boolean {
  for (let before = at - 1; before >= 0 && at - before <= REPORTED_WISH_REACH; before--) {
    const word = norm(tokens[before]);
    if (/^[,.;:!?]$/.test(word)) return false;
    if ((SAYING_VERBS.has(word) || word === 'told') && !WISH_VERBS.has(word) && !isCap(tokens[before])) return true;
  }
  return false;
}

/** Whether tokens[at], an -ing form, opens a participle phrase whose subject is the clause's (", accusing …", "by saying:"). */
function opensParticiplePhrase(tokens: string[], at: number): boolean {
  if (!/ing$/.test(norm(tokens[at]))) return false;
  // ("after repeatedly saying": an adverb between the preposition and the participle.)
  const opener = /ly$/.test(norm(tokens[at - 1] ?? '')) ? tokens[at - 2] : tokens[at - 1];
  return (
    at === 0 ||
    /^(?:,|by|of|while|after|before|without|—|–)$/i.test(opener ?? '') ||
    SAYING_NOUNS.has(norm(tokens[at - 1])) ||
    afterPrepositionObject(tokens, at) ||
    afterTextNoun(tokens, at)
  );
}

/** How many tokens from a passive verb of saying to the quotation its agent may speak ("told by a manager that her approach was"). */
const AGENT_REACH = 14;

/**
 * The agent of a passive verb of saying at tokens[at] whose "that" clause holds the marks: "she had been told by a
 * manager that her approach was ‘…’". Not an instruction ("He was told by an aide to give Russia “…”"), nor a clause
 * deeper in ("told by an anonymous NSC leaker that Obama in the call had confirmed … give “space”").
 */
function passiveAgent(tokens: string[], at: number): RawSpeaker | null {
  if (tokens.length - at > AGENT_REACH || norm(tokens[at + 1] ?? '') !== 'by') return null;
  const agent = nounPhraseAfter(tokens, at + 2);
  const words = agent && agent.kind !== 'pronoun' ? agent.words.length : 1;
  return agent && norm(tokens[at + 2 + words] ?? '') === 'that' ? agent : null;
}

/** "one truly remarkable Facebook post", "her Instagram posts": a platform's name before a text's noun makes it a noun. */
function platformNoun(tokens: string[], at: number): boolean {
  return PLATFORMS.has(norm(tokens[at - 1] ?? '')) && TEXT_NOUNS.has(norm(tokens[at]).replace(/s$/, ''));
}

/**
 * "posting a heart on her Instagram comments", "their Facebook posts": after a possessive and a name, a plural noun
 * ("His Holiness said" and "says" are verbs still).
 */
function possessedNoun(tokens: string[], at: number): boolean {
  const word = norm(tokens[at]);
  if (!/[^s]s$/.test(word) || word === 'says') return false;
  let before = at - 1;
  while (before >= 0 && isCap(tokens[before])) before--;
  return before >= 0 && before < at - 1 && POSSESSIVE_DETERMINERS.has(norm(tokens[before]));
}

/**
 * The speaker a name found before tokens[at] stands for: the phrase before it where a preposition makes it only where
 * they were ("protesters outside parliament in Suva chanted").
 */
function whoIsThere(tokens: string[], at: number, found: RawSpeaker): RawSpeaker {
  // ("teenagers in green Yes16 T-shirts chanted": a word or two in lower case may come between.)
  const preposition = prepositionPlacing(tokens, at, found, 2);
  return preposition < 0 ? found : (nounPhraseBefore(tokens, preposition) ?? found);
}

/**
 * Where the preposition stands that makes a name found right before tokens[end] a place or thing someone is at, in or
 * from ("protesters outside parliament in Suva", "the envoy in Brussels"), past at most `between` words in lower case;
 * -1 if none does. The name must be what stands right there (not a speaker before an apposition that ends "in the
 * directorate").
 */
export function prepositionPlacing(tokens: string[], end: number, found: RawSpeaker, between = 0): number {
  if (found.kind !== 'name') return -1;
  const start = end - found.words.length;
  if (!found.words.every((word, k) => tokens[start + k]?.startsWith(word))) return -1;
  let preposition = start - 1;
  while (
    preposition > start - 1 - between &&
    /^\p{Ll}+$/u.test(tokens[preposition] ?? '') &&
    !LOCATING_PREPOSITIONS.has(norm(tokens[preposition]))
  )
    preposition--;
  return LOCATING_PREPOSITIONS.has(norm(tokens[preposition] ?? '')) ? preposition : -1;
}

/**
 * "In Lipman’s view, the university is known for “…”", "in his own words": whose view or words the sentence
 * gives, from "in" and a possessive before the noun at tokens[at] (null for any other "view").
 */
function viewHolder(tokens: string[], at: number): RawSpeaker | null {
  const owner = norm(tokens[at - 1] ?? '') === 'own' ? at - 2 : at - 1;
  if (owner < 1 || norm(tokens[owner - 1]) !== 'in') return null;
  const pronoun = POSSESSIVE_PRONOUN_SUBJECTS.get(norm(tokens[owner]));
  if (pronoun) return { kind: 'pronoun', pronoun };
  return POSSESSIVE.test(tokens[owner]) && isCap(tokens[owner]) ? nounPhraseBefore(tokens, owner + 1) : null;
}

/** How many words a description opening the sentence may have before its "who" ("A man who", "One young mother who"). */
const DESCRIBED_OPENING_REACH = 4;

/**
 * "A man who attacked a shop worker in Nottingham shouted “…”", "A passenger who escaped by running into the bush
 * told Reuters": a verb after a relative clause, no comma between, has the description the sentence opens on for
 * its subject — not the last words of the clause.
 */
function describedOpeningSubject(tokens: string[], verb: number): RawSpeaker | null {
  // ("However, a guard who did not wish to be named told": past an opening word or phrase.)
  const start = subjectStart(tokens);
  const who = tokens.indexOf('who', start);
  if (who - start < 2 || who - start > DESCRIBED_OPENING_REACH || who > verb || !/^(?:a|an|one|another|the)$/i.test(tokens[start] ?? ''))
    return null;
  // (Not a clause of its own inside, "The staff member who reported the call recalled that he said", nor a verb of
  // the relative clause itself: "A neighbour who knew Tom Reed and called him".)
  // ("… who waited 14 hours …": a number is a word of the clause too.)
  const clauseWord = (token: string) => isWordToken(token) || /^\d[\d,.]*$/.test(token);
  if (tokens.slice(who, verb).some((token) => !clauseWord(token) || /^(?:that|and|he|she|they|i|we)$/i.test(token))) return null;
  // ("A Gisborne man who": a place may describe the person; the noun before "who" is in lower case.)
  const described = tokens.slice(start + 1, who).every((token, k) => /^\p{Ll}/u.test(token) || (k < who - start - 2 && isWordToken(token)));
  return described ? description(tokens.slice(start, who), true) : null;
}

/**
 * "Wazir said the administration had declared an emergency and that compensation would come “…”": the verb at
 * tokens[at] stands in the first clause of what an earlier verb of saying says, so it does not say the second —
 * unless its own "that" opens the first ("the DEA says that … and that “…”").
 */
function inFirstClauseSaid(tokens: string[], at: number): boolean {
  if (norm(tokens[at + 1] ?? '') === 'that') return false;
  // ("No deaths had been confirmed, but Overby said …": a verb of saying in another clause says nothing of this one.)
  const clauseStart = Math.max(...[',', ';', '—', '–'].map((mark) => tokens.lastIndexOf(mark, at)));
  return tokens.slice(clauseStart + 1, at).some((token) => SAYING_VERBS.has(norm(token)) && !isCap(token));
}

/** Who "saying" at tokens[at] is reported of: "quoted Valery Gerasimov as saying", "Voss can be heard saying". */
export function reportedAsSaying(tokens: string[], at: number): RawSpeaker | null {
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
    // "The Prime Minister paid tribute, describing him as “…”": a participle after a comma is the clause's subject's.
    if (/ing$/.test(word) && tokens[at - 1] === ',') return participleSubject(tokens, at);
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
 * Who sent the text a participle at tokens[at] follows ("Dowell had been using his phone and had sent a message
 * reading"): the subject of the verb before the text, else of the clause "that" opens; never the sentence's
 * ("Bristol crown court heard that …").
 */
function textSender(tokens: string[], at: number): RawSpeaker | null {
  let text = at - 1;
  while (text > 0 && !TEXT_NOUNS.has(norm(tokens[text]))) text--;
  for (let verb = text - 1; verb > 0 && text - verb <= 4; verb--) {
    if (!/^\p{Ll}+(?:ed|ent|ote)$/u.test(tokens[verb])) continue;
    const found = nounPhraseBefore(tokens, verb);
    if (found) return found;
    const that = tokens.lastIndexOf('that', verb);
    return that >= 0 ? nounPhraseAfter(tokens, that + 1) : null;
  }
  return null;
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
  // ("WWF-Malaysia, in a post on its Facebook page, congratulated the team and said": a phrase on a preposition
  // set off by commas right after the subject is read past.)
  const phrase = prepositionalAsideAfterSubject(tokens, at);
  if (phrase) return coordinatedSubject([...tokens.slice(0, phrase[0]), ...tokens.slice(phrase[1])], at - (phrase[1] - phrase[0]));
  let before = at - 1;
  while (before > 0 && BETWEEN.has(norm(tokens[before]))) before--;
  const conjunction = norm(tokens[before] ?? '');
  if (conjunction !== 'and' && conjunction !== 'but') return null;
  // "She gave no date, but said …": a comma may stand before "but".
  const clauseEnd = conjunction === 'but' && tokens[before - 1] === ',' ? before - 1 : before;
  // Only a single clause: no apposition, list or relative clause between the subject and the conjunction.
  const clause = tokens.slice(subjectStart(tokens), clauseEnd);
  if (clause.some((token) => token === ',' || isRelativeWord(token))) return null;
  const afterOpening = subjectAfterOpeningClause(clause);
  if (afterOpening) return afterOpening;
  const subject = sentenceSubject(tokens);
  return subject?.kind === 'anaphor' ? null : subject;
}

/** How many tokens a phrase on a preposition set off by commas after a subject may hold ("in a post on its Facebook page"). */
const SUBJECT_ASIDE_REACH = 10;

/** [comma, closing comma + 1) of a phrase on a preposition right after the sentence's first words, before tokens[at]; or null. */
function prepositionalAsideAfterSubject(tokens: string[], at: number): [number, number] | null {
  const open = tokens.indexOf(',');
  if (open < 1 || open >= at || !ASIDE_PREPOSITIONS.has(norm(tokens[open + 1] ?? ''))) return null;
  const close = tokens.indexOf(',', open + 1);
  return close > open && close < at && close - open <= SUBJECT_ASIDE_REACH ? [open, close + 1] : null;
}

/**
 * "Senator Maura Brennan, the most prominent voice against it, said she accepted the result but warned": the
 * speaker of the verb of saying before "but" in the same sentence.
 */
function earlierSayer(tokens: string[], at: number): RawSpeaker | null {
  for (let verb = at - 2; verb > 0; verb--) {
    if (!POST_VERBS.has(norm(tokens[verb])) || isCap(tokens[verb])) continue;
    const found = nounPhraseBefore(tokens, verb);
    return found && found.kind !== 'pronoun' ? found : null;
  }
  return null;
}

/**
 * "As he was led down he turned to the gallery and said": a time or cause clause opening the sentence with no
 * comma after it; the main clause's subject is the last personal pronoun before a verb.
 */
function subjectAfterOpeningClause(clause: string[]): RawSpeaker | null {
  const opener = norm(clause[0] ?? '');
  if (!CLAUSE_WORDS.has(opener) || opener === 'but') return null;
  for (let at = clause.length - 2; at > 1; at--) {
    const word = clause[at];
    if (/^(?:he|she|they|we|I)$/.test(word) && /^\p{Ll}+$/u.test(clause[at + 1])) return { kind: 'pronoun', pronoun: norm(word) };
  }
  return null;
}
