// The words the attribution reader reads (src/analyse/speakers/tokens.ts).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analyse/speakers/tokens.js';

describe('tokenize', () => {
  it('keeps a figure’s thousands separators inside it, so that its comma breaks no clause (“1,200 people”)', () => {
    expect(tokenize('more than 1,200 people, he said')).toEqual(['more', 'than', '1,200', 'people', ',', 'he', 'said']);
    // A list of numbers is still a list.
    expect(tokenize('in 2019, 2020 and 2021')).toEqual(['in', '2019', ',', '2020', 'and', '2021']);
  });

  it('reads past a lawmaker’s party and state, keeping the comma that opens an apposition after them', () => {
    expect(tokenize('Sen. Ann Lowe, D-Ore., said')).toEqual(['Sen.', 'Ann', 'Lowe', 'said']);
    expect(tokenize('Sen. Dale Ruckert, R-Kan., a co-sponsor, said')).toEqual([
      'Sen.',
      'Dale',
      'Ruckert',
      ',',
      'a',
      'co-sponsor',
      ',',
      'said',
    ]);
  });
});
