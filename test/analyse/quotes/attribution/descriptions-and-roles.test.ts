// Attribution rules for descriptions and roles: “the spokesman”, “a spokesman for X”, occupations and their holders.
import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore } from '../../../../src/analyse/speakers/attribution.js';
import { one, quotesOf } from '../story.js';

describe('roles: who speaks for whom, and who holds a role', () => {
  it('credits “a spokesman for X” with the words, not X', () => {
    const found = one('“We have nothing to add,” a spokesman for Special Counsel Robert Mueller said.', 'We have nothing to add');
    expect(found.speaker).toBe('a spokesman for Special Counsel Robert Mueller');
    expect(one('“We have nothing to add,” a spokesman for the special counsel said.', 'We have nothing to add').speaker).toBe(
      'a spokesman for the special counsel',
    );
  });

  it('resolves “the president” to the person the text gives that title, with the reason', () => {
    const body = 'President Donald Trump met Vice President Mike Pence on Friday.\n\n“He is a showboat,” the president said.';
    expect(one(body, 'He is a showboat')).toMatchObject({ speaker: 'Donald Trump', speakerReason: "resolved from 'the president'" });
  });

  it('resolves “the spokesman” to the person named as one in apposition', () => {
    const body =
      'Peter Carr, a spokesman for the special counsel, declined to comment on Friday.\n\n“We have nothing to add,” the spokesman said.';
    expect(one(body, 'We have nothing to add')).toMatchObject({ speaker: 'Peter Carr', speakerReason: "resolved from 'the spokesman'" });
  });

  it('leaves “the president” as it is when no one in the text holds the title', () => {
    expect(one('The memo was read out. “Let this go,” the president told him.', 'Let this go').speaker).toBe('the president');
  });

  it('credits an unattributed quotation to the person who says something in the sentence before, and says so', () => {
    const body = 'Senator Richard Burr said the committee would keep going. “We will follow the facts wherever they lead.”';
    expect(one(body, 'We will follow the facts wherever they lead.')).toMatchObject({
      speaker: 'Richard Burr',
      speakerReason: 'named in the sentence before',
    });
  });

  it('gives no speaker to an unattributed quotation when someone else is named after the last speaker', () => {
    const body =
      'Senator Richard Burr said the committee would keep going, and thanked Mary Holt. “We will follow the facts wherever they lead.”';
    expect(one(body, 'We will follow the facts wherever they lead.').speaker).toBeNull();
  });
});

describe('whom a speaker tells, and descriptions alike in part', () => {
  it('never credits whom the words were told to (“Ann Lowe, the mayor, tells Radio City”)', () => {
    expect(one('“We will rebuild,” Ann Lowe, the mayor of Fairview, tells Radio City.', 'We will rebuild').speaker).toBe('Ann Lowe');
  });

  it('reads the name after a role in an inverted attribution (“responded City Hall spokesman Tom Reed”)', () => {
    expect(one('“It depends on the budget,” responded City Hall spokesman Tom Reed.', 'It depends on the budget').speaker).toBe('Tom Reed');
  });

  it('does not merge two descriptions with the same head but other words (“the French foreign ministry”)', () => {
    const body = 'Russia’s foreign ministry said it saw “a grave error”. The French foreign ministry said it “regrets the decision”.';
    expect(one(body, 'regrets the decision').speaker).toBe('The French foreign ministry');
  });
});

