// Who a sentence names and whether they say something, on small invented sentences.
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/analyse/index.js';
import { attributionBefore } from '../../../src/analyse/speakers/attribution.js';
import { findMentions } from '../../../src/analyse/speakers/mentions.js';
import { storyOf } from '../quotes/story.js';

const mentionsOf = (text: string) => findMentions(text, 0, text.length);
const speakerOf = (paragraphs: string[], quoted: string) =>
  findQuotations(storyOf({ a: paragraphs.join('\n\n') })).quotations.find((quote) => quote.text.startsWith(quoted))?.speaker;

describe('names the tagger misreads', () => {
  it('takes a surname that is also a verb, opening its sentence before “said”, for a name that speaks', () => {
    expect(mentionsOf('Cook said the praise was mutual.')).toMatchObject([{ name: 'Cook', subject: true, sayer: true }]);
    const paragraphs = [
      'Tim Cook and Mark Reed met on stage.',
      '“We run on phones,” Reed told Cook.',
      'Cook said the praise was mutual.',
      '“I love the way you work,” he told Reed.',
    ];
    expect(speakerOf(paragraphs, 'I love the way')).toBe('Tim Cook');
  });

  it('reads “claims” between a name and “that” as the verb of saying it is', () => {
    expect(mentionsOf('Carl claims that he went to see Vance.')[0]).toMatchObject({ name: 'Carl', subject: true, sayer: true });
  });

  it('lets “he” go back to the one who claims, not to the subject of a clause inside the claim', () => {
    const paragraphs = [
      'Prince Carl met the reporter. His denials came despite photos of him with Tom Vance, who was later jailed.',
      'Carl claims that he went to see Vance to end the friendship. After Vance was jailed, the two never spoke.',
      'On the visit, he was seen walking with Vance in the park.',
      'He instead told the reporter: “I had to go and see him.”',
    ];
    expect(speakerOf(paragraphs, 'I had to go')).toBe('Carl');
  });
});

describe('names that modify a role', () => {
  it('reads a name right before a role, one word between at most, as the role’s employer (“a former Fox makeup artist”)', () => {
    const [, fox] = mentionsOf('Ann Lowe, a former Fox makeup artist, told me she grew suspicious.');
    expect(fox).toMatchObject({ name: 'Fox', attributive: true, titled: false });
    expect(mentionsOf('Kerry spokesman John Kirby said so.')[0]).toMatchObject({ name: 'Kerry', attributive: true });
  });

  it('leaves a name before a verb or a comma alone (“former Senator Ann Lowe, 71, said”)', () => {
    expect(mentionsOf('Former Senator Ann Lowe, 71, said so.')[0]).toMatchObject({ name: 'Ann Lowe', attributive: false, titled: true });
  });
});

describe('a month that is a given name', () => {
  it('is a name’s first word before the name’s next word (“April Ryan”, “Jan Simpson”), as the attribution reader reads it', () => {
    expect(mentionsOf('Reporters met April Ryan on Monday.').map((mention) => mention.name)).toContain('April Ryan');
    const sentence = 'Jan Simpson, president of Acme, said the union would strike.';
    expect(mentionsOf(sentence)[0]).toMatchObject({ name: 'Jan Simpson', subject: true, sayer: true });
    expect(attributionBefore('Jan Simpson, president of Acme, said: “')).toMatchObject({ kind: 'name', words: ['Jan', 'Simpson'] });
  });

  it('is a time after a word that makes it a date (“In April Ryan was hired”, “in May Acme said”)', () => {
    expect(mentionsOf('In April Ryan was hired.').map((mention) => mention.name)).toEqual(['Ryan']);
    expect(mentionsOf('It closed in May Acme said.').map((mention) => mention.name)).toEqual(['Acme']);
  });
});

describe('a nickname in quotation marks', () => {
  it('is no part of the name between a given name and the surname (“Calvin “Sugar” Boone” is Calvin Boone)', () => {
    expect(mentionsOf('Calvin “Sugar” Boone, the Memphis soul singer, has died.')[0]).toMatchObject({
      name: 'Calvin Boone',
      words: ['Calvin', 'Boone'],
      start: 0,
      end: 20,
    });
  });
});

