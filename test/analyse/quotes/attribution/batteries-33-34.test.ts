// Attribution rules drawn from the thirty-third and thirty-fourth batteries (test/fixtures/quote-batteries).
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('“the company”, “the station”, “the utility”', () => {
  it('is the body just named saying something, though its name opens on a place word (“Southern Cross Resources, listed in Sydney, said”)', () => {
    const body =
      'Kuzey Enerji said all measures had been in place.\n\nSouthern Cross Resources, listed in Sydney, said in a filing that it was devastated by the loss of life. “We are working closely with our Turkish partner,” the company said.';
    expect(one(body, 'We are working closely with our Turkish partner').speaker).toBe('Southern Cross Resources');
  });

  it('is the body just named, though its name opens on a given name and ends on an acronym (“Horizon TV said … the station said”)', () => {
    const body =
      'Horizon TV said it had terminated the contract of Kwame Sarfo, host of its breakfast programme.\n\n“The comments made by the presenter were unacceptable,” the station said in a statement.';
    expect(one(body, 'The comments made by the presenter were unacceptable').speaker).toBe('Horizon TV');
  });

  it('is the body just named that says something (“Island Water Services said … the utility said”)', () => {
    const body =
      'Residents said a water main had been leaking for months. Island Water Services said in a statement that it had sent a team.\n\n“At this time there is no evidence linking our infrastructure to the collapse,” the utility said.';
    expect(one(body, 'At this time there is no evidence linking our infrastructure to the collapse').speaker).toBe('Island Water Services');
  });

  it('is, of the bodies acting before it, the one whose name the noun heads (“The Ghana Football Federation … the Black Stars crashed … the federation said”)', () => {
    const body =
      'The Ghana Football Federation has sacked its coach, less than 48 hours after the Black Stars crashed to a home defeat.\n\nIn a statement issued on Tuesday, the federation said the decision had been taken after an emergency meeting.\n\n“The Council thanks Mr Evans for his service,” the statement added.';
    expect(one(body, 'The Council thanks Mr Evans for his service').speaker).toBe('Ghana Football Federation');
  });
});

describe('a quotation of several sentences ending on a question', () => {
  it('is credited to the name after its closing mark (“… What do you say to that?” Morrison said.)', () => {
    const body =
      'For Tanya Morrison, whose daughter Ava, now nine, spent five months on the unit, the change is overdue.\n\n“Every time we came in for chemo we walked under his name. What do you say to that?” Morrison said.';
    expect(one(body, 'Every time we came in for chemo we walked under his name. What do you say to that?').speaker).toBe('Tanya Morrison');
  });
});

describe('a few words a degree adverb opens, quoted before a noun', () => {
  it('are the words of the one the sentence has say them (She added that … had a “generally good” safety record)', () => {
    const body =
      '“Power lines are the number one killer in this sport,” said Jane Ogilvie, an aviation safety researcher.\n\nShe added that the industry had a “generally good” safety record since tighter rules were introduced.';
    expect(one(body, 'generally good').speaker).toBe('Jane Ogilvie');
  });

  it('stay a term where no one says them (The industry had a “generally good” safety record)', () => {
    const body = 'Jane Ogilvie is a researcher.\n\nThe industry had a “generally good” safety record, the report found in its first pages.';
    expect(one(body, 'generally good').speaker).toBeNull();
  });
});
