// Attribution rules drawn from the forty-fifth and forty-sixth batteries (test/fixtures/quote-batteries), after
// their blind scores were recorded.
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../../src/analyse/index.js';
import { one, storyOf } from '../story.js';

describe('“the company” for a company named by what it does (“Resources”, “Metals”, “Mobility”)', () => {
  it('is the one such company the paragraphs before name, though it only owns something there', () => {
    const body =
      'Nine workers are trapped after a rockfall at a nickel mine majority-owned by Adelaide-based Tarrant Ridge Resources.\n\n' +
      '"Communication has been established with the affected employees," the company said in a statement.';
    expect(one(body, 'Communication has been established with the affected employees,').speaker).toBe('Tarrant Ridge Resources');
  });

  it('is the company whose name a shorter form opens, though that form starts on a given name and was quoted as a name', () => {
    const body =
      'Nine workers are trapped after a rockfall at a nickel mine majority-owned by Tarrant Ridge Resources.\n\n' +
      '"Every resource is being used," Meridian Ridge said on Tuesday.\n\n' +
      'The miners’ union president, Bwezani Nkhata, said the union had raised concerns in January.\n\n' +
      'Meridian Ridge has run the mine since 2019. In its last quarterly report, the company said output was "ahead of plan".';
    const renamed = body.replaceAll('Tarrant Ridge Resources', 'Meridian Ridge Resources');
    expect(one(renamed, 'ahead of plan').speaker).toBe('Meridian Ridge');
  });

  it('is a supplier whose name ends on what it makes, speaking in the sentence before', () => {
    const body =
      'Hanseong Mobility, the supplier building the plant, said it had no knowledge of any payments.\n\n' +
      '“Hanseong Mobility has always complied with local law,” the company said in a statement.';
    expect(one(body, 'Hanseong Mobility has always complied with local law,').speaker).toBe('Hanseong Mobility');
  });
});

describe('titles: an office with a field of several parts, and ranks written short', () => {
  it('gives “the Minister” to the holder after a field listed with commas and “the Hon.”', () => {
    const body =
      'Minister of Fisheries, Forestry and the Blue Economy, the Hon. Delia Marchand, told a briefing on Monday that boats had been warned.\n\n' +
      '“We gave every crew a month’s notice,” the Minister said.';
    expect(one(body, 'We gave every crew a month’s notice,').speaker).toBe('Delia Marchand');
  });

  it('gives “the Minister” to the holder of an office whose field is two words in capitals (“Minister of Creative Arts, Hon. …,”)', () => {
    const body =
      'Minister of Creative Arts, Hon. Shermaine Daniel, said the nation stood behind the singer.\n\n' +
      '“Tonight the whole nation is holding her up in prayer,” the Minister said in a statement.';
    expect(one(body, 'Tonight the whole nation is holding her up in prayer,').speaker).toBe('Shermaine Daniel');
  });

  it('strips “Hon.” from the holder of an office on “of” and one word, so the holder speaks (“Minister of Sport, Hon. …, said”)', () => {
    const body = 'Minister of Sport, Hon. Nigel DaSilva, said the Government would give the inquiry "whatever support it needs."';
    expect(one(body, 'whatever support it needs.').speaker).toBe('Nigel DaSilva');
  });

  it('reads “Chairperson” and “Asst Comm” as titles before a surname', () => {
    const chair =
      'Ward Chairperson Ram Kumar Thapa said the wells would be sealed.\n\n"This should never happen again," Chairperson Thapa said.';
    expect(one(chair, 'This should never happen again,').speaker).toBe('Ram Kumar Thapa');
    const police =
      'Police spokesperson Assistant Commissioner Tafadzwa Moyo said the march was unlawful.\n\n"Those arrested will appear in court," Asst Comm Moyo said.';
    expect(one(police, 'Those arrested will appear in court,').speaker).toBe('Tafadzwa Moyo');
  });
});

