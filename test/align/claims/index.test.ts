import { describe, expect, it } from 'vitest';
import { claimGroups } from '../../../src/align/claims/index.js';
import { inputsOf } from './helpers.js';
import { testWordVectors } from '../../helpers.js';

/** How the aligner judges the first sentence against the second, when they are two articles' only sentences. */
const compareFirst = (x: string, y: string) => claimGroups(inputsOf([x, y]), testWordVectors()).compare(0, 1);

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

describe('a count of one thing that singles out a fact', () => {
  it('links two sentences that count the same things and share two more words', () => {
    const score = compareFirst(
      'The 14 companies currently in the program can bid on agency delivery services.',
      'All 14 companies are now eligible to bid on future orders for the delivery of payloads.',
    );
    expect(score.kind).toBe('paraphrase');
  });

  it('does not link one count of different things, a count that is a date or a size, or a count alone', () => {
    expect(
      compareFirst('Police arrested 14 protesters near the bid office.', 'Organisers sent 14 buses to the bid office.').kind,
    ).toBeNull();
    expect(
      compareFirst('The talks open on March 14 at the bid office.', 'Talks on the bid open 14 days later at the office.').kind,
    ).toBeNull();
    expect(compareFirst('Voters backed 14 candidates.', 'Rebels seized 14 candidates for office.').kind).toBeNull();
    // The thing counted is no word besides the count; a span of time is no count.
    const killed = 'Three soldiers were killed in the attack near the border.';
    expect(compareFirst(killed, 'Three soldiers were wounded in a second attack on Tuesday.').kind).toBeNull();
    expect(
      compareFirst('He was sentenced to two years in prison for the crash.', 'Two years after the crash, the road was rebuilt.').kind,
    ).toBeNull();
  });
});

describe('a sentence on someone who would not comment', () => {
  it('is not one claim with a sentence on what that someone does, however many words they share', () => {
    const investigating = 'The state attorney general’s office is investigating the landlord over unpaid wages.';
    const declined = 'The state attorney general’s office declined to comment on the unpaid wages at the landlord.';
    expect(compareFirst(investigating, declined).kind).toBeNull();
    // (Without the refusal the two are one claim.)
    expect(compareFirst(investigating, 'The state attorney general’s office said the landlord owed unpaid wages.').kind).toBe('paraphrase');
  });

  it('is a refusal only where it names what was refused (“did not return to their camp” is no refusal)', () => {
    const hikers = 'The missing hikers did not return to their camp on Sunday night.';
    expect(compareFirst(hikers, 'The missing hikers failed to return to their camp on Sunday night.').kind).toBe('paraphrase');
  });

  it('is one claim with another such sentence', () => {
    expect(
      compareFirst('The Attorney General’s office declined to comment.', 'The Attorney General’s office declined to comment.').kind,
    ).toBe('verbatim');
  });
});
