// Attribution rules drawn from the forty-first to forty-fourth batteries (test/fixtures/quote-batteries), after
// their blind scores were recorded.
import { describe, expect, it } from 'vitest';
import { one } from '../story.js';

describe('a wire dateline whose agency the list does not know (“WINDHOEK, March 21 (APW) - …”)', () => {
  it('is where and whence, not who: the sentence’s subject speaks', () => {
    const body =
      'WINDHOEK, March 21 (APW) - Ndapewa Kaulinge was sworn in as Namibia’s president on Saturday, pledging to create jobs and promising that “zero tolerance will mean zero” when it comes to corruption.';
    expect(one(body, 'zero tolerance will mean zero').speaker).toBe('Ndapewa Kaulinge');
  });
});
