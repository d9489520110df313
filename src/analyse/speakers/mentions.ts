// Where an article names someone: runs of proper nouns found with wink-nlp's part-of-speech tags,
// titles stripped. Used to resolve "he said" and to collect every variant of a speaker's name.

import { NOT_NAMES, TITLES } from '../lexicon.js';
import { nlp } from '../terms/index.js';
import { nameParts, type NameParts } from './names.js';

/** The one wink-nlp instance the analysis shares (one model in memory per thread). */
const engine = nlp;

export interface Mention extends NameParts {
  start: number;
  end: number;
  /** Used as a modifier ("the Assad government"), so not something "he" can point back to. */
  attributive: boolean;
}

interface Word {
  text: string;
  pos: string;
  start: number;
  end: number;
}

const CONNECTOR = /^(?:al|el|bin|ibn|de|van|von|da|di|du|le|la|der|of)$/i;

/** Words of body[from, to) with their part-of-speech tags and offsets. */
export function taggedWords(body: string, from: number, to: number): Word[] {
  const text = body.slice(from, to);
  if (text.trim() === '') return [];
  const its = engine().its;
  const doc = engine().readDoc(text);
  const texts = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const words: Word[] = [];
  let cursor = 0;
  texts.forEach((token, index) => {
    const at = text.indexOf(token, cursor);
    if (at < 0) return; // wink normalises some characters; skip what cannot be placed
    cursor = at + token.length;
    words.push({ text: token, pos: tags[index], start: from + at, end: from + cursor });
  });
  return words;
}

const capitalised = (text: string) => /^\p{Lu}/u.test(text);
const sentenceEnd = (word: Word | undefined) => !word || /^[.!?:;“"‘«]$/.test(word.text) || word.pos === 'SPACE';

/** Every run of proper nouns in body[from, to) that names someone or something. */
export function findMentions(body: string, from: number, to: number): Mention[] {
  const words = taggedWords(body, from, to);
  const mentions: Mention[] = [];
  let index = 0;
  while (index < words.length) {
    const isPart = (at: number): boolean => {
      const word = words[at];
      if (!word || !capitalised(word.text) || /^[\p{P}\p{S}]/u.test(word.text)) return false;
      const initial = sentenceEnd(words[at - 1]);
      if (NOT_NAMES.has(word.text.toLowerCase())) return false;
      return word.pos === 'PROPN' || (!initial && word.pos !== 'PRON');
    };
    if (!isPart(index)) {
      index++;
      continue;
    }
    let end = index + 1;
    for (;;) {
      if (isPart(end) && words[end].start - words[end - 1].end <= 1) end++;
      else if (
        words[end] &&
        (CONNECTOR.test(words[end].text) || (words[end].text === '-' && words[end].start === words[end - 1].end)) &&
        isPart(end + 1)
      )
        end += 2;
      else break;
    }
    const run = words.slice(index, end);
    const before = words[index - 1];
    const after = words[end];
    const texts = joinRun(body, run);
    const parts = nameParts(texts);
    if (parts) {
      const roleBefore = before !== undefined && !capitalised(before.text) && TITLES.has(before.text.toLowerCase());
      const determinerBefore = before !== undefined && /^(?:the|a|an)$/i.test(before.text);
      const possessive = after !== undefined && /^[’']s?$/.test(after.text);
      mentions.push({
        ...parts,
        titled: parts.titled || roleBefore,
        start: run[0].start,
        end: run[run.length - 1].end,
        attributive: !parts.body && determinerBefore && !possessive && !roleBefore,
      });
    }
    index = end;
  }
  return mentions;
}

/** The words of a run as written, hyphenated parts glued back ("al-Assad"). */
function joinRun(body: string, run: Word[]): string[] {
  return body.slice(run[0].start, run[run.length - 1].end).split(/\s+/).filter(Boolean);
}
