// A person's title and the place of an event, as the versions of one claim give them: different offices or
// places are flagged with each outlet's words; spelling variants, courtesy titles, nationalities, a detail
// only one outlet gives and places of different sizes (a city against its country) are not.
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/align/conflicts.js';
import { placesOf, titlesOf } from '../../src/align/titles-places.js';
import type { Claim, Story } from '../../src/types.js';
import { makeArticle } from '../render/fixture.js';

/** The conflicts of a story of one single-sentence article per text, all in one claim. */
function conflictsOf(...texts: string[]) {
  const articles = texts.map((text, i) => makeArticle('t', `a${i + 1}`, text));
  const story: Story = { id: 't', title: 't', articles };
  const ids = articles.map((a) => a.id);
  const claim: Claim = {
    id: 'c1',
    kind: 'paraphrase',
    score: 0.8,
    members: ids.map((article) => ({ article, sentence: 's1' })),
    carriedBy: ids,
    omittedBy: [],
  };
  return findConflicts(story, [claim], []).map((c) => [c.kind, c.versions.map((v) => v.detail)]);
}

describe('conflicting titles', () => {
  it('flags a rank one outlet gives and another lacks', () => {
    expect(
      conflictsOf(
        'Deputy Foreign Minister Sergei Ryabkov said talks would go on.',
        'Foreign Minister Sergei Ryabkov said talks would go on.',
      ),
    ).toEqual([['title', ['Deputy Foreign Minister Sergei Ryabkov', 'Foreign Minister Sergei Ryabkov']]]);
  });

  it('flags different offices and different fields of one office', () => {
    expect(conflictsOf('Governor Jerry Brown signed the bill.', 'Senator Jerry Brown signed the bill.').map(([kind]) => kind)).toEqual([
      'title',
    ]);
    expect(conflictsOf('Defense Minister Ivanov arrived.', 'Foreign Minister Ivanov arrived.').map(([kind]) => kind)).toEqual(['title']);
  });

  it('raises nothing for a shortened title, a courtesy title, a nationality or a spelling of the name', () => {
    expect(conflictsOf('Secretary of State John Kerry met Putin.', 'Secretary John Kerry met Putin.')).toEqual([]);
    expect(conflictsOf('Mr Kerry met Putin.', 'Secretary Kerry met Putin.')).toEqual([]);
    expect(conflictsOf('Russian Foreign Minister Sergei Lavrov spoke.', 'Foreign Minister Sergey Lavrov spoke.')).toEqual([]);
    expect(conflictsOf('Russian President Vladimir Putin spoke.', 'Russian leader Vladimir Putin spoke.')).toEqual([]);
  });

  it('raises nothing where only one outlet gives a title, or the titles belong to different people', () => {
    expect(conflictsOf('Deputy Foreign Minister Sergei Ryabkov spoke.', 'Sergei Ryabkov spoke.')).toEqual([]);
    expect(conflictsOf('Deputy Foreign Minister Ryabkov spoke.', 'Foreign Minister Lavrov spoke.')).toEqual([]);
  });

  it('reads the office, its field and its rank before a name', () => {
    expect(titlesOf('It was U.S. Deputy Secretary of State Antony Blinken who spoke.')).toEqual([
      {
        person: expect.any(String),
        heads: ['secretary'],
        domains: ['state'],
        ranks: ['deputy'],
        text: 'U.S. Deputy Secretary of State Antony Blinken',
      },
    ]);
  });
});

describe('conflicting places', () => {
  it('flags different places given for one event', () => {
    expect(conflictsOf('Kerry met Putin in Sochi on Tuesday.', 'Kerry met Putin in Moscow on Tuesday.')).toEqual([
      ['place', ['in Sochi', 'in Moscow']],
    ]);
    expect(conflictsOf('The talks were held in Russia.', 'The talks were held in Ukraine.').map(([kind]) => kind)).toEqual(['place']);
  });

  it('raises nothing for spellings of one country, a city against its country, or a place only one outlet gives', () => {
    expect(conflictsOf('Kerry arrived in Russia.', 'Kerry arrived in the Russian Federation.')).toEqual([]);
    expect(conflictsOf('Troops stayed in the U.S.', 'Troops stayed in the United States.')).toEqual([]);
    expect(conflictsOf('Kerry met Putin in Sochi.', 'Kerry met Putin in Russia.')).toEqual([]);
    expect(conflictsOf('Kerry met Putin in Sochi.', 'Kerry met Putin.')).toEqual([]);
  });

  it('takes no modifier of a noun, acronym or landmark for a place', () => {
    expect(placesOf('He starred in the BBC drama and in Moscow talks, near Flamingo Road, in the TV.')).toEqual([]);
    expect(placesOf('Troops stayed in the U.S. for years.').map((p) => p.kind)).toEqual(['country']);
  });

  it('takes no month, weekday, possessive or person for a place', () => {
    expect(placesOf('In January, in Kerry’s view, talks in President Putin’s residence began on Monday in Sochi.')).toEqual([
      { kind: 'place', key: expect.any(String), text: 'in Sochi' },
    ]);
  });
});
