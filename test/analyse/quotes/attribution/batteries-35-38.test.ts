// Attribution rules drawn from the thirty-fifth to thirty-eighth batteries (test/fixtures/quote-batteries).
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('a place no one is', () => {
  it('is no subject when a second place joins it by “and” (“who studies rainfall in South and Southeast Asia, said”)', () => {
    const body =
      'Climate researcher Dr Farzana Rahman, who studies rainfall patterns in South and Southeast Asia, said warming seas were making droughts longer.\n\n“In the past, a bad dry season was followed by a good monsoon,” she said.';
    expect(one(body, 'In the past, a bad dry season was followed by a good monsoon').speaker).toBe('Farzana Rahman');
  });

  it('is no subject after a locating preposition, “the” and adjectives (“A dam in the northern Philippines stopped”)', () => {
    const body =
      'A dam in the northern Philippines stopped generating electricity on Thursday.\n\nThe Tinaklong plant, operated by Cordillera Hydro Power Corp (CHPC), shut its last turbine, the company said in a statement.\n\n"The reservoir elevation has fallen below the minimum," the statement said.';
    expect(one(body, 'The reservoir elevation has fallen below the minimum').speaker).not.toBe('Philippines');
  });
});

describe('“the company” with no body acting before it', () => {
  it('is the one company the text names by its legal form (“operated by Cordillera Hydro Power Corp … the company said”)', () => {
    const body =
      'The Tinaklong plant, operated by Cordillera Hydro Power Corp (CHPC), shut its last turbine, the company said in a statement.\n\n"The reservoir elevation has fallen below the minimum," the statement said.';
    expect(one(body, 'The reservoir elevation has fallen below the minimum').speaker).toBe('Cordillera Hydro Power Corp');
  });

  it('is no one of two such companies (“Acme Corp and Zenith Ltd … the company said”)', () => {
    const body =
      'The plant, run by Acme Holdings Corp for Zenith Power Ltd, shut its last turbine, the company said in a statement.\n\n"The reservoir elevation has fallen below the minimum," the statement said.';
    const { speaker } = one(body, 'The reservoir elevation has fallen below the minimum');
    expect(speaker).not.toBe('Acme Holdings Corp');
    expect(speaker).not.toBe('Zenith Power Ltd');
  });
});

describe('roles before a name, joined by “and”, opening the sentence', () => {
  it('are no name, though the first is capitalised (“Fellow judge and Bondi restaurateur Lachie Brennan …, telling”)', () => {
    const body =
      "Fellow judge and Bondi restaurateur Lachie Brennan leapt to his mate's defence, telling The Daily Thunder the chef had made ‘a dumb mistake’ but was no crook.";
    expect(one(body, 'a dumb mistake').speaker).toBe('Lachie Brennan');
  });
});

describe('a trade not known by its ending', () => {
  it('is a description of who speaks (“one vendor at the market said”)', () => {
    const body =
      'Litia Vakaloloma, who runs a kava stall, said sales had halved.\n\n“No boat, no dalo. My customers are asking every day,” said a vendor at the Suva Municipal Market.';
    expect(one(body, 'No boat, no dalo. My customers are asking every day').speaker).toBe('a vendor');
  });
});

describe('“the monk”, “the executive”', () => {
  it('is the one the text named in apposition to the role and where it is held (“The chief executive of the firm, John Smith, said”)', () => {
    const body =
      'The chief executive of the firm, John Smith, said the pilgrims had been welcome guests.\n\n“They came from the land of the Buddha’s birth to worship here,” the executive said.';
    expect(one(body, 'They came from the land of the Buddha’s birth to worship here').speaker).toBe('John Smith');
  });

  it('is so past a title that opens the name (“The chief monk of the temple, Ven. …, said”)', () => {
    const body =
      'The chief monk of the temple, Ven. Ratnagiriye Dhammaloka Thera, said the pilgrims had been welcome guests.\n\n“They came from the land of the Buddha’s birth to worship here,” the monk was quoted as saying.';
    expect(one(body, 'They came from the land of the Buddha’s birth to worship here').speaker).toBe('Ratnagiriye Dhammaloka Thera');
  });
});

