// Letters with marks, written plain for the tagger and the name lists.
import { describe, expect, it } from 'vitest';
import { withLatin1Letters, withoutAccents } from '../../src/analyse/letters.js';

describe('withLatin1Letters', () => {
  it('writes letters beyond Latin-1 plain, one character for one', () => {
    expect(withLatin1Letters('Iga Świątek and Ayşe Demir in Avcılar')).toBe('Iga Swiatek and Ayse Demir in Avcilar');
    expect(withLatin1Letters('Łódź').length).toBe('Łódź'.length);
  });

  it('leaves Latin-1 letters, quotation marks and dashes as they are', () => {
    expect(withLatin1Letters('“Señor Sánchez” — café')).toBe('“Señor Sánchez” — café');
  });
});

describe('withoutAccents', () => {
  it('takes every mark off, as the name lists spell given names', () => {
    expect(withoutAccents('Tomás')).toBe('Tomas');
    expect(withoutAccents('Łukasz')).toBe('Lukasz');
    expect(withoutAccents('Søren')).toBe('Soren');
  });
});
