// The attribution rules read on their own: who the words before or after the marks say is speaking.
import { describe, expect, it } from 'vitest';
import { attributionBefore } from '../../../src/analyse/speakers/attribution.js';

describe('the words between a speaker and the verb', () => {
  it('passes over an adverb like “instead” (“He instead told the reporter:”)', () => {
    expect(attributionBefore('He instead told the reporter: ')).toEqual({ kind: 'pronoun', pronoun: 'he' });
  });
});
