// Conflicting details between the versions of one claim: counts, times, dates, hedges and speakers are
// flagged with each outlet's own words; variants the aligner folds ("U.S."/"US", "six"/"6") are not.
import { describe, expect, it } from 'vitest';
import { detailsOf, findConflicts } from '../../src/align/conflicts.js';
import type { Claim, QuoteGroup, Story } from '../../src/types.js';
import { makeArticle } from '../render/fixture.js';

/** A story of one article per text, each text one sentence, all in one claim. */
function pair(...texts: string[]): { story: Story; claims: Claim[] } {
  const articles = texts.map((text, i) => makeArticle('t', `a${i + 1}`, text));
  const story: Story = { id: 't', title: 't', articles };
  const ids = articles.map((a) => a.id);
  const claims: Claim[] = [
    {
      id: 'c1',
      kind: 'paraphrase',
      score: 0.8,
      members: ids.map((article) => ({ article, sentence: 's1' })),
      carriedBy: ids,
      omittedBy: [],
    },
  ];
  return { story, claims };
}

const conflictsOf = (...texts: string[]) => {
  const { story, claims } = pair(...texts);
  return findConflicts(story, claims, []);
};

describe('conflicting details', () => {
  it("flags different counts of the same thing, in each outlet's words", () => {
    const found = conflictsOf(
      'The crash left three people dead and at least six injured.',
      'Three people were killed and at least three were injured.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'k1', claim: 'c1', kind: 'number' });
    expect(found[0].versions.map((v) => v.detail)).toEqual(['at least six injured', 'at least three were injured']);
  });

  it('flags different times and dates', () => {
    expect(
      conflictsOf('The shooting began at 4:20 a.m. on the Strip.', 'The shooting began at 4:30 a.m. on the Strip.').map((c) => c.kind),
    ).toEqual(['time']);
    expect(conflictsOf('Kerry arrived on Tuesday for talks.', 'Kerry arrived on Wednesday for talks.').map((c) => c.kind)).toEqual([
      'date',
    ]);
    expect(
      conflictsOf('The talks were held on Dec. 15 in Moscow.', 'The talks were held on December 16 in Moscow.').map((c) => c.kind),
    ).toEqual(['date']);
  });

  it('flags a hedge one outlet has and another lacks', () => {
    const number = conflictsOf('At least six people were injured in the blast.', 'Six people were injured in the blast.');
    expect(number.map((c) => [c.kind, c.versions.map((v) => v.detail)])).toEqual([
      ['hedge', ['At least six people were injured', 'Six people were injured']],
    ]);
    const statement = conflictsOf('The gunman reportedly fled north.', 'The gunman fled north.');
    expect(statement.map((c) => [c.kind, c.versions.map((v) => v.detail)])).toEqual([['hedge', ['reportedly', 'not hedged']]]);
  });

  it('flags a quotation credited to different speakers, at the claim of its sentences', () => {
    const { story, claims } = pair('“We will talk,” Kerry said.', '“We will talk,” Lavrov said.');
    const quote: QuoteGroup = {
      id: 'q1',
      speaker: 'John Kerry',
      speakerConflict: true,
      truncated: false,
      members: [
        {
          article: 'a1',
          sentence: 's1',
          quotation: 'a1-q1',
          text: 'We will talk,',
          speaker: 'John Kerry',
          speakerReason: null,
          kind: 'full',
        },
        {
          article: 'a2',
          sentence: 's1',
          quotation: 'a2-q1',
          text: 'We will talk,',
          speaker: 'Sergei Lavrov',
          speakerReason: null,
          kind: 'full',
        },
      ],
    };
    const found = findConflicts(story, claims, [quote]);
    expect(found.map((c) => [c.kind, c.claim, c.quote, c.versions.map((v) => v.detail)])).toEqual([
      ['speaker', 'c1', 'q1', ['John Kerry', 'Sergei Lavrov']],
    ]);
  });

  it('flags a date or time only between versions that date the same event, told by the words next to it', () => {
    // Paraphrased, names and places moved: the same arrest on two days.
    expect(
      conflictsOf(
        'Police said the man was arrested on Sunday night in Leeds.',
        'The 34-year-old was arrested in Leeds on Monday, police said.',
      ).map((c) => c.kind),
    ).toEqual(['date']);
    // One claim of the inquest, two of its days: the evidence on Tuesday, the verdict on Thursday.
    expect(
      conflictsOf(
        "The officer gave evidence to the inquest at Dublin District Coroner's Court on Tuesday.",
        "The jury at Dublin District Coroner's Court returned a verdict of unlawful killing, returning the verdict on Thursday afternoon.",
      ),
    ).toEqual([]);
    expect(
      conflictsOf(
        "He will take over from Smith in this year's Christmas special ahead of his first full series in 2014.",
        'The new Doctor will be introduced as Smith leaves the role, regenerating in the 2013 Christmas special.',
      ),
    ).toEqual([]);
  });

  it('raises no clash where a hedged figure holds the other (“more than 20 years” · “22 years”)', () => {
    expect(
      conflictsOf(
        'Heather said the siblings had shared the ticket for more than 20 years.',
        'Heather said the siblings had shared the ticket for 22 years.',
      ),
    ).toEqual([]);
    expect(conflictsOf('About 50 people were hurt in the crush.', 'In all, 48 people were hurt in the crush.')).toEqual([]);
    expect(conflictsOf('At least 12 people were hurt in the crush.', '10 people were hurt in the crush.').map((c) => c.kind)).toEqual([
      'number',
    ]);
  });

  it('compares sums of money only where the words beside them say they pay for the same thing', () => {
    expect(
      conflictsOf(
        'Heather Fraser says the siblings each paid $5 a week into the family pool.',
        'Heather Fraser says she is owed a share of the $48 million jackpot.',
      ),
    ).toEqual([]);
    expect(conflictsOf('Fraser won a $48 million jackpot in May.', 'Fraser won a $46 million jackpot in May.').map((c) => c.kind)).toEqual([
      'number',
    ]);
  });

  it('raises no hedge where an article gives the same detail in two of its sentences', () => {
    const articles = [
      makeArticle(
        't',
        'a1',
        'The band will kick off the tour June 9 in West Palm Beach.\n\nJune 9 -- Coral Sky Amphitheatre, West Palm Beach',
      ),
      makeArticle('t', 'a2', 'June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre'),
    ];
    const members = [
      { article: 'a1', sentence: 's1' },
      { article: 'a1', sentence: 's2' },
      { article: 'a2', sentence: 's1' },
    ];
    const claim: Claim = { id: 'c1', kind: 'paraphrase', score: 0.8, members, carriedBy: ['a1', 'a2'], omittedBy: [] };
    expect(findConflicts({ id: 't', title: 't', articles }, [claim], [])).toEqual([]);
  });

  it('raises nothing for folded variants: spellings of places, numbers as words or digits, quotation marks', () => {
    expect(
      conflictsOf('The U.S. sent 6 envoys to talks with Russia.', 'The US sent six envoys to talks with the Russian Federation.'),
    ).toEqual([]);
    expect(conflictsOf('“We agreed,” he said of the 1,000 troops.', '"We agreed," he said of the 1000 troops.')).toEqual([]);
    expect(conflictsOf('It happened at 4 a.m. on Thursday.', 'It happened at 4am Thursday.')).toEqual([]);
  });

  it('raises nothing where only one version gives a detail', () => {
    expect(conflictsOf('Three people died on Thursday.', 'Three people died.')).toEqual([]);
  });

  it('reads counts with their hedge, scale and what they count', () => {
    expect(detailsOf('Police said at least 1.5 million dollars and $500 in tips were lost.').map((d) => [d.key, d.value, d.hedge])).toEqual(
      [
        ['dollars', '1500000', 'at least'],
        ['dollars', '500', ''],
      ],
    );
  });
});

describe('detailsOf: weekdays', () => {
  it('reads a weekday in the plural as that day (“dinners … on Sundays” gives no other day than “the Sunday lunches”)', () => {
    const weekdays = (text: string) =>
      detailsOf(text)
        .filter((d) => d.key === 'weekday')
        .map((d) => d.value);
    expect(weekdays('The report, published on Thursday, listed dinners at restaurants on Sundays.')).toEqual(['thursday', 'sunday']);
    expect(weekdays('It does not speak of the Sunday lunches.')).toEqual(['sunday']);
  });
});