describe('subjects after a title or “the”', () => {
  it('takes a title before a name for a title though the tagger reads it as a verb (“New Zealand skipper Tom Latham praised”)', () => {
    const found = mentionsOf('New Zealand skipper Tom Latham praised his bowlers.');
    expect(found.find((mention) => mention.name === 'Tom Latham')).toMatchObject({ subject: true });
  });

  it('reads a name in markdown bold as the subject of the verb after it (“**Lady Gaga** shared”)', () => {
    expect(mentionsOf('It rained. **Ann Lowe** shared a photo of her sister.')[0]).toMatchObject({ name: 'Ann Lowe', subject: true });
  });

  it('lets a trade in markdown italics stand for the bold name the article opens on (“the *American Horror Story* actress wrote”)', () => {
    const paragraphs = [
      'Fans are hopeful. **Ann Lowe** shared a photo of her sister on Monday.',
      '“My charity offers a place to send kind letters,” the *Night Harbour* actress wrote.',
    ];
    expect(speakerOf(paragraphs, 'My charity offers')).toBe('Ann Lowe');
  });

  it('takes a body’s name after “the” as the subject of its clause (“The Met Office has issued”)', () => {
    expect(mentionsOf('The Met Office has issued a warning for snow.')[0]).toMatchObject({ name: 'Met Office', subject: true });
  });

  it('reads a surname that is also a word opening its sentence before “, who” as a name (“Hull, who took silver, said”)', () => {
    expect(mentionsOf('Hull, who took silver, said she had given everything.')[0]).toMatchObject({ name: 'Hull', subject: true });
  });

  it('takes a name after an owner and a role as its clause’s subject (“Hemi’s daughter Kiri Walker, 24, has …”)', () => {
    const found = mentionsOf('Hemi’s daughter Kiri Walker, 24, has just come home from university.');
    expect(found.find((mention) => mention.name === 'Kiri Walker')).toMatchObject({ subject: true });
  });

  it('takes a role opening the sentence before a given name for a title, though the lists know it as a name (“Patient Janet Walsh”)', () => {
    expect(mentionsOf('Patient Janet Walsh, 66, was among the first.')[0]).toMatchObject({ name: 'Janet Walsh', subject: true });
  });

  it('takes a verb the tagger reads as a noun, right after the name and before a determiner (“Conor Hegarty shot a 66”)', () => {
    expect(mentionsOf('Limerick’s Conor Hegarty shot a final-round 66 to win.').at(-1)).toMatchObject({
      name: 'Conor Hegarty',
      subject: true,
    });
  });

  it('takes a name as its clause’s subject past “of the” and where the person is from (“Meera Chaudhry of the University of Victoria said”)', () => {
    const found = mentionsOf('Economist Meera Chaudhry of the University of Victoria said the deficit was large.');
    expect(found[0]).toMatchObject({ name: 'Meera Chaudhry', subject: true, sayer: true });
    expect(found[1]).toMatchObject({ name: 'University of Victoria', subject: false });
  });

  it('takes a name as its clause’s subject past “from” and a place, and the place as no subject (“M. Venkatesh from Kukatpally said”)', () => {
    const found = mentionsOf('Association president M. Venkatesh from Kukatpally said the garbage piled up.');
    expect(found.find((mention) => mention.name === 'M. Venkatesh')).toMatchObject({ subject: true, sayer: true });
    expect(found.find((mention) => mention.name === 'Kukatpally')).toMatchObject({ subject: false });
  });

  it('takes a name after “as” joining a clause as its subject, and the verb after a participle’s aside as its own (“as Patricia Doyle, seated barely three metres away, told”)', () => {
    const found = mentionsOf(
      'Gordon Whitlock stood with his hands folded as Patricia Doyle, seated barely three metres away, told a courtroom what his fraud had cost her.',
    );
    expect(found.find((mention) => mention.name === 'Patricia Doyle')).toMatchObject({ subject: true, sayer: true });
    expect(mentionsOf('Poets such as Seamus Heaney, loved by many, wrote about it.')[0]).toMatchObject({ subject: false });
  });

  it('takes a given name the tagger reads as a verb, opening the sentence before a surname, as the name’s (“Rob Farrant, the band’s guitarist, concedes”)', () => {
    expect(
      mentionsOf('Rob Farrant, the band’s guitarist and chief songwriter alongside Ms Costello, concedes the point.')[0],
    ).toMatchObject({
      name: 'Rob Farrant',
      subject: true,
    });
  });

  it('takes a name as its clause’s subject past an aside between dashes (“NEC captain Thijs Jansen – no relation to the late Pieter – laid flowers”)', () => {
    const found = mentionsOf('NEC captain Thijs Jansen – no relation to the late Pieter – laid flowers at the memorial.');
    expect(found.find((mention) => mention.name === 'Thijs Jansen')).toMatchObject({ subject: true });
  });

  it('takes the one a passive says did it as what the sentence is about (“was echoed by Carys Jenkins”)', () => {
    expect(mentionsOf('Her warning was echoed by Carys Jenkins, whose father waited.')[0]).toMatchObject({ subject: true });
    const announced = 'The cuts were announced to staff in a video call by co-founder and chief executive Lena Hoffmann.';
    expect(mentionsOf(announced).at(-1)).toMatchObject({ name: 'Lena Hoffmann', subject: true });
    // Not through another "by": the company did it, not its owner.
    const owned = 'The label was bought by a company owned by manager Scooter Braun.';
    expect(mentionsOf(owned).find((mention) => mention.name === 'Scooter Braun')).toMatchObject({ subject: false });
  });

  it('takes a name after a possessive determiner and a role as its clause’s subject (“Her colleague Dr Mirjam Baumann, …, described”)', () => {
    const found = mentionsOf('Her colleague Dr Mirjam Baumann, a glaciologist who took the measurements, described the site.');
    expect(found[0]).toMatchObject({ name: 'Mirjam Baumann', subject: true });
  });

  it('takes a name after a role in apposition to the opening role as its clause’s subject (“Her opponent, world number two Sofia Marchetti, said”)', () => {
    expect(mentionsOf('Her opponent, world number two Sofia Marchetti, said she was injured.')[0]).toMatchObject({
      subject: true,
      sayer: true,
    });
    // Not after a phrase of time: "In the morning, senior partner Ann Lowe …" opens on no role.
    expect(mentionsOf('After the storm, local residents Ann Lowe, 40, and others, were moved.')[0]).toMatchObject({ subject: false });
  });
});