describe('occupations, companies and typed marks', () => {
  it('knows an occupation by its ending, before a name, in apposition and as a description', () => {
    const after = '“The crater is older than we thought,” said planetary geologist Ann Lowe of the Space Institute.';
    expect(one(after, 'The crater is older than we thought').speaker).toBe('Ann Lowe');
    expect(one('“Prices will rise,” said farmer Tom Reed.', 'Prices will rise').speaker).toBe('Tom Reed');
    expect(one('Dr Tom Reed, a marine biologist at Leeds, said: “The water is warm.”', 'The water is warm.').speaker).toBe('Tom Reed');
    expect(one('“Prices will rise,” the physician told reporters.', 'Prices will rise').speaker).toBe('the physician');
  });

  it('takes no ordinary word with an occupation’s ending for one (“the number”, “the water”)', () => {
    expect(attributionAfter(', the number said.')).toBeNull();
    expect(attributionAfter(', the water said.')).toBeNull();
    expect(attributionAfter(', the historian said.')).toMatchObject({ kind: 'description', head: 'historian' });
  });

  it('ends a person’s name before “of” its institution, not a body’s (“Bank of England”)', () => {
    expect(attributionAfter(', said Ann Lowe of the Space Institute.')).toMatchObject({ words: ['Ann', 'Lowe'] });
    expect(attributionAfter(', said Bank of England officials.')).not.toMatchObject({ words: ['Bank'] });
  });

  it('reads “Acme, Inc.” as the end of a company’s name in a capitalised job title', () => {
    const body = 'Ann Lowe, Senior Vice President of Sales for Acme, Inc., says: “Sales are up.”';
    expect(one(body, 'Sales are up.').speaker).toBe('Ann Lowe');
  });

  it('credits “the statement read” to whoever denied something “in a statement”, and “the statement continued” likewise', () => {
    const body =
      'Swift accused the label of blocking the show.\n\nThe company flat-out denied the allegations in a statement on its website.\n\n“We never blocked anyone,” the statement read.\n\nShe was not convinced.\n\n“We will keep talking,” the statement continued.';
    expect(one(body, 'We never blocked anyone')).toMatchObject({ speaker: 'The company', speakerReason: "resolved from 'the statement'" });
    expect(one(body, 'We will keep talking').speaker).toBe('The company');
  });

  it('credits “it” to a body that issued something past a relative clause (“the Commission, which regulates X, issued”)', () => {
    const body =
      'The Harbour Commission, which regulates the port, issued a statement on Monday. However, it pointed out that it has no “power over the ships.”';
    expect(one(body, 'power over the ships.').speaker).toBe('Harbour Commission');
  });

  it('credits “they said” or “it says” to a company the text has saying or issuing something', () => {
    const denies = 'The label behind the band, Lakeside Records, denies the claim.\n\n“We never blocked anyone,” they said in a statement.';
    expect(one(denies, 'We never blocked anyone').speaker).toBe('Lakeside Records');
    const issued = 'Lakeside Records put out a statement on Friday.\n\n“We never blocked anyone,” it says.';
    expect(one(issued, 'We never blocked anyone').speaker).toBe('Lakeside Records');
    // Adverbs and auxiliaries may stand between the company and its verb.
    const twice = 'Lakeside Records have twice denied doing anything wrong.\n\n“We never blocked anyone,” they said in a statement.';
    expect(one(twice, 'We never blocked anyone').speaker).toBe('Lakeside Records');
    // A spokesperson "for" the company is the subject, and "they" may be that person: no guess.
    const spokesperson = 'Ann Lowe, a spokesperson for Lakeside, confirmed the deal to reporters.\n\n“We are glad,” they said in an email.';
    expect(one(spokesperson, 'We are glad').speaker).not.toBe('Lakeside');
    // A place whose people do something says nothing.
    const place = 'Many in Port Avel will deplore that decision.\n\nMeanwhile, they note that the army took a “voluntary clean-up” role.';
    expect(one(place, 'voluntary clean-up').speaker).toBeNull();
  });

  it('gives a passive no speaker: what something “is called”, what someone “was told”', () => {
    expect(one('When it reaches the lungs, the disease is called “farmer’s lung.”', 'farmer’s lung.').speaker).toBeNull();
    expect(attributionBefore('He was told by an aide to give Russia ')).toBeNull();
  });

  it('reads two single marks typed for a double one (``…’’, “…’’)', () => {
    const closing = '“Sales are up,’’ Ann Lowe, chief executive of Acme, told the BBC. “We are glad.”';
    expect(one(closing, 'Sales are up')).toMatchObject({ speaker: 'Ann Lowe', kind: 'full' });
    expect(one(closing, 'We are glad.').speaker).toBe('Ann Lowe');
    expect(one("``Sales are up,'' Ann Lowe said.", 'Sales are up')).toMatchObject({ speaker: 'Ann Lowe', kind: 'full' });
    // Two closing singles inside single marks stay two single marks.
    expect(quotesOf("Ann Lowe said: 'He told me 'go'' and left.").some((quote) => quote.text === 'go')).toBe(true);
  });

  it('credits “the statement” to the description that issued it, never to a place named before it', () => {
    const body =
      'Two soldiers died in a crash in Kandahar, the US military said in a statement on Wednesday.\n\n“The cause is under investigation,” the statement said.';
    expect(one(body, 'The cause is under investigation')).toMatchObject({
      speaker: 'the US military',
      speakerReason: "resolved from 'the statement'",
    });
  });

  it('reads a slogan or motto with its full stop inside the marks as a term', () => {
    expect(one('The city launched a campaign with the slogan “Stay home, stay safe.”', 'Stay home, stay safe.').kind).toBe('scare');
    expect(one('Ann Lowe said: “Stay home, stay safe.”', 'Stay home, stay safe.').kind).toBe('full');
  });

  it('passes over “via” an outlet, and the rest of a place after a comma (“in Washington, D.C.,”)', () => {
    const via = 'Tom Reed, via City Radio, said that the mayor “cannot start a fight and then cry foul.”';
    expect(one(via, 'cannot start a fight and then cry foul.').speaker).toBe('Tom Reed');
    const place =
      '“Water is rare,” lead author Ann Lowe, a scientist at the Space Center in Greenbelt, Maryland, and City University in Port Avel, Delta, said.';
    expect(one(place, 'Water is rare').speaker).toBe('Ann Lowe');
  });

  it('reads an acronym that spells a function word as a name (“says WHO”)', () => {
    expect(one('Untreated, the disease is “always fatal”, says WHO.', 'always fatal').speaker).toBe('WHO');
  });

  it('gives a participle after someone else’s “claims” to the clause’s subject', () => {
    const body = 'Acme Group has denied Ann Lowe’s claims, saying they were “shocking and false.”';
    expect(one(body, 'shocking and false.').speaker).toBe('Acme Group');
  });

  it('credits words a speaker quotes themselves saying (“I said, ‘…’”) to that speaker, and no one else’s', () => {
    const body = '“My team had it done,” Tom Reed recalled. “And I said, ‘I want more.’ They said, ‘The farmers can’t take it.’”';
    expect(one(body, 'And I said, ‘I want more.’ They said, ‘The farmers can’t take it.’').speaker).toBe('Tom Reed');
    expect(one(body, 'I want more.')).toMatchObject({ speaker: 'Tom Reed', nested: true });
    expect(one(body, 'The farmers can’t take it.').speaker).toBeNull();
  });

  it('reads one quoted word before its noun as a term, wherever it stands (“changed it to “fixit” mode”)', () => {
    expect(one('The app switched its account to “fixit” mode during the debate.', 'fixit').kind).toBe('scare');
    // A verb of saying or naming just before puts the word in someone's mouth.
    expect(one('Ann Lowe called the plan “reckless” behaviour on Monday.', 'reckless').kind).not.toBe('scare');
  });
});

