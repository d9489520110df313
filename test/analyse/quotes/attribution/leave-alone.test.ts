// What the attribution rules leave alone: reviews of their misfires on the held-out sets and batteries.
import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore } from '../../../../src/analyse/speakers/attribution.js';
import { one, quotesOf } from '../story.js';

describe('review of the rules of 6 December', () => {
  it('“he added” goes to the sayer of the last sentence, not to one named in an earlier sentence', () => {
    const body = 'Carl Mint said the plan had failed. Dr Tom Reed arrived late. “We will try again,” he said.';
    expect(one(body, 'We will try again').speaker).toBe('Tom Reed');
  });

  it('does not read “wanting” or “posting” as speaking', () => {
    expect(one('Ann Lowe sold the shop in May, wanting a “fresh start.”', 'fresh start.').speaker).toBeNull();
  });

  it('keeps a partial quotation partial past its attribution', () => {
    expect(one('He put up a flag – “igniting,” as Wire News reported, “fears of an attack.”', 'fears of an attack.').kind).toBe('partial');
  });

  it('does not make a time part of a description (“one of the officials on Monday said”)', () => {
    const said = one('The plan failed. “It was rushed,” one of the officials on Monday said.', 'It was rushed').speaker ?? '';
    expect(said).not.toMatch(/Monday/);
  });
});

describe('what the rules of the thirteenth and fourteenth sets leave alone', () => {
  it('takes no month in a name for a time (“Theresa May said”, “Brian May told”)', () => {
    for (const pre of ['Prime Minister Theresa May said the deal was “', 'Brian May told the BBC: “']) {
      expect(attributionBefore(pre)).not.toMatchObject({ words: ['Theresa'] });
      expect(attributionBefore(pre)).not.toMatchObject({ words: ['Brian'] });
    }
  });

  it('keeps a role that speaks for a person named with their body (“a spokeswoman for Ann Lowe of Acme said”)', () => {
    expect(attributionAfter(', a spokeswoman for Ann Lowe of Acme Corp said.')).toMatchObject({ kind: 'description', head: 'spokeswoman' });
  });

  it('resolves no trade of either sex to whoever was last a subject (“the director said”)', () => {
    const body = 'Tom Reed said on Monday he would plead guilty.\n\n“We are reviewing our procedures,” the director said.';
    expect(one(body, 'We are reviewing our procedures').speaker).toBe('the director');
  });

  it('leaves quoted words to the “he” who says them (“… when she asked Tom Reed, he said it was “dead.””)', () => {
    expect(one('Ann Lowe said that when she asked Tom Reed about the deal, he said it was “dead.”', 'dead.').speaker).not.toBe('Ann Lowe');
    // (The pronoun is the word "he", not the letters in "the plan".)
    const told = 'Ann Lowe said she met Tom Reed on Monday and he told her the plan was “a disaster.”';
    expect(one(told, 'a disaster.').speaker).not.toBe('Ann Lowe');
  });

  it('reads no inverted attribution past a clause of its own (“…, says Ann Lowe, her father would sing, “…””)', () => {
    expect(attributionBefore('Every morning, says Ann Lowe, her father would sing, “')).toBeNull();
  });

  it('reads no verbless attribution where a verb follows the role (“Ann Lowe, a retired teacher, resigned.”)', () => {
    expect(attributionAfter(' Ann Lowe, a retired teacher, resigned.')).toBeNull();
    expect(attributionAfter(' Ann Lowe. Tom Reed agreed.')).toMatchObject({ words: ['Ann', 'Lowe'] });
  });

  it('takes no byline or bare name heading for the speaker below it', () => {
    expect(quotesOf('#### By Ann Lowe\n\n“We lost everything in one night.”')[0].speaker).toBeNull();
    expect(quotesOf('**Tom Hanks**\n\n“He is the nicest man in Hollywood.”')[0].speaker).toBeNull();
  });

  it('turns no scare quote into a quotation by a verb that speaks only after the marks (“… “net neutrality” began in 2015”)', () => {
    expect(one('The fight over “net neutrality” began in 2015.', 'net neutrality').kind).toBe('scare');
  });

  it('takes the listener after “told” for no speaker (“she told Reuters saying she would stay”)', () => {
    expect(attributionAfter(' she told Reuters saying she would stay.')).toEqual({ kind: 'pronoun', pronoun: 'she' });
  });

  it('reads a participle after “after” or “before” as the clause subject’s (“… after repeatedly saying the country “…””)', () => {
    expect(attributionBefore('In November, Ireland filed an appeal after repeatedly saying the country “')).toMatchObject({
      words: ['Ireland'],
    });
  });

  it('reads an opening phrase on past a state’s abbreviation and a time (“At a rally in Tampa, Fla., on Wednesday, Mr. Trump …”)', () => {
    const pre = 'At a rally in Tampa, Fla., on Wednesday, Mr. Trump showed a penchant for going off script, saying he preferred “';
    expect(attributionBefore(pre)).toMatchObject({ words: ['Mr.', 'Trump'] });
  });

  it('passes over a party or a people in apposition to the name (“Ann Lowe, a Democrat, said”)', () => {
    expect(one('Ann Lowe, a Democrat from Ohio, said the bill was “dead.”', 'dead.').speaker).toBe('Ann Lowe');
  });

  it('reads a party aside in parentheses, “according to” after the marks and a titled name before “of”', () => {
    expect(one('Senator Ann Lowe (D-Ohio) said the bill was “a disgrace.”', 'a disgrace.').speaker).toBe('Ann Lowe');
    expect(one('“It is reckless,” according to Tom Reed, the committee’s chairman.', 'It is reckless').speaker).toBe('Tom Reed');
    expect(one('“The worst is yet to come,” warned Dr. Ann Lowe of Harvard University.', 'The worst is yet to come').speaker).toBe(
      'Ann Lowe',
    );
    const term = 'He was diagnosed with “feather-duvet lung,” according to a new case report.';
    expect(one(term, 'feather-duvet lung').kind).toBe('scare');
  });

  it('reads what a text says right before the marks (“The statement read: “…””)', () => {
    expect(one('The statement read: “We are done.”', 'We are done.').speaker).toBe('The statement');
  });

  it('reads talk’s “like” after a contracted “be” (“She’s like, “…””)', () => {
    expect(attributionBefore('She’s like, “')).toEqual({ kind: 'pronoun', pronoun: 'she' });
  });

  it('keeps one quoted word in a sentence with a verb of saying a quotation (“Ann Lowe, a Democrat, said the bill was “dead.””)', () => {
    expect(one('Ann Lowe, a Democrat, said the bill was “dead.”', 'dead.').kind).toBe('partial');
    const telling = 'Then she hit the Sunday shows and did more of the same, telling Ann Lowe that voters would feel “betrayed” by it.';
    expect(one(telling, 'betrayed').kind).toBe('partial');
  });
});

