// Attribution rules drawn from the twenty-seventh and twenty-eighth batteries (test/fixtures/quote-batteries).
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('a company named by what it makes or by its legal form', () => {
  it('is a body, so “the company said” is its (“Caledonian Rail Systems”, “Perdana Hydro Bhd”)', () => {
    const systems =
      'Caledonian Rail Systems said in a statement that the delays were caused by design changes.\n\n“We reject any suggestion that we were responsible,” the company said.';
    expect(one(systems, 'We reject any suggestion that we were responsible').speaker).toBe('Caledonian Rail Systems');
    const berhad =
      'Mayor Fadzil Osman promised answers.\n\nThe operator, Perdana Hydro Bhd, said in a filing that the dam had passed its inspection. “All equipment was functioning,” the company said.';
    expect(one(berhad, 'All equipment was functioning').speaker).toBe('Perdana Hydro Bhd');
  });
});

describe('the writer of “the statement”', () => {
  it('is the subject of the sentence that issues it, not a name inside its relative clause', () => {
    const body =
      'The members voted for the sale.\n\nMr Obiora-Hart, who made his fortune in West Africa and the United States, was not present at the meeting but issued a statement after the vote.\n\n“I am humbled by the trust,” the statement read.';
    expect(one(body, 'I am humbled by the trust').speaker).toBe('Obiora-Hart');
  });

  it('is a spokesperson brought in with “a” (“A Quillwave spokesperson said in a statement … “…,” the statement said”)', () => {
    const body =
      'In a memo, Quillwave CEO Arjun Mehra said the company had grown too quickly.\n\nA Quillwave spokesperson said in a statement that staff would be paid. “We recognize how difficult this news is,” the statement said.';
    expect(one(body, 'We recognize how difficult this news is').speaker).toBe('A Quillwave spokesperson');
  });
});

describe('an acronym the article spells out', () => {
  it('is shown as the name it stands for (“the Racing Integrity Board (RIB) … the RIB said”)', () => {
    const body =
      'The colt tested positive, the Racing Integrity Board (RIB) confirmed.\n\n"The board can confirm the samples," the RIB said in a statement.';
    expect(one(body, 'The board can confirm the samples').speaker).toBe('Racing Integrity Board');
  });

  it('only in the article that spells it out (another outlet’s “CDC” may be another country’s)', () => {
    const body = 'The CDC said the risk was “extremely low.”';
    expect(one(body, 'extremely low.').speaker).toBe('CDC');
  });
});

describe('a title written of someone', () => {
  it('outweighs the name lists’ guess at a given name’s sex (“Jone Baravilala … Mr Baravilala said”)', () => {
    const body =
      'Fiji Relief Society secretary-general Jone Baravilala said volunteers were busy.\n\n“The needs are enormous,” Mr Baravilala said.';
    expect(one(body, 'The needs are enormous').speaker).toBe('Jone Baravilala');
  });

  it('before a surname alone gives the full name its sex, so “he” finds them (“Chan Ka-wing … Mr Chan said. ¶ He added”)', () => {
    const body =
      'Razali Hamid said the dam was safe.\n\nChan Ka-wing, a former senior engineer, said dams were inspected every two years.\n\n“Nobody should be complacent,” Mr Chan said.\n\nHe added: “Every engineer will be watching.”';
    expect(one(body, 'Every engineer will be watching.').speaker).toBe('Chan Ka-wing');
  });
});

describe('a given name of two syllables joined by a hyphen', () => {
  it('is one name with its family name (“Park Ji-hoon”), not a name cut at the hyphen', () => {
    const body =
      'Dr. Park Ji-hoon, a throat specialist, said the damage could last.\n\n“Singing on a bleeding vocal cord can cause scarring,” Dr. Park said.';
    expect(one(body, 'Singing on a bleeding vocal cord can cause scarring').speaker).toBe('Park Ji-hoon');
  });

  it('but a word joined to a name describes something else (“the Smith-led inquiry said”)', () => {
    expect(one('“We found failings,” the Smith-led inquiry said.', 'We found failings').speaker).not.toBe('Smith-led');
  });
});

describe('a role the text gives by a title', () => {
  it('with its office’s field after it (“Minister for Health Colm Ó Riada said … “…,” the minister told the Dáil”)', () => {
    const body =
      'Minister for Health Colm Ó Riada said the State would not pay any ransom.\n\n“We will not be paying these criminals,” the minister told the Dáil.';
    expect(one(body, 'We will not be paying these criminals').speaker).toBe('Colm Ó Riada');
  });

  it('by a title that holds the role without naming it (“Justice Mwiche Banda-Siame ruled … the judge said”)', () => {
    const body =
      'Justice Mwiche Banda-Siame ruled that the by-election was void.\n\n"The evidence before this court shows that bags were distributed," the judge said.';
    expect(one(body, 'The evidence before this court shows that bags were distributed').speaker).toBe('Mwiche Banda-Siame');
  });

  it('by an abbreviated title written without its full stop (“Dr Thandeka Mokoena … the doctor said”)', () => {
    const body = 'Dr Thandeka Mokoena said the drug was potent.\n\n"It opens the airways," the doctor said.';
    expect(one(body, 'It opens the airways').speaker).toBe('Thandeka Mokoena');
  });
});

describe('an age before a trade', () => {
  it('is the one the paragraph before has telling, as the trade alone would be (“Jockey Sipho Ndlovu … said … ¶ “…,” the 29-year-old rider said”)', () => {
    const body =
      'Jockey Sipho Ndlovu, who rode the colt to victory, said he was upset.\n\n“That horse gave me the best day of my life,” the 29-year-old rider said.';
    expect(one(body, 'That horse gave me the best day of my life').speaker).toBe('Sipho Ndlovu');
  });
});

