// Attribution rules drawn from the twenty-seventh and twenty-eighth batteries (test/fixtures/quote-batteries).
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('a company named by what it makes or by its legal form', () => {
  it('is a body, so “the company said” is its (“Caledonian Rail Systems”, “Perdana Hydro Bhd”)', () => {
    const systems =
      'Caledonian Rail Systems said in a statement that the delays were caused by design changes.\n\n“We reject any suggestion that we were responsible,” the company said.';
    expect(one(systems, 'We reject any suggestion that we were responsible').speaker).toBe('Caledonian Rail Systems');
    const berhad =
      'Mayor Fadzil Osman promised answers.\n\nThe operator, Perdana Hydro Bhd, said in a filing that the dam had passed its inspection. “All equipment was functioning,” the company said.';
    expect(one(berhad, 'All equipment was functioning').speaker).toBe('Perdana Hydro Bhd');
  });
});
