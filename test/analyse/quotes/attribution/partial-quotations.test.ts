// Attribution rules for partial quotations: a few quoted words inside or after someone's sentence.
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('a partial quote whose attribution ends a long sentence', () => {
  it('reads the verb that ends the sentence as a cue and finds the attribution after another quotation', () => {
    const body =
      'The outages have been “very costly” and the firm is taking steps to avoid them in the years to come but for now, “we will not take risks with safety,” company chief Ann Lowe said.';
    expect(one(body, 'very costly')).toMatchObject({ kind: 'partial', speaker: 'Ann Lowe' });
  });
});

describe('a partial quote between a named speaker and a pronoun', () => {
  it('keeps the speaker named before it over a pronoun of a later clause', () => {
    const body =
      'The Harbour Council has said there is “no need” for residents to worry, though it has also acknowledged that some streets may flood.';
    // Named in its own clause, not resolved from the later "it".
    expect(one(body, 'no need')).toMatchObject({ speaker: 'Harbour Council', speakerReason: null });
  });
});

describe('partial quotations inside the clause of a speaker', () => {
  it('credits the owner of a noun of saying, past a date or an adjective (“Lowe’s Oct. 11 announcement that … “historic””)', () => {
    const body = 'Despite Ann Lowe’s Oct. 11 announcement that the council had reached a “historic” deal, nothing was signed.';
    expect(one(body, 'historic').speaker).toBe('Ann Lowe');
  });

  it('passes over “since” between an auxiliary and the verb (“Reed has since said that …”)', () => {
    const body = 'Tom Reed has since said that the signing would take place in “farm country,” but no date was set.';
    expect(one(body, 'farm country').speaker).toBe('Tom Reed');
  });

  it('reads the subject of an aside in parentheses (“(the company … but called it “immaterial”)”)', () => {
    const body = 'Acme laid off 60 staff (the company would not give the number but called it “immaterial”) this spring.';
    // "the company" is the one company the sentence has named.
    expect(one(body, 'immaterial').speaker).toBe('Acme');
  });

  it('credits the author of a survey or a study named after “by”', () => {
    const body = 'According to a 2018 survey by Ann Lowe of Leeds University, the firm tends to “cut copy editing first” after a purchase.';
    expect(one(body, 'cut copy editing first').speaker).toBe('Ann Lowe');
  });
});

describe('a few quoted words in the sentence after a credited quotation', () => {
  it('are the same speaker’s, with the reason', () => {
    const body =
      '“No year has shown a gain,” says analyst Ken Lowe. That has produced a strategy of “continuous cost-cutting in every newsroom” for years.';
    const quote = one(body, 'continuous cost-cutting in every newsroom');
    expect(quote.speaker).toBe('Ken Lowe');
    expect(quote.speakerReason).toBe('named in the sentence before');
  });

  it('are no one’s when someone else is named before them', () => {
    const body =
      '“No year has shown a gain,” says analyst Ken Lowe. Mayor Ann Reed backs a strategy of “continuous cost-cutting in every newsroom” for years.';
    expect(one(body, 'continuous cost-cutting in every newsroom').speaker).not.toBe('Ken Lowe');
  });

  it('are no one’s a paragraph later', () => {
    const body =
      '“No year has shown a gain,” says analyst Ken Lowe.\n\nThat has produced a strategy of “continuous cost-cutting in every newsroom” for years.';
    expect(one(body, 'continuous cost-cutting in every newsroom').speaker).toBeNull();
  });
});

describe('a few words quoted with no attribution after reported speech', () => {
  it('are the one who speaks in the sentence before, with no marks there', () => {
    const body =
      'Dr. Ann Lowe studies the cells. It is not clear which function came first, Lowe says. Just because scientists found them on the tongue first, “that does not mean it is the order in which they evolved.”';
    expect(one(body, 'that does not mean it is the order in which they evolved.')).toMatchObject({
      speaker: 'Ann Lowe',
      speakerReason: 'named in the sentence before',
    });
  });
});

describe('a few quoted words in what someone reports another said or wrote', () => {
  it('are the reporter’s where the inner subject is a place or body (“Lowe said that … Washington had concluded … “…””)', () => {
    const body =
      'Secretary of State Ann Lowe spoke on Monday.\n\nLowe said that after legal advice Washington had concluded the plan was “not, per se, unlawful.”';
    expect(one(body, 'not, per se, unlawful.').speaker).toBe('Ann Lowe');
  });

  it('pass over a verb that only tells which text is meant (“the letter Mike wrote was “…””), unless the text says them', () => {
    const body =
      'Mike Reed, 61, lived alone. His sister Martha Reed, 60, agreed to talk.\n\n' +
      'Martha added that shortly before their father’s death, he and Mike had corresponded, and the letter Mike wrote was “kind and loving.”';
    expect(one(body, 'kind and loving.').speaker).toBe('Martha Reed');
    expect(one('The letter Mike wrote said “we are done.”', 'we are done.').speaker).toBe('Mike');
  });
});

