// Attribution rules drawn from the twenty-ninth and thirtieth batteries (test/fixtures/quote-batteries).
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('where someone works, after their name', () => {
  it('is no speaker after “of” and a place owning it (“Ignacio Benavente of Lima’s Galería Pacífico said … “…,” he said”)', () => {
    const body =
      'In New York, auctioneer Oliver Strand said after the sale that he was moved.\n\nGallery owner Ignacio Benavente of Lima’s Galería Pacífico said the record would raise prices. “Owners of his small drawings are already calling me,” he said.';
    expect(one(body, 'Owners of his small drawings are already calling me').speaker).toBe('Ignacio Benavente');
  });

  it('is no speaker after “of the” and a word describing it (“Rosa Huallpa of the regional School of Fine Arts described … as “…””)', () => {
    const body =
      'Painter and professor Rosa Huallpa of the regional School of Fine Arts described Arriaga as “a bridge between the Andes and modern painting”.\n\n“Young artists here study him,” she said.';
    expect(one(body, 'a bridge between the Andes and modern painting').speaker).toBe('Rosa Huallpa');
    expect(one(body, 'Young artists here study him').speaker).toBe('Rosa Huallpa');
  });
});

describe('a surname a woman and a man share', () => {
  it('is what the text tells of it alone, not of the relative (“Liam Fortier … Fortier’s mother, Denise Fortier, said she … Fortier said he plans … “…,” he said”)', () => {
    const body =
      'Liam Fortier, 29, has worked at the resort for three summers.\n\nFortier’s mother, Denise Fortier, said she had not slept. “He texted us a photo,” she said.\n\nA spokesperson for Global Affairs Canada said officials were in contact with the family.\n\nFortier said he plans to stay in Chile. “The people up there are like family,” he said.';
    expect(one(body, 'The people up there are like family').speaker).toBe('Liam Fortier');
  });
});

describe('a bare surname two people of the story share', () => {
  it('is, in each article, the one that article named first (“Alan Fraser … his older brother, Douglas Fraser … Fraser told the Sentinel … “…,” he said”)', () => {
    const body =
      'Alan Fraser runs a bait shop. Douglas Fraser, his older brother, won the jackpot; Douglas Fraser has not spoken publicly. Douglas Fraser’s lawyer declined to comment.\n\nIn his first interview, Fraser told the Sentinel he would not join the claim. “I put my five bucks in every week,” he said.';
    expect(one(body, 'I put my five bucks in every week').speaker).toBe('Alan Fraser');
  });
});

describe('titles and roles before a name', () => {
  it('read “The Rev” without its full stop as a title (“The Rev Susan Penrose said … “…,” she said”)', () => {
    const body =
      'Police Commander Juma Mwakalinga said the driver was arrested.\n\nThe Rev Susan Penrose said prayers had been said for both women. “They had been planning this trip for two years,” she said.';
    expect(one(body, 'They had been planning this trip for two years').speaker).toBe('Susan Penrose');
  });

  it('read an age and a place before a role in apposition (“One of them, 26-year-old Kraków resident Zuzanna Mróz, described …”)', () => {
    const body =
      '“The boys are in shock,” Joanna Kozieł said.\n\nOne of them, 26-year-old Kraków resident Zuzanna Mróz, described scenes of panic. “At the gate people started pushing from behind,” she told Vistula Times.';
    expect(one(body, 'At the gate people started pushing from behind').speaker).toBe('Zuzanna Mróz');
  });
});

describe('a place where the words were said', () => {
  it('is no rival to the one who said them (“Captain Rhys Calloway told reporters outside Sydney Airport … ¶ “…””)', () => {
    const body =
      'The union blamed the airline.\n\nGuild president Captain Rhys Calloway told reporters outside Sydney Airport this morning that pilots had not taken the decision lightly.\n\n"Nobody in this union wanted to be standing here today."';
    expect(one(body, 'Nobody in this union wanted to be standing here today.').speaker).toBe('Rhys Calloway');
  });
});

describe('a time between a subject and its verb', () => {
  it('leaves the name the subject (“Glasgow MSP Fiona Carruthers last night demanded answers. ¶ “…,” she fumed”)', () => {
    const body =
      'Fan Morag Dunlop, 52, said she was stranded.\n\nA spokeswoman for Highland Rugby Tours said: “We are doing everything we can.”\n\nThe firm said it had put up dozens of fans in a hotel.\n\nGlasgow MSP Fiona Carruthers last night demanded answers.\n\n“Scots fans have been treated like an afterthought,” she fumed.';
    expect(one(body, 'Scots fans have been treated like an afterthought').speaker).toBe('Fiona Carruthers');
  });
});

describe('an office with its field, then its holder between commas', () => {
  const body =
    'Sunday’s defeat was greeted with boos.\n\nMinister for Youth and Sports, Hon. Abena Osei-Bonsu, who was at the stadium, said the government supported the decision but warned against “a culture of firing and hiring”.\n\n“Changing coaches every year is not a strategy,” the Minister said.';

  it('credits the holder, not the field’s last word (“Minister for Youth and Sports, Hon. Abena Osei-Bonsu, … said”)', () => {
    expect(one(body, 'a culture of firing and hiring').speaker).toBe('Abena Osei-Bonsu');
  });

  it('is whom “the Minister” stands for after', () => {
    expect(one(body, 'Changing coaches every year is not a strategy').speaker).toBe('Abena Osei-Bonsu');
  });
});

describe('“the company” after a body the text names', () => {
  it('finds one an organisation’s noun stands beside (“Edizioni Lanterna, the Turin-based publisher, said”)', () => {
    const body =
      'The chef denied it.\n\nEdizioni Lanterna, the Turin-based publisher, said it had withdrawn the book from sale.\n\n"We take these allegations extremely seriously," the company said.';
    expect(one(body, 'We take these allegations extremely seriously').speaker).toBe('Edizioni Lanterna');
  });

  it('finds one named by what it runs (“Mavi Events, the organiser of the festival, said”)', () => {
    const body =
      'Crowds surged at the gate.\n\nMavi Events, the organiser of the festival, said in a statement that it was saddened.\n\n“All necessary permits had been obtained,” the company said.';
    expect(one(body, 'All necessary permits had been obtained').speaker).toBe('Mavi Events');
  });
});

describe('the one person the paragraph before brings in, of no sex the text or the lists tell', () => {
  it('is whom “she said” stands for when the paragraph goes on about her (“Among the first passengers was Maria do Carmo Silva, 58, who works … and lives in São Brás”)', () => {
    const body =
      'Transport secretary Beatriz Lemos opened the line. “It is a great day,” she said.\n\nAn engineer said the budget was too low.\n\nAmong the first passengers was Maria do Carmo Silva, 58, who works as a cleaner and lives in São Brás with her sister.\n\n"For years I took two buses," she said, laughing.';
    expect(one(body, 'For years I took two buses').speaker).toBe('Maria do Carmo Silva');
  });
});
