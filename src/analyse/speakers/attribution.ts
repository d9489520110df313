// Attribution rules: who the text says spoke a quotation. Looks after the quotation ("…,” Kerry said,
// "…,” said Capaldi, "…,” a senior official told reporters) and before it in the same sentence
// ("Kerry told Lavrov:", "While Kerry said there were still “kinks”", "claims from Russia “…”").

import { BETWEEN, DETERMINERS, NOT_NAMES, POST_VERBS, PRONOUNS, SAYING_NOUNS, SAYING_VERBS } from '../lexicon.js';

/** What the attribution names, before pronouns and "the official" are resolved. */
export type RawSpeaker =
  | { kind: 'name'; words: string[] }
  | { kind: 'description'; words: string[]; head: string }
  | { kind: 'pronoun'; pronoun: string };

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}.’'\-]*|[,;:()—–]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const norm = (token: string) => token.toLowerCase().replace(/[’']s$/, '').replace(/\.+$/, '');
const isWordToken = (token: string | undefined) => token !== undefined && /^[\p{L}\p{N}]/u.test(token);
const isCap = (token: string | undefined) => token !== undefined && /^\p{Lu}/u.test(token);
const NAME_PREFIX = /^(?:al|el|bin|ibn|de|van|von|da|di|du|le|la)-?\p{Lu}?/u;
const isNamePart = (token: string | undefined) =>
  token !== undefined && ((isCap(token) && !NOT_NAMES.has(norm(token))) || (NAME_PREFIX.test(token) && /-\p{Lu}/u.test(token)));
const STOP_FORWARD = new Set(
  'in at on with to who which that as for after before during from about of when while and but by'.split(' '),
);

/** The speaker named after the closing mark, if the attribution follows the quotation. */
export function attributionAfter(post: string): RawSpeaker | null {
  const text = post.replace(/^[\s,]+/, '');
  if (text === '' || /^[.!?;…]/.test(text)) return null;
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const first = norm(tokens[0]);
  if (PRONOUNS.has(first)) {
    let at = 1;
    while (at < tokens.length && BETWEEN.has(norm(tokens[at]))) at++;
    return POST_VERBS.has(norm(tokens[at] ?? '')) ? { kind: 'pronoun', pronoun: first } : null;
  }
  if (POST_VERBS.has(first)) return nounPhraseAfter(tokens, 1); // "…,” said Capaldi
  for (let at = 1; at < Math.min(tokens.length, 30); at++) {
    if (POST_VERBS.has(norm(tokens[at])) && !isCap(tokens[at])) return nounPhraseBefore(tokens, at);
    if (at > 8 && !tokens.slice(0, at).includes(',')) break;
  }
  return null;
}