describe('an office named with its field, its holder in apposition (“Fiji’s Minister for Maritime Transport, Semi Koroitamana,”)', () => {
  const opening = "Fiji's Minister for Maritime Transport, Semi Koroitamana,";

  it('gives the holder as the speaker of words the sentence quotes', () => {
    const body = `${opening} has warned the union and the company to "settle this, or we will step in", and said the government may charter a vessel.`;
    expect(one(body, 'settle this, or we will step in').speaker).toBe('Semi Koroitamana');
  });

  it('gives the holder as the one “he” is', () => {
    const body = `${opening} visited the port on Monday with officials.\n\n“We will step in,” he said.`;
    expect(one(body, 'We will step in').speaker).toBe('Semi Koroitamana');
  });

  it('gives the holder as “the minister”', () => {
    const body = `${opening} was blunt on Monday.\n\n“We will step in. The union has had its chance,” the minister said.`;
    expect(one(body, 'We will step in. The union has had its chance').speaker).toBe('Semi Koroitamana');
  });
});

describe('police ranks written short (“Supt Ncube”, “Insp Sibanda”)', () => {
  it('are titles, no part of the name', () => {
    const body = 'Superintendent Lovemore Ncube led the negotiations.\n\nSupt Ncube said the men were “tired and hungry” by the end.';
    expect(one(body, 'tired and hungry').speaker).toBe('Lovemore Ncube');
  });
});

describe('an owner ending on s before an office, its holder in apposition', () => {
  it('gives the holder (“Cyprus’ Deputy Minister of Culture, Ms Eleni Charalambous, said:”)', () => {
    const body =
      'Speaking at the handover ceremony, Cyprus\' Deputy Minister of Culture, Ms Eleni Charalambous, said: "This statue was not made to stand in a glass case."';
    expect(one(body, 'This statue was not made to stand in a glass case.').speaker).toBe('Eleni Charalambous');
  });
});

describe('“a judge” in the lead', () => {
  it('is the one judge the article names further down (“in what a judge described as … ¶ Judge Helen Marsh said”)', () => {
    const body =
      'A water company has been fined £4.2 million in what a judge described as “a sustained and wholly avoidable failure”.\n\nSentencing at Shrewsbury Crown Court, Judge Helen Marsh said the firm had ignored warnings.';
    expect(one(body, 'a sustained and wholly avoidable failure').speaker).toBe('Helen Marsh');
  });

  it('stays “a judge” where the article names two', () => {
    const body =
      'A water company has been fined in what a judge described as “a sustained and wholly avoidable failure”.\n\nJudge Helen Marsh said the firm had ignored warnings. An appeal will be heard by Judge Tom Reed.';
    expect(one(body, 'a sustained and wholly avoidable failure').speaker).toBe('a judge');
  });
});

describe('“the grandmother of five”, written with spaces', () => {
  it('is the one named before, as “the grandmother-of-five” is', () => {
    const body =
      'Maureen Kiely, 67, from Belmullet, was one of two dozen residents crammed into a bunker.\n\nFour people died, including a boy of nine.\n\nSpeaking from a Red Cross shelter yesterday, the grandmother of five said: “I honestly thought we were all going to die in there.”';
    expect(one(body, 'I honestly thought we were all going to die in there.').speaker).toBe('Maureen Kiely');
  });
});

describe('“the letter” someone wrote', () => {
  it('is the one whose letter the sentence before opens on (“In his resignation letter, …, Mr Chanda maintained”)', () => {
    const body =
      'Minister Mutale Chanda has resigned.\n\nIn his resignation letter, a copy of which was seen by the Sentinel, Mr Chanda maintained that he had not acted for personal gain.\n\n“I have at all times sought to serve the country,” the letter reads.';
    expect(one(body, 'I have at all times sought to serve the country').speaker).toBe('Mutale Chanda');
  });

  it('is by the title’s sex the one of the story’s two of that surname (“Mr Chanda … Mrs Ruth Chanda”)', () => {
    const body =
      'Minister Mutale Chanda has resigned.\n\nIn his resignation letter, Mr Chanda maintained that he had not acted for personal gain.\n\n“I have at all times sought to serve the country,” the letter reads.\n\nThe rest included Mr Chanda’s wife, Mrs Ruth Chanda, and his son.';
    expect(one(body, 'I have at all times sought to serve the country').speaker).toBe('Mutale Chanda');
  });
});

describe('“the message”', () => {
  it('is the description whose message the sentence before opens on (“In a message posted …, the group mocked”)', () => {
    const body =
      'Patient records stolen from the hospital were published on Monday.\n\nIn a message posted alongside the data, the group mocked the hospital’s security.\n\n“We gave them seven days,” the message read in English.';
    expect(one(body, 'We gave them seven days').speaker).toBe('the group');
  });
});

