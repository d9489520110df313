// Attribution rules for texts: statements, reports, letters, posts and signatures speak for their authors.
import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../../../src/analyse/speakers/attribution.js';
import { one } from '../story.js';

describe('attributions of wider news copy', () => {
  it('reads the verbs a text or a witness is quoted with (“the statement read”, “comments”, “testified”, “described”)', () => {
    expect(one('“The bridge is safe,” the statement read.', 'The bridge is safe').speaker).toBe('the statement');
    expect(one('“We are thrilled,” comments Ann Lowe in a statement.', 'We are thrilled').speaker).toBe('Ann Lowe');
    expect(one('“I asked for the papers,” Dan Holt testified.', 'I asked for the papers').speaker).toBe('Dan Holt');
    expect(one('“I could not climb the stairs,” the patient described.', 'I could not climb the stairs').speaker).toBe('the patient');
  });

  it('finds “said X” after a verb that belongs to the quotation’s own sentence', () => {
    const body = '“The mayor wants a bigger budget” presented in May, said Carl Mint, a city analyst.';
    expect(one(body, 'The mayor wants a bigger budget').speaker).toBe('Carl Mint');
  });

  it('resolves “it said” to the body that spoke just before', () => {
    const body = 'The Harbour Board said the ferry would stop.\n\n“The reason is the weather,” it added.';
    expect(one(body, 'The reason is the weather').speaker).toBe('Harbour Board');
  });

  it('takes a description owned by a name (“Lena’s office said”) as the speaker', () => {
    expect(one('Lena’s office said it viewed the decision as “a grave error” and would appeal.', 'a grave error').speaker).toBe(
      'Lena’s office',
    );
  });

  it('credits one of a kind of people (“one Reddit commenter said”)', () => {
    expect(one('“Don’t close the park,” one Reddit commenter said.', 'Don’t close the park').speaker).toBe('one Reddit commenter');
  });

  it('never takes a sentence adverb before a comma for a name in apposition (“However, the group said”)', () => {
    const body = 'However, the group said that the council “has broken its promise.”';
    expect(one(body, 'has broken its promise.').speaker).not.toBe('However');
  });

  it('takes a title led by a year for a name, not a quotation', () => {
    expect(one('The opening of ‘2019 Harbour Lights Festival’ was held on a stage.', '2019 Harbour Lights Festival').kind).toBe('scare');
  });
});

describe('a quotation signed on the line below it', () => {
  it('credits a quoted paragraph to the name on the dash line after it, and says so', () => {
    const body =
      'Readers wrote in about the new bakery.\n\n“The bread was warm and the staff were kind.”\n\n– Ann Lowe, Leeds\n\n“Too busy on Saturdays.”\n\n— Tom R.';
    expect(one(body, 'The bread was warm and the staff were kind.')).toMatchObject({
      speaker: 'Ann Lowe',
      speakerReason: 'signed on the line below it',
    });
    expect(one(body, 'Too busy on Saturdays.').speaker).toBe('Tom R.');
  });

  it('credits a pull quote to the name after a dash in its own paragraph', () => {
    const body = 'The novels were strange.\n\n“Had he gone on, he would have been famous.” — Ann Lowe\n\n“It is over” — and then he left.';
    expect(one(body, 'Had he gone on, he would have been famous.')).toMatchObject({
      speaker: 'Ann Lowe',
      speakerReason: 'signed after it',
    });
    expect(one(body, 'It is over').speaker).toBeNull();
  });

  it('takes no sentence after a dash for a signature, and no line below a quotation with its own attribution', () => {
    const body = '“We start at dawn.”\n\n– We will see about that, the mayor replied.\n\n“It is done,” Carl Mint said.\n\n– Ann Lowe';
    expect(one(body, 'We start at dawn.').speaker).toBeNull();
    expect(one(body, 'It is done').speaker).toBe('Carl Mint');
  });
});

describe('words given as an order or written in a report are their author’s', () => {
  it('credits “directives from X to “…”” to X', () => {
    const body = 'The purge began with directives from Governor Ann Lowe to “leave no one standing” in the old guard.';
    expect(one(body, 'leave no one standing').speaker).toBe('Ann Lowe');
  });

  it('reads “said a report from X” and “a statement by X” as X', () => {
    expect(attributionAfter(', said a report from Kotak Securities.')).toEqual({ kind: 'name', words: ['Kotak', 'Securities'] });
    expect(attributionAfter(', said a statement by the Harbour Trust.')).toEqual({ kind: 'name', words: ['the', 'Harbour', 'Trust'] });
  });

  it('keeps the report as the speaker when what follows “from” is no one (“a report from Monday”)', () => {
    expect(attributionAfter(', said a report from Monday.')).toMatchObject({ kind: 'description', head: 'report' });
  });

  it('does not make “order” a verb of saying: a product name after “order books” is a term', () => {
    const body =
      'In Europe, where the order books open in May, the firm will start with the Sportback “edition one”: a launch model in blue.';
    expect(one(body, 'edition one').kind).toBe('scare');
  });
});

describe('“has written” after a quotation', () => {
  it('credits the writer named before it, past an apposition, and the next quotation of the paragraph too', () => {
    const body =
      '“The fee is paid at the border by a broker,” Ann Lowe, a senior fellow at the Tax Policy Center, has written. “The exporter pays nothing.”';
    expect(one(body, 'The fee is paid at the border by a broker').speaker).toBe('Ann Lowe');
    expect(one(body, 'The exporter pays nothing').speaker).toBe('Ann Lowe');
  });

  it('is not a passive (“it was written”)', () => {
    expect(one('Tom Reed painted the wall. On it was written: “We will never go back.”', 'We will never go back').speaker).toBeNull();
  });
});

describe('texts and counted speakers after the verb', () => {
  it('credits the signer of a text (“says the letter signed by seven physicians”)', () => {
    const body = '“This rate is an emergency,” says the letter signed by seven physicians.';
    expect(one(body, 'This rate is an emergency').speaker).toBe('physicians');
    expect(one('“The dam is unsafe,” said a report written by the Harbour Board.', 'The dam is unsafe').speaker).toBe('Harbour Board');
  });

  it('reads a count before plural speakers as “officials said” reads (“said two senior officials”)', () => {
    expect(one('“The plan is dead,” said two senior officials familiar with the talks.', 'The plan is dead').speaker).toBe(
      'senior officials',
    );
    expect(one('“It is fine,” said 12 residents.', 'It is fine').speaker).toBe('residents');
  });
});

describe('a participle after a text that was sent', () => {
  it('is the sender’s (“… sent a letter to management this month stating that they “…””)', () => {
    const body =
      'The group, Leeds Workers Union, formed in May and sent a letter to management this month stating that they “will not be silenced.”';
    expect(one(body, 'will not be silenced.').speaker).toBe('Leeds Workers Union');
  });
});

describe('a lead-in whose relative clause introduces a text', () => {
  it('credits the text to the relative’s antecedent (“…, the website for the campaign, which contains the following statement:”)', () => {
    const body =
      'She shared leedsparks.org, the website for the campaign, which contains the following statement:\n\n“Leeds has a problem. There is no single solution.”';
    expect(one(body, 'Leeds has a problem. There is no single solution.').speaker).toMatch(/website/);
  });
});