/** The speaker named earlier in the sentence: the nearest cue that names someone. */
export function attributionBefore(pre: string): RawSpeaker | null {
  const tokens = tokenize(pre);
  let participle = false;
  for (let at = tokens.length - 1; at >= 0; at--) {
    const word = norm(tokens[at]);
    if (word === 'according' && norm(tokens[at + 1] ?? '') === 'to') {
      const found = nounPhraseAfter(tokens, at + 2);
      if (found) return found;
      continue;
    }
    if (SAYING_NOUNS.has(word) && !isCap(tokens[at])) {
      const link = norm(tokens[at + 1] ?? '');
      if (link === 'from' || link === 'by') {
        const found = nounPhraseAfter(tokens, at + 2);
        if (found) return found;
      }
      const owner = tokens[at - 1];
      if (owner && /[’']s$/.test(owner) && isCap(owner)) return nounPhraseBefore(tokens, at);
      if (!SAYING_VERBS.has(word)) continue;
    }
    // Verbs are lower-case mid-sentence: "Islamic State" holds no verb "states".
    if (!SAYING_VERBS.has(word) || (at > 0 && isCap(tokens[at]))) continue;
    // "quoted Valery Gerasimov as saying"
    if (word === 'saying' && norm(tokens[at - 1] ?? '') === 'as') {
      for (let back = at - 2; back >= 0 && back > at - 12; back--) {
        if (/^quot/.test(norm(tokens[back]))) {
          const found = nounPhraseAfter(tokens, back + 1);
          if (found) return found;
        }
      }
    }
    // ", accusing Washington of …", "by saying:" — the subject is the clause's, further back.
    if (/ing$/.test(word) && (at === 0 || /^(?:,|by|of|while|—|–)$/i.test(tokens[at - 1]) || SAYING_NOUNS.has(norm(tokens[at - 1])))) {
      participle = true;
      continue;
    }
    // A noun like "claims" or "calls" used as a noun: "denied claims", "the calls" — not a verb here.
    if (at > 0 && DETERMINERS.has(norm(tokens[at - 1]))) continue;
    const found = nounPhraseBefore(tokens, at);
    if (found) return found;
  }
  return participle ? sentenceSubject(tokens) : null;
}

/** The noun phrase that ends just before tokens[at], skipping "has also", ", who …," and appositions. */
export function nounPhraseBefore(tokens: string[], at: number): RawSpeaker | null {
  let end = at; // exclusive
  while (end > 0 && BETWEEN.has(norm(tokens[end - 1]))) end--;
  // ", who will meet Putin later on Tuesday," or ", lead writer and executive producer of Doctor Who,"
  // or ", of Diamond Bar, 83," — skip each parenthetical back to the name it follows.
  for (let guard = 0; end > 0 && tokens[end - 1] === ',' && guard < 4; guard++) {
    let comma = end - 2;
    while (comma >= 0 && tokens[comma] !== ',' && end - comma < 25) comma--;
    if (comma < 0 || tokens[comma] !== ',') return null;
    const inner = tokens.slice(comma + 1, end - 1);
    end = comma;
    if (inner.length && /^(?:of|from|in|at|aged)$/i.test(inner[0]) && tokens[end - 1] !== ',') {
      // the parenthetical was a place or age: the name is before it
      continue;
    }
    if (inner.length === 1 && /^\d+$/.test(inner[0])) continue;
  }
  if (end > 1 && norm(tokens[end - 1]) === 'who' && tokens[end - 2] === ',') end -= 2;
  if (end === 0) return null;
  const last = tokens[end - 1];
  const lastNorm = norm(last);
  if (PRONOUNS.has(lastNorm)) return { kind: 'pronoun', pronoun: lastNorm };
  if (!isWordToken(last)) return null;
  if (isNamePart(last)) {
    let start = end - 1;
    while (start > 0) {
      const previous = tokens[start - 1];
      if (isNamePart(previous) || (norm(previous) === 'of' && start > 1 && isCap(tokens[start - 2]))) start--;
      else break;
    }
    // Lower-case words of a description before a capitalised run: "a senior State Department official".
    const words = tokens.slice(start, end);
    if (words.every((token) => NOT_NAMES.has(norm(token)))) return null;
    if (start > 0 && DETERMINERS.has(norm(tokens[start - 1])) && /^(?:the|a|an)$/i.test(tokens[start - 1]))
      return { kind: 'name', words: [tokens[start - 1], ...words] };
    return { kind: 'name', words };
  }
  // A description: "the statement", "a senior State Department official", "officials".
  if (NOT_NAMES.has(lastNorm) || SAYING_VERBS.has(lastNorm) || /ly$/.test(lastNorm)) return null;
  let start = end - 1;
  while (start > 0 && end - start < 7 && isWordToken(tokens[start - 1]) && !DETERMINERS.has(norm(tokens[start - 1]))) {
    if (NOT_NAMES.has(norm(tokens[start - 1])) || (!isCap(tokens[start - 1]) && SAYING_VERBS.has(norm(tokens[start - 1])))) break;
    start--;
  }
  if (start > 0 && DETERMINERS.has(norm(tokens[start - 1]))) {
    return { kind: 'description', words: tokens.slice(start - 1, end), head: lastNorm };
  }
  // A bare plural: "officials said", "police say".
  if (end - 1 === start && /s$/.test(lastNorm) && (start === 0 || !isWordToken(tokens[start - 1])))
    return { kind: 'description', words: [last], head: lastNorm };
  return null;
}

/** The noun phrase starting at tokens[at]: "Capaldi", "Mark Thompson", "the official". */
export function nounPhraseAfter(tokens: string[], at: number): RawSpeaker | null {
  const first = tokens[at];
  if (first === undefined) return null;
  const firstNorm = norm(first);
  if (PRONOUNS.has(firstNorm)) return { kind: 'pronoun', pronoun: firstNorm };
  if (isNamePart(first)) {
    let end = at + 1;
    while (end < tokens.length && (isNamePart(tokens[end]) || (norm(tokens[end]) === 'of' && isCap(tokens[end + 1])))) end++;
    return { kind: 'name', words: tokens.slice(at, end) };
  }
  if (DETERMINERS.has(firstNorm)) {
    let end = at + 1;
    while (
      end < tokens.length &&
      end - at < 8 &&
      isWordToken(tokens[end]) &&
      !STOP_FORWARD.has(norm(tokens[end])) &&
      !SAYING_VERBS.has(norm(tokens[end])) &&
      !BETWEEN.has(norm(tokens[end])) &&
      !/^(?:was|is|were|are|has|had|have|did|does)$|[a-z]ed$/.test(tokens[end])
    )
      end++;
    if (end === at + 1) return null;
    const words = tokens.slice(at, end);
    if (words.slice(1).some(isCap) && isCap(words[words.length - 1])) return { kind: 'name', words };
    return { kind: 'description', words, head: norm(words[words.length - 1]) };
  }
  return null;
}

/** The subject at the start of a sentence, after an opening phrase like "Ahead of the talks,". */
function sentenceSubject(tokens: string[]): RawSpeaker | null {
  let at = 0;
  const firstComma = tokens.indexOf(',');
  if (firstComma > 0 && firstComma < 8 && !isNamePart(tokens[0])) at = firstComma + 1;
  return nounPhraseAfter(tokens, at);
}
