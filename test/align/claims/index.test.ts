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
