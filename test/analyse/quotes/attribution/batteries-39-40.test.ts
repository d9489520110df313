// Attribution rules drawn from the thirty-ninth and fortieth batteries (test/fixtures/quote-batteries).
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('“Another Brit”, “another Kenyan” in apposition', () => {
  it('describes the person named after it (“Another Brit, student Tom Hargreaves, 21, from Bristol, said:”)', () => {
    const body = 'Another Brit, student Tom Hargreaves, 21, from Bristol, said: “People were being sick from the cold and the swell.”';
    expect(one(body, 'People were being sick from the cold and the swell.').speaker).toBe('Tom Hargreaves');
  });
});

describe('the one spoken to', () => {
  it('is no one “she” stands for (“Speaking to Nairobi Pulse from the United States, she said”)', () => {
    const body =
      'Kenyan-born economist Dr Wanjiru Kamau-Ellis has hit out at a Canadian university after it cancelled her lecture.\n\nLaurentide University in Ontario called off the lecture on Wednesday.\n\nSpeaking to Nairobi Pulse from the United States, she said the decision had left her happy.\n\n"I have been called many things in my career," she said.';
    expect(one(body, 'I have been called many things in my career').speaker).toBe('Wanjiru Kamau-Ellis');
  });
});

describe('Setswana courtesy titles', () => {
  it('are no part of the name (“Mma Keitumetse Dintwe … Mma Dintwe said”)', () => {
    const body =
      'Mma Keitumetse Dintwe, 68, has lived beside the site for forty years.\n\n"On match days there will be thousands of cars here," Mma Dintwe said.';
    expect(one(body, 'On match days there will be thousands of cars here').speaker).toBe('Keitumetse Dintwe');
  });
});

describe('a role before a name, opening the sentence', () => {
  it('may come after “But” (“But union boss Morag Baillie, of the Caledonian Nurses’ Association, hit back.”)', () => {
    const body =
      'Health Secretary Fiona Lennox branded the walkout ‘unnecessary’.\n\nBut union boss Morag Baillie, of the Caledonian Nurses’ Association, hit back.\n\n“The minister should come and do a night on Ward 7,” she fumed.';
    expect(one(body, 'The minister should come and do a night on Ward 7').speaker).toBe('Morag Baillie');
  });

  it('may open on a name the tagger reads as a verb (“But Ward 14 councillor Boitumelo Sebego, whose ward …, said”)', () => {
    const body =
      'Council leader Kagiso Mothibi said the stadium would bring jobs.\n\nBut Ward 14 councillor Boitumelo Sebego, whose ward borders the site, said residents had not been consulted.\n\n“We had two public meetings,” she said.';
    expect(one(body, 'We had two public meetings').speaker).toBe('Boitumelo Sebego');
  });
});

describe('titles a tabloid or a national press writes', () => {
  it('“Mum Fiona, 61, said” — a relative’s word as a title', () => {
    const body =
      'Euan Macrae, 29, was found in a hut.\n\nMum Fiona, 61, said she collapsed in tears when the Foreign Office called her.\n\n“I just screamed,” she told the Clarion.';
    expect(one(body, 'I just screamed').speaker).toBe('Fiona');
  });

  it('“Engr. Rodolfo Ancheta said” — a profession written short, whose full stop ends no sentence', () => {
    const body = '“We have been conserving water for weeks,” plant manager Engr. Rodolfo Ancheta said in a briefing at the dam site.';
    expect(one(body, 'We have been conserving water for weeks').speaker).toBe('Rodolfo Ancheta');
  });
});

describe('a participle before a titled name in apposition (“The head of the agency, retired Gen. Víctor Salazar, said”)', () => {
  it('describes the person, who speaks', () => {
    const body =
      'The head of Peru’s National Emergency Agency, retired Gen. Víctor Salazar, said the evacuation had been carried out “without a single casualty.”';
    expect(one(body, 'without a single casualty.').speaker).toBe('Víctor Salazar');
  });
});

describe('a person brought in with an age in words, a role, and where they are from (“Seventy-one-year-old farmer Lionel “Bunny” Forde of Spring Gully, St Lucy, did not mince his words.”)', () => {
  const body =
    'Water minister Winston Alleyne said the ban was needed.\n\nSeventy-one-year-old farmer Lionel "Bunny" Forde of Spring Gully, St Lucy, did not mince his words.\n\n"Ban hose? What hose?" he told the Ledger.';

  it('is the subject a later “he” stands for, not the place', () => {
    expect(one(body, 'Ban hose? What hose?').speaker).toBe('Lionel Forde');
  });

  it('holds the title of an office “of” a place as no person’s origin (“The Bishop of Huancarpa, Monsignor …, celebrated”)', () => {
    const bishop =
      'Eusebio Mamani, the sacristan, was preparing for Mass.\n\nThe Bishop of Huancarpa, Monsignor Alfonso Quispe Mendoza, celebrated Mass in the square.\n\n“The stones can be put back,” he said in his homily.';
    expect(one(bishop, 'The stones can be put back').speaker).toBe('Alfonso Quispe Mendoza');
  });
});

describe('“the spokesperson added”', () => {
  it('is the one a sentence before brought in after its clause (“…, a spokesperson said.”)', () => {
    const body =
      'The Ormeau Museum, a charitable trust, is not subject to those restrictions, a spokesperson said. “Our trustees have the legal authority,” the spokesperson added.';
    expect(one(body, 'Our trustees have the legal authority').speaker).toBe('a spokesperson');
  });
});
