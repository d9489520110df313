// Attribution rules drawn from the thirty-first and thirty-second batteries (test/fixtures/quote-batteries).
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('a title and a surname two people of one sex share', () => {
  it('stays with the one the article already called by it (“Mrs Pickford suffered … Their daughter, Hayley Pickford, … “…,” Mrs Pickford added”)', () => {
    const body =
      'Graham and Lorraine Pickford, both 63, were travelling to the station when the tram came off the rails.\n\nMrs Pickford suffered a fractured wrist and Mr Pickford needed stitches.\n\nTheir daughter, Hayley Pickford, 38, said the family had been “frantic” until they heard from them.\n\n“We’re not letting this spoil things,” Mrs Pickford added.';
    expect(one(body, 'We’re not letting this spoil things').speaker).toBe('Lorraine Pickford');
  });
});
