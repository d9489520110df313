// Attribution rules for who can speak and how: people, bodies, one-word names and handles, and the reason kept.
import { describe, expect, it } from 'vitest';
import { attributionBefore } from '../../../../src/analyse/speakers/attribution.js';
import { one, quotesOf } from '../story.js';

describe('speakers are people or bodies', () => {
  it('strips appositions of place and age (“Ray Dunn, of Fair Oaks, 71, said”)', () => {
    expect(one('“Look at the sky,” Ray Dunn, of Fair Oaks, 71, said.', 'Look at the sky').speaker).toBe('Ray Dunn');
  });

  it('reads an apposition left open before the verb (“Ann Lowe, head of City Radio says:”)', () => {
    expect(one('Ann Lowe, head of City Radio says: “We are thrilled.”', 'We are thrilled.').speaker).toBe('Ann Lowe');
    expect(one('Ann Lowe, Controller, City Radio says: “We are thrilled.”', 'We are thrilled.').speaker).toBe('Ann Lowe');
  });

  it('gives a participle to the antecedent of the nearest relative clause, never to a thing', () => {
    const body = 'The plan was praised by Tom Reed who sent a note, saying: “It is a fine plan.”';
    expect(one(body, 'It is a fine plan.').speaker).toBe('Tom Reed');
    expect(attributionBefore('The decision was a surprise to all, saying: ')).toBeNull();
  });

  it('resolves “the 55-year-old” to the person the story gives that age', () => {
    const body = 'Tom Reed, 55, has been cast.\n\nLena Park will co-star.\n\nIn a statement, the 55-year-old said: “I am delighted.”';
    expect(one(body, 'I am delighted.').speaker).toBe('Tom Reed');
  });

  it('keeps “the 56-year-old” as written where the story gives no one that age, not the person last spoken of', () => {
    const body =
      'Tom Reed has agreed a deal to replace Carl Mint as manager.\n\nMint was sacked last night after five years in charge.\n\n' +
      'The 56-year-old said after his appointment: “I am excited to be joining.”';
    const quote = one(body, 'I am excited to be joining.');
    expect(quote.speaker).toBe('The 56-year-old');
    expect(quote.speakerReason).toBeNull();
  });

  it('takes the person, not the owner, after a possessive whose name ends on a number (“said Channel 4’s Mark Evans”)', () => {
    const body = '“Would you work with the prime minister?” asked Channel 4’s Mark Evans.\n\n“Maybe,” said Radio 5’s Ann Lee.';
    expect(one(body, 'Would you work with the prime minister?').speaker).toBe('Mark Evans');
    expect(one(body, 'Maybe').speaker).toBe('Ann Lee');
  });

  it('does not take a role word opening the sentence for a name, and credits the same words quoted again', () => {
    const body = 'Presenter, 40, says: “It will be fun.”\n\nThe show starts in May.\n\n“It will be fun,” said Tom Reed.';
    const quotes = quotesOf(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Reed', 'Tom Reed']);
  });
});

describe('how a speaker was found is kept, and no one is credited who the text does not name', () => {
  it('resolves a pronoun speaker and says so', () => {
    const found = one(
      'Mayor Ann Hale toured the site on Friday.\n\n“We will rebuild every house,” she said.',
      'We will rebuild every house',
    );
    expect(found).toMatchObject({ speaker: 'Ann Hale', speakerReason: "resolved from 'she'" });
  });

  it('keeps no reason for a speaker named in the sentence', () => {
    expect(one('“We will rebuild every house,” Mayor Ann Hale said.', 'We will rebuild every house').speakerReason).toBeNull();
  });

  it('gives “he said” after a person who refused to give his name to that person, not to the one named before', () => {
    const body =
      '“It is the wild west here,” said Paul Reed, a cook.\n\nInside, the gambling went on, with one man, who refused to give his name, at a slot machine. “I am here for the day,” he said.';
    const found = one(body, 'I am here for the day');
    expect(found.speaker).not.toBe('Paul Reed');
    expect(found).toMatchObject({ speaker: 'one man', speakerReason: "resolved from 'he'" });
  });

  it('credits a post to the account that published it, and the next quoted paragraph too', () => {
    const body =
      '“The decision is made and the time has come,” CityRadio announced on Twitter.\n\n“For the last time, the clock is striking.”';
    expect(one(body, 'The decision is made and the time has come').speaker).toBe('CityRadio');
    expect(one(body, 'For the last time, the clock is striking.')).toMatchObject({
      speaker: 'CityRadio',
      speakerReason: 'continues the quotation before',
    });
  });

  it('credits “the statement” to the body that issued it, with the reason', () => {
    const body = 'The Foreign Ministry issued a statement after the talks.\n\n“The sides agreed to keep working,” the statement said.';
    expect(one(body, 'The sides agreed to keep working')).toMatchObject({
      speaker: 'Foreign Ministry',
      speakerReason: "resolved from 'the statement'",
    });
  });

  it('leaves “the statement” as it is when no one is said to have issued it', () => {
    expect(
      one('The talks ended late. “The sides agreed to keep working,” the statement said.', 'The sides agreed to keep working'),
    ).toMatchObject({
      speaker: 'the statement',
      speakerReason: null,
    });
    const body = 'Russia argues that the people should decide.\n\n“We will keep seeking a review,” the statement says.';
    expect(one(body, 'We will keep seeking a review').speaker).toBe('the statement');
  });
});

describe('words the story uses as a name', () => {
  it('stay a name where they stand bare, with no attribution of their own', () => {
    const body =
      'Governor Ann Lowe spoke on Monday.\n\n“Slow down. Live longer.”\n\nWhile the “Slow down. Live longer.” campaign did not appeal to Tom Reed, he said it could work.';
    const quotes = quotesOf(body).filter((quote) => quote.text.startsWith('Slow down'));
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['scare', null],
      ['scare', null],
    ]);
  });

  it('are still speech where someone is said to say them', () => {
    const body =
      'While the “Slow down. Live longer.” campaign did not appeal to Tom Reed, he said it could work.\n\n“Slow down. Live longer,” Ann Lowe told drivers.';
    const spoken = quotesOf(body).find((quote) => quote.kind !== 'scare');
    expect(spoken?.speaker).toBe('Ann Lowe');
  });
});

