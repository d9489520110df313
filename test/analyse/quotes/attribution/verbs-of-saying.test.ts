// Attribution rules for verbs of saying: infinitives, participles, and words that only look like them.
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('“alleged” is a verb of saying', () => {
  it('credits whoever alleges the quoted words (“Prosecutors alleged that the guards “browsed the Internet””)', () => {
    const body = 'Prosecutors alleged that the two guards “browsed the Internet and slept” instead of checking on the cells.';
    expect(one(body, 'browsed the Internet and slept').speaker).toBe('Prosecutors');
  });
});

describe('a verb of saying in the infinitive (“to say”, “to describe … as”)', () => {
  it('is the sentence subject’s, or the name’s right before “to”', () => {
    expect(one('Mayor Ann Lowe went on the radio to describe her city as a “gas chamber.”', 'gas chamber').speaker).toBe('Ann Lowe');
    expect(one('Dropping likes allowed Tom Reed to claim that the app wants to be “a calmer space.”', 'a calmer space').speaker).toBe(
      'Tom Reed',
    );
  });

  it('names no one after a pronoun object or a pronoun subject (“asked him to explain”, “you’re afraid to say”)', () => {
    expect(one('You’re given a chance to speak, and you’re terrified to say “yes.”', 'yes').speaker).toBeNull();
  });
});

describe('a participle of saying after the object, when the subject cannot speak', () => {
  it('is the object’s, past an aside between dashes (“a video featured a series of farmers — young and old — declaring”)', () => {
    const body =
      'One campaign video featured a series of Iowa farmers — including both adults and children — declaring, “We grow the corn.”';
    expect(one(body, 'We grow the corn.').speaker).toBe('Iowa farmers');
  });
});

describe('a quotation introduced by a verb of saying and also attributed after it', () => {
  it('is the words of the one who introduces it; the attribution after only reports them', () => {
    const body =
      'Tom Reed, 41, was arrested in May.\n\nA neighbour who heard the call recalled that he said, “I will burn it down,” the sheriff’s office said.';
    const quote = one(body, 'I will burn it down');
    expect(quote.speaker).toBe('Tom Reed');
    expect(quote.speakerReason).toBe("resolved from 'he'");
  });

  it('still takes the attribution after where the words before only tell what happened', () => {
    const body = 'The mayor arrived late, and the crowd cheered, “We are here for the town,” Ann Lowe said.';
    expect(one(body, 'We are here for the town').speaker).toBe('Ann Lowe');
  });
});

describe('a participle after a clause joined by “, and”', () => {
  it('is the subject of that clause, not of the sentence', () => {
    const body =
      'Tom Reed and Ann Lowe ran the meetings.\n\nAt times, Reed would grow loud, and Lowe would calmly stop him, saying, “We heard you, Tom.”';
    expect(one(body, 'We heard you, Tom').speaker).toBe('Ann Lowe');
  });

  it('is not the last item of a list of names', () => {
    const body =
      'Three members, President Tom Reed, Director Carl Mint, and Governor Ann Lowe--dissented, with the statement noting only that they “did not support the change”.';
    expect(one(body, 'did not support the change').speaker).not.toMatch(/Lowe/);
  });
});

describe('what looks like a verb of saying but is not one here', () => {
  it('reads “will continue to provide” as going on doing, not as speaking', () => {
    const partial = 'Tom Reed stepped down on Monday.\n\nAnn Lowe said that Reed will continue to provide “his insight and drive.”';
    expect(one(partial, 'his insight and drive').speaker).toBe('Ann Lowe');
  });

  it('does not take “said Reed’s departure …” for an inverted attribution', () => {
    const body =
      "Tom Reed stepped down on Monday.\n\nAnn Lowe, an analyst at Acme, said Reed's departure mattered little.\n\n“The company has run itself for years,” she said.";
    expect(one(body, 'The company has run itself for years').speaker).toBe('Ann Lowe');
    const male =
      "Tom Reed stepped down on Monday.\n\nCarl Mint, an analyst at Acme, said Reed's departure mattered little.\n\n“The company has run itself for years,” he said.";
    expect(one(male, 'The company has run itself for years').speaker).toBe('Carl Mint');
  });
});

describe('participles of verbs of saying', () => {
  it('reads any -ing form of a verb of saying after a comma as a participle (“…, arguing that …”)', () => {
    const body = 'Ann Lowe opposes the plan, arguing in her letter that the rule “would hurt every shop.”';
    expect(one(body, 'would hurt every shop').speaker).toBe('Ann Lowe');
  });

  it('does not read a progressive verb as one (“when she and Tom were writing the scene (“…”)”)', () => {
    const body =
      'Ann Lowe wrote the film with Tom Reed. She says when she and Reed were writing the scene (“Can that be the title?”), nobody thought about it.';
    expect(one(body, 'Can that be the title?').speaker).not.toBe('Tom Reed');
  });
});
