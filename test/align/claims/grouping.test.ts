import { describe, expect, it } from 'vitest';
import { LINK, type PairDecision } from '../../../src/align/claims/decide.js';
import { AGREEMENT, CARRIED_GUEST, RESTATEMENT, groupUnits, type Link } from '../../../src/align/claims/grouping.js';
import { storyUnits } from '../../../src/align/claims/units.js';
import { testWordVectors } from '../../helpers.js';
import { inputsOf } from './helpers.js';

/** One unit per article (numbered 0, 1, 2 …): the texts do not matter, the links and the judge decide. */
function unitsOf(count: number) {
  return storyUnits(inputsOf(Array.from({ length: count }, (_, a) => `Sentence number ${a} of its own article.`)), testWordVectors()).units;
}

/** Links and a judge from a table of likelihoods ("0-1": 0.9); pairs not listed are 0. */
function table(likelihoods: Record<string, number>, strong: string[] = []) {
  const decision = (key: string): PairDecision => {
    const score = likelihoods[key] ?? 0;
    return { kind: strong.includes(key) ? 'near-verbatim' : score >= LINK ? 'paraphrase' : null, score };
  };
  const judge = (a: number, b: number) => decision(a < b ? `${a}-${b}` : `${b}-${a}`);
  const links: Link[] = Object.keys(likelihoods).flatMap((key) => {
    const [a, b] = key.split('-').map(Number);
    const found = decision(key);
    return found.kind === null ? [] : [{ a, b, decision: { kind: found.kind, score: found.score } }];
  });
  return { links, judge };
}

const membersOf = (groups: Array<{ members: number[] }>) => groups.map((group) => [...group.members].sort()).sort();

describe('grouping', () => {
  it('does not chain: a sentence linked to one member of a group joins only if it agrees with the group', () => {
    const units = unitsOf(3);
    // 2 is linked to 1 well enough, but not to 0: the mean between 2 and the group falls short of AGREEMENT.
    // 0 and 2 are never put together; 1 and 2 are a claim of their own (1 in two groups).
    const near = Math.max(LINK, AGREEMENT) + 0.05;
    expect(near + 0 < 2 * AGREEMENT).toBe(true);
    const { links, judge } = table({ '0-1': 0.95, '1-2': near });
    expect(membersOf(groupUnits(units, links, judge))).toEqual([
      [0, 1],
      [1, 2],
    ]);
    const agreeing = table({ '0-1': 0.95, '1-2': near, '0-2': near });
    expect(membersOf(groupUnits(units, agreeing.links, agreeing.judge))).toEqual([[0, 1, 2]]);
  });

  it('lets a sentence that carries one quotation of each of two disagreeing groups belong to both', () => {
    // 4 quotes what 0 and 1 carry, and what 2 and 3 carry; the two groups say different things.
    const units = unitsOf(5);
    // 4 is close to each group (its quotations), the groups are far from each other.
    const { links, judge } = table({ '0-1': 0.95, '2-3': 0.9, '0-4': 0.95, '1-4': 0.6, '3-4': 0.95, '2-4': 0.6 }, ['0-4', '3-4']);
    expect(membersOf(groupUnits(units, links, judge))).toEqual([
      [0, 1, 4],
      [2, 3, 4],
    ]);
  });

  it('lets a sentence that restates a claim its article already gave in the group join it as a guest', () => {
    // Article a gives 0 and 1, b gives 2, c gives 3; 0, 2 and 3 form a group; 1 says what 2 says again.
    const units = storyUnits(
      inputsOf(['First sentence of a. Second sentence of a.', 'Sentence of b.', 'Sentence of c.']),
      testWordVectors(),
    ).units;
    expect(units.map((u) => u.article)).toEqual([0, 0, 1, 2]);
    const restated = table({ '0-2': 0.95, '2-3': 0.9, '0-3': 0.6, '1-2': LINK + 0.05 });
    expect(membersOf(groupUnits(units, restated.links, restated.judge))).toEqual([
      [0, 2, 3],
      [1, 2],
    ]);
    const unlinked = table({ '0-2': 0.95, '2-3': 0.9, '0-3': 0.6, '1-2': LINK - 0.05 });
    expect(membersOf(groupUnits(units, unlinked.links, unlinked.judge))).toEqual([[0, 2, 3], [1]]);
  });

  it('takes in a second sentence of an article already in the group when it agrees with the group closely', () => {
    // Article a gives 0 and 1, then b 2, c 3, d 4, e 5; 0, 2 and 3 are one claim, 1, 4 and 5 another; 1 also
    // restates what 2 and 3 say.
    const units = storyUnits(
      inputsOf(['First sentence of a. Second sentence of a.', 'Sentence of b.', 'Sentence of c.', 'Sentence of d.', 'Sentence of e.']),
      testWordVectors(),
    ).units;
    expect(units.map((u) => u.article)).toEqual([0, 0, 1, 2, 3, 4]);
    const groups = { '0-2': 0.97, '0-3': 0.96, '2-3': 0.95, '1-4': 0.94, '1-5': 0.93, '4-5': 0.92 };
    const close = RESTATEMENT + 0.05;
    const restated = table({ ...groups, '1-2': close, '1-3': close });
    expect(membersOf(groupUnits(units, restated.links, restated.judge))).toEqual([
      [0, 1, 2, 3],
      [1, 4, 5],
    ]);
    const loose = (RESTATEMENT + AGREEMENT) / 2;
    const looser = table({ ...groups, '1-2': loose, '1-3': loose });
    expect(membersOf(groupUnits(units, looser.links, looser.judge))).toEqual([
      [0, 2, 3],
      [1, 4, 5],
    ]);
  });

  it('does not carry a guest into a group its home merges with later unless it agrees with that group too', () => {
    // 0 and 1 are one claim, 3 and 4 the same claim told again, 2 and 5 another; 2 also tells what 0 and 1 tell and
    // joins them as a guest before they meet 3 and 4, which it has nothing in common with.
    const units = unitsOf(6);
    const claims = { '0-1': 0.97, '2-5': 0.96, '3-4': 0.95, '0-2': 0.9, '1-2': 0.7, '0-3': 0.85, '0-4': 0.8, '1-3': 0.8, '1-4': 0.8 };
    const apart = table(claims);
    expect(membersOf(groupUnits(units, apart.links, apart.judge))).toEqual([
      [0, 1, 3, 4],
      [2, 5],
    ]);
    // Agreeing with 3 and 4 as well, it goes along.
    const along = table({ ...claims, '2-3': CARRIED_GUEST, '2-4': CARRIED_GUEST });
    expect(membersOf(groupUnits(units, along.links, along.judge))).toEqual([
      [0, 1, 2, 3, 4],
      [2, 5],
    ]);
  });

  it('calls a group by its loosest link', () => {
    const units = unitsOf(3);
    const { links, judge } = table({ '0-1': 0.9, '1-2': 0.7, '0-2': 0.5 }, ['0-1']);
    const [group] = groupUnits(units, links, judge).filter((g) => g.members.length > 1);
    expect(group.kind).toBe('paraphrase');
  });
});
