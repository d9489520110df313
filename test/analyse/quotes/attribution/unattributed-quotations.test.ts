// Attribution rules for quotations with no attribution of their own: several paragraphs, lead-ins, headings, interviews.
import { describe, expect, it } from 'vitest';
import { attributionBefore } from '../../../../src/analyse/speakers/attribution.js';
import { one, quotesOf } from '../story.js';

describe('quotations over several paragraphs', () => {
  it('credits every paragraph of a quotation that reopens each paragraph', () => {
    const body =
      'Tom Reed, who wrote the show, spoke at the launch.\n\n“We have worked for years.\n\n“It has been hard.\n\n“Now it is done,” he said.';
    const quotes = quotesOf(body);
    expect(quotes.map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ['We have worked for years.', 'full', 'Tom Reed'],
      ['It has been hard.', 'full', 'Tom Reed'],
      ['Now it is done', 'full', 'Tom Reed'],
    ]);
  });

  it('finds the middle lines of a quotation written one sentence per line', () => {
    const body = '“We have worked for years.\n\nIt has been hard.\n\nNow it is done,” Tom Reed said.';
    expect(quotesOf(body).map((q) => [q.text, q.speaker])).toEqual([
      ['We have worked for years.', 'Tom Reed'],
      ['It has been hard.', 'Tom Reed'],
      ['Now it is done', 'Tom Reed'],
    ]);
  });

  it('does not swallow a narrative paragraph after a quotation left open', () => {
    const body = 'He shouted “Stop now!\n\nThe Mayor of Leeds arrived at noon.\n\n“Good,” she said.';
    expect(quotesOf(body).some((q) => q.text.includes('Mayor'))).toBe(false);
  });

  it('opens a quotation with a single mark after a colon, closed by a double mark lines later', () => {
    const body = 'Tom Reed told the paper: \'I will miss it all...\n\nwhat a time!"';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Reed', 'Tom Reed']);
  });
});

describe('quoted paragraphs with no attribution of their own', () => {
  it('continue the speaker of a partial quotation in the paragraph before', () => {
    expect(one('Ann Lowe called the show “a joy”.\n\n“Every week it surprises me.”', 'Every week it surprises me.').speaker).toBe(
      'Ann Lowe',
    );
  });

  it('belong to the person who says something in the paragraph before', () => {
    expect(one('Ann Lowe said the cast had met in May.\n\n“We knew at once.”', 'We knew at once.').speaker).toBe('Ann Lowe');
  });
});

describe('a sentence that introduces a quotation names its speaker', () => {
  it('credits a bare quoted paragraph to whoever the sentence ending in a colon has speak, and says so', () => {
    const body = 'The singer Mara Vell wrote on Instagram:\n\n“I am so grateful for all of you. This year has been hard.”';
    expect(one(body, 'I am so grateful for all of you. This year has been hard.')).toMatchObject({
      speaker: 'Mara Vell',
      speakerReason: 'named in the sentence that introduces it',
    });
  });

  it('reads “said the following.” as a colon, and a description as the speaker', () => {
    const body = 'In a statement, the transport ministry said the following.\n\n“The bridge will stay closed until spring.”';
    expect(one(body, 'The bridge will stay closed until spring.').speaker).toBe('the transport ministry');
  });

  it('does not take the platform a post went out on for another speaker named since', () => {
    const body = 'Tom Reed posted a long message to fans on Facebook on Sunday night.\n\n“I never thought this day would come.”';
    expect(one(body, 'I never thought this day would come.').speaker).toBe('Tom Reed');
  });

  it('reads the attribution after a quotation that ends inside a quotation it quotes (“… ‘Is it done?’” Holmes testified)', () => {
    const body = '“I heard him ask, ‘Is the deal done?’” Ann Lowe testified. “I said it was.”';
    expect(one(body, 'I heard him ask, ‘Is the deal done?’').speaker).toBe('Ann Lowe');
    expect(one(body, 'I said it was.').speaker).toBe('Ann Lowe');
  });

  it('gives a verb joined by “and” the subject of the clause, and a post may open with a handle', () => {
    const body =
      'In a long post last year, Mara Vell visited the clinic and noted there should be “no shame” in asking for help.\n\n"@Tomreed and I have been through a lot this year."';
    expect(one(body, 'no shame').speaker).toBe('Mara Vell');
    expect(one(body, '@Tomreed and I have been through a lot this year.')).toMatchObject({ kind: 'full', speaker: 'Mara Vell' });
  });

  it('does not give a verb after “and” to a subject separated from it by a relative clause', () => {
    expect(attributionBefore('A neighbour who knew Tom Reed and called him ')).toBeNull();
  });
});

describe('a heading or pull quote repeating part of a credited quotation', () => {
  it('takes the speaker of the quotation its words come from, and says so', () => {
    const body =
      'Here are the highlights.\n\n"My fears have come true"\n\nAnn Lowe told the committee, "I feared how the call would play. My fears have come true."';
    expect(one(body, 'My fears have come true')).toMatchObject({
      speaker: 'Ann Lowe',
      speakerReason: 'its words are quoted with their speaker in the article',
    });
  });

  it('does not give a quotation nested in another the outer speaker', () => {
    const body = '“My staff had it done,” Ann Lowe said. “And I said, ‘I want more.’ They said, ‘The farmers cannot take it.’”';
    expect(one(body, 'The farmers cannot take it.').speaker).not.toBe('Ann Lowe');
  });
});