describe('what the rules of the batteries leave alone (a review of their misfires)', () => {
  it('keeps a person before a verb and a role noun (“Mayor Ann Lowe met residents”, “Tom Reed told reporters”)', () => {
    expect(one('Mayor Ann Lowe met residents on Monday. “We will rebuild,” she said.', 'We will rebuild').speaker).toBe('Ann Lowe');
    expect(one('Tom Reed told reporters the fire was out by noon. “It spread very fast,” he said.', 'It spread very fast').speaker).toBe(
      'Tom Reed',
    );
  });

  it('gives “he” the one who spoke in the paragraph before, not the one person named since', () => {
    const body =
      'Senator Tom Reed said the bill would pass this week.\n\nIt now goes to President Joe Biden for his signature. “It will pass easily,” he said.';
    expect(one(body, 'It will pass easily').speaker).toBe('Tom Reed');
  });

  it('never gives “he” to a woman the article calls “she” (“Mayor Ann Lowe … She cut the ribbon. ¶ “…,” he said.”)', () => {
    const body = 'Mayor Ann Lowe opened the bridge on Monday. She cut the ribbon at noon.\n\n“It was a long wait,” he said.';
    expect(one(body, 'It was a long wait').speaker).not.toBe('Ann Lowe');
  });

  it('reads no apposition in an opening phrase (“After meeting the president, Rishi Sunak said”)', () => {
    const body = 'After meeting the president, Rishi Sunak said aid would continue. “We stand together,” the president said.';
    expect(one(body, 'We stand together').speaker).not.toBe('Rishi Sunak');
  });

  it('takes no holder for a publication named like an office, nor a former holder (“the Hollywood Reporter said”)', () => {
    expect(one('Reporter Jane Smith wrote the story. “It is false,” the Hollywood Reporter said.', 'It is false').speaker).not.toBe(
      'Jane Smith',
    );
    const former = 'President Joe Biden criticised former President Donald Trump. “It is wrong,” the President said.';
    expect(one(former, 'It is wrong').speaker).toBe('Joe Biden');
  });

  it('gives a party’s epithet to the one the text gives that party (“Tom Reed, a Republican … the Republican said”)', () => {
    const body =
      'Senator Tom Reed, a Republican, opposed it. Senator Jim Hill, a Democrat, defended it. “It is a bad bill,” the Republican said.';
    expect(one(body, 'It is a bad bill').speaker).toBe('Tom Reed');
  });

  it('gives “they” no plural role when other people became the subject since (“The men were later charged”)', () => {
    const body = 'Police arrested two men on Monday. The men were later charged with theft.\n\n“We did nothing wrong,” they said.';
    expect(one(body, 'We did nothing wrong').speaker).toBeNull();
  });

  it('takes no attribution’s own “he” as the pronoun that makes a once-named name a person (“Grant Thornton”)', () => {
    const body = 'The report was prepared by Grant Thornton for the council. “We found no fraud,” he said.';
    expect(one(body, 'We found no fraud').speaker).toBeNull();
  });

  it('reads no source in “That view of …” (a topic) and none in a day', () => {
    expect(
      one('“Make America great again.” That view of Donald Trump is common in the town.', 'Make America great again.').speaker,
    ).toBeNull();
    expect(one('“Storm hits coast.” That was Tuesday’s headline.', 'Storm hits coast.').speaker).toBeNull();
  });

  it('keeps a name whose first word ends in -ing (“Harding Lewis, a farmer, told reporters”)', () => {
    expect(one('Harding Lewis, a farmer, told reporters: “The rain came too late.”', 'The rain came too late.').speaker).toBe(
      'Harding Lewis',
    );
  });
});
