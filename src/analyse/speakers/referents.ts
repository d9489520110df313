// What a sentence's pronoun subject stands for, for the claim matcher: "He is now in talks with Lavrov"
// after "US Secretary of State John Kerry is in Moscow" is a sentence about Kerry. The same order of
// preference as for a quotation's "he said" (../../analyse/index.ts), worked from the sentence tokens alone
// (the aligner has no part-of-speech tags): a person for he/she — the latest one that was a clause's subject,
// else the latest named; a country or a named body for it — the latest one that was a clause's subject;
// for they — the latest subject made of two names joined by "and". The article's title stands before its
// first sentence. Nothing here knows any particular story.

import type { Token } from '../../types.js';
import {
  BODY_HEADS,
  CLAUSE_OPENERS,
  DETERMINERS,
  EMPTY_IT_FOLLOWERS,
  NOT_NAMES,
  NOT_VERBS,
  PLACE_WORDS,
  SAYING_VERBS,
  TITLES,
} from '../../lexicon.js';
import { isDemonym, nameKey, PLACE_KEYS } from '../../fold.js';
import { hasWordChar, startsUpper } from '../../chars.js';
import { nameParts, type NameParts } from './names.js';

/** Who a sentence is about as its subject: the pronoun subject's referent, and the named subjects that do something other than speak. */
export interface SentenceActors {
  /** Matching keys of what the pronoun subject stands for, or [] where there is none or it cannot be told. */
  referent: string[];
  /** Matching keys of the names that are subjects of its clauses, other than of a verb of saying ("…,” Kerry said). */
  subjects: string[];
}

/** One article as the resolver reads it: the title's tokens, then each sentence's tokens and block. */
export interface ReferentInput {
  title: Token[];
  sentences: Array<{ tokens: Token[]; block: number }>;
}

type Kind = 'person' | 'place' | 'body';

interface Named {
  kind: Kind;
  /** Matching keys of the referent: a person's surname, a body's or country's content words. */
  keys: string[];
  subject: boolean;
  /** The subject of a verb of saying. */
  sayer: boolean;
  /** Joined to the next name by "and" as one subject ("Lavrov and Kerry will …"). */
  coordinated: boolean;
}

/** Pronouns resolved, and how many blocks back a referent may stand. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const BLOCKS_BACK = 2;
const BE = new Set(['is', 'was', "'s", '’s', 'be', 'been', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained']);

const isCapital = startsUpper;
const isWord = hasWordChar;

/**
 * For every sentence of every article, what its pronoun subject stands for and who its named subjects are
 * (as matching keys: nameKey of the token norms). Articles are read independently, except that who counts
 * as a person is the story's: a titled name, or a full name whose surname the story also uses alone — so
 * that a bare "Kerry" is a person. Linear in the story's size (a pronoun looks back a few blocks only).
 */
export function pronounReferents(articles: ReferentInput[]): SentenceActors[][] {
  // As for quotations' speakers: titled, or a full name whose surname the story also uses alone.
  const alone = new Set<string>();
  const full: Array<{ surname: string; titled: boolean }> = [];
  // Each sentence's runs of names are found once and read by both passes.
  // A story names the same people again and again: each run's name parts are worked out once (for this story).
  const known: KnownParts = { single: new Map(), several: new Map() };
  const runs = articles.map((article) => ({
    title: nameRuns(article.title, known),
    sentences: article.sentences.map((s) => nameRuns(s.tokens, known)),
  }));
  for (const { title, sentences } of runs) {
    for (const sentenceRuns of [title, ...sentences]) {
      for (const run of sentenceRuns) {
        const parts = run.parts;
        if (!parts || !mayBePerson(run)) continue;
        if (parts.words.length === 1 && !parts.titled) alone.add(surnameKey(run.tokens));
        else full.push({ surname: surnameKey(run.tokens), titled: parts.titled });
      }
    }
  }
  const persons = new Set(full.filter((name) => name.titled || alone.has(name.surname)).map((name) => name.surname));
  return articles.map((article, a) => {
    // Names in reading order, each with the block it stands in (the title as block -1).
    const seen: Array<Named & { block: number }> = [];
    const note = (tokens: Token[], tokenRuns: Run[], block: number) => {
      const found = namesOf(tokens, tokenRuns, persons, block);
      for (const named of found) seen.push(named);
      return found;
    };
    note(article.title, runs[a].title, -1);
    const firstBlock = article.sentences[0]?.block ?? 0;
    return article.sentences.map(({ tokens, block }, s) => {
      const at = pronounSubject(tokens);
      let keys: string[] = [];
      if (at >= 0) {
        const pronoun = tokens[at].text.toLowerCase();
        // The names of this block and the BLOCKS_BACK before it (the title before the first block only).
        let from = seen.length;
        while (from > 0 && (seen[from - 1].block < 0 ? block === firstBlock : block - seen[from - 1].block <= BLOCKS_BACK)) from--;
        const near = seen.slice(from);
        keys = resolve(pronoun, near);
      }
      const named = note(tokens, runs[a].sentences[s], block);
      return { referent: keys, subjects: named.filter((name) => name.subject && !name.sayer).flatMap((name) => name.keys) };
    });
  });
}

