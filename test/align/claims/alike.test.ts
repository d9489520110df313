import { describe, expect, it } from 'vitest';
import { mergeAlikeGroups } from '../../../src/align/claims/alike.js';
import type { ClaimGroup } from '../../../src/align/claims/grouping.js';

/** Sentences 10, 11, … belong to article 1; 20, 21, … to article 2; and so on. */
const articleOf = (sentence: number) => Math.floor(sentence / 10);
const group = (members: number[], kind: ClaimGroup['kind'] = 'paraphrase', score = 0.8): ClaimGroup => ({ members, kind, score });
const membersOf = (groups: ClaimGroup[]) => groups.map((g) => [...g.members].sort((a, b) => a - b));

describe('groups that differ in one article only', () => {
  it('become one claim holding both sentences of that article, with the looser kind and the lower score', () => {
    const merged = mergeAlikeGroups([group([10, 20, 30], 'near-verbatim', 0.9), group([10, 20, 31], 'paraphrase', 0.7)], articleOf);
    expect(membersOf(merged)).toEqual([[10, 20, 30, 31]]);
    expect(merged[0]).toMatchObject({ kind: 'paraphrase', score: 0.7 });
  });

  it('stay apart when they differ in two articles (merging would pair sentences no link paired)', () => {
    const groups = [group([10, 20, 30]), group([10, 21, 31])];
    expect(membersOf(mergeAlikeGroups(groups, articleOf))).toEqual([
      [10, 20, 30],
      [10, 21, 31],
    ]);
  });

  it('do not chain: a merged group takes in more only by the same article', () => {
    // A and B differ in article 3; B and C differ in article 2: A+B+C would pair 31 with 21.
    const groups = [group([10, 20, 30]), group([10, 20, 31]), group([10, 21, 31]), group([10, 20, 32])];
    expect(membersOf(mergeAlikeGroups(groups, articleOf))).toEqual([
      [10, 20, 30, 31, 32],
      [10, 21, 31],
    ]);
  });

  it('leave exclusives alone', () => {
    const groups = [group([10], 'exclusive', 1), group([11], 'exclusive', 1)];
    expect(membersOf(mergeAlikeGroups(groups, articleOf))).toEqual([[10], [11]]);
  });
});
