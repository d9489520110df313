import { describe, expect, it } from 'vitest';
import { claimGroups } from '../../../src/align/claims/index.js';
import { inputsOf } from './helpers.js';
import { testWordVectors } from '../../helpers.js';

describe('claim groups as sentences', () => {
  it('gives two sentences linked both as wholes and by their clauses one claim, not two', () => {
    // Each sentence has two clauses (at "when"), and each clause has its counterpart in the other sentence.
    const { groups } = claimGroups(
      inputsOf([
        'The council voted to spend four million dollars repairing the old mill bridge when the river flooded the valley road in October.',
        'The council voted to spend four million dollars repairing the old mill bridge when the river flooded the valley road in October last year.',
      ]),
      testWordVectors(),
    );
    const shared = groups.filter((group) => group.kind !== 'exclusive');
    expect(shared.map((group) => [...group.members].sort())).toEqual([[0, 1]]);
  });

  it('lists every sentence once: in a shared claim or as an exclusive', () => {
    const { groups } = claimGroups(
      inputsOf([
        'Rebels took the airport on Monday, while the army held the northern bridge. Aid arrived by road.',
        'Rebels seized the airport on Monday. The army kept control of the northern bridge.',
      ]),
      testWordVectors(),
    );
    const exclusive = groups.filter((group) => group.kind === 'exclusive').flatMap((group) => group.members);
    const shared = new Set(groups.filter((group) => group.kind !== 'exclusive').flatMap((group) => group.members));
    expect(exclusive.filter((m) => shared.has(m))).toEqual([]);
    expect(new Set([...exclusive, ...shared]).size).toBe(4);
  });
});

describe('a figure that singles out a fact', () => {
  const compareFirst = (x: string, y: string) => claimGroups(inputsOf([x, y]), testWordVectors()).compare(0, 1);

  it('links two sentences that give the same figure in other words', () => {
    const score = compareFirst(
      'The campaign, which includes digital and TV ads, cost the state roughly $449,000, according to a local paper.',
      'A Minneapolis agency came up with the campaign, and the state has paid it nearly $449,000 so far.',
    );
    expect(score.kind).toBe('paraphrase');
  });

  it('does not link two sentences that share only a year, or only the figure', () => {
    expect(
      compareFirst('The bridge over the river opened to traffic in 2019.', 'Voters in the northern towns elected a new mayor in 2019.')
        .kind,
    ).toBeNull();
    expect(compareFirst('Rebels seized 449,000 rounds of ammunition.', 'Donors pledged 449,000 dollars.').kind).toBeNull();
    expect(
      compareFirst('Police arrested 250 protesters in the capital.', 'Organisers said 250 buses brought supporters to the capital.').kind,
    ).toBeNull();
    expect(compareFirst('The company lost $100 million last year.', 'The company hired 100 new workers last year.').kind).toBeNull();
  });
});
