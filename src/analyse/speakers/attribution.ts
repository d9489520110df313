// Attribution rules: who the text says spoke a quotation. The entry for the rules: this file reads after the
// quotation ("…,” Kerry said, "…,” said Capaldi, "…,” a senior official told reporters), a signature on the line
// below it and a heading that credits a person; attribution-before.ts reads before it in the same sentence
// ("Kerry told Lavrov:", "While Kerry said there were still “kinks”", "claims from Russia “…”"), re-exported here.
// The phrases both read are in noun-phrase*.ts, sentence-subject.ts and tokens.ts.

import {
  BODY_HEADS,
  OBJECT_PRONOUNS,
  MEMORY_VERBS,
  MANNER_POST_VERBS,
  CAPTION_CREDITS,
  alternation,
  isBetweenWord,
  isSpeakingHead,
  PERFECT_POST_VERBS,
  PHRASAL_POST_VERBS,
  PLATFORMS,
  POST_VERBS,
  PRONOUNS,
  SAYING_NOUNS,
  SAYING_VERBS,
  TEXT_NOUNS,
  TITLES,
  isSayingParticiple,
} from '../../lexicon.js';
import { prepositionPlacing, reportedAsSaying } from './attribution-before.js';
import { isGivenName } from './gender.js';
import { accordingToSource, nounPhraseAfter } from './noun-phrase-after.js';
import { nounPhraseBefore } from './noun-phrase-before.js';
import { isLetterCodename } from './names.js';
import { tokenize, type RawSpeaker, withoutFullStop, norm, isPronounSurname, isCap, isNamePart, isWordToken } from './tokens.js';

export { attributionBefore } from './attribution-before.js';

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
  // ("… he would bring the house down” (according to the *Chicago Tribune*)": the source in parentheses.)
  const bracketed = first === '(' && norm(tokens[1] ?? '') === 'according' ? 1 : 0;
  if (norm(tokens[bracketed] ?? '') === 'according' && norm(tokens[bracketed + 1] ?? '') === 'to') {
    const source = accordingToSource(tokens, bracketed + 2);
    const knownText =
      source?.kind === 'description' && norm(source.words[0]) === 'the' && (TEXT_NOUNS.has(source.head) || SAYING_NOUNS.has(source.head));
    // ("according to a statement from the sheriff's office": the office, a body, as the phrase gives it.)
    const knownBody = source?.kind === 'description' && norm(source.words[0]) === 'the' && BODY_HEADS.has(source.head);
    return source?.kind === 'name' || source?.kind === 'pronoun' || knownText || knownBody ? source : null;
  }
  // ("…,” laughed grandson Stephen Mercer": a verb of manner right after the marks, inverted too.)
  if (POST_VERBS.has(first) || MANNER_POST_VERBS.has(first)) {
    const found = nounPhraseAfter(tokens, 1); // "…,” said Capaldi
    // "…” announced in May, said Ann Lowe": a verb of the sentence the quotation sits in, then the attribution.
    if (found || (POST_VERBS.has(first) && (tokens[2] === ',' || !tokens.includes(',')))) return found;
  }
  for (let at = 1; at < Math.min(tokens.length, AFTER_REACH); at++) {
    const verb = norm(tokens[at]);
    // "in other states", "the notes": after a determiner the word is a noun (not after "Garda A": a codename).
    if (NOUN_BEFORE.test(tokens[at - 1]) && !isLetterCodename(tokens[at - 2], tokens[at - 1], tokens[at])) continue;
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
  return prepositionPlacing(tokens, tokens[at - 1] === ',' ? at - 1 : at, found) >= 0;
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