describe('a family word of everyday speech before a name (“Ciarán’s mam Siobhán said”)', () => {
  it('makes the name a person’s whom a later “she” stands for', () => {
    const body =
      'Kari Lunde, a spokeswoman for operator Oslo Trikk, said: "We take this extremely seriously."\n\nCiarán\'s mam Siobhán said the family had been sent the video before they realised it was him.\n\nShe said: "His aunt in Mallow rang me screaming."';
    expect(one(body, 'His aunt in Mallow rang me screaming.').speaker).toBe('Siobhán');
  });
});

describe('a description after a linking verb, with “who” and a verb of saying', () => {
  it('is what someone is said to be, not who speaks (“She said Obama is the calm father who tells his child, “…””)', () => {
    const body =
      'First Lady Michelle Obama spoke to Oprah Winfrey.\n\nShe said President Obama is the calm father who tells his injured child, “You know what, babe? It’s OK.”';
    expect(one(body, 'You know what, babe? It’s OK.').speaker).toBe('Michelle Obama');
  });

  it('still speaks in a cleft (“It was my mother who told me … (“only ever half a pint, I hope”)”)', () => {
    const body = 'It was my mother who told me that my untidy bedroom showed “poor stewardship”.';
    expect(one(body, 'poor stewardship').speaker).toBe('my mother');
  });
});

describe('a club’s name before a player’s position (“the former Nakivubo Rangers forward said”)', () => {
  it('is where the player played, no one “he” stands for', () => {
    const body =
      'Brian Ssekandi’s doping ban was cut on Tuesday.\n\nSpeaking from Denmark, where he plays for FC Limfjord, the former Nakivubo Rangers forward said he had not slept.\n\n“For eight months people looked at me like a cheat,” he said.';
    expect(one(body, 'For eight months people looked at me like a cheat').speaker).toBe('Brian Ssekandi');
  });
});

describe('a name after an adjective opening the sentence (“An emotional Ms Quinlan, a community worker, hugged”)', () => {
  it('is the subject a later “she” stands for', () => {
    const body =
      '“The recount was conducted in full,” returning officer Ruth Glendinning said.\n\nAn emotional Ms Siobhán Quinlan, a 34-year-old community worker, hugged supporters as the result was read out.\n\n“I can’t quite believe it,” she said.';
    expect(one(body, 'I can’t quite believe it').speaker).toBe('Siobhán Quinlan');
  });
});

describe('a name after “For” opening the sentence (“For Carys Hughes, whose son …, news … has been hard to take”)', () => {
  it('is the topic a later “she” stands for', () => {
    const body =
      '“We owe it to every person who has ever shaken a bucket,” Mrs Bethan Lloyd added.\n\nFor Carys Hughes, whose son Tomos was helped by the trust, news of the charges has been hard to take.\n\n“They paid for our petrol to Cardiff and back,” she said.';
    expect(one(body, 'They paid for our petrol to Cardiff and back').speaker).toBe('Carys Hughes');
  });
});

describe('a given name in apposition to a relative named by an owner in lower case (“The girl’s father, Rudi, …”)', () => {
  it('is a person a later “he” stands for, not another named before', () => {
    const body =
      'Swedish rider Oskar Lindgren appeared to touch wheels with another rider.\n\nThe girl’s father, Rudi, a 38-year-old plantation worker, said the family had arrived three hours early.\n\n“My daughter wanted to see the bicycles up close,” he told The Archipelago Daily.';
    expect(one(body, 'My daughter wanted to see the bicycles up close').speaker).toBe('Rudi');
  });
});

describe('an inverted “Among … was”, with a role before the name (“Among the protesters was former mahout Muthu Krishnan, 67, who …”)', () => {
  it('makes the name the subject a later “he” stands for', () => {
    const body =
      "The zoo's director, Dr Zulkarnain Hashim, said the decision had been made on the advice of veterinarians.\n\n“Elephants are social animals,” Dr Zulkarnain told reporters after the protest.\n\nHe added that the elephant would be accompanied by two of her keepers.\n\n" +
      'Among the protesters was former mahout Muthu Krishnan, 67, who cared for the elephant for 22 years.\n\n“When she hears my voice, she comes to the fence,” he said.';
    expect(one(body, 'When she hears my voice, she comes to the fence').speaker).toBe('Muthu Krishnan');
  });
});

describe('a body’s part after its owner’s mark (“Karen Morrison of the Constabulary’s Fraud Squad confirmed”)', () => {
  it('is where the person works; the person is the subject “she” stands for', () => {
    const body =
      "Deputy Superintendent Karen Morrison of the Constabulary's Fraud Squad confirmed that an investigation was under way.\n\n“We have received a complaint,” she said.";
    expect(one(body, 'We have received a complaint').speaker).toBe('Karen Morrison');
  });
});