function resolve(pronoun: string, near: Named[]): string[] {
  if (pronoun === 'he' || pronoun === 'she') {
    const people = near.filter((named) => named.kind === 'person');
    const found = people.filter((named) => named.subject && !named.coordinated).at(-1) ?? people.at(-1);
    return found?.keys ?? [];
  }
  if (pronoun === 'it') {
    const found = near.filter((named) => named.kind !== 'person' && named.subject && !named.coordinated).at(-1);
    return found?.keys ?? [];
  }
  // they: the latest "X and Y" subject.
  for (let i = near.length - 1; i > 0; i--) {
    if (near[i - 1].coordinated && near[i - 1].subject) return [...near[i - 1].keys, ...near[i].keys];
  }
  return [];
}

/** How many words a fronted phrase before a pronoun subject may have. */
const FRONTED_MAX = 8;

/** Index of the pronoun that is the subject of the sentence or one of its clauses, or -1. */
function pronounSubject(tokens: Token[]): number {
  // Only the first FRONTED_MAX + 1 words can be it; the tests below read at most four words after it.
  const words = tokens.slice(0, FRONTED_MAX + 5).map((token) => token.text.toLowerCase());
  for (let at = 0; at < tokens.length && at <= FRONTED_MAX; at++) {
    if (!SUBJECT_PRONOUNS.has(words[at])) continue;
    // At the start of the sentence, or after a fronted phrase ("Since late September, it …"). A pronoun later
    // in a sentence mostly stands for a name of the same sentence, which its terms hold already.
    const fronted =
      at > 1 &&
      at <= FRONTED_MAX &&
      words[at - 1] === ',' &&
      words.indexOf(',') === at - 1 &&
      NOT_NAMES.has(words[0]) &&
      !SUBJECT_PRONOUNS.has(words[0]);
    if (at !== 0 && !fronted) continue;
    const next = words[at + 1] ?? '';
    // "…, he said": an attribution, whose words are quoted, not reported.
    if (SAYING_VERBS.has(next) || !isWord(next)) continue;
    if (words[at] === 'it' && BE.has(next) && words.slice(at + 2, at + 5).some((word) => EMPTY_IT_FOLLOWERS.has(word))) continue;
    return at;
  }
  return -1;
}

interface Run {
  start: number;
  end: number;
  tokens: Token[];
  texts: string[];
  parts: NameParts | null;
  /** mayBePerson's answer, once asked. */
  person?: boolean;
}

/** nameParts of runs read before: of one word by its text, of several by their texts as JSON (one story's). */
interface KnownParts {
  single: Map<string, NameParts | null>;
  several: Map<string, NameParts | null>;
}

/** Whether tokens[i] can be part of a name. */
function partAt(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !isWord(token.text)) return false;
  if (!isCapital(token.text)) return false;
  return !(NOT_NAMES.has(token.text.toLowerCase()) && (i === 0 || !isCapital(tokens[i - 1]?.text ?? '')));
}

/** Runs of capitalised words (absorbed tokens and "of" between capitals included): the names of a sentence. */
function nameRuns(tokens: Token[], known: KnownParts): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!partAt(tokens, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (partAt(tokens, end) || (tokens[end] && tokens[end].norm === '' && isWord(tokens[end].text))) end++;
      else if (tokens[end]?.text === 'of' && partAt(tokens, end + 1)) end += 2;
      else break;
    }
    const runTokens = tokens.slice(i, end);
    const texts = runTokens.map((t) => t.text);
    const table = texts.length === 1 ? known.single : known.several;
    const key = texts.length === 1 ? texts[0] : JSON.stringify(texts);
    let parts = table.get(key);
    if (parts === undefined) {
      parts = nameParts(texts);
      table.set(key, parts);
    }
    runs.push({ start: i, end, tokens: runTokens, texts, parts });
    i = end;
  }
  return runs;
}

const keyOf = (token: Token) => nameKey(token.norm);
const contentKeys = (tokens: Token[]) => tokens.filter((t) => !t.stop && t.norm !== '' && isWord(t.norm)).map(keyOf);
const surnameKey = (tokens: Token[]) => {
  const keys = contentKeys(tokens);
  return keys[keys.length - 1] ?? '';
};

