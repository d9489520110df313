// The character tests with an ASCII fast path answer exactly as the plain Unicode property escapes they replace.
import { describe, expect, it } from 'vitest';
import { hasWordChar, startsUpper } from '../src/chars.js';

const SAMPLES = [
  '',
  'Kerry',
  'kerry',
  'Élysée',
  'élysée',
  'Ölkrise',
  'Σεργκέι',
  'σ',
  'Лавров',
  'лавров',
  '北京',
  '42',
  '٣',
  '—',
  '“',
  "'s",
  '-',
  'a-b',
  ' x',
  '.Z',
  '½',
  'ǅ',
  'ﬀ',
];

describe('character tests', () => {
  it('startsUpper answers as /^\\p{Lu}/u', () => {
    for (const text of SAMPLES) expect(startsUpper(text), text).toBe(/^\p{Lu}/u.test(text));
  });

  it('hasWordChar answers as /[\\p{L}\\p{N}]/u', () => {
    for (const text of SAMPLES) expect(hasWordChar(text), text).toBe(/[\p{L}\p{N}]/u.test(text));
  });
});
