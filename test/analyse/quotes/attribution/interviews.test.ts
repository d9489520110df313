// Attribution rules for interviews: questions put to someone, and whose words an answer quotes.
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('interviews: an answer to a quoted question', () => {
  it('is by the one asked, not the asker (““…?” one journalist asked him. ¶ “…,” he said”)', () => {
    const body =
      'Councillor James Reed faced questions from journalists on Tuesday.\n\n“Are you going to resign?” one journalist asked him.\n\n' +
      '“Absolutely not,” he said. “I have done nothing wrong.”';
    expect(one(body, 'Absolutely not').speaker).toBe('James Reed');
    expect(one(body, 'Are you going to resign?').speaker).toBe('one journalist');
    const named =
      'Witness Maria Lopez, 27, was walking her dog when the car crashed.\n\n“Did you see the driver?” a police officer asked her.\n\n' +
      '“Only for a second,” she said.';
    expect(one(named, 'Only for a second').speaker).toBe('Maria Lopez');
  });

  it('leaves a speaker’s own question to them (“… said …. “What will it do?” he asked. ¶ X said …. “…,” he said”)', () => {
    const body =
      'Chief Minister Carl Mint announced a relief package on Thursday.\n\n' +
      'Opposition leader Dan Moss said the amount was too small. “People have lost everything. What will it do?” he asked.\n\n' +
      'Finance Minister Tom Reed said the state had asked for more. “We are yet to receive a single rupee,” he said.';
    expect(one(body, 'We are yet to receive a single rupee').speaker).toBe('Tom Reed');
  });
});