describe('partial quotations and relatives', () => {
  it('goes on past its attribution after a partial quotation too (“igniting,” as Reuters reported, “fears of …”)', () => {
    const body = 'He put up a flag – “igniting,” as Wire News reported, “fears of an attack in the city.”';
    expect(one(body, 'fears of an attack in the city.').speaker).toBe('Wire News');
  });

  it('gives a participle after “which …” to the relative’s antecedent when it can speak', () => {
    const body =
      'The warning was about rhetoric from the Leeds Party, which tried to rally support by saying that voters were “coming out in droves.”';
    expect(one(body, 'coming out in droves.').speaker).toMatch(/Leeds Party/);
    const thing = 'Ann Lowe praised the plan, which was announced on Monday, saying it was “a fine start.”';
    expect(one(thing, 'a fine start.').speaker).toBe('Ann Lowe');
  });
});

describe('a quotation cut by an inverted attribution', () => {
  it('credits its second part to the speaker named between (“The people who …,” says Lowe, “are …”)', () => {
    const body = 'She found her market. "The people who decide," says Lowe, "are the people who are not asked."';
    expect(one(body, 'are the people who are not asked.').speaker).toBe('Lowe');
  });
});

describe('a few quoted words in the sentence after a credited quotation, past a group', () => {
  it('stay the speaker’s past a group named after a quantifier (“many Marines”)', () => {
    const body =
      'Defense Secretary Tom Reed said the Corps has “become too heavy.” Though many Marines are battle-tested, some “may never have stepped aboard a ship.”';
    expect(one(body, 'may never have stepped aboard a ship.').speaker).toBe('Tom Reed');
  });

  it('go to another person named on the way, who says them', () => {
    const body =
      'Defense Secretary Tom Reed said the Corps has “become too heavy.” But Gen. Ann Lowe said some “may never have stepped aboard.”';
    expect(one(body, 'may never have stepped aboard.').speaker).toBe('Ann Lowe');
  });
});

describe('a few quoted words after an auxiliary, a view or a place-cut role', () => {
  it('passes over “did”, “does” and modals between the speaker and the verb (“Ann Lowe did note that …”)', () => {
    const body = 'Chief of Staff Ann Lowe, however, did note that Reed had passed the vetting “with flying colors.”';
    expect(one(body, 'with flying colors.').speaker).toBe('Ann Lowe');
    const modal = 'Tom Reed could only assert that the agencies “acted within the law.”';
    expect(one(modal, 'acted within the law.').speaker).toBe('Tom Reed');
  });

  it('reads “asserted” as a verb of saying', () => {
    const body = 'Tom Reed has asserted that the agencies “can use whatever force necessary.”';
    expect(one(body, 'can use whatever force necessary.').speaker).toBe('Tom Reed');
  });

  it('credits the words of a sentence in someone’s view to them (“in Lowe’s view”), not a name inside it', () => {
    const body = 'Ann Lowe is a senior at the college. Now, in Lowe’s view, the university is known for “silencing conservative speech.”';
    expect(one(body, 'silencing conservative speech.').speaker).toBe('Ann Lowe');
    const other =
      'Ann Lowe is a senior at the college. Now, by most accounts, the university is known for “silencing conservative speech.”';
    expect(one(other, 'silencing conservative speech.').speaker).not.toBe('Ann Lowe');
  });

  it('takes the name after a bare role cut by a place’s commas (“The Mandan, North Dakota, police chief, Tom Reed,”)', () => {
    const body = 'The Mandan, North Dakota, police chief, Tom Reed, has asserted that officers “can use whatever force necessary.”';
    expect(one(body, 'can use whatever force necessary.').speaker).toBe('Tom Reed');
    const outer = 'Ann Lowe, of Diamond Bar, 83, said the fire was “a nightmare.”';
    expect(one(outer, 'a nightmare.').speaker).toBe('Ann Lowe');
  });
});

describe('words someone “referred to” a thing as', () => {
  it('are theirs (“Clinton had referred to his supporters as “…””), and a passive names no one', () => {
    const body = 'He was asked if it bothered him that Ann Lowe had referred to his supporters as “the children of the great recession.”';
    expect(one(body, 'the children of the great recession.').speaker).toBe('Ann Lowe');
    const passive = 'The supporters were referred to as “the children of the great recession.”';
    expect(one(passive, 'the children of the great recession.').speaker).toBeNull();
  });
});
