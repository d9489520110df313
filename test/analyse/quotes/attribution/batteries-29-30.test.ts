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
