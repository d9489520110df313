// Attribution rules drawn from the forty-first to forty-fourth batteries (test/fixtures/quote-batteries), after
// their blind scores were recorded.
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('a wire dateline whose agency the list does not know (“WINDHOEK, March 21 (APW) - …”)', () => {
  it('is where and whence, not who: the sentence’s subject speaks', () => {
    const body =
      'WINDHOEK, March 21 (APW) - Ndapewa Kaulinge was sworn in as Namibia’s president on Saturday, pledging to create jobs and promising that “zero tolerance will mean zero” when it comes to corruption.';
    expect(one(body, 'zero tolerance will mean zero').speaker).toBe('Ndapewa Kaulinge');
  });
});

describe('a company named on a plural head (“Western Gas Networks”)', () => {
  it('is a body, which “the company” stands for, though a trade comes before its name (“Gas distributor Western Gas Networks said”)', () => {
    const body =
      'Gas distributor Western Gas Networks said its engineers had isolated the damaged pipe by late morning. "Our priority is to carry out a permanent repair," the company said in a statement.';
    expect(one(body, 'Our priority is to carry out a permanent repair').speaker).toBe('Western Gas Networks');
  });
});

describe('a definite description longer than an office’s (“The former Kilbride Academy pupil”)', () => {
  it('brings back the person the article opens on, past a place named with them', () => {
    const body =
      'Morven Ashcroft, 41, drew the winning design, which was backed by 61 per cent of voters in Tallinnvere, a town of 20,000 people.\n\nThe former Kilbride Academy pupil, who moved abroad in 2009, said she had watched the count "through my fingers".';
    const quote = one(body, 'through my fingers');
    expect(quote.speaker).toBe('Morven Ashcroft');
    expect(quote.speakerReason).toBe("resolved from 'The former Kilbride Academy pupil'");
  });

  it('stays as written where someone else is named since', () => {
    const body =
      'Morven Ashcroft, 41, drew the winning design. Her rival, Callum Reid, came second.\n\nThe former Kilbride Academy pupil, who moved abroad in 2009, said she had watched the count "through my fingers".';
    expect(one(body, 'through my fingers').speaker).toBe('The former Kilbride Academy pupil');
  });
});

describe('“one” opening a description with a place after it and a relative clause (“One ward nurse in the Western Cape, who …, said”)', () => {
  it('is the person described, not the place', () => {
    const body =
      'One ward nurse in the Western Cape, who asked not to be named because he was not allowed to speak to the press, said he had "never seen shifts this short of staff".';
    expect(one(body, 'never seen shifts this short of staff').speaker).toBe('One ward nurse in the Western Cape');
  });
});

describe('where a named person is from, with a relative clause on the place (“Declan Grealish of Grealish’s bar, where …, said”)', () => {
  it('keeps the person as the one who speaks', () => {
    const body = 'Nuala Devane of Devane’s pub, where the match was shown on a big screen, said the night had been "pure magic".';
    expect(one(body, 'pure magic').speaker).toBe('Nuala Devane');
  });

  it('leaves the person the subject, whom a later “she said” stands for', () => {
    const body =
      'Father Liam Cosgrave blessed the boats.\n\nNuala Devane of the Harbour bar, where a big screen had been set up for locals to follow the race, said the place had been packed all weekend.\n\n"We had people in who had not been out in years," she said.';
    expect(one(body, 'We had people in who had not been out in years,').speaker).toBe('Nuala Devane');
  });
});
