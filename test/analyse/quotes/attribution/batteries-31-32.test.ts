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

describe('a name with a nickname in quotation marks', () => {
  it('is one name when titles and a place come before it (“Sydney DJ Jackson “Jax” Whitfield … ‘No comment, mate,’ he said”)', () => {
    const body =
      'The 29-year-old singer Nadia Rahim, who has been spotted in Bondi with Sydney DJ Jackson "Jax" Whitfield, announced her exit on Monday.\n\n"I need to step away while I still love music," she wrote.\n\nWhitfield, 31, refused to be drawn when approached outside his apartment.\n\n\'No comment, mate,\' he said.';
    expect(one(body, 'No comment, mate').speaker).toBe('Jackson Whitfield');
    expect(one(body, 'I need to step away while I still love music').speaker).toBe('Nadia Rahim');
  });
});

describe('a trade written as a title', () => {
  it('is no part of the name (“DJ Marcus Reid said …”)', () => {
    const body = 'The club closed at midnight.\n\n“It was the best crowd of the year,” DJ Marcus Reid said.';
    expect(one(body, 'It was the best crowd of the year').speaker).toBe('Marcus Reid');
  });
});

describe('a verb of manner right after the marks', () => {
  it('is an inverted attribution too (“…,” laughed grandson Stephen Mercer, 44)', () => {
    const body = '“Honestly, we grew up spilling juice underneath it,” laughed grandson Stephen Mercer, 44, a gym teacher.';
    expect(one(body, 'Honestly, we grew up spilling juice underneath it').speaker).toBe('Stephen Mercer');
  });

  it('names no one where no name follows (the fight over “net neutrality” began in 2015)', () => {
    const body = 'Mayor Ann Cole spoke first.\n\nThe fight over “net neutrality” began in 2015.';
    expect(one(body, 'net neutrality').speaker).toBeNull();
  });
});

describe('“Her husband” or “His wife” who speaks after the other of a couple', () => {
  it('is the one full name of the story of that surname and sex (Tom and Aroha Pauling … Mrs Pauling said … Her husband said … “…,” he said)', () => {
    const body =
      'Rangiora couple Tom and Aroha Pauling were among those left at the counter.\n\n“We got the email when we were already in the car,” Mrs Pauling said.\n\nHer husband said the couple had been quoted more than $1400 each for last-minute seats.\n\n“It’s daylight robbery, but what choice have we got?” he said.';
    expect(one(body, 'It’s daylight robbery, but what choice have we got?').speaker).toBe('Tom Pauling');
  });
});