describe('“Another said”', () => {
  it('is one more of the kind just quoted (“one user … Another said” → another user), with the reason', () => {
    const body = 'One user on Twitter posted: “Why was the bridge closed?”\n\nAnother said: “The council has failed us.”';
    const quote = one(body, 'The council has failed us.');
    expect(quote.speaker).toBe('another user');
    expect(quote.speakerReason).toBe("resolved from 'Another'");
  });

  it('is no one, and never a name, when no one of a kind was quoted before', () => {
    const body = '“We are tired,” said Ann Lowe. Another said: “We will stay.”';
    expect(one(body, 'We will stay.').speaker).toBeNull();
  });
});

describe('descriptions after the verb and other ways of putting words in a mouth', () => {
  it('reads a description at the end of the sentence (“…,” said the mayor.), “his” or “her” as well as “the”', () => {
    expect(one('“The bridge is safe,” said the mayor.', 'The bridge is safe').speaker).toBe('the mayor');
    expect(one('“The bridge is safe,” said his lawyer.', 'The bridge is safe').speaker).toBe('his lawyer');
  });

  it('takes the name in apposition to a description (“According to his aunt, Jane Reed, “…””)', () => {
    expect(one('According to his aunt, Jane Reed, “He was reading at four.”', 'He was reading at four.').speaker).toBe('Jane Reed');
  });

  it('credits “As X put it, “…”” to X, as a full quotation', () => {
    const quote = one('As Lowe put it, “The book was ahead of its time.”', 'The book was ahead of its time.');
    expect(quote.speaker).toBe('Lowe');
    expect(quote.kind).toBe('full');
  });

  it('counts “bemoans” and “laments” as verbs of saying', () => {
    expect(one('Lowe still bemoans that the book “should have been marketed better.”', 'should have been marketed better').speaker).toBe(
      'Lowe',
    );
  });
});

