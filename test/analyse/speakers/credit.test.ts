// Crediting a quotation that has no attribution of its own, from the text around it (src/analyse/speakers/credit.ts).
import { describe, expect, it } from 'vitest';
import { one } from '../quotes/story.js';

describe('“he said” after a sentence whose speaking subject is a description', () => {
  it('is the description’s, resolved as it would be there, over a person named in the paragraph before', () => {
    const body =
      'Her grandson, Emre Demir, wept as he spoke to reporters. “We had started to prepare for the funeral,” he said.\n\n' +
      'The regional governor said more than 1,200 people were dead and warned the toll would rise. “We will not leave anyone,” he told reporters.';
    expect(one(body, 'We will not leave anyone')).toMatchObject({
      speaker: 'The regional governor',
      speakerReason: "resolved from 'he'",
    });
  });

  it('is not the description’s when its noun says the other sex', () => {
    const body =
      'Tom Reed, 40, found the boy.\n\nThe boy’s mother said the family was grateful to him. “He saved my son,” he said of the rescue.';
    expect(one(body, 'He saved my son').speaker).not.toBe('The boy’s mother');
  });
});

describe('“she said” after a description that brings someone in, a relative clause in commas and all', () => {
  it('is the description’s (“One mother from Small Heath, whose son …, said …”)', () => {
    const body =
      'Dr Justin Vernon said most cases were in young children. “Measles is not mild,” he said.\n\n' +
      'One mother from Small Heath, whose three-year-old son spent four days in hospital, said she had delayed the jab. ' +
      '“I was scared of the wrong thing,” she said.';
    expect(one(body, 'I was scared of the wrong thing').speaker).toBe('One mother from Small Heath');
  });
});

describe('“she said” in a family of one surname', () => {
  it('is not kept from the mother because the article called her son by that surname “he”', () => {
    const body =
      'Jayden Morris, 15, woke to the smell of smoke. “I just knew I had to get them out,” he said.\n\n' +
      'His mother, Kelly Morris, said she was “beyond proud of him”. “When I got the phone call, my legs went,” she said.';
    expect(one(body, 'When I got the phone call, my legs went')).toMatchObject({
      speaker: 'Kelly Morris',
      speakerReason: "resolved from 'she'",
    });
  });
});

describe('“Mr Morris” of several Morrises', () => {
  it('is the one the article named last before it, where it has not used “Mr Morris” yet', () => {
    const body =
      'Jayden Morris, 15, carried his sisters out. “I just had to get them out,” he said.\n\n' +
      'Jayden’s grandfather, Ray Morris, who lives next door, raised the alarm. “I started banging on doors,” Mr Morris said.';
    expect(one(body, 'I started banging on doors').speaker).toBe('Ray Morris');
  });

  it('is whom the article already called “Ms Okafor”, though her sister was named since', () => {
    const body =
      'Designer Chioma Okafor has opened her first store.\n\n“I never imagined this,” Ms Okafor said.\n\n' +
      'The shop was designed by her sister, the architect Ngozi Okafor, who said the brief was simple.\n\n' +
      '“Clothes should be touched,” Ms Okafor added.';
    expect(one(body, 'Clothes should be touched').speaker).toBe('Chioma Okafor');
  });
});

describe('“the 29-year-old said” opening the paragraph after the article’s first person', () => {
  it('is that person, the main subject of the paragraph before, where the story gives no one that age', () => {
    const body =
      'Limerick’s Conor Hegarty shot a 66 to win the Irish Open, Hegarty’s first title.\n\n' +
      '“I’ve dreamt about this since I was eight,” the 29-year-old said.';
    expect(one(body, 'I’ve dreamt about this since I was eight')).toMatchObject({
      speaker: 'Conor Hegarty',
      speakerReason: "resolved from 'the 29-year-old'",
    });
  });

  it('is not someone the article named after another', () => {
    const body = 'Tom Reed will replace Carl Mint as manager.\n\nMint was sacked last night.\n\n“I am excited,” the 56-year-old said.';
    expect(one(body, 'I am excited').speaker).toBe('the 56-year-old');
  });
});

describe('“the 67-year-old said” for the main subject of the quotation’s own paragraph', () => {
  it('is not kept from them by a body in capitals named since (“told the ABC”)', () => {
    const body =
      'Lindenow farmer Bruce Halloran told the ABC he was staying to defend his property. “I’ve got the pumps ready,” the 67-year-old said.';
    expect(one(body, 'I’ve got the pumps ready').speaker).toBe('Bruce Halloran');
  });
});

describe('a weekday that is a given name after a title that says the sex (“Mr Sunday Akpan”)', () => {
  it('is a name, and the title tells “he” whatever the name lists say', () => {
    const body =
      'A presidency spokesman, Mr Adebayo Ogunleye, said the door was open. “Nobody wants a strike,” Ogunleye said.\n\n' +
      'A bus driver in Lagos, Mr Sunday Akpan, said fares had doubled. “Passengers are shouting at us,” he said.';
    expect(one(body, 'Passengers are shouting at us').speaker).toBe('Sunday Akpan');
  });
});

