// A paragraph that is all quotation credited to the subject of the paragraph before (src/analyse/speakers/paragraph-before.ts).
import { describe, expect, it } from 'vitest';
import { one } from '../quotes/story.js';

describe('a paragraph that is all quotation after a paragraph about one person', () => {
  it('is that person’s, the main subject of the paragraph before’s last sentence', () => {
    const body =
      'Former finance minister Tomas Varela took 38% of the vote.\n\n' +
      'Addressing supporters shortly before midnight, Varela struck a conciliatory note.\n\n' +
      '“Tonight is not a night for celebration. Tonight is a night for listening.”';
    expect(one(body, 'Tonight is not a night for celebration. Tonight is a night for listening.')).toMatchObject({
      speaker: 'Tomas Varela',
      speakerReason: 'subject of the paragraph before',
    });
  });

  it('is no one’s when someone else is named after that subject, or the quotation speaks of them', () => {
    const other = 'Varela thanked his rival, Carolina Ibanez.\n\n“Tonight is not a night for celebration.”';
    expect(one(other, 'Tonight is not a night for celebration').speaker).toBeNull();
    const spokenOf = 'Coach Bill Parcells would see the suit and sigh.\n\n“I’d walk into his office, and he’d sigh again.”';
    expect(one(spokenOf, 'I’d walk into his office, and he’d sigh again').speaker).toBeNull();
  });

  it('passes over a name in the subject’s own relative clause (“Shane Mulvey, who came through the academy with Kinsella, spoke about his friend at length”)', () => {
    const body =
      'Darren Kinsella was shot dead.\n\n' +
      'Wanderers captain Shane Mulvey, who came through the academy with Kinsella, spoke about his friend at length.\n\n' +
      '"Darren was the best footballer I played with at that age, by a distance."';
    expect(one(body, 'Darren was the best footballer I played with at that age, by a distance.').speaker).toBe('Shane Mulvey');
  });

  it('is the one a “he” stands for after an opening phrase (“Speaking to the radio, he described the moment … ¶ “…””)', () => {
    const body =
      'It rained.\n\n' +
      'Tom Reed spotted the bird on the spit a week ago. Speaking to the radio, he described the moment he realised what he was looking at.\n\n' +
      '"I have been walking that beach for thirty years. You get to know every bird on it."';
    expect(one(body, 'I have been walking that beach for thirty years. You get to know every bird on it.').speaker).toBe('Tom Reed');
  });

  it('is the one the paragraph before’s last sentence asked or spoke to (“We spoke to the lead author, Dr Nurul Aina Ismail, about …”)', () => {
    const body =
      'The frog was described this week.\n\n' +
      'We spoke to the lead author, Dr Nurul Aina Ismail, about the description and what comes next.\n\n' +
      '“Philautus in Borneo is a mess, honestly. There are populations sitting under one name for 40 years.”';
    expect(one(body, 'Philautus in Borneo is a mess, honestly. There are populations sitting under one name for 40 years.')).toMatchObject({
      speaker: 'Nurul Aina Ismail',
      speakerReason: 'asked in the paragraph before',
    });
  });
});
