// The attribution rules read on their own: who the words before or after the marks say is speaking.
import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore } from '../../../src/analyse/speakers/attribution.js';

describe('the words between a speaker and the verb', () => {
  it('passes over an adverb like “instead” (“He instead told the reporter:”)', () => {
    expect(attributionBefore('He instead told the reporter: ')).toEqual({ kind: 'pronoun', pronoun: 'he' });
  });

  it('passes over any adverb in -ly (“Lowe tearfully asked”, “she quietly added”)', () => {
    expect(attributionAfter(' Lowe tearfully asked.')).toEqual({ kind: 'name', words: ['Lowe'] });
    expect(attributionAfter(', she quietly added.')).toEqual({ kind: 'pronoun', pronoun: 'she' });
  });

  it('passes over a word set off by commas (“Ann Lowe, however, said”)', () => {
    expect(attributionBefore('Mayor Ann Lowe, however, said she was ')).toMatchObject({ kind: 'name', words: ['Mayor', 'Ann', 'Lowe'] });
    expect(attributionBefore('Ann Lowe, meanwhile, told reporters: ')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
  });

  it('passes over a long apposition with a relative clause (an expert’s affiliation, “who did not work on the study”)', () => {
    const pre =
      'Ann Lowe, an expert in water policy and public health at the School of Earth Sciences at the University of Port Avel who was not part of the review, told reporters: ';
    expect(attributionBefore(pre)).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
  });

  it('passes over an apposition owned by someone (“Reed, Lowe’s superior, said”)', () => {
    expect(attributionAfter(', Reed, Lowe’s superior, said.')).toEqual({ kind: 'name', words: ['Reed'] });
  });
});

describe('a role whose phrase ends in a name', () => {
  it('credits the role, not the name its phrase ends in (“the authors of the study published in the journal Nature”)', () => {
    expect(attributionBefore('The authors of the study published in the journal Field Notes argued that the law was ')).toMatchObject({
      kind: 'description',
      head: 'author',
    });
    expect(attributionBefore('A spokesperson for the Harbour Office said they were ')).toMatchObject({ kind: 'description' });
  });

  it('still credits a name that is the subject after a role in another clause', () => {
    expect(attributionBefore('After the authors spoke, Ann Lowe said the law was ')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
  });
});

describe('attributions of feature writing', () => {
  it('reads a pronoun and any verb of manner right after the marks as the attribution (“…,” he assures himself)', () => {
    expect(attributionAfter(' he assures himself.')).toEqual({ kind: 'pronoun', pronoun: 'he' });
    expect(attributionAfter(' she laughed.')).toEqual({ kind: 'pronoun', pronoun: 'she' });
    // Not "it": “the Netflix of games,” it turns out.
    expect(attributionAfter(' it turns out the analogy fails.')).toBeNull();
  });

  it('passes over an age before the name of an inverted attribution (“wrote 43-year-old Ann Lowe”)', () => {
    expect(attributionAfter(', wrote 43-year-old Ann Lowe of Leeds, in a case study.')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
  });

  it('reads two roles joined by “and” as one description (“the singer and guitarist told”)', () => {
    expect(attributionBefore('Later the singer and guitarist told the audience, ')).toMatchObject({
      kind: 'description',
      words: ['the', 'singer', 'and', 'guitarist'],
    });
  });
});

describe('a description with a name in apposition after the verb', () => {
  it('credits the name (“said the mayor, Ann Lowe”, “wrote one reader, Ann Lowe”)', () => {
    expect(attributionAfter(', said the mayor, Ann Lowe.')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
    expect(attributionAfter(', wrote one reader, Ann Lowe.')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
    expect(attributionAfter(', said the statement, released on Monday.')).toMatchObject({ kind: 'description', head: 'statement' });
  });
});

describe('more shapes of attribution', () => {
  it('gives a verb after “, but” the subject of the clause (“She gave no date, but said …”)', () => {
    expect(attributionBefore('She gave no date for the flights, but said the firm would fly it ')).toEqual({
      kind: 'pronoun',
      pronoun: 'she',
    });
  });

  it('reads a name in -ed after “the” as a name, not a verb (“writes the Associated Press”)', () => {
    expect(attributionAfter(', writes the Associated Press.')).toEqual({ kind: 'name', words: ['the', 'Associated', 'Press'] });
  });

  it('finds the subject after an opening phrase of up to a dozen words (“In his first Instagram post about it, X …”)', () => {
    expect(
      attributionBefore('In his first Instagram post about the pregnancy, Tom Reed touched on the idea and noted there should be '),
    ).toEqual({
      kind: 'name',
      words: ['Tom', 'Reed'],
    });
  });

  it('looks further along for the attribution after a partial quote, past nouns that look like verbs (“in other states”)', () => {
    const post = ' by 25 percent compared with those in the same group in other states, from 2.18 to 2.72, the authors wrote.';
    expect(attributionAfter(post)).toMatchObject({ kind: 'description', words: ['the', 'authors'] });
  });

  it('reads a verb with its particle before the marks (“it pointed out that …”)', () => {
    expect(attributionBefore('Ann Lowe pointed out that the plan had ')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
  });
});

describe('verbs of reporting, assuring and instructing', () => {
  it('reads “reports”, “assured” and “instructed” as verbs of saying', () => {
    expect(attributionAfter(', reports Ann Lowe.')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
    expect(attributionBefore('The ministry assured the public that the risks were ')).toMatchObject({
      kind: 'description',
      head: 'ministry',
    });
    expect(attributionBefore('Lowe reports that censors had instructed editors to ')).toMatchObject({
      kind: 'description',
      words: ['censors'],
    });
  });
});

describe('inverted attributions with long roles', () => {
  it('reads a name after a role that mixes capitals in (“said former White House Russia adviser Fiona Hill”)', () => {
    expect(attributionAfter(', said former Harbour Office transport adviser Ann Lowe.')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
  });

  it('takes no place after “in” for the speaker, and reads the apposition after a prepositional phrase', () => {
    const post = ' despite being the envoy in Brussels, said another witness in the inquiry, former Harbour Office adviser Ann Lowe.';
    expect(attributionAfter(post)).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
  });

  it('still reads a speaker before an apposition that ends with “in …”', () => {
    const post = ', NASA’s Tom Reed, deputy head of exploration in the science directorate, said in the statement.';
    expect(attributionAfter(post)).toMatchObject({ kind: 'name' });
    expect(attributionAfter(post)).not.toBeNull();
  });
});

describe('verbs of pleading', () => {
  it('reads “begged” and “implored” as verbs of saying, before or after the marks', () => {
    expect(attributionBefore('He begged lawmakers ')).toEqual({ kind: 'pronoun', pronoun: 'he' });
    expect(attributionAfter(', Ann Lowe implored.')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
  });
});

describe('a verb of judging with “as” puts the quoted words in its subject’s mouth', () => {
  it('credits the subject of “rejected … as”, “introduced … as” and “which … views as”', () => {
    expect(attributionBefore('The ministry rejected the new claims as ')).toMatchObject({ words: ['The', 'ministry'] });
    expect(attributionBefore('Lowe introduced Reed to the crowd as ')).toEqual({ kind: 'name', words: ['Lowe'] });
    expect(attributionBefore('Among its values is privacy, which Acme views as ')).toEqual({ kind: 'name', words: ['Acme'] });
    expect(attributionBefore('He dismissed the claims as ')).toEqual({ kind: 'pronoun', pronoun: 'he' });
  });

  it('credits no one for a passive (“was described as”)', () => {
    expect(attributionBefore('The plan was described as ')).toBeNull();
    expect(attributionBefore('The plan was rejected as ')).toBeNull();
  });
});

describe('asides', () => {
  it('does not take a verb of saying inside a closed parenthesis for the attribution of what follows it', () => {
    expect(attributionBefore('The poll found lower numbers (44 percent of voters say they agree), and it shows support for a ')).toBeNull();
  });
});

describe('a named lead and their team', () => {
  it('credits the named lead of “X and her team wrote”, before or after the marks', () => {
    expect(attributionBefore('Ann Lowe and her team wrote in the paper: ')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
    expect(attributionAfter(' Lowe and her colleagues wrote in the journal.')).toEqual({ kind: 'name', words: ['Lowe'] });
  });
});

describe('a description followed by a relative clause', () => {
  it('credits “a refugee who asked not to be named” as “a refugee”, whatever the noun', () => {
    expect(attributionBefore('One man in the camp, a refugee who feared reprisals and asked not to be named, said the claim was ')).toEqual(
      {
        kind: 'description',
        words: ['a', 'refugee'],
        head: 'refugee',
      },
    );
  });

  it('still prefers the name the description stands beside', () => {
    expect(attributionBefore('Mary Quill, a farmer who lost her home, said it was ')).toEqual({ kind: 'name', words: ['Mary', 'Quill'] });
  });
});

describe('verbs of saying with a particle', () => {
  it('reads “weighed in”, “went on” and “shot back” after the marks as attributions', () => {
    expect(attributionAfter(' Lowe weighed in, telling Reed, ')).toEqual({ kind: 'name', words: ['Lowe'] });
    expect(attributionAfter(' he went on.')).toEqual({ kind: 'pronoun', pronoun: 'he' });
    expect(attributionAfter(' the mayor shot back.')).toMatchObject({ kind: 'description', words: ['the', 'mayor'] });
  });
});

describe('recollections', () => {
  it('credits a partial quotation to the one who “remembered” what it tells', () => {
    expect(attributionBefore('Tom Reed remembered Ann Lowe rehearsing there for one show and ')).toEqual({
      kind: 'name',
      words: ['Tom', 'Reed'],
    });
  });
});

describe('descriptions without a determiner', () => {
  it('takes a plural role with up to three modifiers for the speaker (“Former royal press aides called it”)', () => {
    expect(attributionBefore('Former royal press aides called it not a crash, but ')).toMatchObject({
      kind: 'description',
      words: ['Former', 'royal', 'press', 'aides'],
    });
  });
});

describe('relative clauses and gerunds', () => {
  it('takes the antecedent of “who” in the same stretch (“…, including a career officer who described it as”)', () => {
    expect(
      attributionBefore('The vote follows the words of four officials, including a career army officer who described the call as '),
    ).toMatchObject({
      kind: 'description',
      words: ['a', 'career', 'army', 'officer'],
    });
    expect(attributionBefore('Tom Reed, who said ')).toEqual({ kind: 'name', words: ['Tom', 'Reed'] });
  });

  it('reads a verb of saying after a possessive as a noun, so that it credits no one (“from Lowe’s declaring …”)', () => {
    expect(attributionBefore('The rivals grew louder — from Ann Lowe’s declaring an end to all fees to a new tax to pay for ')).toBeNull();
  });
});

describe('a role owned by someone (“his agent”, “her lawyer”)', () => {
  it('credits the role as a description, as “the” would determine it', () => {
    expect(attributionBefore('When the actor answered the phone, his agent said: ')).toEqual({
      kind: 'description',
      words: ['his', 'agent'],
      head: 'agent',
    });
    expect(attributionBefore('Her lawyer told reporters: ')).toMatchObject({ kind: 'description', head: 'lawyer' });
    expect(attributionBefore('The actor said his agent told him: ')).toMatchObject({ words: ['his', 'agent'] });
  });

  it('still credits the subject when the owned role is the object (“Smith thanked her lawyer, saying:”)', () => {
    expect(attributionBefore('Smith thanked her lawyer, saying: ')).toEqual({ kind: 'name', words: ['Smith'] });
  });
});

describe('a verb of saying in the present after the marks', () => {
  it('credits the speaker of “…,” she recalls / an officer shouts / the minister concedes', () => {
    expect(attributionAfter(' she recalls.')).toEqual({ kind: 'pronoun', pronoun: 'she' });
    expect(attributionAfter(' an officer shouts as the door gives way.')).toMatchObject({ kind: 'description', head: 'officer' });
    expect(attributionAfter(' the minister concedes.')).toMatchObject({ kind: 'description', head: 'minister' });
  });
});

describe('a verb joined by "and" after a clause that opens the sentence with no comma', () => {
  it('credits the main clause’s pronoun (“As he was led down he turned to the gallery and said:”)', () => {
    expect(attributionBefore('As he was led down he turned to the public gallery and said: ')).toEqual({ kind: 'pronoun', pronoun: 'he' });
    expect(attributionBefore('When the verdict was read she wept and said: ')).toEqual({ kind: 'pronoun', pronoun: 'she' });
  });
});

describe('a titled name in apposition after a body named with "at"', () => {
  it('credits the name (“An analyst at Cowry Securities, Mr. Tunde Bakare, cautioned”): a courtesy title names a person, no place', () => {
    expect(
      attributionBefore('However, an analyst at Lagos-based Cowry Securities, Mr. Tunde Bakare, cautioned that the growth was '),
    ).toEqual({
      kind: 'name',
      words: ['Mr.', 'Tunde', 'Bakare'],
    });
  });
});

describe('an office with "for" before a titled name, then a relative clause', () => {
  it('credits the name (“Federal Minister for Climate Change Senator Shazia Rahim, who visited …, said”)', () => {
    const found = attributionBefore(
      'Federal Minister for Climate Change Senator Shazia Rahim, who visited relief camps in Dadu, said the government was ',
    );
    expect(found).toMatchObject({ kind: 'name' });
    expect(found?.kind === 'name' && found.words.slice(-3)).toEqual(['Senator', 'Shazia', 'Rahim']);
  });
});

describe('an adverb opening the sentence', () => {
  it('stands before the subject a participle after a comma belongs to (“Even the Prime Minister paid tribute, describing him as”)', () => {
    expect(attributionBefore('Even the Prime Minister paid tribute, describing him as ')).toMatchObject({
      kind: 'description',
      head: 'minister',
    });
    expect(attributionBefore('Later the minister wept, saying: ')).toMatchObject({ kind: 'description', head: 'minister' });
  });
});

describe('a short aside in parentheses inside a chain of appositions', () => {
  it('is passed over (“The bill’s sponsor, Senator Nathan Oduya (D-Ill.), called the reversal”)', () => {
    expect(attributionBefore('The bill’s sponsor, Senator Nathan Oduya (D-Ill.), called the reversal ')).toEqual({
      kind: 'name',
      words: ['Senator', 'Nathan', 'Oduya'],
    });
  });
});

describe('a pronoun subject after a short opening phrase with no comma', () => {
  it('speaks a verb joined further on (“For years she made her rounds …, and liked to say that she had”)', () => {
    expect(attributionBefore('For years she made her rounds on a BSA motorcycle, in all weathers, and liked to say that she had ')).toEqual(
      {
        kind: 'pronoun',
        pronoun: 'she',
      },
    );
  });
});

describe('ruling and emailing are saying', () => {
  it('credits the subject of “ruling that …” and of “emails:”', () => {
    expect(attributionBefore('The Speaker, Adwoa Bekoe-Sarpong, overruled the point of order, ruling that ')).toMatchObject({
      kind: 'name',
    });
    expect(attributionBefore('23:41 — Ann Lowe of Oughterard emails: ')).toMatchObject({ kind: 'name', words: ['Ann', 'Lowe'] });
  });
});

describe('a name and the place the person is in, in apposition', () => {
  it('credits the name (“A reader, Mairéad in Oughterard, emails:”)', () => {
    expect(attributionBefore('23:41 — A reader, Mairéad in Oughterard, emails: ')).toEqual({ kind: 'name', words: ['Mairéad'] });
  });
});

describe('a text that reads so', () => {
  it('credits “The statement read in part, …” to the statement', () => {
    expect(attributionBefore('The statement read in part, ')).toMatchObject({ kind: 'description', head: 'statement' });
  });

  it('credits “a message reading …” to its sender, not to the sentence’s subject', () => {
    const pre = 'Bristol crown court heard that Dowell had been using his phone and had sent a WhatsApp message reading ';
    expect(attributionBefore(pre)).toEqual({ kind: 'name', words: ['Dowell'] });
    expect(attributionBefore('She was reading a book called ')).toBeNull();
  });
});

describe('challenging someone is saying', () => {
  it('credits the subject of “challenged X to visit the site “and see …””', () => {
    expect(attributionBefore('He challenged Water Cabinet Secretary Grace Wambui to visit the site ')).toEqual({
      kind: 'pronoun',
      pronoun: 'he',
    });
  });
});

describe('disclosing is saying', () => {
  it('credits the subject of “disclosed that …”', () => {
    expect(attributionBefore('She disclosed that the bank would complete its recapitalisation ')).toEqual({
      kind: 'pronoun',
      pronoun: 'she',
    });
  });
});

describe('a person of a body described in lower case', () => {
  it('credits the person (“Rachel Dunmore of the economic crime unit said”), titled or not, not the unit', () => {
    expect(attributionBefore('After the hearing, Rachel Dunmore of the economic crime unit said: ')).toEqual({
      kind: 'name',
      words: ['Rachel', 'Dunmore'],
    });
    expect(attributionBefore('Sgt Rachel Dunmore of North Yorkshire Police’s economic crime unit said: ')).toEqual({
      kind: 'name',
      words: ['Sgt', 'Rachel', 'Dunmore'],
    });
    expect(attributionBefore('Mr Hale of the county council said: ')).toEqual({ kind: 'name', words: ['Mr', 'Hale'] });
    expect(attributionBefore('The head of the county council said: ')).toMatchObject({ kind: 'description', head: 'head' });
  });

  it('credits a titled name or one after a role before a named body, though the name lists lack the given name', () => {
    expect(attributionBefore('Opposition leader Debabrata Gogoi of the Congress alleged that the state had ')).toEqual({
      kind: 'name',
      words: ['Debabrata', 'Gogoi'],
    });
    expect(attributionBefore('Leader of Opposition Debabrata Gogoi of the Congress alleged that the state had ')).toMatchObject({
      kind: 'name',
      words: ['Leader', 'of', 'Opposition', 'Debabrata', 'Gogoi'],
    });
  });
});

describe('a role of a body before a name in apposition', () => {
  it('credits the name (“The leader of Acme, Ann Lowe, said”), not the role, and keeps a place’s rest a place', () => {
    expect(attributionBefore('The leader of Acme, Ann Lowe, said ')).toEqual({ kind: 'name', words: ['Ann', 'Lowe'] });
    expect(attributionBefore('A resident of Springfield, Illinois, said ')).toMatchObject({ kind: 'description', head: 'resident' });
  });

  it('credits a name that ends a role in apposition to the subject’s role (“The victim, shopkeeper Rajesh Patel, said”)', () => {
    expect(attributionBefore('The victim, 52-year-old shopkeeper Rajesh Patel, said: ')).toEqual({
      kind: 'name',
      words: ['Rajesh', 'Patel'],
    });
    expect(attributionBefore('The chair of the judges, the historian Professor Alan Monk, said: ')).toMatchObject({
      kind: 'name',
      words: ['Professor', 'Alan', 'Monk'],
    });
  });
});

describe('acronyms and roles in capitals', () => {
  it('reads an acronym that spells a word as a word of the description (“A WHO spokesperson said”)', () => {
    expect(attributionBefore('A WHO spokesperson said the figures were ')).toMatchObject({ words: ['A', 'WHO', 'spokesperson'] });
  });

  it('reads a role in capitals joined by “and” as one of the roles before the name (“said co-founder and CEO Priya Raghunathan”)', () => {
    expect(attributionAfter(', said co-founder and CEO Priya Raghunathan in a statement.')).toEqual({
      kind: 'name',
      words: ['Priya', 'Raghunathan'],
    });
  });
});

describe('a place at the end of a relative clause', () => {
  it('is not the speaker: the description the sentence opens on is (“A man who attacked … in Nottingham shouted”)', () => {
    expect(attributionBefore('A man who robbed a shop in Nottingham shouted ')).toMatchObject({ kind: 'description', words: ['A', 'man'] });
    // A place that post-modifies the speaker's own noun stays part of it.
    expect(attributionBefore('A spokesman in Washington said: ')).toMatchObject({ words: ['A', 'spokesman', 'in', 'Washington'] });
  });

  it('takes the description the sentence opens on for the subject of a verb after its relative clause (“A passenger who escaped … told Reuters:”)', () => {
    expect(attributionBefore('A passenger who escaped by running into the bush told Reuters by phone: ')).toMatchObject({
      words: ['A', 'passenger'],
    });
    // Not a verb with a subject of its own inside the clause.
    expect(attributionBefore('The staff member who reported the call recalled that he said, ')).toEqual({ kind: 'pronoun', pronoun: 'he' });
  });

  it('reads “Another commented:” as one more of those quoted, not a noun after a determiner', () => {
    expect(attributionBefore('Another commented: ')).toMatchObject({ kind: 'description', head: 'another' });
  });
});

describe('a long apposition before the verb', () => {
  it('passes over a list cut by its commas and keeps a titled name after "of" a person (“Bank of Leeds President Ann Lowe, …, loans and other credit, said”)', () => {
    expect(
      attributionBefore(
        'Bank of Leeds President Ann Lowe, one of ten people who set what borrowers pay on mortgages, loans and other credit, said that it ',
      ),
    ).toMatchObject({ kind: 'name', words: expect.arrayContaining(['Ann', 'Lowe']) });
  });
});
