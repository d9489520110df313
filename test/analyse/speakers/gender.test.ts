// Whom "he" or "she" can stand for, by given name.
import { describe, expect, it } from 'vitest';
import { givenNameGender, nounGender, storyGenders, titleGender } from '../../../src/analyse/speakers/gender.js';

describe('givenNameGender', () => {
  it('reads the first word of a full name', () => {
    expect(givenNameGender(['Teresa', 'Lowe'])).toBe('she');
    expect(givenNameGender(['Carl', 'Mint'])).toBe('he');
  });

  it('reads a double given name by its first part, and letters the lists spell plainly (“Lars-Erik”, “Łukasz”)', () => {
    expect(givenNameGender(['Lars-Erik', 'Holm'])).toBe('he');
    expect(givenNameGender(['Łukasz', 'Nowak'])).toBe('he');
    expect(givenNameGender(['Stéphane', 'Dujon'])).toBe('he');
  });

  it('tells nothing from a given name of either sex', () => {
    expect(givenNameGender(['Taylor', 'Lowe'])).toBeUndefined();
    expect(givenNameGender(['Kerry', 'Lowe'])).toBeUndefined();
  });

  it('tells nothing from one word, an initial or a word the lists do not know', () => {
    expect(givenNameGender(['Lowe'])).toBeUndefined();
    expect(givenNameGender(['J.', 'Lowe'])).toBeUndefined();
    expect(givenNameGender(['Zqxv', 'Lowe'])).toBeUndefined();
  });
});

describe('storyGenders', () => {
  it('gives a surname, or a shorter name, the gender of the longest full name ending with it', () => {
    const genderOf = storyGenders([
      ['Kathleen', 'Hawk', 'Sawyer'],
      ['Hawk', 'Sawyer'],
    ]);
    expect(genderOf('Sawyer')).toBe('she');
    expect(genderOf('Hawk Sawyer')).toBe('she');
  });

  it('gives none where two full names of one surname disagree, but each full name its own', () => {
    const genderOf = storyGenders([
      ['Teresa', 'Nielsen', 'Lowe'],
      ['Patrick', 'Nielsen', 'Lowe'],
    ]);
    expect(genderOf('Nielsen Lowe')).toBeUndefined();
    expect(genderOf('Teresa Nielsen Lowe')).toBe('she');
    expect(genderOf('Patrick Nielsen Lowe')).toBe('he');
  });
});

describe('nounGender and titleGender', () => {
  it('read the pronoun a person noun or a title says, and none for others', () => {
    expect([nounGender('mother'), nounGender('father'), nounGender('resident'), nounGender(null)]).toEqual([
      'she',
      'he',
      undefined,
      undefined,
    ]);
    expect([titleGender('Mrs.'), titleGender('Mr'), titleGender('Dr'), titleGender(undefined)]).toEqual([
      'she',
      'he',
      undefined,
      undefined,
    ]);
  });
});

describe('nounGender of a role named with its holder’s sex', () => {
  it('reads “-woman” and “-man” roles (“spokeswoman”, “chairman”), not words that merely end so', () => {
    expect(nounGender('spokeswoman')).toBe('she');
    expect(nounGender('chairman')).toBe('he');
    expect(nounGender('policewoman')).toBe('she');
    expect(nounGender('human')).toBeUndefined();
    expect(nounGender('shaman')).toBeUndefined();
  });
});