describe('a paragraph that names no one and goes on about “she”', () => {
  it('passes an age back to the person the story opened on (“When Aisha Bello opened her letter … ¶ She had scored … ¶ “…,” the 20-year-old told”)', () => {
    const body =
      'When Aisha Bello opened her admission letter two years ago, she expected to study medicine.\n\nShe had scored 318 in the exam. Instead, she was offered a place on a nursing course.\n\n“I asked the admissions office why,” the 20-year-old told the ABN.';
    expect(one(body, 'I asked the admissions office why').speaker).toBe('Aisha Bello');
  });

  it('hands the pronoun back to the one the paragraph before names (“For Aisha, … ¶ She is now … ¶ “…,” she said”)', () => {
    const body =
      'Aisha Bello wanted to study medicine.\n\nIfeoma Nwachukwu, a parent, said she was angry.\n\nFor Aisha, the arrests have brought some comfort, but not much.\n\nShe is now in her second year of nursing. But she has not given up.\n\n“I want to see justice,” she said.';
    expect(one(body, 'I want to see justice').speaker).toBe('Aisha Bello');
  });
});

describe('a family name written first', () => {
  it('stands alone for the one titled person whose name opens with it (“Singer Yoon Ara … Yoon posted … “…,” she wrote”)', () => {
    const body =
      'Singer Yoon Ara’s comeback concert was cancelled.\n\nHer agency, Starwave Entertainment, said in a statement that she was hurt.\n\nLater in the evening, Yoon posted a handwritten letter.\n\n“I am so sorry,” she wrote.';
    expect(one(body, 'I am so sorry').speaker).toBe('Yoon Ara');
  });
});

describe('“the company” a paragraph names', () => {
  const body =
    'A strike at Corvell Automotive de México’s plant entered its third day, the Sindicato Independiente de Trabajadores de Corvell said.\n\nCorvell, a subsidiary of Ohio-based Corvell Industries, supplies wiring systems to automakers. In a statement, the company said its offer was “fair and competitive” and above the average.\n\n“We value our workforce,” the statement said.';

  it('is the body the sentence before has for subject, past its apposition and a verb the tagger reads as a noun', () => {
    expect(one(body, 'fair and competitive').speaker).toBe('Corvell');
  });

  it('issues the statement the company spoke in', () => {
    expect(one(body, 'We value our workforce').speaker).toBe('Corvell');
  });
});

describe('an office described with “the”, then its holder between commas', () => {
  it('credits the holder (“The head of Fiji’s National Disaster Management Office, Vasiti Naulu, said”)', () => {
    const body =
      'The head of Fiji’s National Disaster Management Office, Vasiti Naulu, said the country would need help for "months, not weeks".';
    expect(one(body, 'months, not weeks').speaker).toBe('Vasiti Naulu');
  });

  it('credits the holder after a body’s office written as a name (“The Ministry of Health’s Director of Public Health, Dr Peter Omondi, has called”)', () => {
    const body =
      'The Ministry of Health’s Director of Public Health, Dr Peter Omondi, has called the rumours “dangerous” and says the ministry will act.';
    expect(one(body, 'dangerous').speaker).toBe('Peter Omondi');
  });
});

describe('a paragraph that is all quotation after one whose speaker is described at length', () => {
  it('is theirs past where they are from (“Abdul Kader Molla, a … trader from Char Alexander who survived …, said …”)', () => {
    const body =
      'Abdul Kader Molla, a 46-year-old vegetable trader from Char Alexander who survived by clinging to a floating drum, said the launch had started to list.\n\n“The staff kept taking more people on at every stop.”';
    expect(one(body, 'The staff kept taking more people on at every stop.').speaker).toBe('Abdul Kader Molla');
  });

  it('is theirs past a department at its body (“Prof Shahidul Islam Sarker of the Department of … at Bengal University of … said”)', () => {
    const body =
      'Prof Shahidul Islam Sarker of the Department of Naval Architecture at Bengal University of Engineering and Technology said many launches were built without approved designs.\n\n“These double-deckers are top-heavy by design.”';
    expect(one(body, 'These double-deckers are top-heavy by design.').speaker).toBe('Shahidul Islam Sarker');
  });
});

describe('a full name whose relative clause names a relative', () => {
  it('is a person, whom “she said” finds (“Rokeya Begum, whose 19-year-old son Shahin was travelling home, sat …”)', () => {
    const body =
      'Fire Service Deputy Director Anisur Rahman Talukder said the currents were strong. “The hull is on its side,” he said.\n\nAt the ghat, hundreds of relatives gathered. Rokeya Begum, whose 19-year-old son Shahin was travelling home from his exams, sat on the embankment.\n\n“Just give me my son back, alive or dead,” she said.';
    expect(one(body, 'Just give me my son back, alive or dead').speaker).toBe('Rokeya Begum');
  });
});

describe('a described speaker after an opening phrase of place', () => {
  it('is whom “he” stands for, not a spokeswoman before (“Outside the restaurant on Thursday lunchtime, one regular diner said …”)', () => {
    const body =
      'A spokeswoman for Thorne Hospitality Group said reservations had not been affected. "We were fully booked," she said.\n\nOutside the restaurant on Thursday lunchtime, one regular diner said the guide had got it wrong. "I have eaten here thirty times," he said.';
    expect(one(body, 'I have eaten here thirty times').speaker).toBe('one regular diner');
  });
});
