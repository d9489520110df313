// Stories built in memory for the aligner's tests, with a simple sentence splitter of their own so that
// these tests do not depend on the parser's.
import type { AnalysedStory, Article, Sentence, Story } from '../../src/types.js';
import { sentenceTokens } from '../../src/analyse/terms/index.js';
import { storyReferents } from '../../src/analyse/index.js';
import { testWordVectors } from '../helpers.js';

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sgt|Gen|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs)|\b(?:\p{L}\.)+\p{L})$/u;

/** Sentence spans of a plain text: ends at . ! ? … (and closing quotes) before a space or a capital. */
export function simpleSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const index = sentences.length;
      sentences.push({ id: `s${index + 1}`, index, block: 0, start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' && text[i + 1] === '\n') {
      push(i);
      continue;
    }
    if (!/[.!?…]/.test(text[i])) continue;
    let j = i;
    while (j + 1 < text.length && /[.!?…”’"')]/.test(text[j + 1])) j++;
    const next = text[j + 1];
    const before = text.slice(start, i);
    if (next === undefined) {
      push(j + 1);
      break;
    }
    const spaced = /\s/.test(next);
    const after = spaced ? (text.slice(j + 1).trimStart()[0] ?? '') : next;
    if (!/[\p{Lu}“"‘\d]/u.test(after)) {
      i = j;
      continue;
    }
    if (text[i] === '.' && ABBREVIATIONS.test(before)) {
      i = j;
      continue;
    }
    if (!spaced && !/\p{Ll}{2}$/u.test(before)) {
      i = j;
      continue;
    }
    push(j + 1);
    i = j;
  }
  push(text.length);
  return sentences;
}

export function makeArticle(id: string, body: string, storyId = 'test', title = id): Article {
  return {
    id,
    storyId,
    title,
    label: title,
    path: `${storyId}/${id}.md`,
    body,
    bodyStart: { line: 1, column: 1, offset: 0 },
    blocks: [],
    sentences: simpleSentences(body),
    furniture: [],
  };
}

export function makeStory(articles: Array<{ id: string; text: string; title?: string }>, id = 'test'): AnalysedStory {
  const story: Story = { id, title: id, articles: articles.map((a) => makeArticle(a.id, a.text, id, a.title ?? a.id)) };
  return analyse(story);
}

export function analyse(story: Story): AnalysedStory {
  const tokens = Object.fromEntries(story.articles.map((a) => [a.id, sentenceTokens(a)]));
  return {
    story,
    quotations: [],
    speakers: [],
    tokens,
    referents: storyReferents(story, tokens),
    vectors: testWordVectors(),
  };
}
