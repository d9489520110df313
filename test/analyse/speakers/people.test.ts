// Who the story's people are and what sex the text gives them (src/analyse/speakers/people.ts), as the credits show it.
import { describe, expect, it } from 'vitest';
import { one } from '../quotes/story.js';

describe('the sex the text gives a person', () => {
  it('is not read from a “he” that opens a relative clause on a noun after them (“the best athlete he has coached”)', () => {
    const body =
      'Ann Lowe won the race in record time. Lowe is the most disciplined athlete he has ever coached, says Tom Reed.\n\n' +
      'Lowe trains twice a day.\n\n“A cow is a good investment,” she says.';
    expect(one(body, 'A cow is a good investment').speaker).toBe('Ann Lowe');
  });

  it('is still read from a “he” after a verb of saying (“Tom Reed said he would”)', () => {
    const body = 'Sasha Reed said he would stay on as chairman.\n\nThe club was sold.\n\n“It is a sad day,” he said.';
    expect(one(body, 'It is a sad day').speaker).toBe('Sasha Reed');
  });
});

describe('who counts as a person', () => {
  it('counts a name after “the” and a title it wears (“the Italian Marco Bellandi”), who may then be “he”', () => {
    const body =
      'Ann Lowe runs every morning.\n\nHer coach, the Italian Marco Bellandi, who has worked in Iten for years, says Lowe is disciplined. ' +
      '“Some athletes you have to push,” he says.';
    expect(one(body, 'Some athletes you have to push').speaker).toBe('Marco Bellandi');
    const place =
      'Ann Lowe, who has died aged 91, was an authority on the mosses of the British Isles.\n\n' +
      'Her former colleague Dr Tom Reed said she had “an almost supernatural eye”. “You could walk a hillside with Ann,” he said.';
    expect(one(place, 'You could walk a hillside with Ann').speaker).toBe('Tom Reed');
  });

  it('does not count an event’s name after “the” (“the Berlin Marathon”), though its first word may be a given name', () => {
    const body =
      'Ann Lowe trains at altitude. Lowe is 24.\n\nSix weeks ago, the 24-year-old won the Berlin Marathon in only her second race.\n\n' +
      'Some of her Berlin prize money has gone into a house. She has also bought a cow.\n\n“A cow is a good investment,” she says.';
    expect(one(body, 'A cow is a good investment').speaker).toBe('Ann Lowe');
  });
});

describe('the sex the text gives a person, from an object pronoun', () => {
  it('is not read from “her” or “him” as the object of the subject’s verb (“Reed taught her as much”)', () => {
    const body =
      'Every morning, Tom Reed stands on the sand with a whistle.\n\nOne of his former pupils, Kirra Lowe, says Reed taught her as much about life as about surfing.\n\n' +
      '“He never once told me I was good,” she says.';
    expect(one(body, 'He never once told me I was good').speaker).toBe('Kirra Lowe');
  });
});

describe('a person named once, by a given name the name lists lack', () => {
  it('is one when in apposition as a clause’s subject and then called “he” (“The sarpanch, Bhanwar Singh, refused”)', () => {
    const body =
      'The sarpanch, or village head, Bhanwar Singh, refused to release funds for it. When I visited him, he was polite.\n\n' +
      '“I am not against the women,” he said.';
    expect(one(body, 'I am not against the women').speaker).toBe('Bhanwar Singh');
  });

  it('is not one when the name has no commas round it (“Web of Angels was the first novel she sold”)', () => {
    const body =
      'I reached Vera Smith by phone. Web of Angels was the first novel she ever sold. Later, work left her “pretty overwhelmed,” she said.';
    expect(one(body, 'pretty overwhelmed').speaker).toBe('Vera Smith');
  });
});