describe('a bare surname a parent shares with a child the article names by given name alone', () => {
  const other = 'Five-year-old Sanjok Rai was pulled alive from a well on Saturday. Sanjok Rai had fallen in while playing, police said.';
  const article =
    'For 19 hours, Dil Kumar Rai watched a live stream of the rescue from a workers’ hostel in Doha.\n\n' +
    'His five-year-old son, Sanjok, had fallen into an abandoned well on Friday.\n\n' +
    '“When I saw them lift him out, I shouted with joy,” Rai, 34, told reporters.\n\n' +
    'Rai, who has worked in Doha for four years, said he had last seen his son 14 months ago.\n\n' +
    '“He was a baby when I left,” he said.';
  const quotations = () => findQuotations(storyOf({ a: other, b: article })).quotations.filter((quote) => quote.article === 'b');

  it('is the one the article names in full, not the child another outlet names in full', () => {
    expect(quotations().find((quote) => quote.text.startsWith('When I saw'))?.speaker).toBe('Dil Kumar Rai');
  });

  it('is so for “he” standing for the surname, though the lists know neither of the parent’s given names', () => {
    expect(quotations().find((quote) => quote.text.startsWith('He was a baby'))?.speaker).toBe('Dil Kumar Rai');
  });
});

describe('a trade that brings someone into the lead (“An Australian veterinarian … says she “…””)', () => {
  it('is the one person the article names with that trade below, in apposition with no article', () => {
    const body =
      'A Scottish engineer who helped rebuild a collapsed bridge in Peru says she "cried like a baby" when the first bus crossed it.\n\n' +
      'Dr Morag Ellison, senior engineer at Clyde Structures in Glasgow, travelled to Cusco in March with a team of six.';
    const quote = one(body, 'cried like a baby');
    expect(quote.speaker).toBe('Morag Ellison');
  });

  it('stays as written where the quotation is not in the lead', () => {
    const later =
      'The bridge reopened on Monday.\n\nA Scottish engineer who helped rebuild it says she "cried like a baby" when the first bus crossed.\n\n' +
      'Dr Morag Ellison, senior engineer at Clyde Structures, led the team.';
    expect(one(later, 'cried like a baby').speaker).toBe('A Scottish engineer');
  });
});

describe('“she said” opening the paragraph after the one person who spoke, whose given name the lists call a man’s', () => {
  it('stands for that person, not for a woman named further up', () => {
    const body =
      'Keeper Priya Nandakumar said the cub was feeding well.\n\n' +
      'Conservation biologist Associate Professor Wen Li, of the Coastal Institute in Perth, said captive births were only part of the story.\n\n' +
      '"Births in zoos get the headlines," she said.';
    expect(one(body, 'Births in zoos get the headlines,').speaker).toBe('Wen Li');
  });
});

describe('an indefinite description opening the sentence before with a participle or its verb (“A younger man walking to work was …”)', () => {
  it('is whom “he” stands for, not the person named further up', () => {
    const body =
      'Marek Horváth runs the Clean Town Initiative.\n\nA younger man walking to work was less charitable. "They all do it. This one just got caught," he said.';
    expect(one(body, 'They all do it. This one just got caught,').speaker).toBe('A younger man');
    const verb = 'Marek Horváth runs the Clean Town Initiative.\n\nOne mother was blunt. "Nobody asked us," she said.';
    expect(one(verb, 'Nobody asked us,').speaker).toBe('One mother');
  });
});

describe('an aside in parentheses inside a relative clause on the speaker (“Mfinanga, whom fans call “Mshale” (the arrow) for his pace, wrote”)', () => {
  it('is passed over: the one the clause is about speaks, not the clause’s subject', () => {
    const body =
      'In a post on Sunday, Okonjo, whom fans at home call “Simba” (the lion) for his strength, wrote that he was “tired of pretending it does not hurt”.';
    expect(one(body, 'tired of pretending it does not hurt').speaker).toBe('Okonjo');
  });
});

describe('“it said” opening the paragraph after one where a body’s description said something (“The league said … ¶ “…,” it said”)', () => {
  it('is that body, and “the league” stands for no club the text named', () => {
    const body =
      'Dunav, which won the match 2-1, apologised and said supporters who took part would be banned for life.\n\n' +
      'The league said its disciplinary committee would examine the referee’s report on Thursday.\n\n' +
      '“The league applies zero tolerance to any form of racism,” it said in a statement.';
    expect(one(body, 'The league applies zero tolerance to any form of racism,').speaker).toBe('The league');
  });
});

