// Letters with marks, written plain for the tagger and the name lists.
import { describe, expect, it } from 'vitest';
import { withLatin1Letters, withoutAccents, withoutMarks } from '../src/letters.js';

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

describe('withoutMarks', () => {
  it('takes off every combining mark after decomposing, and keeps letters with no decomposition', () => {
    expect(withoutMarks('Tomás Ayşe')).toBe('Tomas Ayse');
    expect(withoutMarks('Ste\u0301phane')).toBe('Stephane');
    expect(withoutMarks('Łódź Søren')).toBe('Łodz Søren');
  });

  it('unfolds compatibility forms with NFKD only', () => {
    expect(withoutMarks('ﬁancé')).toBe('ﬁance');
    expect(withoutMarks('ﬁancé', 'NFKD')).toBe('fiance');
  });
});
