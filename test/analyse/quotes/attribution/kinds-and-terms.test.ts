// Attribution rules for what is a quotation at all: kinds, nesting, terms, titles and names in marks.
import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../../../src/analyse/speakers/attribution.js';
import { one, quotesOf } from '../story.js';

describe('kinds', () => {
  it('a nested quotation after a verb of saying is an utterance, however short', () => {
    const body = '“Then everyone said ‘yes, that is it’,” Tom Reed said.';
    expect(one(body, 'yes, that is it').kind).toBe('full');
  });

  it('a paragraph that is only a few quoted words, no full stop, is a heading quoting a phrase', () => {
    const body = 'Tom Reed spoke. “We are ready,” he said.\n\n“Fresh start”\n\nThe show begins in May.';
    expect(one(body, 'Fresh start')).toMatchObject({ kind: 'partial', speaker: null });
  });

  it('an utterance may open with an editor’s bracket', () => {
    expect(one('He added: “[The plan] was ready a long time ago.”', '[The plan] was ready a long time ago.').kind).toBe('full');
  });

  it("reads the typewriter pair `…' and a paragraph-opening straight mark followed by a space", () => {
    expect(one("It was like `Die Hard' or something, he said.", 'Die Hard').kind).toBe('scare');
    expect(one('Tom Reed spoke.\n\n" (Sorry) I was late."', '(Sorry) I was late.').kind).toBe('full');
  });

  it('reads the words after the marks with the leading commas cut off, whatever stands between them', () => {
    // Only the commas of the leading space and commas are dropped: the one after the apostrophe stays.
    expect(attributionAfter(", ' , he said")).toEqual(attributionAfter("' , he said"));
    expect(attributionAfter(' , , said Capaldi.')).toEqual({ kind: 'name', words: ['Capaldi'] });
    expect(attributionAfter(', , he said')).toEqual({ kind: 'pronoun', pronoun: 'he' });
  });
});

describe('nested quotations: each has its own speaker', () => {
  it('a quotation that goes on after the one it quotes is a quotation of its own, credited to the outer speaker', () => {
    const body = 'Mr Cole said in a statement: “The mayor told me, ‘Just say it was about the budget,’ and then he hung up.”';
    expect(one(body, 'The mayor told me, ‘Just say it was about the budget,’ and then he hung up.').speaker).toBe('Cole');
    const inner = one(body, 'Just say it was about the budget');
    expect(inner.speaker).toBe('The mayor');
  });

  it('inside a quotation, “he said ‘…’” credits no one: the pronoun is the quoted speaker’s, not the article’s', () => {
    const body = 'Ann Lowe spoke to reporters.\n\n“I called Tom Bard and he said ‘not now’, so we waited,” Ms Lowe said.';
    expect(one(body, 'not now').speaker).toBeNull();
  });

  it('marks round a whole sentence that ends with the quotation it introduces are a wrapper: the inner one stands', () => {
    const body = '“Kerry told Lavrov: ‘Even when we disagree, we talk.’”';
    const all = quotesOf(body).map((q) => q.text);
    expect(all).toEqual(['Even when we disagree, we talk.']);
  });

  it('marks with their own attribution after them are no wrapper: “My father used to say, ‘…,’” she said', () => {
    const body = 'Dr. Ann Lowe grew up in Leeds.\n\n“My mother used to say, ‘Nobody can take your learning,’” she said.';
    expect(one(body, 'My mother used to say, ‘Nobody can take your learning,’').speaker).toBe('Ann Lowe');
    expect(one(body, 'Nobody can take your learning').speaker).toBe('My mother');
  });

  it('marks that go on from the quotation before are no wrapper: “…,” he testified. “He said, ‘…’”', () => {
    const body = '“He had a hood up,” Dan Holt testified. “He said, ‘Open the till.’”';
    expect(one(body, 'He said, ‘Open the till.’').speaker).toBe('Dan Holt');
    expect(one(body, 'Open the till.').speaker).toBeNull();
  });

  it('an indefinite pronoun credits no one (“Everyone said ‘yes’”)', () => {
    const body = '“We showed the tape around. Everyone said ‘yes’, that is the one,” Ann Lowe said.';
    expect(one(body, 'yes').speaker).toBeNull();
  });
});