describe('a role in capitals after lower-case words', () => {
  it('is a description, not a name (“as one neo-bank CEO told me”)', () => {
    expect(one('They focus on their customers’ “financial health,” as one neo-bank CEO told me.', 'financial health').speaker).toBe(
      'one neo-bank CEO',
    );
    expect(one('“We are growing,” said Acme CEO Ann Lowe.', 'We are growing').speaker).toBe('Ann Lowe');
  });
});

describe('descriptions with a word or phrase after the head', () => {
  it('reads “one of the managers present said” and “one of the engineers in the room said” as descriptions', () => {
    const body =
      'Lena Park spoke first.\n\n“It stung,” one of the managers present said later.\n\n“It ached,” one of the engineers in the room said.';
    expect(one(body, 'It stung').speaker).toMatch(/managers/);
    expect(one(body, 'It ached').speaker).toBe('the engineers in the room');
  });
});

describe('an office with its field (“the prime minister”)', () => {
  it('is not a holder of another office of the same noun (“The schools minister, Helen Marchbank”)', () => {
    const body =
      'The schools minister, Helen Marchbank, has resigned.\n\nIn his reply, the prime minister thanked Ms Marchbank for her “dedication and hard work”.';
    expect(one(body, 'dedication and hard work').speaker).not.toBe('Helen Marchbank');
  });

  it('is the one a title names so (“Prime Minister Tom Reed”)', () => {
    const body =
      'Prime Minister Tom Reed met the schools minister, Helen Marchbank, on Friday.\n\nIn his reply, the prime minister thanked her for her “dedication and hard work”.';
    expect(one(body, 'dedication and hard work').speaker).toBe('Tom Reed');
  });
});

describe('an apposition of whom someone acts for, or of an age as of now', () => {
  it('passes over “, for Milimani Heights,” and “, now 14,” to the speaker', () => {
    expect(attributionBefore('But lawyer Ms Jane Kiprop, for Milimani Heights, said her client was “')).toMatchObject({
      words: ['Ms', 'Jane', 'Kiprop'],
    });
    expect(attributionBefore('Kevin, now 14, told the court that he had stopped playing because Lily “')).toMatchObject({
      words: ['Kevin'],
    });
  });
});

describe('a description opening the sentence with a place and a relative clause with a number', () => {
  it('is the speaker (“A Gisborne man who waited 14 hours … says he was “…””)', () => {
    expect(attributionBefore('A Gisborne man who waited 14 hours in a corridor with a broken hip says he was “')).toMatchObject({
      kind: 'description',
      words: ['A', 'Gisborne', 'man'],
    });
  });
});
