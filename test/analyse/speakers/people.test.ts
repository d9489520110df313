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
