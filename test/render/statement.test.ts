// The row statement: the most central version of a claim, then the shortest, then the first; the same
// versions in any order give the same line.
import fc from 'fast-check';
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

  it('chooses as the plain pairwise comparison does, when versions repeat word for word (as wire copy does)', () => {
    const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    const dice = (a: Set<string>, b: Set<string>) =>
      a.size && b.size ? (2 * [...a].filter((word) => b.has(word)).length) / (a.size + b.size) : 0;
    const plain = (texts: string[]) => {
      let best = 0;
      let bestScore = -1;
      texts.forEach((text, i) => {
        let score = 0;
        texts.forEach((other, j) => {
          if (j !== i) score += dice(wordsOf(text), wordsOf(other));
        });
        const rounded = Math.round(score * 1e6);
        if (rounded > bestScore || (rounded === bestScore && text.length < texts[best].length)) [best, bestScore] = [i, rounded];
      });
      return best;
    };
    const word = fc.constantFrom('Kerry', 'Lavrov', 'met', 'in', 'Moscow', 'Syria', 'talks', 'the', 'said', '“yes”', '.');
    const text = fc.array(word, { minLength: 0, maxLength: 8 }).map((words) => words.join(' '));
    // Few distinct texts drawn many times: the repeats are what the comparison shares out.
    const versions = fc
      .array(text, { minLength: 1, maxLength: 5 })
      .chain((pool) => fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 30 }));
    fc.assert(fc.property(versions, (texts) => statementIndex(texts) === plain(texts)));
  });
});
