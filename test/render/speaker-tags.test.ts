// Where a quotation's speaker tag goes in an article, and when the quotes page warns that outlets credit
// the same words to someone else.
import { describe, expect, it } from 'vitest';
import { inRunningText, segmentsOf } from '../../src/render/model.js';
import type { Quotation } from '../../src/types.js';
import { makeArticle } from './fixture.js';

function articleWith(body: string) {
  return makeArticle('s', 'a', `---\ntitle: A\n---\n${body}\n`);
}

/** A quotation of `words` in the article's first sentence, as the analyser gives it (the words, without marks). */
function quotationOf(article: ReturnType<typeof articleWith>, words: string, speaker: string | null = 'John Kerry'): Quotation {
  const start = article.body.indexOf(words);
  const sentence = article.sentences.find((s) => start >= s.start && start < s.end)!;
  return {
    id: `q-${start}`,
    article: article.id,
    sentence: sentence.id,
    start,
    end: start + words.length,
    text: words,
    kind: 'full',
    speaker,
    speakerReason: null,
    nested: false,
  };
}

/** The sentence as a reader sees it, the speaker tag written [like this]. */
function shown(body: string, words: string): string {
  const article = articleWith(body);
  const quotation = quotationOf(article, words);
  const sentence = article.sentences.find((s) => s.id === quotation.sentence)!;
  return segmentsOf(article, sentence, [quotation])
    .map((seg) => (seg.quote ? `${seg.text}${seg.trail ?? ''}${seg.quote.last ? ` [${seg.quote.speaker}]` : ''}` : seg.text))
    .join('');
}

describe('the speaker tag of a quotation in an article', () => {
  it('follows the full stop after the closing mark, so no stop is left alone after the tag', () => {
    expect(
      shown(
        'He accused Washington of “dividing terrorists into good and bad ones”. Talks went on.',
        'dividing terrorists into good and bad ones',
      ),
    ).toBe('He accused Washington of “dividing terrorists into good and bad ones”. [John Kerry]');
  });

  it('follows the comma and closing mark of a quotation the attribution comes after', () => {
    expect(shown('“I look forward to making real progress,” Kerry said at the start.', 'I look forward to making real progress')).toBe(
      '“I look forward to making real progress,” [John Kerry] Kerry said at the start.',
    );
  });

  it('follows nested closing marks and the stop after them', () => {
    expect(shown('He told Lavrov: “we have ‘worked effectively’”. Then he left.', 'worked effectively')).toBe(
      'He told Lavrov: “we have ‘worked effectively’”. [John Kerry]',
    );
  });

  it('keeps the words after the quotation whole: a mark followed by letters is an apostrophe, left where it is', () => {
    expect(shown('It was “Kerry”’s plan all along.', 'Kerry')).toBe('It was “Kerry” [John Kerry]’s plan all along.');
  });

  it('never changes the words: the sentence reads the same without its tags', () => {
    const body = 'Russia said “preconditions” would have to be met, and “no more”, it added.';
    for (const words of ['preconditions', 'no more']) {
      expect(shown(body, words).replace(/ \[John Kerry\]/g, '')).toBe(body);
    }
  });
});

describe('a speaker as it reads after “Credited to”', () => {
  it('puts a description taken from the start of its sentence in lower case', () => {
    expect(inRunningText('A company spokesperson')).toBe('a company spokesperson');
    expect(inRunningText('The 56-year-old')).toBe('the 56-year-old');
    expect(inRunningText('Her lawyer')).toBe('her lawyer');
  });

  it('leaves a name as written', () => {
    expect(inRunningText('The Associated Press')).toBe('The Associated Press');
    expect(inRunningText('Ann Lowe')).toBe('Ann Lowe');
    expect(inRunningText('A')).toBe('A');
  });
});
