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

describe('a paragraph that is only a quotation, after one in which someone says something', () => {
  it('is theirs past a name in marks there and their title and surname before (“…,” Dr Chebet said. ¶ She said … its “Nairobi Moves” expansion. ¶ “…”)', () => {
    const body =
      'Lillian Chebet, a transport economist, has followed the company for years.\n\n“Fares were held down for political reasons,” Dr Chebet said. “Every time the diesel price went up, Mwangaza lost money.”\n\nShe said the company had also grown too fast, buying 200 new buses under what it marketed as its “Nairobi Moves” expansion.\n\n“They bought the buses before they had the passengers. That is the whole story in one line.”';
    expect(one(body, 'They bought the buses before they had the passengers. That is the whole story in one line.').speaker).toBe(
      'Lillian Chebet',
    );
  });

  it('is theirs past those named after a preposition in what they report (Baird said the family was trying to get to New Zealand to be with Richard …)', () => {
    const body =
      '“Linda had wanted to do this balloon ride for years,” her brother, Tom Baird, told ANN.\n\nBaird said the family was trying to get to New Zealand to be with Richard, and a cousin has set up a fundraiser titled “Bring Richard Home” to help with the costs.\n\n“We’re heartbroken, but we’re also angry. We want to know how a balloon ends up in power lines.”';
    expect(one(body, 'We’re heartbroken, but we’re also angry. We want to know how a balloon ends up in power lines.').speaker).toBe(
      'Tom Baird',
    );
  });
});

describe('“the statement”', () => {
  it('is the one who gave it in a text a word describes (A spokeswoman for the University of Northmoor said in an emailed statement …)', () => {
    const body =
      'Faizal has rejected the allegations.\n\nA spokeswoman for the University of Northmoor said in an emailed statement that the university “takes all allegations of academic misconduct extremely seriously”.\n\n“A panel has been convened under our research integrity procedures,” the statement said.';
    expect(one(body, 'A panel has been convened under our research integrity procedures').speaker).toBe(
      'A spokeswoman for the University of Northmoor',
    );
  });

  it('is the one who gave it past an aside in dashes (Charles Whitman — known around town as “Chuck” … — thanked voters in a statement)', () => {
    const body =
      '“We are going to wait,” said Gary Pruitt, chairman of Riverton Taxpayers First.\n\nThe Foxes’ owner, Charles Whitman — known around town as “Chuck” since his days running his family’s trucking business — thanked voters in a statement and promised that construction would begin next spring.\n\n“We heard the concerns of people who voted no,” the statement said.';
    expect(one(body, 'We heard the concerns of people who voted no').speaker).toBe('Charles Whitman');
  });
});

describe('“the statement” a description issued', () => {
  it('is the organisation the description stands for, written with a capital (The company, whose buses …, said in a statement)', () => {
    const body =
      'Mwangaza Metro Bus, one of the largest operators, collapsed into administration on Monday.\n\nThe company, whose buses are known to passengers as “the Green Snakes”, said in a statement that it could no longer meet its bills.\n\n“The board has taken the painful decision,” the statement said.';
    expect(one(body, 'The board has taken the painful decision').speaker).toBe('Mwangaza Metro Bus');
  });

  it('is a named person’s family that a text opening the sentence has speak (In a statement released through police, Mr Fairbairn’s family said)', () => {
    const body =
      'Nine other passengers were injured.\n\nIn a statement released through police, Mr Fairbairn’s family said he had flown balloons for more than 25 years.\n\n“Andy was a loving husband, dad and grandad,” the statement said.';
    expect(one(body, 'Andy was a loving husband, dad and grandad').speaker).toBe('Mr Fairbairn’s family');
  });
});

describe('“the statement from …” in the quotation’s own sentence', () => {
  it('is whom the text is from, before any statement further up (The statement from Horizon TV said: “…”)', () => {
    const body =
      'The decision, announced in a statement signed by the Chief Executive Officer, Mrs Abena Owusu-Darko, yesterday, came after four days of outrage.\n\nThe statement from Horizon TV said: “Management has reviewed the content of the programme in question.”';
    expect(one(body, 'Management has reviewed the content of the programme in question.').speaker).toBe('Horizon TV');
  });
});

describe('where someone works, a body whose name holds “with” or “on”', () => {
  it('is read whole after “of the” (Samuel Ankomah of the Ghana Alliance of Persons with Disabilities said …)', () => {
    const body =
      'The lawyer spoke to reporters.\n\nSamuel Ankomah of the Ghana Alliance of Persons with Disabilities said the sacking was “a good start” but wants more.';
    expect(one(body, 'a good start').speaker).toBe('Samuel Ankomah');
  });
});

