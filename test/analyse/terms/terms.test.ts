import { describe, expect, it } from 'vitest';
import { contentNorms, sentenceTokens, tagBlock, tokensOf } from '../../../src/analyse/terms/index.js';
import { wordNorms } from '../../../src/align/overlap.js';
import { foldSpelling, nameKey } from '../../../src/fold.js';
import { makeArticle } from '../../align/helpers.js';

const norms = (text: string) => contentNorms(tokensOf(text));

describe('sentenceTokens', () => {
  it('gives one token list per sentence, with offsets into the body', () => {
    const article = makeArticle('a', 'Kerry met Lavrov. The talks were long.');
    const tokens = sentenceTokens(article);
    expect(tokens).toHaveLength(2);
    for (const token of tokens.flat()) expect(article.body.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[1].find((t) => t.text === 'talks')?.lemma).toBe('talk');
    expect(tokens[1].find((t) => t.text === 'The')?.stop).toBe(true);
  });

  it('folds the United States however it is written', () => {
    const forms = [
      'The US said so.',
      'The U.S. said so.',
      'The USA said so.',
      'The United States said so.',
      'America said so.',
      'The United States of America said so.',
    ];
    const keys = forms.map((f) => norms(f).join(' '));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toContain('united states');
    // "us" the pronoun is not the country.
    expect(norms('He told us so.')).not.toContain('united states');
    expect(norms('Latin America said so.')).not.toContain('united states');
  });

  it('folds Russian Federation to Russia, and the United Kingdom', () => {
    expect(norms('Russian Federation denies it.')).toEqual(norms('Russia denies it.'));
    expect(norms('The UK agreed.')).toEqual(norms('Britain agreed.'));
    expect(norms('The United Kingdom agreed.')).toEqual(norms('The UK agreed.'));
  });

  it('folds transliterated names and British spellings', () => {
    expect(norms('Sergey Lavrov spoke.')).toEqual(norms('Sergei Lavrov spoke.'));
    expect(nameKey('Zelenskyy')).toBe(nameKey('Zelensky'));
    expect(nameKey('Qaddafi')).toBe(nameKey('Kaddafi'));
    expect(norms('They co-ordinate raids.')).toEqual(norms('They coordinate raids.'));
    expect(foldSpelling('colour')).toBe(foldSpelling('color'));
    expect(foldSpelling('organised')).toBe(foldSpelling('organized'));
    expect(foldSpelling('centre')).toBe(foldSpelling('center'));
    expect(foldSpelling('four')).not.toBe(foldSpelling('for'));
    expect(norms('A cease-fire held.')).toEqual(norms('A ceasefire held.'));
    expect(norms('Bashar al-Assad spoke.').slice(-2)).toEqual(norms('Bashar Assad spoke.').slice(-2));
  });

  it('reads the verb in "it\'s" and "that\'s" as "is", and keeps the possessive "\'s" apart', () => {
    const words = (text: string) => wordNorms(tokensOf(text)).join(' ');
    expect(words("Everyone said yes, that's the Doctor.")).toBe(words('Everyone said yes, that is the Doctor.'));
    expect(words('It’s dangerous.')).toBe(words('It is dangerous.'));
    expect(words("Kerry's talks")).not.toContain('be');
  });

  it('reads a capitalised function word after a quotation mark as the word, not a name', () => {
    const words = (text: string) => wordNorms(tokensOf(text));
    expect(words('He said: “We started thinking about it.”').slice(-4)).toEqual(words('He said we started thinking about it.').slice(-4));
  });

  it('takes "I\'m" as a function word, not a content word', () => {
    expect(norms("I'm glad.")).toEqual(norms('I am glad.'));
  });

  it('reads abbreviated titles before a name, "%" and "per cent" as the words, and "Mr" as a function word', () => {
    expect(norms('Gov. Brown spoke.')).toEqual(norms('Governor Brown spoke.'));
    expect(norms('Sgt. John Sheahan spoke.')).toEqual(norms('Sergeant John Sheahan spoke.'));
    expect(norms('Prices rose 10%.')).toEqual(norms('Prices rose 10 per cent.'));
    expect(norms('Prices rose 10 percent.')).toEqual(norms('Prices rose 10 per cent.'));
    expect(norms('Mr. Kerry spoke.')).toEqual(norms('Kerry spoke.'));
    // Not before a name: the word stays what it is.
    expect(norms('He has a gen. degree.')).not.toContain('general');
  });

  it('keeps acronyms apart from words', () => {
    expect(norms('The IS group is there.')).toContain('is');
    expect(norms('He is there.')).not.toContain('is');
  });

  it('takes words that name Object.prototype members as words', () => {
    expect(norms('The constructor said toString was hasOwnProperty.')).toEqual(['constructor', 'say', 'tostring', 'hasownproperty']);
  });

  it('takes tokens from the block tagging as from the sentence alone', () => {
    const article = makeArticle(
      'a',
      'Talks began in Moscow. Kerry met Lavrov, who said “no”.\n\nU.S. officials arrived. The *talks* were long.',
    );
    const alone = sentenceTokens(article); // a memo of its own for each call
    const blocks = article.blocks.map((block) => tagBlock(article.body, block.start, block.end));
    expect(sentenceTokens(article, blocks)).toEqual(alone);
  });
});
