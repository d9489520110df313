// Attribution rules for interviews: questions put to someone, and whose words an answer quotes.
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('interviews: an answer to a quoted question', () => {
  it('is by the one asked, not the asker (““…?” one journalist asked him. ¶ “…,” he said”)', () => {
    const body =
      'Councillor James Reed faced questions from journalists on Tuesday.\n\n“Are you going to resign?” one journalist asked him.\n\n' +
      '“Absolutely not,” he said. “I have done nothing wrong.”';
    expect(one(body, 'Absolutely not').speaker).toBe('James Reed');
    expect(one(body, 'Are you going to resign?').speaker).toBe('one journalist');
    const named =
      'Witness Maria Lopez, 27, was walking her dog when the car crashed.\n\n“Did you see the driver?” a police officer asked her.\n\n' +
      '“Only for a second,” she said.';
    expect(one(named, 'Only for a second').speaker).toBe('Maria Lopez');
  });

  it('leaves a speaker’s own question to them (“… said …. “What will it do?” he asked. ¶ X said …. “…,” he said”)', () => {
    const body =
      'Chief Minister Carl Mint announced a relief package on Thursday.\n\n' +
      'Opposition leader Dan Moss said the amount was too small. “People have lost everything. What will it do?” he asked.\n\n' +
      'Finance Minister Tom Reed said the state had asked for more. “We are yet to receive a single rupee,” he said.';
    expect(one(body, 'We are yet to receive a single rupee').speaker).toBe('Tom Reed');
  });

  it('leaves a question put to no one to its asker’s own next words (““Why should we pay?” one resident asked. ¶ “…,” she said”)', () => {
    const resident =
      'Council leader Ann Lowe, 50, spoke on Monday.\n\n“Why should we pay?” one resident asked.\n\n“It is not fair,” she said.';
    expect(one(resident, 'It is not fair').speaker).toBe('one resident');
    const named =
      'Council leader Tom Reed, 50, defended the cuts. Critics led by Dan Moss, 40, had called them cruel.\n\n' +
      '“What else could we do?” Reed asked.\n\n“There was no money left,” he said.';
    expect(one(named, 'There was no money left').speaker).toBe('Tom Reed');
  });
});

describe('interviews: a transcript’s turns labelled with the speaker (“Briggs: …”)', () => {
  it('give the labelled speaker the turn’s “I said, “…”” and its unattributed quotation', () => {
    const body =
      'Helen Briggs has coached the national team for six years.\n\nInterviewer: How do you feel about the result?\n\n' +
      'Briggs: Disappointed. After the match I told the players, “You gave everything, and I am proud of you.”';
    expect(one(body, 'You gave everything, and I am proud of you').speaker).toBe('Helen Briggs');
    const question =
      'Economist Ruth Bell spoke to Money Matters.\n\nMoney Matters: “Is a recession coming?”\n\nBell: Probably. The signs are everywhere.';
    expect(one(question, 'Is a recession coming?').speaker).toBe('Money Matters');
  });

  it('read a label that is a surname and also a word (“Cross:”) as the person the text named so', () => {
    const body =
      'Former champion Lisa Hart, 38, sat down with sports writer Ben Cross.\n\nCross: “Do you miss competing?”\n\n' +
      'Hart: Sometimes. I still train every morning.';
    expect(one(body, 'Do you miss competing?').speaker).toBe('Ben Cross');
  });

  it('give no one a turn labelled “Q:”, and nothing outside a transcript (one labelled paragraph)', () => {
    const labelledQ =
      'Marta Kowalski, the mayor, answered questions.\n\nQ: “Why are the buses always late?”\n\nA: Because the roads are full.';
    expect(one(labelledQ, 'Why are the buses always late?').speaker).toBeNull();
    const once = 'Tom Reed sold the shop in May.\n\nReed: a life in pictures. I said, “Nothing lasts,” and it did not.';
    expect(one(once, 'Nothing lasts').speaker).toBeNull();
  });
});

describe('interviews: a broadcaster’s transcript with each speaker on a line of their own (“Name, Role” ¶ “…”)', () => {
  const transcript =
    'The council has voted to close the harbour market.\n\nDevika Ramsaran, Reporting\n\nTraders packed the chamber on Monday night.\n\n' +
    'Anselm Joseph, Councillor\n\n“We did not take this decision lightly. The building is no longer safe.”\n\n' +
    'Devika Ramsaran\n\nNot everyone agrees.\n\nHon. Clarice Baptiste, Minister of Trade\n\n“The traders will be moved, not abandoned.”\n\n“We will find them a new home by Easter.”';

  it('gives the quotation opening the line after a label to the labelled speaker, and the next line of quotation too', () => {
    expect(one(transcript, 'We did not take this decision lightly. The building is no longer safe.').speaker).toBe('Anselm Joseph');
    expect(one(transcript, 'The traders will be moved, not abandoned.').speaker).toBe('Clarice Baptiste');
    expect(one(transcript, 'We will find them a new home by Easter.').speaker).toBe('Clarice Baptiste');
  });

  it('gives no one a quotation after a single name line: one label makes no transcript', () => {
    const once = 'The council has voted to close the harbour market.\n\nAnselm Joseph, Councillor\n\n“The building is no longer safe.”';
    expect(one(once, 'The building is no longer safe.').speaker).toBeNull();
  });
});

describe('interviews: a quotation after the sentence in which someone is asked', () => {
  it('is the answer of the one asked, though the sentence has no verb of saying (“When I asked …, he laughed. “…””)', () => {
    const body =
      'Gary Holt, the landlord of the Red Lion, was behind the bar.\n\n' +
      'When I asked about the smoking ban, he laughed. “Best thing that ever happened to this pub.”';
    expect(one(body, 'Best thing that ever happened to this pub').speaker).toBe('Gary Holt');
    const asked =
      'Gary Holt, the landlord of the Red Lion, was behind the bar.\n\nAsked about the smoking ban, he shrugged. “It made no difference.”';
    expect(one(asked, 'It made no difference').speaker).toBe('Gary Holt');
  });
});