describe('a preposition’s object with a relative clause', () => {
  it('is no subject when the main clause has its own (“Asked about Mullane, who …, Dolan was effusive”)', () => {
    const [mullane, dolan] = mentionsOf('Asked about Mullane, who was making his third start, Dolan was effusive.');
    expect(mullane).toMatchObject({ name: 'Mullane', subject: false });
    expect(dolan).toMatchObject({ name: 'Dolan', subject: true });
  });

  it('is the relative clause’s subject where the sentence ends with it (“an interview with Smith, who endorsed …”)', () => {
    expect(mentionsOf('The show featured an interview with Smith, who endorsed the new Doctor.')[0]).toMatchObject({ subject: true });
  });
});

describe('a relative clause of saying after an age', () => {
  it('makes a sayer (“spoke to voter Angus Beaton, 73, who said …”)', () => {
    const [beaton] = mentionsOf('Our reporter spoke to voter Angus Beaton, 73, who said it was the first time he had voted PC.');
    expect(beaton).toMatchObject({ name: 'Angus Beaton', sayer: true });
  });
});

describe('a name after a role and an age in apposition', () => {
  it('is the subject (“His apprentice, 24-year-old Freya Oduya, arrived”)', () => {
    expect(mentionsOf('His apprentice, 24-year-old Freya Oduya, arrived two years ago.')[0]).toMatchObject({
      name: 'Freya Oduya',
      subject: true,
    });
  });
});

describe('the seat a role in capitals is for', () => {
  it('is neither speaker nor subject (“the MP for Stockport North said she had …”)', () => {
    const body =
      'The schools minister, Helen Marchbank, has resigned.\n\nIn a letter, the MP for Stockport North said she had “tried and failed” to change the policy.\n\n' +
      '“It has been the privilege of my life to serve,” she wrote.';
    expect(speakerOf([body], 'tried and failed')).toBe('the MP for Stockport North');
    expect(speakerOf([body], 'It has been the privilege')).toBe('Helen Marchbank');
  });
});