describe('an apposition left open before the verb', () => {
  it('still names the person before it, past a name that runs on after its own comma', () => {
    const body =
      '“The wind has turned,” Ann Lowe, a research analyst at the Council on Energy, Environment and Water think tank told the Daily Post.';
    expect(one(body, 'The wind has turned').speaker).toBe('Ann Lowe');
  });
});

describe('bodies whose names run on past a lower-case link', () => {
  it('keeps "of", "for", "and" inside a body’s name, before or after the quotation', () => {
    expect(one('“The risk is low,” the Department of Health and Social Care said.', 'The risk is low').speaker).toBe(
      'Department of Health and Social Care',
    );
    expect(one('“The risk is low,” said the Bank of Northland.', 'The risk is low').speaker).toBe('Bank of Northland');
    expect(one('“The risk is low,” the Centers for Lake Safety and Rescue said in a statement.', 'The risk is low').speaker).toBe(
      'Centers for Lake Safety and Rescue',
    );
  });

  it('keeps "on" after a council and "to" after a committee, in the subject before a verb of saying', () => {
    expect(one('The Council on Coastal Relations said that “the deal is fragile.”', 'the deal is fragile').speaker).toBe(
      'Council on Coastal Relations',
    );
    expect(one('The Committee to Protect Farmers warned that “the harvest will fail.”', 'the harvest will fail').speaker).toBe(
      'Committee to Protect Farmers',
    );
  });

  it('still gives a person named after a body’s title its own words', () => {
    expect(one('“We are watching,” Bank of Northland Governor Ann Lowe said.', 'We are watching').speaker).toBe('Ann Lowe');
  });
});

describe('a body in apposition before the verb', () => {
  it('is the subject past its description (“X, a London-based think tank, concluded”)', () => {
    const body = 'A study by the Centre for Coastal Research, a London-based think tank, concluded that “the seawall will fail.”';
    expect(one(body, 'the seawall will fail.').speaker).toBe('Centre for Coastal Research');
  });
});

describe('a preposition that opens the sentence', () => {
  it('is no name, and the subject after the opening phrase speaks (“Over the course of that interview, …”)', () => {
    const body =
      'Carl Mint agreed to an interview. Over the course of that interview, Carl Mint disputed the story, saying he was “shy by nature.”';
    expect(one(body, 'shy by nature').speaker).toBe('Carl Mint');
  });
});

describe('a person named by one word', () => {
  it('counts as a person when the text gives an age (“Mira, 21, a student, …”)', () => {
    const body =
      'The contest left several diners ill.\n\nMira, 21, a student at the university, came second, but she admitted the prize “came at a cost”.';
    expect(one(body, 'came at a cost').speaker).toBe('Mira');
  });
});

describe('user names as speakers', () => {
  it('reads a forum handle in apposition (“one buyer, pete1984, wrote”) as a name', () => {
    const body = 'As one buyer on the market, pete1984, wrote to me over the site’s messages, “I wanted to keep the seller honest.”';
    expect(one(body, 'I wanted to keep the seller honest.').speaker).toBe('pete1984');
  });
});
