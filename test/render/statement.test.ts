// The row statement: the most central version of a claim, then the shortest, then the first; the same
// versions in any order give the same line.
import { describe, expect, it } from 'vitest';
import { statementIndex } from '../../src/render/statement.js';

describe('row statement', () => {
  const versions = [
    'Kerry met Lavrov in Moscow on Tuesday to discuss Syria.',
    'U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday, aides said, as the two sides sought common ground on Syria and Ukraine.',
    'Kerry and Lavrov discussed Syria.',
    'The two men met.',
  ];

  it('picks the version sharing most words with the others', () => {
    expect(versions[statementIndex(versions)]).toBe('Kerry met Lavrov in Moscow on Tuesday to discuss Syria.');
  });

  it('is the same whatever the order of the versions', () => {
    const chosen = versions[statementIndex(versions)];
    for (const order of [
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ]) {
      const shuffled = order.map((i) => versions[i]);
      expect(shuffled[statementIndex(shuffled)]).toBe(chosen);
    }
  });

  it('takes the shorter of two equally central versions, then the first', () => {
    expect(statementIndex(['a b c d', 'a b c d'])).toBe(0);
    expect(statementIndex(['Kerry said “yes” today.', 'Kerry said yes today.'])).toBe(1);
  });
});