describe('a name after an inverted-looking “said” with its own verb', () => {
  it('opens a reported clause and says nothing (“Fenwick, prosecuting, said Pennock had forged …”)', () => {
    const [fenwick, pennock] = mentionsOf('Nicholas Fenwick, prosecuting, said Pennock had forged signatures on 30 forms.');
    expect(fenwick).toMatchObject({ name: 'Nicholas Fenwick', sayer: true });
    expect(pennock).toMatchObject({ name: 'Pennock', sayer: false });
  });

  it('is still an inverted attribution where no verb follows (“…, said Ann Lowe, a nurse”)', () => {
    expect(mentionsOf('“We are tired,” said Ann Lowe, a nurse.')[0]).toMatchObject({ sayer: true });
  });
});

describe('a name with two particles in a row', () => {
  it('is one name (“Jake van der Walt”, “Ana de la Cruz”)', () => {
    expect(mentionsOf('Coach Jake van der Walt was more forthright.')[0]).toMatchObject({ name: 'Jake van der Walt', subject: true });
    expect(mentionsOf('Ana de la Cruz said it was fine.')[0]).toMatchObject({ name: 'Ana de la Cruz', sayer: true });
  });
});

describe('a name after a title the tagger reads as a verb, opening the sentence with a nationality', () => {
  it('is the subject (“Australian skipper Mitchell Pryor, speaking an hour later, said”)', () => {
    const pryor = mentionsOf('Australian skipper Mitchell Pryor, speaking an hour later, said the pitch would suit both sides.').find(
      (mention) => mention.name === 'Mitchell Pryor',
    );
    expect(pryor).toMatchObject({ subject: true, sayer: true });
  });
});

describe('a word in lower case right before a name', () => {
  it('makes the name a person’s when it is a listed role (“candidate Síle Ní Fhlatharta”)', () => {
    expect(mentionsOf('Fianna Fáil candidate Síle Ní Fhlatharta has arrived.')[1]).toMatchObject({
      name: 'Síle Ní Fhlatharta',
      titled: true,
    });
  });

  it('does not when it is a verb or a word in -er (“accused Moscow”, “The sooner Russia”)', () => {
    const [, moscow, russia] = mentionsOf('John Kerry accused Moscow of delay. The sooner Russia implements the ceasefire, the better.');
    expect(moscow).toMatchObject({ name: 'Moscow', titled: false });
    expect(russia).toMatchObject({ name: 'Russia', titled: false });
  });
});

describe('a verb the tagger reads as a plural noun', () => {
  it('still makes the name its subject after a chain of appositions (“Her father, Mark Addison, a diesel mechanic, drives her”)', () => {
    expect(mentionsOf('Her father, Mark Addison, a diesel mechanic, drives her to training.')[0]).toMatchObject({
      name: 'Mark Addison',
      subject: true,
    });
  });

  it('and before an object pronoun (“Erlend hands me a thermos”)', () => {
    expect(mentionsOf('Erlend hands me a thermos.')[0]).toMatchObject({ name: 'Erlend', subject: true });
  });

  it('and before an infinitive (“Taufa plans to coach the under-18s”)', () => {
    expect(mentionsOf('Taufa plans to coach the under-18s at his club next year.')[0]).toMatchObject({ name: 'Taufa', subject: true });
  });
});

describe('the name an apposition gives its subject (“a trader who gave her name only as Mama Tobi,”)', () => {
  it('is the subject of the verb after the apposition', () => {
    const [tobi] = mentionsOf(
      'One of the victims, a trader who gave her name only as Mama Tobi, told our correspondent that they had fled.',
    );
    expect(tobi).toMatchObject({ name: 'Mama Tobi', subject: true, sayer: true });
  });

  it('and so is a name after “named” (“the first customer, a farmer named Dale Quist, comes in”)', () => {
    const [quist] = mentionsOf('At 6 a.m. the first customer, a farmer named Dale Quist, comes in for two caramel rolls.');
    expect(quist).toMatchObject({ name: 'Dale Quist', subject: true });
  });
});

describe('an inverted “Among … was”', () => {
  it('makes the name after it the subject, past a role in lower case (“Among the protesters was former mahout Muthu Krishnan”)', () => {
    expect(mentionsOf('Among the protesters was former mahout Muthu Krishnan, 67, who cared for her.')[0]).toMatchObject({
      name: 'Muthu Krishnan',
      subject: true,
    });
  });
});

describe('a word of time opening the sentence', () => {
  it('is no name (“Last night he posted”, “Later she said”, “Tonight they play”)', () => {
    for (const text of ['Last night he posted a message.', 'Later she said it again.', 'Tonight they play at home.'])
      expect(mentionsOf(text)).toEqual([]);
  });
});