describe('the sex the text gives a person, from the subject of what they said', () => {
  it('gives way to the name lists (“Dr Alasdair Munro said she had …” is about someone else)', () => {
    const body =
      'Ann Lowe, who has died aged 91, studied mosses.\n\nHer former colleague Dr Alasdair Munro said she had “a good eye”. “You could walk a hillside with Ann,” he said.\n\n' +
      'In a letter in 1987, she wrote: “We are felling a habitat for a few tons of pulp.”';
    expect(one(body, 'We are felling a habitat for a few tons of pulp.').speaker).toBe('Ann Lowe');
  });
});

describe('a given name alone', () => {
  it('is a person in apposition to a role after a named owner (“Tebogo’s older brother, Mpho, said”)', () => {
    const body =
      'Tebogo Dlamini, 24, was among the dead.\n\nTebogo’s older brother, Mpho, said the family could not understand it. ' +
      '"These were ordinary people watching soccer."';
    expect(one(body, 'These were ordinary people watching soccer').speaker).toBe('Mpho');
  });

  it('is a person in apposition to a role (“Her daughter, Kirsten, said”)', () => {
    const body =
      'Ann Lowe, who has died aged 91, studied mosses.\n\nHer daughter, Kirsten, said her mother had gone out with a hand lens until her late eighties. ' +
      '“Her knees gave up long before her curiosity did,” she said.';
    expect(one(body, 'Her knees gave up long before her curiosity did').speaker).toBe('Kirsten');
  });

  it('is a person in apposition to a relative, though the name lists lack it (“His father, Prakash, said”)', () => {
    const body =
      'Coach Tom Reed was cautious. “We need another 80 runs,” he said.\n\n' +
      'His father, Prakash, said the family had “lost count of the hours” spent driving him to cricket.\n\n' +
      '“Every Saturday from the age of seven,” he said.';
    expect(one(body, 'Every Saturday from the age of seven').speaker).toBe('Prakash');
  });
});

describe('a name the text uses alone after “the”', () => {
  it('makes no person of a full name ending in it (“his 1987 Toyota Cressida … The Cressida was his pride”)', () => {
    const body =
      'He taught me to drive in his 1987 Toyota Cressida.\n\nThe Cressida was his pride. He washed it every Saturday.\n\n' +
      '“A car is not a toy,” he said.';
    expect(one(body, 'A car is not a toy').speaker).not.toBe('Toyota Cressida');
  });
});

describe('a family name written first', () => {
  it('is who “Mr Lim” and “Madam Goh” are (“Madam Goh Siew Lan … Her son, Mr Lim Kok Wee”), and “Madam” says “she”', () => {
    const body =
      'At 4am, Madam Goh Siew Lan is already at her stall, stirring a vat of broth.\n\n' +
      'Her son, Mr Lim Kok Wee, 48, left his job two years ago to help her. “My wife thought I was mad,” he says.\n\n' +
      'Mr Lim has started an Instagram account for the stall. His mother, predictably, has views on this.\n\n' +
      '“Two stalls, two times the problems,” she says.';
    expect(one(body, 'Two stalls, two times the problems').speaker).toBe('Goh Siew Lan');
    expect(one(body, 'My wife thought I was mad').speaker).toBe('Lim Kok Wee');
  });
});

describe('a name after “in”, “at” or “from”', () => {
  it('is a place, not a person a later “she” may stand for (“lived … in Island Bay … she told me”)', () => {
    const body =
      'My aunt Mere has lived on the same street in Island Bay for 52 years, and for 51 of them she has parked outside her house.\n\n' +
      '“Where am I supposed to put the car?” she told me on Sunday.';
    expect(one(body, 'Where am I supposed to put the car?').speaker).not.toBe('Island Bay');
  });
});

describe('“Mr Dlamini” where two men of the name may be meant', () => {
  it('is the one named last, though the name lists know the sex of one only', () => {
    const body =
      'Among the dead was 24-year-old Tebogo Dlamini, a student. His father, Sipho Dlamini, said he had spoken to his son an hour before.\n\n' +
      '“He phoned to say he would be home after the game,” Mr Dlamini said.';
    expect(one(body, 'He phoned to say he would be home after the game').speaker).toBe('Sipho Dlamini');
  });
});