describe('“he said” opening a paragraph after one that ends “…, the mayor said.”', () => {
  it('is the description that reported the paragraph before, not a man that paragraph reported on', () => {
    const body =
      'Mayor Chris Bollwage described the family’s troubles with the city.\n\n' +
      'Mr. Rahami’s father, Mohammad, opened the restaurant a decade ago, the mayor said.\n\n' +
      'Responding to complaints, the City Council passed an ordinance forcing it to close at night, the mayor said.\n\n' +
      '“The City Council voted to shut it down at 10 p.m.,” he said.';
    expect(one(body, 'The City Council voted to shut it down at 10 p.m')).toMatchObject({
      speaker: 'Chris Bollwage',
      speakerReason: "resolved from 'he'",
    });
  });
});

describe('“he said” after the one person its paragraph names, whom the name lists call a woman', () => {
  it('is that person (“Joburg mayor Xolani Mabuza apologised. “…,” he said.”), not the man who spoke before', () => {
    const body =
      'Ward councillor Bernard Mostert said the city had failed. "This is not an act of God," Mostert said.\n\n' +
      'Joburg mayor Xolani Mabuza apologised to residents. "We hear you. We are not hiding from you," he said.';
    expect(one(body, 'We hear you. We are not hiding from you').speaker).toBe('Xolani Mabuza');
  });

  it('is not one the text itself calls by the other pronoun (“Mayor Xolani Mabuza said she …”)', () => {
    const told =
      'Ward councillor Bernard Mostert said the city had failed. "This is not an act of God," Mostert said.\n\n' +
      'Mayor Xolani Mabuza said she was sorry. Mayor Xolani Mabuza apologised to residents. "We hear you," he said.';
    expect(one(told, 'We hear you').speaker).toBe('Bernard Mostert');
  });

  it('is so where the paragraph names them by the surname of that one person (“Hemi Parata … ¶ Parata is thoughtful. “…,” he says”)', () => {
    const body =
      '“Second winter,” says Martin Greaves, a surveyor.\n\nHemi Parata is here too.\n\nParata is more thoughtful. “This bird is lost,” he says.';
    expect(one(body, 'This bird is lost').speaker).toBe('Hemi Parata');
  });
});

describe('a name right after a listed role in lower case (“Fianna Fáil candidate Síle Ní Fhlatharta”)', () => {
  it('is a person “she” may stand for, though the name lists lack the given name', () => {
    const body =
      '23:05 — Fianna Fáil candidate Síle Ní Fhlatharta has arrived at the count centre to loud applause. ' +
      '“The tallies are encouraging,” she told reporters.';
    expect(one(body, 'The tallies are encouraging').speaker).toBe('Síle Ní Fhlatharta');
  });

  it('is not made by a word in -er or a verb before a name (“The sooner Russia implements”, “accused Moscow”)', () => {
    const body =
      'John Kerry accused Moscow of delay. The sooner Russia implements the ceasefire, he said, the sooner that “sanctions can be rolled back”.';
    expect(one(body, 'sanctions can be rolled back').speaker).toBe('John Kerry');
  });
});

describe('“he said” after a sentence of its paragraph whose subject is someone’s relative (“His father was more succinct.”)', () => {
  it('is that relative, as written, not the person who spoke before', () => {
    const body =
      'Col Henshaw stayed to defend his property. "We have the pumps going," his son, Liam Henshaw, told the ABC.\n\n' +
      'His father was more succinct. "It is coming over the ridge," he said.';
    expect(one(body, 'It is coming over the ridge')).toMatchObject({ speaker: 'His father', speakerReason: "resolved from 'he'" });
  });

  it('is not a relative of the other sex (“His mother was more succinct. … he said”)', () => {
    const body =
      'Col Henshaw stayed to defend his property. "We have the pumps going," his son, Liam Henshaw, told the ABC.\n\n' +
      'His mother was more succinct. "It is coming over the ridge," he said.';
    expect(one(body, 'It is coming over the ridge').speaker).not.toBe('His mother');
  });
});

describe('a quotation opening its paragraph, followed by “Micah says this …”', () => {
  it('is the one the sentence after names, not the speaker of the quotation before', () => {
    const body =
      'The agency said in an email that it had paid out $60 million. "Recovery is a marathon," the agency said.\n\n' +
      '"People say it gets easier. It doesn\'t." Micah says this standing in front of the memorial wall.';
    expect(one(body, "People say it gets easier. It doesn't")).toMatchObject({
      speaker: 'Micah',
      speakerReason: 'named in the sentence after',
    });
  });
});

describe('a quotation with no attribution opening the paragraph after a question that calls someone by name', () => {
  const body =
    'Defence lawyer Anne Kowalczyk questioned Theresa Lumb on Tuesday.\n\n' +
    '"Ms. Lumb, how long did you work for Mr. Danvers?" Kowalczyk asked.\n\n' +
    '"Eleven years. Almost twelve."\n\n' +
    '"And in all that time, did he ever ask you to alter a record?"';

  it('is the answer of the one called (“Ms. Lumb, how long …?” ¶ “Eleven years.”)', () => {
    expect(one(body, 'Eleven years. Almost twelve')).toMatchObject({ speaker: 'Theresa Lumb' });
  });

  it('and the next question is the asker’s again', () => {
    expect(one(body, 'And in all that time, did he ever ask you to alter a record?').speaker).toBe('Anne Kowalczyk');
  });
});
