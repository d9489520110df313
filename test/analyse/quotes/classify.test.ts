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

describe('a few quoted words between a possessive and their noun', () => {
  /** In a sentence that also reports speech (a cue), where a bare phrase would otherwise be a partial quotation. */
  const kindWithCue = (pre: string, text: string, post: string) =>
    quoteKind({ text, pre, post, nested: false, cue: true, attributedAfter: false });

  it('takes them for a term, as after “the” (his “tough on crime” stance, her “open door” policy)', () => {
    expect(kindWithCue('Last year the senator quietly softened his “', 'tough on crime', ' stance last year.')).toBe('scare');
    expect(kindWithCue('In May the mayor firmly defended her “', 'open door', ' policy.')).toBe('scare');
  });

  it('still reads words someone says to her as said (“told her “…” and left”)', () => {
    expect(kindWithCue('He told her “', 'good luck', ' and left.')).not.toBe('scare');
  });
});
