// Which kind a quotation is, read from the words and their sentence alone.
import { describe, expect, it } from 'vitest';
import { quoteKind } from '../../../src/analyse/quotes/classify.js';

const kindOf = (pre: string, text: string, post = '') => quoteKind({ text, pre, post, nested: false, cue: false, attributedAfter: false });

describe('an utterance after a participle of saying', () => {
  it('takes a short quoted sentence after “declaring,” or “saying,” for words said, not scare quotes', () => {
    expect(kindOf('A row of farmers stood in line, declaring, “', 'I’m on meth.')).toBe('full');
    expect(kindOf('The children ran past, shouting and saying, “', 'We are free.')).toBe('full');
  });

  it('still takes a short phrase after a noun for a term', () => {
    expect(kindOf('Air quality fell into the “', 'very poor', '” category.')).toBe('scare');
  });
});

describe('titles of works', () => {
  it('takes title-case words after a work’s noun for its title, however long', () => {
    expect(kindOf('In his book “', 'Money: A Proven Path to All the Savings You Will Ever Need', '” Lowe shares a formula.')).toBe('scare');
    expect(kindOf('She sang the song “', 'Rain', '” twice.')).toBe('scare');
  });

  it('still reads a quoted sentence after a colon as words said', () => {
    expect(kindOf('In his book, Lowe writes: “', 'Money is a tool.')).toBe('full');
  });
});