describe('quotations that are names, and names that are quotations', () => {
  it('takes a quoted sentence that modifies the noun after it for a name (the “Slow down. Live longer.” campaign)', () => {
    const body = 'Ann Lowe spoke first.\n\nWhile the “Slow down. Live longer.” campaign did not appeal to Tom Reed, he said it could work.';
    expect(one(body, 'Slow down. Live longer.').kind).toBe('scare');
    expect(one('“Hands up! Step out!” an officer shouted.', 'Hands up! Step out!').speaker).toBe('an officer');
  });

  it('takes a one-word quoted sentence after a quotation for speech, not a title (“Please.”)', () => {
    const quote = one('“We have to win this,” Ann Lowe said at the rally. “Please.”', 'Please.');
    expect([quote.kind, quote.speaker]).toEqual(['full', 'Ann Lowe']);
  });

  it('gives the words of a letter to whoever sent it (“sent a letter stating that”)', () => {
    const body = 'The group, Dock Workers Union, sent a letter stating that they “will not accept the cuts.”';
    expect(one(body, 'will not accept the cuts.').speaker).toBe('Dock Workers Union');
  });
});

describe('terms, owners and titles', () => {
  it('takes a few quoted words between a determiner and their noun for a term, with no speaker', () => {
    expect(one('Air quality fell into the “very poor” category on Monday.', 'very poor')).toMatchObject({ kind: 'scare', speaker: null });
    expect(one('The two sides signed a “stage one” tariff deal.', 'stage one')).toMatchObject({ kind: 'scare', speaker: null });
  });

  it('takes several quoted words between “the” and their noun for a name even where the sentence has a speaker', () => {
    const body = 'Beijing said it stands by the “one land, two rules” formula, while police say they show restraint.';
    expect(one(body, 'one land, two rules')).toMatchObject({ kind: 'scare', speaker: null });
    // One word in that slot may still be the speaker's: forecasters warned of “emergency” levels.
    expect(one('Forecasters said smog may reach “emergency” levels on Friday.', 'emergency').kind).toBe('partial');
  });

  it('keeps a title for a title when the attribution after it introduces another quotation', () => {
    const body = 'After playing “Harbour Lights Again,” the singer Ann Lowe told the crowd, “We should tour.”';
    expect(one(body, 'Harbour Lights Again')).toMatchObject({ kind: 'scare', speaker: null });
    expect(one(body, 'We should tour.').speaker).toBe('Ann Lowe');
  });

  it('takes a name given with “dubbed” or a passive “called” for a term, with no speaker', () => {
    expect(one('The illness has been dubbed “harbour cough.”', 'harbour cough.')).toMatchObject({ kind: 'scare', speaker: null });
    expect(one('In older texts the disease was called “miller’s chest.”', 'miller’s chest.')).toMatchObject({
      kind: 'scare',
      speaker: null,
    });
    expect(one('She was diagnosed with what’s called “miller’s chest,” a rare condition.', 'miller’s chest')).toMatchObject({
      kind: 'scare',
    });
  });

  it('takes a term the text only mentions for a term (the so-called “…”, known as “…”, “…” — the term for)', () => {
    expect(one('Tom Reed said the so-called “quiet zone” would expand.', 'quiet zone')).toMatchObject({ kind: 'scare', speaker: null });
    expect(one('The drug induces “torpor” — the term for a state of deep sleep.', 'torpor').kind).toBe('scare');
    expect(one('Officials said the process, known as “rapid review”, would take a week.', 'rapid review').kind).toBe('scare');
    expect(one('Tom Reed said the process would be “rapid”.', 'rapid')).toMatchObject({ kind: 'partial', speaker: 'Tom Reed' });
  });

  it('keeps them as someone’s words when a verb of naming or judging, or an attribution, puts them in a mouth', () => {
    expect(one('Analysts called it the “worst quarter in a decade” for the firm.', 'worst quarter in a decade')).toMatchObject({
      kind: 'partial',
      speaker: 'Analysts',
    });
    expect(one('The mayor hailed the “historic” vote on Tuesday.', 'historic')).toMatchObject({ kind: 'partial', speaker: 'The mayor' });
    expect(one('The agency said the “short” stays were to blame.', 'short')).toMatchObject({ kind: 'partial', speaker: 'The agency' });
  });

  it('credits the role an owner has, never the owner or an adjective of it', () => {
    expect(one('The Nordic state’s premier welcomed the “bold” move on Tuesday.', 'bold').speaker).toBe('The Nordic state’s premier');
    expect(one('Lena Park’s lawyer said the charges were “baseless”.', 'baseless').speaker).toBe('Lena Park’s lawyer');
    const body = 'Norway’s ambassador to Canada visited the port and warned that the talks “will not be easy”.';
    expect(one(body, 'will not be easy').speaker).toBe('Norway’s ambassador');
  });

  it('reads the name after a role in lower case (“said police spokesman Tom Reed”), without the sentence’s full stop', () => {
    expect(one('“We will go,” said police spokesman Tom Reed.', 'We will go').speaker).toBe('Tom Reed');
    expect(one('“We will go,” said Acme chief executive Tom Reed.', 'We will go').speaker).toBe('Tom Reed');
    expect(one('“We will go,” explains Team Leader Mara Vell-Ash.', 'We will go').speaker).toBe('Mara Vell-Ash');
    expect(attributionAfter(', said Tom Reed Jr.')).toEqual({ kind: 'name', words: ['Tom', 'Reed', 'Jr.'] });
  });

  it('gives a participle after the object of a preposition to the clause (“sent a letter to the council stating”)', () => {
    const body = 'The group sent a letter to the council stating that they “will not accept the plan”.';
    expect(one(body, 'will not accept the plan').speaker).toBe('The group');
  });

  it('gives “describing … as” to whoever testified, a description too', () => {
    const body = 'Ann Lowe testified on Tuesday, describing her son as “a gentle boy who loved the sea.”';
    expect(one(body, 'a gentle boy who loved the sea.').speaker).toBe('Ann Lowe');
    const mother = 'The boy’s mother testified, describing her son as “kind, calm, and bright” to the jury.';
    expect(one(mother, 'kind, calm, and bright').speaker).toBe('The boy’s mother');
  });

  it('takes a plural role with its modifiers for a speaker (“Aviation analysts called it …”)', () => {
    expect(one('Aviation analysts called it the “end of a long road”.', 'end of a long road').speaker).toBe('Aviation analysts');
  });

  it('reads “in the words of” as an attribution', () => {
    const body = 'This is how it felt, in the words of the patient: “I could not climb the stairs.”';
    expect(one(body, 'I could not climb the stairs.').speaker).toBe('the patient');
  });

  it('takes the words after an attribution in the middle of a quotation for the rest of it (“…,” said X, “and …”)', () => {
    const quotes = quotesOf('“We are ready for the tour,” comments Tom Reed in a statement, “as it is a celebration of our history.”');
    expect(quotes.map((q) => [q.kind, q.speaker, q.speakerReason])).toEqual([
      ['full', 'Tom Reed', null],
      ['full', 'Tom Reed', 'the quotation goes on after its attribution'],
    ]);
  });
});

describe('terms mentioned, not words quoted', () => {
  it('reads the quoted words after “words like” and those listed after them as terms', () => {
    const kinds = quotesOf('I can use words like “market valuation,” “expected yield,” and “externality,” but rarely well.').map(
      (q) => q.kind,
    );
    expect(kinds).toEqual(['scare', 'scare', 'scare']);
  });

  it('keeps a list of words someone used for a person as their words', () => {
    const kinds = quotesOf('Voters described him as “arrogant,” “dishonest” and “a liar,” the poll found.').map((q) => q.kind);
    expect(kinds).toEqual(['partial', 'partial', 'partial']);
  });
});