describe('an aside between the speaker and the verb', () => {
  it('that an adverb opens says how, not who (Dr Ariadne Konstantinou, visibly shaken, said the loss was “…”)', () => {
    const body =
      'Museum director Dr Ariadne Konstantinou, visibly shaken, said the loss was “a wound to the cultural memory of this city”.';
    expect(one(body, 'a wound to the cultural memory of this city').speaker).toBe('Ariadne Konstantinou');
  });
});

describe('a name with its age before it, in apposition', () => {
  it('is the speaker (One of them, 14-year-old Noah Beaulieu, told reporters the group wanted a name “…”)', () => {
    const body =
      'The wing will be renamed by a council of teenage patients. One of them, 14-year-old Noah Beaulieu, told reporters the group wanted a name "that belongs to the kids, not to someone with money."';
    expect(one(body, 'that belongs to the kids, not to someone with money.').speaker).toBe('Noah Beaulieu');
  });
});

describe('words that say what a name is, opening the sentence', () => {
  it('keep the sentence’s capital on their first word (Flag carrier subsidiary Polavia, which …, said … it was “…”)', () => {
    const body =
      "Snow closed the airport on Monday.\n\nFlag carrier subsidiary Polavia, which operates more than half of the airport's scheduled services, said in a statement it had cancelled all departures and was “working to rebook passengers as quickly as possible”.";
    expect(one(body, 'working to rebook passengers as quickly as possible').speaker).toBe('Polavia');
  });
});

describe('an owner’s “his” or “her” in what someone is said to have said', () => {
  it('tells their sex no more than the name lists do (Linda Castellano … Castellano said the decision was not a judgment on his guilt. “…,” she said)', () => {
    const body =
      'The board voted to rename the Halvorsen Family Children’s Wing. It will be known as the Aurora Wing, a name suggested by patients.\n\n“We have a responsibility,” foundation president and CEO Linda Castellano told reporters.\n\nPolice charged Halvorsen with fraud.\n\nCastellano said the decision was not a judgment on his guilt.\n\n“That is for a court to decide,” she said.';
    expect(one(body, 'That is for a court to decide').speaker).toBe('Linda Castellano');
  });
});

describe('“the man” or “the woman” who speaks', () => {
  it('is the one an indefinite description brought in (one resident who did not want to give his name … “…,” the man said)', () => {
    const body =
      '“Our first priority is to make the area safe,” Superintendent Mark Reid said.\n\nMany residents point to a water main. Across the road, one resident who did not want to give his name was blunt.\n\n“Nobody come. Now look,” the man said.';
    expect(one(body, 'Nobody come. Now look').speaker).toBe('one resident');
  });

  it('stays as written where only a definite one was (The doctor prescribed the man steroids … According to the man, the steroids “…”)', () => {
    const body =
      'The doctor subsequently prescribed the man in the case report steroids and told him to get rid of the duvet. According to the man, the steroids “had a transformative effect within 2 days.”';
    expect(one(body, 'had a transformative effect within 2 days.').speaker).toBe('the man');
  });
});

describe('more nouns for people and bodies', () => {
  it('read “one regular” as someone described (One regular branded the findings ‘a total disgrace’)', () => {
    const body =
      'The report was published yesterday.\n\nOne regular branded the findings ‘a total disgrace’ and said she would “never set foot in there again”.';
    expect(one(body, 'a total disgrace').speaker).toBe('One regular');
  });

  it('read “the league” as a body that speaks (The league said it was “monitoring the matter”)', () => {
    const body = 'The player refused to train on Monday.\n\nThe league said it was “monitoring the matter”.';
    expect(one(body, 'monitoring the matter').speaker).toBe('The league');
  });
});

describe('“the department”, “the ministry”, “the council”', () => {
  it('is the body just named saying something, though its name has no such word (Global Affairs Canada said … “…,” the department said)', () => {
    const body =
      'Global Affairs Canada said in an emailed statement that consular officials had been in contact with the family. “We are pleased to learn that the Canadian citizen has been located,” the department said.';
    expect(one(body, 'We are pleased to learn that the Canadian citizen has been located').speaker).toBe('Global Affairs Canada');
  });
});

describe('“local” before a noun', () => {
  it('is an adjective, not a person (The local gas distributor, Virumaa Gaasivõrk, said … “…,” the company said)', () => {
    const body =
      '“The working theory is a leak,” Padar said.\n\nSeveral residents said they had smelled gas. The local gas distributor, Virumaa Gaasivõrk, said it had no record of a leak being reported.\n\n“Our emergency team isolated the supply within 40 minutes,” the company said in a statement.';
    expect(one(body, 'Our emergency team isolated the supply within 40 minutes').speaker).toBe('Virumaa Gaasivõrk');
  });
});