describe('a sentence opening on someone’s thing (“Liam Callister’s cookbook was a bestseller”)', () => {
  const body =
    'Tony Pearce runs the Ship Inn on the quay.\n\n"Winter is going to be very quiet," he said.\n\n' +
    'Liam Trelawny\'s cookbook "Tides of Cornwall" was a bestseller in 2012, and his TV series "Salt and Shore" ran for three seasons.\n\n' +
    'He says he has no plans to leave Cornwall.\n\n"Cornwall is home now," he said.';

  it('gives “he” further on to the owner, past a sentence opening on the pronoun itself', () => {
    expect(one(body, 'Cornwall is home now,').speaker).toBe('Liam Trelawny');
  });

  it('not where someone else is made a subject since', () => {
    const since = body.replace('He says he has no plans', 'Tony Pearce says Liam has no plans');
    expect(one(since, 'Cornwall is home now,').speaker).toBe('Tony Pearce');
  });
});

describe('a description of someone who “asked us not to print his name”', () => {
  it('is whom “he” stands for, not the named person before', () => {
    const body =
      'Cork lad Darragh Healy, 28, had flown out with friends for a stag weekend.\n\n“It’s a joke,” he fumed.\n\n' +
      'The groom-to-be, who asked us not to print his name, was less philosophical. “My mother is going to kill me,” he said.';
    expect(one(body, 'My mother is going to kill me,').speaker).toBe('The groom-to-be');
  });
});

describe('an opening phrase on a preposition whose “his” or “her” is the subject’s (“Before his arrest, Moyo told”)', () => {
  const body =
    'Ernest Tabi, a Cameroonian student, said he was scared. “The fees are even higher for us,” he said.\n\n' +
    'At least 23 students, including council president Tinashe Moyo, were arrested. Before his arrest, Moyo told journalists that students were “not asking for free education”.\n\n' +
    '“We are asking to be allowed to finish our degrees,” he said.';

  it('tells the subject’s sex against the name lists, so “he” after stands for them', () => {
    expect(one(body, 'We are asking to be allowed to finish our degrees,').speaker).toBe('Tinashe Moyo');
  });
});

describe('“Outside” opening a sentence (“Outside court she branded Reid …”)', () => {
  it('is no name: the pronoun after it speaks', () => {
    const body =
      'Her mother, Mere Tane, sobbed in the public gallery.\n\nOutside court she branded Reid “a monster” and said her daughter had been “the light of our whole family”.';
    expect(one(body, 'the light of our whole family').speaker).toBe('Mere Tane');
  });
});

describe('“the prosecution” as the subject of a clause on the quotation (“a story the prosecution branded “…””)', () => {
  it('is who speaks, not the subject of the sentence', () => {
    const body = 'Reid claimed he acted in self-defence – a story the prosecution branded “a cruel fiction”.';
    expect(one(body, 'a cruel fiction').speaker).toBe('the prosecution');
  });
});

describe('a description with where the person is from before its “who” (“One, a retired teacher from Truro who …, said:”)', () => {
  it('is the person described', () => {
    const body =
      'Regulars were already trying to book a last table. One, a retired teacher from Truro who has eaten there every anniversary since 2006, said: “We’ve been coming for twenty years.”';
    expect(one(body, 'We’ve been coming for twenty years.').speaker).toBe('a retired teacher from Truro');
  });
});

describe('a child named by given name after an age, opening the sentence past “And” (“And nine-year-old Ruby, a pupil at …, had her own verdict: ‘…’”)', () => {
  it('is a person, the subject of the sentence that introduces the quotation', () => {
    const body =
      'Olivia Pascoe runs the school.\n\nAnd nine-year-old Tamsin, a pupil at Efford Vale, had her own verdict on the day: ‘It’s too hot to think about fractions.’';
    expect(one(body, 'It’s too hot to think about fractions.').speaker).toBe('Tamsin');
  });
});