/** Not a body, a country, a role ("the Twelfth Doctor") or a place ("Western Syria"). */
function mayBePerson(run: Run): boolean {
  run.person ??= runMayBePerson(run);
  return run.person;
}

function runMayBePerson({ tokens, texts, parts }: Run): boolean {
  const last = texts[texts.length - 1].toLowerCase();
  const end = tokens[tokens.length - 1];
  if (end.stop || end.norm === '') return false;
  if (!parts || parts.body || runIsPlace(tokens) || TITLES.has(last) || BODY_HEADS.has(last) || PLACE_WORDS.has(texts[0].toLowerCase()))
    return false;
  // All capitals ("BBC", "TV") are acronyms of bodies and things more often than people.
  return !texts.some((text) => /^\p{Lu}[\p{Lu}.]+$/u.test(text) && text.replace(/\./g, '').length >= 2);
}

/** A country named as a noun ("Russia", "the Russian Federation", "the U.S."), not an adjective ("Russian"). */
function runIsPlace(tokens: Token[]): boolean {
  const content = tokens.filter((t) => !t.stop && t.norm !== '' && isWord(t.norm));
  if (content.length !== 1 || !PLACE_KEYS.has(keyOf(content[0]))) return false;
  const index = tokens.indexOf(content[0]);
  const phrase = tokens[index + 1]?.norm === '';
  return phrase || !isDemonym(content[0].text);
}

/** The people, countries and bodies a sentence of `block` names, in order, with whether each is a clause's subject. */
function namesOf(tokens: Token[], runs: Run[], persons: Set<string>, block: number): Array<Named & { block: number }> {
  const out: Array<Named & { block: number }> = [];
  for (const run of runs) {
    const { texts, parts } = run;
    if (!parts) continue;
    let kind: Kind | null = null;
    if (runIsPlace(run.tokens)) kind = 'place';
    else if (parts.body || BODY_HEADS.has(texts[texts.length - 1].toLowerCase())) kind = 'body';
    else if (mayBePerson(run) && persons.has(surnameKey(run.tokens))) kind = 'person';
    if (!kind) continue;
    // A person's own name (titles stripped): the surname is the key every article uses.
    const keys = kind === 'person' ? [surnameKey(run.tokens)] : contentKeys(run.tokens).filter((key) => !DETERMINERS.has(key));
    if (keys.length === 0 || keys[0] === '') continue;
    const { subject, sayer } = subjectOf(tokens, run);
    out.push({ kind, keys, subject, sayer, coordinated: tokens[run.end]?.text === 'and', block });
  }
  return out;
}

/**
 * The run opens a clause (the sentence, or after a comma or a clause opener, "the" allowed) and a verb-like
 * word follows it, straight away or after an apposition (", one of Assad's allies, has …"). Without tags a
 * verb is guessed: a lower-case word that is not a preposition, conjunction or determiner.
 */
function subjectOf(tokens: Token[], run: Run): { subject: boolean; sayer: boolean } {
  const verb = subjectVerb(tokens, run);
  return { subject: verb >= 0, sayer: verb >= 0 && SAYING_VERBS.has(tokens[verb].text.toLowerCase()) };
}

/** Index of the verb-like word whose subject the run is, or -1. */
function subjectVerb(tokens: Token[], run: Run): number {
  let before = run.start - 1;
  if (before >= 0 && /^(?:the)$/i.test(tokens[before].text)) before--;
  const opens =
    before < 0 ||
    tokens[before].text === ',' ||
    CLAUSE_OPENERS.has(tokens[before].text.toLowerCase()) ||
    // "Lavrov and Kerry will …": the second of two joined names.
    (tokens[before].text === 'and' && before > 0 && isCapital(tokens[before - 1].text));
  if (!opens) return -1;
  let at = run.end;
  if (tokens[at]?.text === 'and' && isCapital(tokens[at + 1]?.text ?? '')) {
    // "X and Y verb": the verb after Y.
    at += 1;
    while (at < tokens.length && (isCapital(tokens[at].text) || tokens[at].norm === '')) at++;
  }
  const verbAt = (i: number) => {
    const text = tokens[i]?.text ?? '';
    return isWord(text) && !isCapital(text) && !NOT_VERBS.has(text.toLowerCase()) && !/^[’']s$/.test(text);
  };
  if (tokens[at]?.text !== ',') return verbAt(at) ? at : -1;
  for (let i = at + 1; i < tokens.length && i < at + 40; i++) if (tokens[i].text === ',' && verbAt(i + 1)) return i + 1;
  return -1;
}