describe('a quotation with no attribution that a person’s sentence introduces', () => {
  it('is the subject’s when a colon opens it in that sentence, with the reason', () => {
    const body = 'Carla Buck, who phoned in from the set, had a similar experience: “It was just that immediate feeling of love.”';
    expect(one(body, 'It was just that immediate feeling of love.')).toMatchObject({
      speaker: 'Carla Buck',
      speakerReason: 'subject of the sentence that introduces it',
    });
  });

  it('is the subject’s of the sentence right before it in the paragraph, past a name used as a modifier', () => {
    const body =
      'Senator Jim Brides spoke at the hearing.\n\nBrides expects to build three SLS rockets through 2024. “Adding another rocket would cost a lot.”';
    expect(one(body, 'Adding another rocket would cost a lot.')).toMatchObject({
      speaker: 'Jim Brides',
      speakerReason: 'subject of the sentence before',
    });
  });

  it('is no one’s when a sentence without that person stands between', () => {
    const body = 'Senator Jim Brides spoke at the hearing.\n\nBrides returned to the issue. Prices went up. “What rockets could do it?”';
    expect(one(body, 'What rockets could do it?').speaker).toBeNull();
  });
});

describe('a quotation with no attribution after a sentence that opens on “He” or “She”', () => {
  it('is theirs, the pronoun resolved as for “he said”, with the reason', () => {
    const body =
      'Rep. Tom Reed chairs the panel.\n\nHe then turned to the inspector’s report, which gave the plan only an even chance. “I cannot disagree with it.”';
    expect(one(body, 'I cannot disagree with it.')).toMatchObject({
      speaker: 'Tom Reed',
      speakerReason: "resolved from 'he' in the sentence before",
    });
  });
});

describe('a quotation after a sentence whose subject is a description saying something', () => {
  it('is the description’s, the reason shown', () => {
    const quote = one(
      'Her lawyer told reporters that the claim was false. “She never signed the contract.”',
      'She never signed the contract.',
    );
    expect(quote.speaker).toBe('Her lawyer');
    expect(quote.speakerReason).toBe('subject of the sentence before');
  });

  it('counts the owner in the description (“Lowe’s spokesman”) as no one else named', () => {
    const body =
      'The singer Ann Lowe left the label in May.\n\nLowe’s spokesman told the paper that this was untrue. “The label owes her money.”';
    expect(one(body, 'The label owes her money.').speaker).toBe('Lowe’s spokesman');
  });

  it('is not taken from a sentence whose subject says nothing', () => {
    expect(one('The decision surprised the town. “It is a disgrace.”', 'It is a disgrace.').speaker).toBeNull();
  });
});

describe('a quotation after a lead-in that names no one', () => {
  it('goes on with the speaker of the quotation before (“That process led to a realization: “…””)', () => {
    const body =
      '“I fought to get the full script,” Ann Lowe said. “Then I understood it.”\n\nThat process led to a realization: “It was a love song to her city.”';
    expect(one(body, 'It was a love song to her city.')).toMatchObject({
      speaker: 'Ann Lowe',
      speakerReason: 'continues the quotation before',
    });
  });

  it('does not when the lead-in names someone or something', () => {
    const body = '“I fought to get the full script,” Ann Lowe said.\n\nThe studio sent a note: “We need the song by May.”';
    expect(one(body, 'We need the song by May.').speaker).not.toBe('Ann Lowe');
  });
});

describe("an interview's unattributed answers: the article's main speaker", () => {
  const profile = [
    'Dana Vale has had a busy year. “I barely slept,” Vale says.',
    '“The tour took everything,” she says. “I would do it again.”',
    'Her manager, Ron Pike, was less sure. “We nearly cancelled twice,” Pike said.',
    '“I never thought about quitting,” Vale says. “Not once.”',
    '“I owe the band a holiday,” she says.',
    'Was she ever afraid?',
    '“Every single night. You learn to live with it.”',
  ].join('\n\n');

  it('credits a whole-sentence quotation with no attribution to the person who gives most of the others', () => {
    const answer = one(profile, 'Every single night. You learn to live with it');
    expect(answer.speaker).toBe('Dana Vale');
    expect(answer.speakerReason).toBe("the article's main speaker");
  });

  it('credits a phrase quoted inside a sentence that names no one else, not a word held at arm’s length', () => {
    const body = `${profile}\n\nHer humour is “the kind where you do not try to be funny” at all.\n\nThe tour was called “brutal” by many.`;
    expect(one(body, 'the kind where you do not try to be funny').speaker).toBe('Dana Vale');
    expect(one(body, 'brutal').speaker).toBeNull();
  });

  it('leaves it without a speaker where no one gives most of the quotations', () => {
    const debate = [
      ...['fall', 'go', 'end', 'stop', 'wait'].map((verb) => `“Taxes must ${verb},” Dana Vale said.`),
      ...['rise', 'stay', 'grow', 'start', 'move'].map((verb) => `“Taxes must ${verb},” Ron Pike said.`),
      'Was either of them right?',
      '“Every single night. You learn to live with it.”',
    ].join('\n\n');
    expect(one(debate, 'Every single night. You learn to live with it').speaker).toBeNull();
  });
});
