import { describe, expect, it } from 'vitest';
import { dropContainedGroups } from '../../../src/align/claims/contained.js';
import type { ClaimGroup } from '../../../src/align/claims/grouping.js';

const group = (members: number[], kind: ClaimGroup['kind'] = 'paraphrase', score = 0.8): ClaimGroup => ({ members, kind, score });
const membersOf = (groups: ClaimGroup[]) => groups.map((g) => g.members);

describe('groups inside other groups', () => {
  it('are dropped when the larger group tells them as closely: no pair of sentences is lost', () => {
    const groups = [group([10, 20, 30, 40]), group([20, 40]), group([10, 21])];
    expect(membersOf(dropContainedGroups(groups))).toEqual([
      [10, 20, 30, 40],
      [10, 21],
    ]);
  });

  it('stay when they are copies inside a paraphrase: "copied word for word" is news of its own', () => {
    const groups = [group([10, 20, 30], 'paraphrase'), group([20, 30], 'verbatim', 1)];
    expect(membersOf(dropContainedGroups(groups))).toEqual([
      [10, 20, 30],
      [20, 30],
    ]);
  });

  it('keep one of two groups of the very same sentences: the closer, else the first', () => {
    expect(dropContainedGroups([group([10, 20], 'paraphrase', 0.7), group([20, 10], 'near-verbatim', 0.9)])).toEqual([
      group([20, 10], 'near-verbatim', 0.9),
    ]);
    expect(dropContainedGroups([group([10, 20], 'paraphrase', 0.7), group([20, 10], 'paraphrase', 0.9)])).toEqual([
      group([10, 20], 'paraphrase', 0.7),
    ]);
  });

  it('leave exclusives alone', () => {
    const groups = [group([10, 20]), group([10], 'exclusive', 1)];
    expect(membersOf(dropContainedGroups(groups))).toEqual([[10, 20], [10]]);
  });
});
